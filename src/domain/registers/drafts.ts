import { AppError } from '../appError';
import { isBrusselsDate, type BrusselsDate } from '../dates';
import type { AbsenceDraft, DamageDraft, GiftDraft, SideActivityDraft } from '../../data/registers/RegistersRepository';

/** Why a field of a form was refused; the UI says it in the user's language. */
export type ProblemCode = 'required' | 'invalidNumber' | 'negative' | 'invalidDate' | 'inFuture' | 'startInPast' | 'endBeforeStart' | 'invalidTime';

/** The refused fields of a draft, each with the reason. */
export type DraftProblems<T> = Partial<Record<keyof T, ProblemCode>>;

/** A draft that may not be stored: nothing was sent to SharePoint. */
export class DraftInvalidError<T = unknown> extends AppError {
  public constructor(public readonly problems: DraftProblems<T>) {
    super(`Invalid input: ${Object.keys(problems).join(', ')}`, 'DraftInvalidError');
  }
}

/** An amount or a number as typed in Belgium (`12,50` or `12.50`), or null when empty, or NaN when not a number. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  return /^-?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : NaN;
}

/** Collects the problems of a draft from per-field checks; a check returns a code or null. */
export function collect<T>(checks: { [K in keyof T]?: ProblemCode | null }): DraftProblems<T> {
  const problems: DraftProblems<T> = {};
  (Object.keys(checks) as (keyof T)[]).forEach((key) => {
    const code = checks[key];
    if (code) problems[key] = code;
  });
  return problems;
}

/** A required text: present once trimmed. */
export const requiredText = (value: string): ProblemCode | null => (value.trim() ? null : 'required');

/** A required date that is a real calendar date and, unless allowed, not after today. */
export function dateCheck(value: string, today: BrusselsDate, options: { required: boolean; notAfterToday?: boolean }): ProblemCode | null {
  if (!value) return options.required ? 'required' : null;
  if (!isBrusselsDate(value)) return 'invalidDate';
  return options.notAfterToday && value > today ? 'inFuture' : null;
}

function amountCheck(value: string, required: boolean): ProblemCode | null {
  const n = parseDecimal(value);
  if (n === null) return required ? 'required' : null;
  if (isNaN(n)) return 'invalidNumber';
  return n < 0 ? 'negative' : null;
}

/** The problems of a gift report (empty when it may be stored). */
export function giftProblems(draft: GiftDraft, today: BrusselsDate): DraftProblems<GiftDraft> {
  return collect<GiftDraft>({
    kind: draft.kind ? null : 'required',
    what: requiredText(draft.what),
    giver: requiredText(draft.giver),
    estimatedValue: amountCheck(draft.estimatedValue, false),
    receivedOn: dateCheck(draft.receivedOn, today, { required: true, notAfterToday: true }),
    whyNotRefused: requiredText(draft.whyNotRefused),
    dienst: draft.dienst ? null : 'required',
  });
}

/** The problems of a side-activity declaration: it is declared before it starts, so the start is today or later. */
export function sideActivityProblems(draft: SideActivityDraft, today: BrusselsDate): DraftProblems<SideActivityDraft> {
  const start = dateCheck(draft.startDate, today, { required: true }) || (draft.startDate < today ? 'startInPast' : null);
  const end = dateCheck(draft.endDate, today, { required: false }) || (draft.endDate && draft.startDate && draft.endDate < draft.startDate ? 'endBeforeStart' : null);
  return collect<SideActivityDraft>({
    kader: draft.kader ? null : 'required',
    kind: draft.kind ? null : 'required',
    title: requiredText(draft.title),
    description: requiredText(draft.description),
    startDate: start,
    endDate: end,
    hoursPerMonth: amountCheck(draft.hoursPerMonth, false),
    dienst: draft.dienst ? null : 'required',
  });
}

/** The problems of a damage report: what, where and when are needed, the when not in the future. */
export function damageProblems(draft: DamageDraft, today: BrusselsDate): DraftProblems<DamageDraft> {
  return collect<DamageDraft>({
    category: draft.category ? null : 'required',
    what: requiredText(draft.what),
    location: requiredText(draft.location),
    occurredOn: dateCheck(draft.occurredOn, today, { required: true, notAfterToday: true }),
    occurredTime: !draft.occurredTime || /^([01]\d|2[0-3]):[0-5]\d$/.test(draft.occurredTime) ? null : 'invalidTime',
    description: requiredText(draft.description),
    dienst: draft.dienst ? null : 'required',
  });
}

/** The problems of an absence: whose, a kind and a first day, a last day not before it. */
export function absenceProblems(draft: AbsenceDraft, today: BrusselsDate): DraftProblems<AbsenceDraft> {
  return collect<AbsenceDraft>({
    member: draft.member ? null : 'required',
    kind: draft.kind ? null : 'required',
    start: dateCheck(draft.start, today, { required: true }),
    end: dateCheck(draft.end, today, { required: false }) || (draft.end && draft.start && draft.end < draft.start ? 'endBeforeStart' : null),
  });
}

/** Whether a draft has no problems. */
export const isValid = (problems: object): boolean => Object.keys(problems).length === 0;
