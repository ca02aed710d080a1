import { AppManifestUtils } from '@microsoft/app-manifest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isViewKey } from '../../src/app/views';
import { existsSync } from 'node:fs';

const dir = path.resolve(__dirname, '../../manifest');
const read = (name: string): any => JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
const schemaDir = path.dirname(require.resolve('@microsoft/app-manifest/build/json-schemas/teams/v1.22/MicrosoftTeams.schema.json'));

function pngSize(name: string): { width: number; height: number; colorType: number } {
  const bytes = readFileSync(path.join(dir, name));
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colorType: bytes[25] };
}

describe('Teams app manifest', () => {
  const manifest = read('manifest.json');

  it('validates offline against the official schema', async () => {
    expect(manifest.manifestVersion >= '1.22').toBe(true);
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).toEqual([]);
  });

  it('is caught by the schema when broken (the validator really validates)', async () => {
    const broken = { ...manifest, id: 'not-a-guid', staticTabs: [{ ...manifest.staticTabs[0], scopes: ['everywhere'] }] };
    const errors = await AppManifestUtils.validateAgainstSchema(broken);
    expect(errors.length).toBeGreaterThanOrEqual(2);
  });

  it('has a personal tab and a configurable channel tab, all on https valid domains', () => {
    expect(manifest.staticTabs.some((tab: any) => tab.scopes.includes('personal') && tab.contentUrl)).toBe(true);
    expect(manifest.configurableTabs).toHaveLength(1);
    expect(manifest.configurableTabs[0].context).toContain('channelTab');
    const urls = [
      ...manifest.staticTabs.filter((t: any) => t.contentUrl).flatMap((t: any) => [t.contentUrl, t.websiteUrl]),
      manifest.configurableTabs[0].configurationUrl,
    ];
    for (const url of urls) {
      const parsed = new URL(url);
      expect(parsed.protocol).toBe('https:');
      expect(manifest.validDomains).toContain(parsed.host);
    }
  });

  it('names the Entra app for Nested App Authentication, with the broker redirect of the tab host and the SharePoint scope', () => {
    const app = manifest.webApplicationInfo;
    expect(app.id).toMatch(/^[0-9a-f-]{36}$/);
    // NAA only: no exposed API (`resource`) is needed, and the tab asks for exactly this scope (teams-app/msalTokens.ts).
    expect(app.resource).toBeUndefined();
    expect(app.nestedAppAuthInfo).toEqual([{ redirectUri: `brk-multihub://${manifest.validDomains[0]}`, scopes: ['https://pzcarma.sharepoint.com/.default'] }]);
  });

  it('opens each personal tab on a view of the app and configures channel tabs on the tab host', () => {
    for (const tab of manifest.staticTabs.filter((t: any) => t.contentUrl)) {
      expect(isViewKey(tab.entityId)).toBe(true);
      expect(new URL(tab.contentUrl).searchParams.get('view')).toBe(tab.entityId);
    }
    expect(new URL(manifest.configurableTabs[0].configurationUrl).pathname).toBe('/teams/config.html');
  });

  it('declares activity types whose template parameters are named', () => {
    const types = manifest.activities.activityTypes.map((a: any) => a.type);
    expect(new Set(types).size).toBe(types.length);
    for (const activity of manifest.activities.activityTypes) expect(activity.templateText).toMatch(/\{actor\}/);
  });

  it.each(['nl.json', 'fr.json'])('%s validates against the localization schema and translates every tab and activity', async (file) => {
    const localization = read(file);
    // The official localization schema writes `[\b(…)\b]` with a lone `]`, which a unicode RegExp (ajv's mode)
    // rejects; escaping that bracket keeps the pattern's meaning.
    const schemaText = readFileSync(path.join(schemaDir, 'MicrosoftTeams.Localization.schema.json'), 'utf8');
    const schema = JSON.parse(schemaText.split('\\\\b]').join('\\\\b\\\\]'));
    expect(await AppManifestUtils.validateAgainstSchema(localization, schema)).toEqual([]);
    manifest.staticTabs.forEach((tab: any, i: number) => {
      if (tab.name) expect(localization[`staticTabs[${i}].name`]).toBeTruthy();
    });
    manifest.activities.activityTypes.forEach((activity: any, i: number) => {
      const params = (activity.templateText.match(/\{\w+\}/g) || []).sort();
      const translated = localization[`activities.activityTypes[${i}].templateText`];
      expect((translated.match(/\{\w+\}/g) || []).sort()).toEqual(params);
    });
    expect(manifest.localizationInfo.additionalLanguages.map((l: any) => l.file)).toContain(file);
  });

  it('ships a 192×192 colour icon and a 32×32 transparent outline icon', () => {
    expect(pngSize('color.png')).toMatchObject({ width: 192, height: 192 });
    expect(pngSize('outline.png')).toEqual({ width: 32, height: 32, colorType: 6 });
  });
});

