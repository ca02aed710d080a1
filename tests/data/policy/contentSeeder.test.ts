import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { allOperationalObjectives, policyContent } from '../../../seed/content';
import { ACTOR_GROUPS, policyContentSeeder, policyTextRows } from '../../../seed/policy';
import { GROUPS } from '../../../src/data/groups';
import { AANDACHTSPUNTEN, ACTIEPUNTEN, BELEIDSTEKSTEN, BERICHTEN, DOELSTELLINGEN } from '../../../src/data/schema';
import { spAs, statusOf, type LocalSharePoint } from '../localSharePoint';
import { JONAS, NATHALIE, seedContext, startProvisionedSite } from './support';

let ls: LocalSharePoint;
let admin: SPFI;

beforeAll(async () => {
  ({ ls, admin } = await startProvisionedSite());
  await policyContentSeeder.run(seedContext(ls, admin));
});

afterAll(async () => {
  await ls?.close();
});

const all = (title: string) => admin.web.lists.getByTitle(title).items.top(5000)<Record<string, any>[]>();

describe('the policy content seeder', () => {
  it('loads the 10 themes with their full text and action', async () => {
    const themes = (await all(AANDACHTSPUNTEN.title)).sort((a, b) => a.ThemeNumber - b.ThemeNumber);
    expect(themes.map((t) => t.ThemeNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(themes.map((t) => t.Action)).toEqual(['Geschenk', 'Nevenactiviteit', 'Materiaalschade', 'Geen', 'Geen', 'Geen', 'Geen', 'Geen', 'Geen', 'Geen']);
    expect(themes[0].Title).toBe(policyContent.themes[0].title);
    expect(themes[1].Body).toContain('<p>');
    expect(themes[6].Callout).toBe('Elke raadpleging van operationele databanken wordt geregistreerd');
  });

  it('loads SD1-SD7 and every operational objective with its actor and owner group', async () => {
    const sds = await all(DOELSTELLINGEN.title);
    expect(sds.map((s) => s.Code).sort()).toEqual(['SD1', 'SD2', 'SD3', 'SD4', 'SD5', 'SD6', 'SD7']);
    const points = await all(ACTIEPUNTEN.title);
    expect(points).toHaveLength(allOperationalObjectives.length);
    const byCode = new Map(points.map((p) => [p.Code, p]));
    const sdIds = new Map(sds.map((s) => [s.Code, s.Id]));
    for (const o of allOperationalObjectives) {
      const point = byCode.get(o.code)!;
      expect(point.Description).toBe(o.title);
      expect(point.Title.length).toBeLessThanOrEqual(255);
      expect(point.Actor).toBe(o.actor);
      expect(point.ObjectiveId).toBe(sdIds.get(o.code.split('.')[0]));
      expect(point.OwnerGroup).toBe(o.actor === null ? GROUPS.korpsleiding : GROUPS[ACTOR_GROUPS[o.actor]]);
      expect(point.Status).toBe('Niet gestart');
    }
    expect(byCode.get('SD3.1')!.OwnerGroup).toBe('Juridische dienst');
    expect(byCode.get('SD7.1')!.OwnerGroup).toBe('Intern Toezicht');
    expect(byCode.get('SD4.1')!.OwnerGroup).toBe('HR');
    expect(byCode.get('SD3.3')!.OwnerGroup).toBe('Comitévoorzitters');
  });

  it('gives every operational objective item permissions: the owner group edits, staff only read', async () => {
    const points = await all(ACTIEPUNTEN.title);
    const hr = points.filter((p) => p.OwnerGroup === GROUPS.hr)[0];
    const nathalie = await spAs(ls, NATHALIE); // HR
    const jonas = await spAs(ls, JONAS); // staff
    const item = (sp: SPFI) => sp.web.lists.getByTitle(ACTIEPUNTEN.title).items.getById(hr.Id);
    expect(await statusOf(item(jonas).update({ Status: 'Lopend' }))).toBe(403);
    expect(await statusOf(item(nathalie).update({ Status: 'Lopend' }))).toBe('ok');
    const notHr = points.filter((p) => p.OwnerGroup === GROUPS.internToezicht)[0];
    expect(await statusOf(nathalie.web.lists.getByTitle(ACTIEPUNTEN.title).items.getById(notHr.Id).update({ Status: 'Lopend' }))).toBe(403);
    expect((await item(jonas).select('Status')<{ Status: string }>()).Status).toBe('Lopend');
  });

  it('loads the policy texts, the milestones and the campaign message', async () => {
    const texts = await all(BELEIDSTEKSTEN.title);
    expect(texts).toHaveLength(policyTextRows().length);
    const visie = texts.filter((t) => t.TextKey === 'visie')[0];
    expect(visie.Detail).toBe('Integrity is doing the right thing when no one is watching');
    expect(texts.filter((t) => t.Section === 'Wettelijk kader')).toHaveLength(7);
    expect(texts.filter((t) => t.Section === 'Beleidslijn')).toHaveLength(9);
    expect(texts.filter((t) => t.Section === 'Mijlpaal timing' || t.Section === 'Mijlpaal evaluatie')).toHaveLength(policyContent.milestones.length);
    const messages = await all(BERICHTEN.title);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ Category: 'Campagne', Title: 'Kick-off communicatiecampagne 10 thema’s' });
    expect(messages[0].Body).toContain('Respect voor het materiaal');
  });

  it('adds nothing on a second run and keeps what the zone edited', async () => {
    const theme = (await all(AANDACHTSPUNTEN.title))[0];
    await admin.web.lists.getByTitle(AANDACHTSPUNTEN.title).items.getById(theme.Id).update({ Title: 'Aangepast door de zone' });
    const log: string[] = [];
    await policyContentSeeder.run(seedContext(ls, admin, log));
    expect(log).toEqual(['Beleid: 0 aandachtspunten, 0 doelstellingen, 0 actiepunten, 0 teksten toegevoegd.']);
    expect(await all(AANDACHTSPUNTEN.title)).toHaveLength(10);
    expect(await all(ACTIEPUNTEN.title)).toHaveLength(allOperationalObjectives.length);
    expect(await all(BERICHTEN.title)).toHaveLength(1);
    expect((await admin.web.lists.getByTitle(AANDACHTSPUNTEN.title).items.getById(theme.Id)()).Title).toBe('Aangepast door de zone');
  });
});
