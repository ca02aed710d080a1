/**
 * The zone's settings (list Instellingen, issue #13 part 7) attacked over raw REST per persona with nothing but the
 * persona's own bearer token: everyone reads them, only the Integriteit Beheerders change them, SharePoint enforces it.
 */
import { INSTELLINGEN } from '../../src/data/schema';
import { seedSettings } from '../../src/data/settings/seedSettings';
import { DEFAULT_ZONE_SETTINGS, ZONE_SETTING_RULES } from '../../src/domain/settings';
import { ADMIN, spAs, type LocalSharePoint } from '../data/localSharePoint';
import { startProvisionedSite } from '../data/policy/support';
import { itemsOf, rawAs, refused } from './rest';

const ILSE = 'ilse.thys@pzcarma.be'; // Integriteit Beheerders
const JONAS = 'jonas.maes@pzcarma.be'; // Medewerkers
const HILDE = 'hilde.goossens@pzcarma.be'; // Korpschef, directiecomité
const SARAH = 'sarah.leclercq@pzcarma.be'; // Juridische dienst
const LUC = 'luc.hermans@pzcarma.be'; // Politiecollege
const WIM = 'wim.hendrickx@pzcarma.be'; // HR

let ls: LocalSharePoint;
let settingId: number;
/** The anonymity threshold: lowering it would reveal small counts, so it is the setting most worth attacking. */
let thresholdId: number;

interface Row {
  Id: number;
  Title: string;
  SettingValue: number;
}

async function rows(login: string): Promise<{ status: number; rows: Row[] }> {
  const res = await (await rawAs(ls, login)).get(`${itemsOf(INSTELLINGEN.title)}?$select=Id,Title,SettingValue`);
  return { status: res.status, rows: res.status === 200 ? ((await res.json()) as { value: Row[] }).value : [] };
}

beforeAll(async () => {
  ({ ls } = await startProvisionedSite());
  const seeded = await rows(ILSE);
  settingId = seeded.rows.filter((r) => r.Title === 'diensthoofdValidationDays')[0].Id;
  thresholdId = seeded.rows.filter((r) => r.Title === 'anonymityThreshold')[0].Id;
});

afterAll(async () => {
  await ls.close();
});

describe('Instellingen over raw REST', () => {
  it('is seeded by provisioning with every setting at its default', async () => {
    const { rows: all } = await rows(JONAS);
    expect(all.map((r) => r.Title).sort()).toEqual(ZONE_SETTING_RULES.map((r) => r.key).sort());
    all.forEach((r) => expect(r.SettingValue).toBe(DEFAULT_ZONE_SETTINGS[r.Title as keyof typeof DEFAULT_ZONE_SETTINGS]));
  });

  it.each([JONAS, HILDE, SARAH, LUC, WIM])('lets %s read every setting', async (login) => {
    const read = await rows(login);
    expect(read.status).toBe(200);
    expect(read.rows).toHaveLength(ZONE_SETTING_RULES.length);
  });

  it.each([JONAS, HILDE, SARAH, LUC, WIM])('refuses %s changing, adding or deleting a setting', async (login) => {
    const raw = await rawAs(ls, login);
    expect(refused(await raw.merge(itemsOf(INSTELLINGEN.title, settingId), { SettingValue: 1 }))).toBe(true);
    expect(refused(await raw.merge(itemsOf(INSTELLINGEN.title, thresholdId), { SettingValue: 2 }))).toBe(true);
    expect(refused(await raw.post(itemsOf(INSTELLINGEN.title), { Title: 'diensthoofdValidationDays', SettingValue: 1 }))).toBe(true);
    expect(refused(await raw.remove(itemsOf(INSTELLINGEN.title, settingId)))).toBe(true);
    const after = await rows(ILSE);
    expect(after.rows).toHaveLength(ZONE_SETTING_RULES.length);
    expect(after.rows.filter((r) => r.Id === settingId)[0].SettingValue).toBe(DEFAULT_ZONE_SETTINGS.diensthoofdValidationDays);
    expect(after.rows.filter((r) => r.Id === thresholdId)[0].SettingValue).toBe(DEFAULT_ZONE_SETTINGS.anonymityThreshold);
  });

  it('lets a beheerder change a setting, records who did, and a second seeding keeps the change', async () => {
    const raw = await rawAs(ls, ILSE);
    const res = await raw.merge(itemsOf(INSTELLINGEN.title, settingId), { SettingValue: 21 });
    expect(res.status).toBeLessThan(300);
    const item = (await (await raw.get(`${itemsOf(INSTELLINGEN.title, settingId)}?$select=SettingValue,Editor/Title&$expand=Editor`)).json()) as {
      SettingValue: number;
      Editor: { Title: string };
    };
    expect(item).toMatchObject({ SettingValue: 21, Editor: { Title: 'Ilse Thys' } });
    expect(await seedSettings(await spAs(ls, ADMIN))).toEqual([]);
    expect((await rows(JONAS)).rows.filter((r) => r.Id === settingId)[0].SettingValue).toBe(21);
  });

  it('adds a setting a site does not hold yet (a newer version of the app) and leaves the ones the zone changed', async () => {
    const raw = await rawAs(ls, ILSE);
    // a site provisioned before the resistance terms were settings, whose zone raised its anonymity threshold
    const before = await rows(ILSE);
    const missing = before.rows.filter((r) => r.Title === 'resistanceFollowUpDays')[0];
    expect((await (await rawAs(ls, ADMIN)).remove(itemsOf(INSTELLINGEN.title, missing.Id))).status).toBeLessThan(300);
    expect((await raw.merge(itemsOf(INSTELLINGEN.title, thresholdId), { SettingValue: 10 })).status).toBeLessThan(300);
    expect(await seedSettings(await spAs(ls, ADMIN))).toEqual(['resistanceFollowUpDays']);
    const after = (await rows(JONAS)).rows;
    expect(after).toHaveLength(ZONE_SETTING_RULES.length);
    expect(after.filter((r) => r.Title === 'resistanceFollowUpDays')[0].SettingValue).toBe(DEFAULT_ZONE_SETTINGS.resistanceFollowUpDays);
    expect(after.filter((r) => r.Id === thresholdId)[0].SettingValue).toBe(10);
  });
});
