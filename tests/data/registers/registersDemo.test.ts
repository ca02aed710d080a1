import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { registersDemoSeeder } from '../../../seed/registers-demo';
import { startSite, type TestSite } from './localSite';

let site: TestSite;

beforeAll(async () => {
  site = await startSite({ themes: true });
  await registersDemoSeeder.run({ admin: site.admin, as: site.as, userId: site.userId, now: new Date(), log: () => undefined });
}, 120000);

afterAll(async () => {
  await site?.close();
});

const items = async (list: string, select: string[], expand: string[] = []): Promise<Record<string, unknown>[]> =>
  site.admin.web.lists.getByTitle(list).items.select(...select).expand(...expand).top(500)();

describe('the registers demo seeder', () => {
  it('declares in every register as several personas', async () => {
    const authors = async (list: string) => new Set((await items(list, ['Author/Title'], ['Author'])).map((i) => (i.Author as { Title: string }).Title));
    expect((await authors('Geschenken')).size).toBeGreaterThanOrEqual(3);
    expect((await authors('Nevenactiviteiten')).size).toBeGreaterThanOrEqual(4);
    expect((await authors('Materiaalschade')).size).toBeGreaterThanOrEqual(3);
    const statuses = (await items('Nevenactiviteiten', ['Status'])).map((i) => i.Status);
    expect(statuses).toEqual(expect.arrayContaining(['Aangevraagd', 'Advies gevraagd', 'Toegestaan']));
    expect(await items('Afwezigheden', ['Kind'])).toEqual([expect.objectContaining({ Kind: 'Ziekte' })]);
  });

  it('keeps at least twelve complaint dossiers across investigators and in every state', async () => {
    const dossiers = await items('Klachten', ['Status', 'Investigator/Title', 'HasUniqueRoleAssignments'], ['Investigator']);
    expect(dossiers.length).toBeGreaterThanOrEqual(12);
    expect(new Set(dossiers.map((d) => d.Status))).toEqual(new Set(['Ontvangen', 'In onderzoek', 'Terugkoppeling aan klager', 'Afgesloten', 'Tuchtdossier']));
    const investigators = new Set(dossiers.map((d) => (d.Investigator as { Title?: string } | null)?.Title).filter(Boolean));
    expect(investigators).toEqual(new Set(['Koen Dubois', 'Ann Lambert', 'Karel Peeters', 'Els Janssens']));
    expect(dossiers.every((d) => d.HasUniqueRoleAssignments === true)).toBe(true);
    const reports = await items('Rapportages', ['Kind']);
    expect(reports.map((r) => r.Kind)).toEqual(['Maandlijst']);
  });
});
