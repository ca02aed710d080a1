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
  /** The politiecollege is reminded this many calendar days before its 45-day advice deadline (side activities)… */
  readonly adviceFirstReminderDaysBefore: number;
  /** …and once more this many days before it. */
  readonly adviceLastReminderDaysBefore: number;
  /** The annual figures (complaints, integrity reports) hide every count from 1 up to one below this number. */
  readonly anonymityThreshold: number;
  /** TIWK and Cel GWB evaluate an incident of resistance tactically within this many calendar days after it. */
  readonly resistanceEvaluationDays: number;
  /** Cel GWB or HR first contact each member involved within this many calendar days after the incident. */
  readonly resistanceFirstContactDays: number;
  /** A member's follow-up is concluded or looked at again within this many calendar days after the first contact. */
  readonly resistanceFollowUpDays: number;
}

/** A key of {@link ZoneSettings}; also the `Title` of its item in the list `Instellingen`. */
export type ZoneSettingKey = keyof ZoneSettings;

/** What a group of settings is about (the settings page shows one section per topic). */
export type ZoneSettingTopic = 'proposals' | 'sideActivities' | 'figures' | 'resistance';

/** What a setting may hold: whole numbers from `min` to `max`. */
export interface ZoneSettingRule {
  readonly key: ZoneSettingKey;
  readonly topic: ZoneSettingTopic;
  readonly min: number;
  readonly max: number;
}

/**
 * Today's values: two weekly cycles for the diensthoofd, a monthly cycle for comités and executors, Tuesday, Monday
 * noon; advice reminders 10 and 3 days before the deadline (one in time for the next college, one last call); counts
 * from 1 to 4 hidden (the usual statistical practice); resistance evaluated within a month, first contact within three
 * days, follow-up looked at again after a month.
 */
export const DEFAULT_ZONE_SETTINGS: ZoneSettings = {
  diensthoofdValidationDays: 14,
  comiteAssignmentDays: 30,
  uitvoerderStartDays: 30,
  directiecomiteWeekday: 2,
  agendaClosesDaysBefore: 1,
  adviceFirstReminderDaysBefore: 10,
  adviceLastReminderDaysBefore: 3,
  anonymityThreshold: 5,
  resistanceEvaluationDays: 30,
  resistanceFirstContactDays: 3,
  resistanceFollowUpDays: 30,
};

/** Every setting with its sensible range, in the order the settings page shows them. */
export const ZONE_SETTING_RULES: readonly ZoneSettingRule[] = [
  { key: 'diensthoofdValidationDays', topic: 'proposals', min: 1, max: 90 },
  { key: 'comiteAssignmentDays', topic: 'proposals', min: 1, max: 180 },
  { key: 'uitvoerderStartDays', topic: 'proposals', min: 1, max: 180 },
  { key: 'directiecomiteWeekday', topic: 'proposals', min: 1, max: 5 },
  { key: 'agendaClosesDaysBefore', topic: 'proposals', min: 1, max: 6 },
  // a reminder falls within the 45 days (the policy's term, not a setting)
  { key: 'adviceFirstReminderDaysBefore', topic: 'sideActivities', min: 1, max: 44 },
  { key: 'adviceLastReminderDaysBefore', topic: 'sideActivities', min: 1, max: 44 },
  // 1 would hide nothing: the published figures always hide at least single counts
  { key: 'anonymityThreshold', topic: 'figures', min: 2, max: 20 },
  { key: 'resistanceEvaluationDays', topic: 'resistance', min: 1, max: 180 },
  { key: 'resistanceFirstContactDays', topic: 'resistance', min: 1, max: 30 },
  { key: 'resistanceFollowUpDays', topic: 'resistance', min: 1, max: 180 },
];

/** The topics in the order the settings page shows them. */
export const ZONE_SETTING_TOPICS: readonly ZoneSettingTopic[] = ['proposals', 'sideActivities', 'figures', 'resistance'];

/**
 * Settings that may not exceed another one: the last advice reminder comes no earlier than the first, so it is at most
 * as many days before the deadline.
 */
const AT_MOST: readonly { readonly key: ZoneSettingKey; readonly atMost: ZoneSettingKey }[] = [{ key: 'adviceLastReminderDaysBefore', atMost: 'adviceFirstReminderDaysBefore' }];

/** The range a setting may take beside the zone's other settings: its own range, narrowed by the settings it is ordered with. */
export function settingRange(rule: ZoneSettingRule, settings: ZoneSettings): { min: number; max: number } {
  return AT_MOST.reduce(
    (range, order) => ({
      min: order.atMost === rule.key ? Math.max(range.min, settings[order.key]) : range.min,
      max: order.key === rule.key ? Math.min(range.max, settings[order.atMost]) : range.max,
    }),
    { min: rule.min, max: rule.max },
  );
}

/** Why a value cannot be a setting, or null when it can. */
export type ZoneSettingProblem = 'notWhole' | 'outOfRange' | 'outOfOrder' | null;

/**
 * Checks a value typed for a setting: a whole number within the setting's range and, given the zone's other settings,
 * in order with them (see {@link settingRange}).
 */
export function settingProblem(rule: ZoneSettingRule, value: number, settings?: ZoneSettings): ZoneSettingProblem {
  if (!Number.isInteger(value)) return 'notWhole';
  if (value < rule.min || value > rule.max) return 'outOfRange';
  if (!settings) return null;
  const range = settingRange(rule, settings);
  return value < range.min || value > range.max ? 'outOfOrder' : null;
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
