import { upnOf } from '../../src/data/upn';

describe('upnOf', () => {
  it("gives one form of a login: SharePoint's claims login and a page context's plain login, in any case", () => {
    expect(upnOf('i:0#.f|membership|lotte.wouters@pzcarma.be')).toBe('lotte.wouters@pzcarma.be');
    expect(upnOf('I:0#.F|Membership|Lotte.Wouters@PZCARMA.be')).toBe('lotte.wouters@pzcarma.be');
    expect(upnOf(' Lotte.Wouters@pzcarma.be ')).toBe('lotte.wouters@pzcarma.be');
    // a guest's UPN keeps its own marks
    expect(upnOf('i:0#.f|membership|jan_example.com#ext#@pzcarma.onmicrosoft.com')).toBe('jan_example.com#ext#@pzcarma.onmicrosoft.com');
  });
});
