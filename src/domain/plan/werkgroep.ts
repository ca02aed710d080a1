import { isBrusselsDate, type BrusselsDate } from '../dates';
import { isIn, type Membership } from '../membership';

/** Longest motivation of a priority and longest evaluation input (a plain Note holds more; this keeps them readable). */
export const WERKGROEP_TEXT_MAX = 2000;

/**
 * Whether the user speaks for the Werkgroep Integriteit: sets priorities and adds evaluation input (SD1). The screen
 * follows this; SharePoint's list permissions (Prioriteiten, Evaluatie-inbreng) enforce it.
 */
export function isWerkgroepIntegriteit(me: Membership): boolean {
  return isIn(me, 'werkgroepIntegriteit');
}

/** A problem with what the werkgroep enters, named for the message the form shows. */
export type WerkgroepInputProblem = 'inputRequired' | 'textTooLong' | 'meetingDateInvalid' | 'meetingDateInFuture';

/** What is wrong with an entry of the werkgroep: the text (required or not), and the meeting's date (not after today). */
export function werkgroepInputProblems(entry: { text: string; meetingDate: string }, textRequired: boolean, today: BrusselsDate): WerkgroepInputProblem[] {
  const problems: WerkgroepInputProblem[] = [];
  const text = entry.text.trim();
  if (textRequired && !text) problems.push('inputRequired');
  if (text.length > WERKGROEP_TEXT_MAX) problems.push('textTooLong');
  if (!isBrusselsDate(entry.meetingDate)) problems.push('meetingDateInvalid');
  else if (entry.meetingDate > today) problems.push('meetingDateInFuture');
  return problems;
}
