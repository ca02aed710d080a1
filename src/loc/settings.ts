import type { ZoneSettingKey, ZoneSettingTopic } from '../domain/settings';

/** Strings of the zone's settings page (Beleid > Instellingen) and of the "keuze van de zone" notes. */
export interface SettingsStrings {
  title: string;
  /** What the settings are: the zone's choices, not rules of the policy. */
  intro: string;
  /** The 45 calendar days of the college's advice are fixed by the policy itself. */
  fixedByPolicy: string;
  /** Shown next to a term the app computes from a setting. */
  zoneChoice: string;
  /** The tooltip of {@link zoneChoice}. */
  zoneChoiceTip: string;
  /** The link from the Beleid home to the page. */
  open: string;
  back: string;
  /** The heading of each group of settings on the page. */
  topics: Record<ZoneSettingTopic, string>;
  labels: Record<ZoneSettingKey, string>;
  hints: Record<ZoneSettingKey, string>;
  /** `{name}`, `{date}`. */
  lastChange: string;
  readOnly: string;
  save: string;
  /** `{setting}`. */
  saved: string;
  notWhole: string;
  /** `{min}`, `{max}`. */
  outOfRange: string;
  /** A value out of order with another setting (the last reminder before the first), per setting; `{min}`, `{max}`. */
  outOfOrder: Partial<Record<ZoneSettingKey, string>>;
  /** `{setting}`. */
  conflict: string;
}
