import JSZip from 'jszip';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

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
  });

  it('the Teams tab is built as static files', () => {
    for (const file of ['index.html', 'app.js', 'config.json']) {
      expect(existsSync(path.join(root, 'dist/teams-app', file))).toBe(true);
    }
  });
});