describe('the pages the Teams manifests name', () => {
  const manifest = read('manifest.json');

  it('the hosted tab names its privacy statement and terms of use, shipped with the tab (Dutch first)', () => {
    for (const url of [manifest.developer.privacyUrl, manifest.developer.termsOfUseUrl]) {
      const parsed = new URL(url);
      expect(parsed.protocol).toBe('https:');
      expect(manifest.validDomains).toContain(parsed.host);
      // https://<tab-host>/teams/<page> is teams-app/<page>, copied into dist/teams-app/ by tools/build-web.ts
      const page = parsed.pathname.replace(/^\/teams\//, '');
      const file = path.resolve(__dirname, '../../teams-app', page);
      expect(existsSync(file)).toBe(true);
      const html = readFileSync(file, 'utf8');
      expect(html).toMatch(/<html lang="nl-BE">/);
      expect(html.indexOf('lang="nl-BE"')).toBeLessThan(html.indexOf('lang="fr-BE"'));
      expect(html).toContain('lang="en"');
    }
  });
});

describe('the response headers the tab ships for its host (teams-app/web.config)', () => {
  const config = readFileSync(path.resolve(__dirname, '../../teams-app/web.config'), 'utf8');
  const csp = /name="Content-Security-Policy" value="([^"]+)"/.exec(config)?.[1] ?? '';

  it('lets every Microsoft 365 host of the tab frame it: Teams, the Microsoft 365 app, Outlook (Tab requirements)', () => {
    const ancestors = csp.replace(/^frame-ancestors /, '').split(' ');
    for (const host of [
      'https://*.cloud.microsoft',
      'https://teams.microsoft.com',
      'https://*.teams.microsoft.com',
      'https://*.microsoft365.com',
      'https://*.office.com',
      'https://outlook.office.com',
      'https://outlook.office365.com',
    ]) {
      expect(ancestors).toContain(host);
    }
  });

  it('sends no X-Frame-Options nor Cross-Origin-Opener-Policy, and config.json uncached', () => {
    expect(config).toContain('<remove name="X-Frame-Options" />');
    expect(config).not.toMatch(/<add name="X-Frame-Options"/);
    expect(config).not.toMatch(/<add name="Cross-Origin-Opener-Policy"/);
    expect(config).toMatch(/<location path="config\.json">[\s\S]*Cache-Control" value="no-cache"/);
  });
});

describe('the Teams app of the web part itself (SharePoint-hosted, manifest/spfx/)', () => {
  const spfxDir = path.join(dir, 'spfx');
  const manifest = JSON.parse(readFileSync(path.join(spfxDir, 'manifest.json'), 'utf8'));
  const webPart = JSON.parse(readFileSync(path.resolve(__dirname, '../../spfx-webpart/IntegriteitCarmaWebPart.manifest.json'), 'utf8'));

  it('validates offline against the official schema', async () => {
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).toEqual([]);
  });

  it('opens the web part in the Teams host page of SharePoint: every tab URL names the component id of the web part', () => {
    expect(webPart.supportedHosts).toEqual(expect.arrayContaining(['TeamsTab', 'TeamsPersonalApp']));
    const urls = [...manifest.staticTabs.filter((t: any) => t.contentUrl).map((t: any) => t.contentUrl), manifest.configurableTabs[0].configurationUrl];
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\/\{teamSiteDomain\}/);
      expect(url).toContain('/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=');
      expect(url).toContain(`componentId=${webPart.id}`);
    }
    for (const tab of manifest.staticTabs.filter((t: any) => t.contentUrl)) expect(isViewKey(tab.entityId)).toBe(true);
    expect(manifest.validDomains).toContain('*.sharepoint.com');
  });

  it('names SharePoint Online as its Entra app and declares no activity types: it sends no activity-feed notifications', () => {
    expect(manifest.webApplicationInfo).toEqual({ id: '00000003-0000-0ff1-ce00-000000000000', resource: 'https://{teamSiteDomain}' });
    expect(manifest.activities).toBeUndefined();
    expect(manifest.id).not.toBe(read('manifest.json').id);
  });

  it('names its privacy statement and terms of use as site pages of the integrity site', () => {
    expect(manifest.developer.privacyUrl).toBe('https://pzcarma.sharepoint.com/sites/integriteit/SitePages/Privacy.aspx');
    expect(manifest.developer.termsOfUseUrl).toBe('https://pzcarma.sharepoint.com/sites/integriteit/SitePages/Gebruiksvoorwaarden.aspx');
  });

  it.each(['nl.json', 'fr.json'])('%s validates against the localization schema and translates every tab', async (file) => {
    const localization = JSON.parse(readFileSync(path.join(spfxDir, file), 'utf8'));
    const schemaText = readFileSync(path.join(schemaDir, 'MicrosoftTeams.Localization.schema.json'), 'utf8');
    const schema = JSON.parse(schemaText.split('\\\\b]').join('\\\\b\\\\]'));
    expect(await AppManifestUtils.validateAgainstSchema(localization, schema)).toEqual([]);
    manifest.staticTabs.forEach((tab: any, i: number) => {
      if (tab.name) expect(localization[`staticTabs[${i}].name`]).toBeTruthy();
    });
  });
});
