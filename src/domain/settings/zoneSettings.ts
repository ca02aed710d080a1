/**
 * The zone's settings: time limits the integrity policy does not give, chosen by the zone (issue #13 part 7).
 * They are stored in the list `Instellingen` (one item per setting) and edited by the Integriteit Beheerders;
 * these defaults are the one source of truth for a fresh site (provisioning seeds them) and for a missing item.
 * Terms the source does give stay constants where they belong (the college's 45 calendar days: ADVICE_DEADLINE_DAYS).
 */
export interface ZoneSettings {
  /** The diensthoofd validates, returns or rejects a submitted proposal within this many calendar days. */
  readonly diensthoofdValidationDays: number;
  /** A comité assigns a routed proposal within this many calendar days. */
  readonly comiteAssignmentDays: number;
  /** Work on an assigned proposal starts within this many calendar days. */
  readonly uitvoerderStartDays: number;
  /** The weekday of the directiecomité meeting (0 = Sunday … 6 = Saturday). */
  readonly directiecomiteWeekday: number;
  /** The agenda of a directiecomité meeting closes this many days before it (at noon). */
  readonly agendaClosesDaysBefore: number;
}

/** A key of {@link ZoneSettings}; also the `Title` of its item in the list `Instellingen`. */
export type ZoneSettingKey = keyof ZoneSettings;

/** What a setting may hold: whole numbers from `min` to `max`. */
export interface ZoneSettingRule {
  readonly key: ZoneSettingKey;
  readonly min: number;
  readonly max: number;
}

/** Today's values: two weekly cycles for the diensthoofd, a monthly cycle for comités and executors, Tuesday, Monday noon. */
export const DEFAULT_ZONE_SETTINGS: ZoneSettings = {
  diensthoofdValidationDays: 14,
  comiteAssignmentDays: 30,
  uitvoerderStartDays: 30,
  directiecomiteWeekday: 2,
  agendaClosesDaysBefore: 1,
};

/** Every setting with its sensible range, in the order the settings page shows them. */
export const ZONE_SETTING_RULES: readonly ZoneSettingRule[] = [
  { key: 'diensthoofdValidationDays', min: 1, max: 90 },
  { key: 'comiteAssignmentDays', min: 1, max: 180 },
  { key: 'uitvoerderStartDays', min: 1, max: 180 },
  { key: 'directiecomiteWeekday', min: 1, max: 5 },
  { key: 'agendaClosesDaysBefore', min: 1, max: 6 },
];

/** Why a value cannot be a setting, or null when it can. */
export type ZoneSettingProblem = 'notWhole' | 'outOfRange' | null;

/** Checks a value typed for a setting: a whole number within the setting's range. */
export function settingProblem(rule: ZoneSettingRule, value: number): ZoneSettingProblem {
  if (!Number.isInteger(value)) return 'notWhole';
  return value < rule.min || value > rule.max ? 'outOfRange' : null;
}

/** The settings from stored items (key and value); a missing, unknown or invalid item falls back to its default. */
export function zoneSettingsFrom(items: readonly { key: string; value: number | null }[]): ZoneSettings {
  const settings: { [K in ZoneSettingKey]: number } = { ...DEFAULT_ZONE_SETTINGS };
  ZONE_SETTING_RULES.forEach((rule) => {
    const item = items.filter((i) => i.key === rule.key)[0];
    if (item && item.value !== null && settingProblem(rule, item.value) === null) settings[rule.key] = item.value;
  });
  return settings;
}
