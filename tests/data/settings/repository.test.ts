import { Viewer } from '../../../src/data/membership';
import { SPSettingsRepository } from '../../../src/data/settings/SPSettingsRepository';
import { DEFAULT_ZONE_SETTINGS } from '../../../src/domain/settings';
import { spAs, type LocalSharePoint } from '../localSharePoint';
import { startProvisionedSite } from '../policy/support';

const ILSE = 'ilse.thys@pzcarma.be';
let ls: LocalSharePoint;

beforeAll(async () => {
  ({ ls } = await startProvisionedSite());
});

afterAll(async () => {
  await ls.close();
});

describe('SPSettingsRepository on the local SharePoint through PnPjs', () => {
  it('reads the seeded settings, saves with the ETag read, and refuses a save on a stale ETag (412)', async () => {
    const sp = await spAs(ls, ILSE);
    const repo = new SPSettingsRepository(sp, new Viewer(sp));
    const page = await repo.page();
    expect(page.settings).toEqual(DEFAULT_ZONE_SETTINGS);
    expect(page.me.groups).toContain('beheerders');
    const day = page.stored.filter((x) => x.key === 'directiecomiteWeekday')[0];
    const saved = await repo.save(day, 4);
    expect((await repo.zoneSettings()).directiecomiteWeekday).toBe(4);
    await expect(repo.save(day, 3)).rejects.toMatchObject({ status: 412 });
    await expect(repo.save(saved, 2.5)).rejects.toMatchObject({ status: 400 });
    expect((await repo.zoneSettings()).directiecomiteWeekday).toBe(4);
  });

  it('refuses a last advice reminder earlier than the first, checked against what SharePoint holds now, and stores nothing', async () => {
    const sp = await spAs(ls, ILSE);
    const repo = new SPSettingsRepository(sp, new Viewer(sp));
    const stored = (await repo.page()).stored;
    const first = stored.filter((x) => x.key === 'adviceFirstReminderDaysBefore')[0];
    const last = stored.filter((x) => x.key === 'adviceLastReminderDaysBefore')[0];
    await expect(repo.save(last, 11)).rejects.toMatchObject({ status: 400 });
    // another beheerder moves the first reminder to 5 days: a last one of 8, read before that, is refused too
    await new SPSettingsRepository(sp, new Viewer(sp)).save(first, 5);
    await expect(repo.save(last, 8)).rejects.toMatchObject({ status: 400 });
    expect(await repo.zoneSettings()).toMatchObject({ adviceFirstReminderDaysBefore: 5, adviceLastReminderDaysBefore: DEFAULT_ZONE_SETTINGS.adviceLastReminderDaysBefore });
    await repo.save(last, 5);
    expect((await repo.zoneSettings()).adviceLastReminderDaysBefore).toBe(5);
  });
});
