import type { Membership } from '../membership';
import type { ZoneSettingKey, ZoneSettings } from '../../domain/settings';

/** One stored setting of the list Instellingen, with who changed it last (server-set Editor) and its ETag. */
export interface StoredSetting {
  id: number;
  key: ZoneSettingKey;
  value: number;
  /** The display name of who changed it last (Editor), or null for the provisioning account's seed. */
  editor: string | null;
  modified: string;
  etag: string;
}

/** What the settings page shows: the stored items, the settings they make, and who is looking. */
export interface SettingsPage {
  stored: StoredSetting[];
  settings: ZoneSettings;
  me: Membership;
}

/** The zone's settings (list Instellingen): read by every view that shows a term, changed only by the beheerders. */
export interface SettingsRepository {
  /** The settings in effect (defaults for what is not stored), read in the current round trip. */
  zoneSettings(): Promise<ZoneSettings>;
  /** The settings page's data in one round trip. */
  page(): Promise<SettingsPage>;
  /** Stores a new value with the ETag read: a concurrent change fails with 412, nothing is overwritten. */
  save(setting: StoredSetting, value: number): Promise<StoredSetting>;
}
