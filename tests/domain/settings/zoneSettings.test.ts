import { agendaClosing, nextDirectiecomiteMeeting, nextStep } from '../../../src/domain/proposal';
import { DEFAULT_ZONE_SETTINGS, settingProblem, settingRange, ZONE_SETTING_RULES, zoneSettingsFrom, type ZoneSettingKey, type ZoneSettings } from '../../../src/domain/settings';
import { proposalIn } from '../proposal/fixtures';

/** Settings that differ from every default: a test passes only if the functions use them. */
const OTHER: ZoneSettings = {
  diensthoofdValidationDays: 7,
  comiteAssignmentDays: 45,
  uitvoerderStartDays: 10,
  directiecomiteWeekday: 4,
  agendaClosesDaysBefore: 2,
  adviceFirstReminderDaysBefore: 14,
  adviceLastReminderDaysBefore: 5,
  anonymityThreshold: 3,
  resistanceEvaluationDays: 14,
  resistanceFirstContactDays: 1,
  resistanceFollowUpDays: 60,
};

describe('the zone settings in the proposal terms', () => {
  it('differ from every default (else the tests below prove nothing)', () => {
    ZONE_SETTING_RULES.forEach((rule) => expect(OTHER[rule.key]).not.toBe(DEFAULT_ZONE_SETTINGS[rule.key]));
  });

  it("counts the diensthoofd's term from the zone's setting", () => {
    const proposal = proposalIn('Ingediend', { submittedAt: '2026-07-01T10:00:00Z', statusChangedAt: '2026-07-01T10:00:00Z' });
    expect(nextStep(proposal, new Date('2026-07-02T10:00:00Z'), OTHER)?.expectedOn).toBe('2026-07-08');
    expect(nextStep(proposal, new Date('2026-07-02T10:00:00Z'))?.expectedOn).toBe('2026-07-15');
  });

  it("counts the comité's and the executor's terms from the zone's settings", () => {
    const since = { statusChangedAt: '2026-07-01T10:00:00Z' };
    expect(nextStep(proposalIn('Toegewezen aan comité', since), new Date('2026-07-02T10:00:00Z'), OTHER)?.expectedOn).toBe('2026-08-15');
    expect(nextStep(proposalIn('Toegewezen aan uitvoerder', since), new Date('2026-07-02T10:00:00Z'), OTHER)?.expectedOn).toBe('2026-07-11');
    expect(nextStep(proposalIn('Toegewezen aan uitvoerder', since), new Date('2026-07-12T10:00:00Z'), OTHER)?.overdue).toBe(true);
  });

  it("puts the directiecomité on the zone's weekday and closes its agenda the zone's days before, at noon", () => {
    // Wednesday 25/11/2026: with Thursday meetings and an agenda closing two days before (Tuesday noon)
    expect(nextDirectiecomiteMeeting(new Date('2026-11-25T09:00:00Z'), OTHER)).toBe('2026-12-03T08:00:00.000Z');
    expect(nextDirectiecomiteMeeting(new Date('2026-11-24T10:59:00Z'), OTHER)).toBe('2026-11-26T08:00:00.000Z');
    expect(nextDirectiecomiteMeeting(new Date('2026-11-24T11:00:00Z'), OTHER)).toBe('2026-12-03T08:00:00.000Z');
    expect(agendaClosing('2026-12-03T08:00:00.000Z', OTHER)).toBe('2026-12-01T11:00:00.000Z');
    const unplanned = proposalIn('Gevalideerd', { agendaMeeting: null, statusChangedAt: '2026-11-25T09:00:00Z' });
    expect(nextStep(unplanned, new Date('2026-11-25T10:00:00Z'), OTHER)?.expectedOn).toBe('2026-12-03');
  });
});

describe('zoneSettingsFrom', () => {
  it('takes the stored values and falls back to the default for a missing, unknown or invalid item', () => {
    expect(zoneSettingsFrom([])).toEqual(DEFAULT_ZONE_SETTINGS);
    expect(
      zoneSettingsFrom([
        { key: 'diensthoofdValidationDays', value: 21 },
        { key: 'comiteAssignmentDays', value: 2.5 },
        { key: 'agendaClosesDaysBefore', value: 99 },
        { key: 'uitvoerderStartDays', value: null },
        { key: 'somethingElse', value: 3 },
      ]),
    ).toEqual({ ...DEFAULT_ZONE_SETTINGS, diensthoofdValidationDays: 21 });
  });

  it('accepts only whole days within the range', () => {
    const rule = ZONE_SETTING_RULES.filter((r) => r.key === 'diensthoofdValidationDays')[0];
    expect(settingProblem(rule, 14)).toBeNull();
    expect(settingProblem(rule, 1.5)).toBe('notWhole');
    expect(settingProblem(rule, 0)).toBe('outOfRange');
    expect(settingProblem(rule, 91)).toBe('outOfRange');
  });

  it('refuses a last advice reminder earlier than the first (more days before the deadline), whichever of the two is changed', () => {
    const rule = (key: ZoneSettingKey) => ZONE_SETTING_RULES.filter((r) => r.key === key)[0];
    const first = rule('adviceFirstReminderDaysBefore');
    const last = rule('adviceLastReminderDaysBefore');
    // the defaults: first 10, last 3 days before the deadline
    expect(settingProblem(last, 11, DEFAULT_ZONE_SETTINGS)).toBe('outOfOrder');
    expect(settingProblem(last, 10, DEFAULT_ZONE_SETTINGS)).toBeNull();
    expect(settingProblem(first, 2, DEFAULT_ZONE_SETTINGS)).toBe('outOfOrder');
    expect(settingProblem(first, 3, DEFAULT_ZONE_SETTINGS)).toBeNull();
    expect(settingRange(last, DEFAULT_ZONE_SETTINGS)).toEqual({ min: 1, max: 10 });
    expect(settingRange(first, DEFAULT_ZONE_SETTINGS)).toEqual({ min: 3, max: 44 });
    // the fixed range still comes first, and a setting in no order keeps its own range
    expect(settingProblem(last, 45, DEFAULT_ZONE_SETTINGS)).toBe('outOfRange');
    expect(settingRange(rule('anonymityThreshold'), DEFAULT_ZONE_SETTINGS)).toEqual({ min: 2, max: 20 });
  });
});
