import { pageLayout, teamsHostedLayout, withQueryProperties, INSTANCE_IDS } from '../../devserver/sitepage/page';
import { cultureOf } from '../../devserver/sitepage/serve';
import { pageDeepLink } from '../../spfx-webpart/pageDeepLink';

describe('the local SharePoint page', () => {
  test("the page's culture: ?lang=, else the browser's first language, as nl-BE, fr-BE or en-US", () => {
    expect(cultureOf(new URLSearchParams('lang=fr'), 'nl-BE,nl;q=0.9')).toBe('fr-BE');
    expect(cultureOf(new URLSearchParams(''), 'en-GB,en;q=0.9')).toBe('en-US');
    expect(cultureOf(new URLSearchParams(''), 'de-DE')).toBe('nl-BE');
    expect(cultureOf(new URLSearchParams(''), undefined)).toBe('nl-BE');
    // the Teams tab page: Teams' locale in forceLocale wins over the browser's
    expect(cultureOf(new URLSearchParams('teams&componentId=wp&forceLocale=fr-be'), 'nl-BE,nl;q=0.9')).toBe('fr-BE');
  });

  test("the Teams tab page holds the web part its componentId names, with its manifest's preconfigured properties", () => {
    const manifest = { id: '3F0C2D4E-8a1b-4c6d-9e7f-51a2b3c4d5e6', preconfiguredEntries: [{ properties: { view: 'beleid', siteUrl: '' } }] };
    const sections = teamsHostedLayout(new URLSearchParams('teams&componentId=3f0c2d4e-8a1b-4c6d-9e7f-51a2b3c4d5e6'), manifest, 'Integriteit CARMA');
    expect(sections).toEqual([
      { theme: 'neutral', label: 'Integriteit CARMA', webParts: [{ instanceId: INSTANCE_IDS[0], manifestId: manifest.id, title: 'Integriteit CARMA', properties: { view: 'beleid', siteUrl: '' } }] },
    ]);
    expect(teamsHostedLayout(new URLSearchParams('componentId=other'), manifest, 'x')).toBeUndefined();
    expect(teamsHostedLayout(new URLSearchParams(''), manifest, 'x')).toBeUndefined();
  });

  test("the query string sets the first web part's known properties only", () => {
    const sections = withQueryProperties(pageLayout('secties', 'wp', 'Integriteit CARMA'), new URLSearchParams('view=registers&unknown=x'));
    expect(sections.map((s) => s.webParts.map((p) => [p.instanceId, p.properties]))).toEqual([
      [[INSTANCE_IDS[0], { view: 'registers', siteUrl: '' }]],
      [[INSTANCE_IDS[1], { view: 'plan', siteUrl: '' }]],
    ]);
    expect(pageLayout(null, 'wp', 'x').map((s) => s.theme)).toEqual(['neutral']);
    expect(pageLayout('secties', 'wp', 'x').map((s) => s.theme)).toEqual(['neutral', 'strong']);
  });

  test("the web part reads a deep link from the page's URL, as the app's own links write it", () => {
    expect(pageDeepLink('?view=voorstellen&item=voorstel%2F12')).toBe('voorstellen:voorstel/12');
    expect(pageDeepLink('?item=thema%2F3')).toBe('thema/3');
    expect(pageDeepLink('?view=plan')).toBeUndefined();
  });
});
