import JSZip from 'jszip';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleFigures } from '../../bench/bundles';
import { tabConfig } from '../../tools/build-web';

const root = path.resolve(__dirname, '../..');
const sppkg = path.join(root, 'sharepoint/solution/integriteit-carma.sppkg');
const teamsZip = path.join(root, 'dist/integriteit-carma-teams.zip');

// `npm test` runs `npm run build` first, so these artefacts exist; a missing one is a failed build.
describe('build artefacts', () => {
  it('the .sppkg holds the web part manifest with its hosts and the bundle', async () => {
    expect(existsSync(sppkg)).toBe(true);
    const zip = await JSZip.loadAsync(readFileSync(sppkg));
    const names = Object.keys(zip.files);
    const webPartXml = names.find((n) => /WebPart_3f0c2d4e-8a1b-4c6d-9e7f-51a2b3c4d5e6\.xml$/.test(n));
    expect(webPartXml).toBeDefined();
    const xml = await zip.file(webPartXml!)!.async('string');
    const manifestJson = /ComponentManifest="([^"]+)"/.exec(xml)![1].replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const manifest = JSON.parse(manifestJson);
    expect(manifest.supportedHosts).toEqual(['SharePointWebPart', 'SharePointFullPage', 'TeamsTab', 'TeamsPersonalApp']);
    expect(manifest).toMatchObject({ supportsThemeVariants: true, supportsFullBleed: true });
    expect(manifest.preconfiguredEntries[0].title['nl-NL']).toBe('Integriteit CARMA');
    expect(manifest.preconfiguredEntries[0].title['fr-FR']).toBe('Intégrité CARMA');
    const bundle = names.find((n) => /^ClientSideAssets\/integriteit-carma-web-part_[0-9a-f]+\.js$/.test(n));
    expect(bundle).toBeDefined();
    // the views and the languages are chunks beside the bundle (SPFx loads them from the same ClientSideAssets)
    for (const chunk of ['view-beleid', 'view-voorstellen', 'strings-nl-BE', 'strings-fr-BE', 'strings-en-US']) {
      expect({ chunk, packaged: names.some((n) => n.startsWith(`ClientSideAssets/chunk.${chunk}_`)) }).toEqual({ chunk, packaged: true });
    }
    const dutch = await zip.file(names.find((n) => n.startsWith('ClientSideAssets/chunk.strings-nl-BE_'))!)!.async('string');
    expect(dutch).toContain('Integriteit CARMA');
    for (const locale of ['nl-nl', 'fr-fr', 'en-us']) {
      expect(names.some((n) => n.startsWith(`ClientSideAssets/IntegriteitCarmaWebPartStrings_${locale}_`))).toBe(true);
    }
    // No Graph permission request: the web part sends no activity-feed notifications (docs/deployment.md).
    const packageXml = await Promise.all(names.filter((n) => n.endsWith('.xml')).map((n) => zip.file(n)!.async('string')));
    expect(packageXml.join('\n')).not.toMatch(/WebApiPermissionRequest/i);
  });

  it('the .sppkg carries the Teams app of the web part itself (teams/: TeamsSPFxApp.zip and the icons) for "Sync to Teams"', async () => {
    const zip = await JSZip.loadAsync(readFileSync(sppkg));
    const names = Object.keys(zip.files);
    for (const file of ['TeamsSPFxApp.zip', '3f0c2d4e-8a1b-4c6d-9e7f-51a2b3c4d5e6_color.png', '3f0c2d4e-8a1b-4c6d-9e7f-51a2b3c4d5e6_outline.png']) {
      expect(names.some((n) => n.endsWith(file))).toBe(true);
    }
    const inner = await JSZip.loadAsync(await zip.file(names.find((n) => n.endsWith('TeamsSPFxApp.zip'))!)!.async('nodebuffer'));
    expect(Object.keys(inner.files).sort()).toEqual(['color.png', 'fr.json', 'manifest.json', 'nl.json', 'outline.png']);
    const manifest = JSON.parse(await inner.file('manifest.json')!.async('string'));
    expect(manifest.webApplicationInfo.id).toBe('00000003-0000-0ff1-ce00-000000000000');
  });

  it('the Teams package holds the manifest, both icons and the language files at its root', async () => {
    expect(existsSync(teamsZip)).toBe(true);
    const zip = await JSZip.loadAsync(readFileSync(teamsZip));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'fr.json', 'manifest.json', 'nl.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.staticTabs[0].contentUrl).toMatch(/^https:\/\/[^/]+\/teams\/\?view=beleid$/);
    const host = manifest.validDomains[0];
    expect(manifest.webApplicationInfo.nestedAppAuthInfo[0].redirectUri).toBe(`brk-multihub://${host}`);
    expect(manifest.configurableTabs[0].configurationUrl).toBe(`https://${host}/teams/config.html`);
  });

  it('the Teams tab is built as static pages, each with its module script: the tab, the configuration page and the sign-in redirect bridge', () => {
    const dir = path.join(root, 'dist/teams-app');
    for (const [page, script] of [['index.html', 'app.js'], ['config.html', 'config.js'], ['redirect.html', 'redirect.js']]) {
      expect(readFileSync(path.join(dir, page), 'utf8')).toContain(`<script type="module" src="${script}"></script>`);
      expect(existsSync(path.join(dir, script))).toBe(true);
    }
    // msal-browser 5's redirect bridge hands the sign-in response to the tab over a BroadcastChannel (in a chunk it imports).
    const redirect = bundleFigures().redirectPage.files.map((file) => readFileSync(path.join(root, file), 'utf8')).join('\n');
    expect(redirect).toContain('BroadcastChannel');
    expect(JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'))).toHaveProperty('siteUrl');
    // the privacy statement and terms of use the Teams manifest names, served with the tab
    for (const page of ['privacy.html', 'terms.html']) expect(readFileSync(path.join(dir, page), 'utf8')).toContain('<html lang="nl-BE">');
  });
});

describe('the tab configuration a build writes', () => {
  it('targets the local SharePoint unless a tenant site is given', () => {
    expect(tabConfig({})).toEqual({ siteUrl: '/sites/integriteit', tenantId: '', clientId: '', teamsAppId: '', signInUrl: '/_dev/login' });
  });

  it('names the tenant site, tenant and Entra app for a tenant build, and refuses half a configuration', () => {
    const env = { CARMA_SITE_URL: 'https://pzcarma.sharepoint.com/sites/integriteit', CARMA_TENANT_ID: 't-id', CARMA_CLIENT_ID: 'c-id' };
    expect(tabConfig(env)).toEqual({ siteUrl: env.CARMA_SITE_URL, tenantId: 't-id', clientId: 'c-id', teamsAppId: '' });
    // the org-catalog id Teams gave the app on upload, for deep links
    const catalogId = '0b6a3c1e-9d2f-4e8a-b5c7-4f1e2d3c4b5a';
    expect(tabConfig({ ...env, CARMA_TEAMS_APP_ID: catalogId })).toMatchObject({ teamsAppId: catalogId });
    expect(() => tabConfig({ ...env, CARMA_TEAMS_APP_ID: 'Integriteit CARMA' })).toThrow(/CARMA_TEAMS_APP_ID/);
    expect(() => tabConfig({ ...env, CARMA_CLIENT_ID: '' })).toThrow(/CARMA_TENANT_ID and CARMA_CLIENT_ID/);
    expect(() => tabConfig({ ...env, CARMA_SITE_URL: 'http://pzcarma.sharepoint.com/sites/x' })).toThrow(/CARMA_SITE_URL/);
  });
});
