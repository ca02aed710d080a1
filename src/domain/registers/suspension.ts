import { addCalendarDays, brusselsDateOf, type BrusselsDate } from '../dates';
import type { SideActivity, SideActivityStatus } from './sideActivities';

/** The kinds of absence HR registers, in Dutch as stored. */
export const ABSENCE_KINDS = [
  'Ziekte',
  'Arbeidsongeval',
  'Ongeval op de weg naar of van het werk',
  'Beroepsziekte',
  'Disponibiliteit wegens ziekte',
  'Verminderde prestaties om medische redenen',
  'Verlof',
  'Andere afwezigheid',
] as const;

/** One kind of {@link ABSENCE_KINDS}. */
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

/** The absences during which every cumulation is suspended automatically (aandachtspunt 2). */
export const SUSPENDING_ABSENCE_KINDS: readonly AbsenceKind[] = [
  'Ziekte',
  'Arbeidsongeval',
  'Ongeval op de weg naar of van het werk',
  'Beroepsziekte',
  'Disponibiliteit wegens ziekte',
  'Verminderde prestaties om medische redenen',
];

/** A registered absence of the member, inclusive of both days; an open-ended one has no end yet. */
export interface Absence {
  kind: AbsenceKind;
  start: BrusselsDate;
  end: BrusselsDate | null;
}

/** A period in which the side activity was or is suspended, and the day it resumes (null while it lasts). */
export interface SuspensionPeriod {
  start: BrusselsDate;
  end: BrusselsDate | null;
  resumesOn: BrusselsDate | null;
  causes: AbsenceKind[];
}

/** The statuses in which the member may exercise the activity (a CaLog written declaration stands unless refused). */
export const CUMULATING_STATUSES: readonly SideActivityStatus[] = ['Toegestaan', 'Schriftelijk gemeld'];

/** Whether the activity is exercised today, suspended by an absence, or not exercised at all. */
export type CumulationState = 'active' | 'suspended' | 'inactive';

/** A side activity's effective state at a moment, with the current suspension and the whole suspension history. */
export interface EffectiveState {
  state: CumulationState;
  current: SuspensionPeriod | null;
  suspensions: SuspensionPeriod[];
}

type Window = Pick<SideActivity, 'startDate' | 'endDate'>;

/**
 * The suspension periods of an activity: the suspending absences within its lifetime, overlapping or back-to-back
 * ones merged into one period; an open-ended absence suspends until further notice.
 */
export function suspensionPeriods(activity: Window, absences: readonly Absence[]): SuspensionPeriod[] {
  const clipped = absences
    .filter((a) => SUSPENDING_ABSENCE_KINDS.indexOf(a.kind) >= 0 && (a.end === null || a.end >= a.start))
    .map((a) => ({
      kind: a.kind,
      start: a.start > activity.startDate ? a.start : activity.startDate,
      end: activity.endDate !== null && (a.end === null || a.end > activity.endDate) ? activity.endDate : a.end,
    }))
    .filter((a) => a.end === null || a.end >= a.start)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const merged: { start: BrusselsDate; end: BrusselsDate | null; causes: AbsenceKind[] }[] = [];
  clipped.forEach((a) => {
    const last = merged[merged.length - 1];
    if (last && (last.end === null || a.start <= addCalendarDays(last.end, 1))) {
      last.end = last.end === null || a.end === null ? null : a.end > last.end ? a.end : last.end;
      if (last.causes.indexOf(a.kind) < 0) last.causes.push(a.kind);
    } else {
      merged.push({ start: a.start, end: a.end, causes: [a.kind] });
    }
  });
  return merged.map((p) => ({
    ...p,
    // an activity that ended while suspended does not resume
    resumesOn: p.end !== null && p.end !== activity.endDate ? addCalendarDays(p.end, 1) : null,
  }));
}

/**
 * The effective state of a side activity at `now` (Brussels date): while a suspending absence runs, every cumulation
 * is suspended automatically, also for permissions granted under the old rules; it resumes the day after.
 */
export function effectiveState(activity: SideActivity, absences: readonly Absence[], now: Date): EffectiveState {
  const allowed = CUMULATING_STATUSES.indexOf(activity.status) >= 0;
  const ended = activity.status === 'Beëindigd' && (activity.kader === 'CaLog' || activity.decidedAt !== null);
  const suspensions = allowed || ended ? suspensionPeriods(activity, absences) : [];
  const today = brusselsDateOf(now);
  const running = allowed && today >= activity.startDate && (activity.endDate === null || today <= activity.endDate);
  const current = running ? suspensions.filter((p) => p.start <= today && (p.end === null || today <= p.end))[0] || null : null;
  return { state: !running ? 'inactive' : current ? 'suspended' : 'active', current, suspensions };
}
