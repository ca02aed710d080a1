import { listsSiteUrl, siteUrlProblem } from '../../spfx-webpart/siteUrlSetting';

const CURRENT = 'https://pzcarma.sharepoint.com/sites/intranet';

describe('the web part setting "site that holds the lists"', () => {
  it.each([
    ['', undefined],
    ['   ', undefined],
    ['https://pzcarma.sharepoint.com/sites/integriteit', undefined],
    ['https://PZCARMA.sharepoint.com/sites/integriteit/', undefined],
    ['pzcarma.sharepoint.com/sites/integriteit', 'notAbsolute'],
    ['/sites/integriteit', 'notAbsolute'],
    ['https://', 'notAbsolute'],
    ['http://pzcarma.sharepoint.com/sites/integriteit', 'notHttps'],
    ['https://contoso.sharepoint.com/sites/integriteit', 'otherTenant'],
    ['https://pzcarma-my.sharepoint.com/personal/x', 'otherTenant'],
  ])('%j → %s', (value, problem) => {
    expect(siteUrlProblem(value, CURRENT)).toBe(problem);
  });

  it('uses a valid setting without query or trailing slash, and the page site otherwise', () => {
    expect(listsSiteUrl('https://pzcarma.sharepoint.com/sites/integriteit/?x=1#y', CURRENT)).toBe('https://pzcarma.sharepoint.com/sites/integriteit');
    expect(listsSiteUrl('', CURRENT)).toBe(CURRENT);
    expect(listsSiteUrl(undefined, CURRENT)).toBe(CURRENT);
    expect(listsSiteUrl('https://contoso.sharepoint.com/sites/x', CURRENT)).toBe(CURRENT);
  });

  it("falls back to the site the package was built for (CARMA_SITE_URL): a personal app in Teams runs on the tenant's root site", () => {
    const built = 'https://pzcarma.sharepoint.com/sites/integriteit';
    expect(listsSiteUrl('', 'https://pzcarma.sharepoint.com', built)).toBe(built);
    // the page's own setting wins; an unusable built site is ignored
    expect(listsSiteUrl('https://pzcarma.sharepoint.com/sites/other', CURRENT, built)).toBe('https://pzcarma.sharepoint.com/sites/other');
    expect(listsSiteUrl('', CURRENT, 'https://contoso.sharepoint.com/sites/x')).toBe(CURRENT);
    expect(listsSiteUrl(undefined, CURRENT, '')).toBe(CURRENT);
  });
});
