import JSZip from 'jszip';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
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
    expect(manifest.supportedHosts).toEqual(['SharePointWebPart', 'SharePointFullPage', 'TeamsTab']);
    expect(manifest).toMatchObject({ supportsThemeVariants: true, supportsFullBleed: true });
    expect(manifest.preconfiguredEntries[0].title['nl-NL']).toBe('Integriteit CARMA');
    expect(manifest.preconfiguredEntries[0].title['fr-FR']).toBe('Intégrité CARMA');
    const bundle = names.find((n) => /^ClientSideAssets\/integriteit-carma-web-part_[0-9a-f]+\.js$/.test(n));
    expect(bundle).toBeDefined();
    const code = await zip.file(bundle!)!.async('string');
    expect(code).toContain('Integriteit CARMA');
    for (const locale of ['nl-nl', 'fr-fr', 'en-us']) {
      expect(names.some((n) => n.startsWith(`ClientSideAssets/IntegriteitCarmaWebPartStrings_${locale}_`))).toBe(true);
    }
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

  it('the Teams tab is built as static pages, each with its script: the tab, the configuration page and the sign-in redirect bridge', () => {
    const dir = path.join(root, 'dist/teams-app');
    for (const [page, script] of [['index.html', 'app.js'], ['config.html', 'config.js'], ['redirect.html', 'redirect.js']]) {
      expect(readFileSync(path.join(dir, page), 'utf8')).toContain(`<script src="${script}"></script>`);
      expect(existsSync(path.join(dir, script))).toBe(true);
    }
    // msal-browser 5's redirect bridge hands the sign-in response to the tab over a BroadcastChannel.
    expect(readFileSync(path.join(dir, 'redirect.js'), 'utf8')).toContain('BroadcastChannel');
    expect(JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'))).toHaveProperty('siteUrl');
  });
});

describe('the tab configuration a build writes', () => {
  it('targets the local SharePoint unless a tenant site is given', () => {
    expect(tabConfig({})).toEqual({ siteUrl: '/sites/integriteit', tenantId: '', clientId: '', signInUrl: '/_dev/login' });
  });

  it('names the tenant site, tenant and Entra app for a tenant build, and refuses half a configuration', () => {
    const env = { CARMA_SITE_URL: 'https://pzcarma.sharepoint.com/sites/integriteit', CARMA_TENANT_ID: 't-id', CARMA_CLIENT_ID: 'c-id' };
    expect(tabConfig(env)).toEqual({ siteUrl: env.CARMA_SITE_URL, tenantId: 't-id', clientId: 'c-id' });
    expect(() => tabConfig({ ...env, CARMA_CLIENT_ID: '' })).toThrow(/CARMA_TENANT_ID and CARMA_CLIENT_ID/);
    expect(() => tabConfig({ ...env, CARMA_SITE_URL: 'http://pzcarma.sharepoint.com/sites/x' })).toThrow(/CARMA_SITE_URL/);
  });
});
