import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ZONE_SETTING_RULES, settingProblem, settingRange, zoneSettingsFrom, type ZoneSettingKey } from '../../domain/settings';
import type { Viewer } from '../membership';
import { inOneRoundTrip } from '../oneRoundTrip';
import { INSTELLINGEN } from '../schema/settings';
import type { SettingsPage, SettingsRepository, StoredSetting } from './types';

/** More items than the list ever holds (one per setting): read in one page. */
const PAGE = 100;

interface SettingJson {
  Id: number;
  Title: string | null;
  SettingValue: number | null;
  Modified: string;
  Editor?: { Title?: string } | null;
  'odata.etag'?: string;
}

const known = (key: string | null): key is ZoneSettingKey => ZONE_SETTING_RULES.some((r) => r.key === key);

/** Queues the read of every stored setting on a root that may be batched. */
function readStored(sp: SPFI): Promise<StoredSetting[]> {
  return sp.web.lists
    .getByTitle(INSTELLINGEN.title)
    .items.select('Id', 'Title', 'SettingValue', 'Modified', 'Editor/Title')
    .expand('Editor')
    .top(PAGE)<SettingJson[]>()
    .then((rows) =>
      rows.reduce<StoredSetting[]>((out, row) => {
        if (known(row.Title) && row.SettingValue !== null) {
          out.push({
            id: row.Id,
            key: row.Title,
            value: row.SettingValue,
            editor: row.Editor?.Title ?? null,
            modified: row.Modified,
            etag: row['odata.etag'] ?? '*',
          });
        }
        return out;
      }, []),
    );
}

/** The settings repository on SharePoint: the list Instellingen through PnPjs. */
export class SPSettingsRepository implements SettingsRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly viewer: Pick<Viewer, 'membership'>,
  ) {}

  public zoneSettings() {
    return inOneRoundTrip(this.sp, (b) => readStored(b)).then((stored) => zoneSettingsFrom(stored));
  }

  public async page(): Promise<SettingsPage> {
    const [stored, me] = await inOneRoundTrip(this.sp, (b) => Promise.all([readStored(b), this.viewer.membership()]));
    return { stored, settings: zoneSettingsFrom(stored), me };
  }

  public async save(setting: StoredSetting, value: number): Promise<StoredSetting> {
    const rule = ZONE_SETTING_RULES.filter((r) => r.key === setting.key)[0];
    if (!rule) throw Object.assign(new Error(`${setting.key}: geen instelling van de zone.`), { status: 400 });
    // checked against the other settings as SharePoint holds them now (the last reminder not before the first)
    const settings = zoneSettingsFrom(await readStored(this.sp));
    if (settingProblem(rule, value, settings) !== null) {
      const range = settingRange(rule, settings);
      throw Object.assign(new Error(`${setting.key}: een geheel getal van ${range.min} tot ${range.max}.`), { status: 400 });
    }
    const result = await this.sp.web.lists.getByTitle(INSTELLINGEN.title).items.getById(setting.id).update({ SettingValue: value }, setting.etag);
    return { ...setting, value, modified: new Date().toISOString(), etag: result.etag };
  }
}
