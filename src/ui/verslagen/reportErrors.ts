import { ReportExistsError, ReportIncompleteError, ReportNotAllowedError } from '../../data/verslagen/errors';
import type { Strings } from '../../loc';
import { errorText } from '../common/Status';

/** The user's-language text of a failed report action: what is missing, a refusal, or SharePoint's answer. */
export function reportErrorText(strings: Strings, error: unknown): string {
  const e = strings.verslagen.editor;
  if (error instanceof ReportIncompleteError) return [e.fixProblems].concat(error.problems.map((p) => e.problems[p])).join(' ');
  if (error instanceof ReportNotAllowedError) return e.notAllowed;
  if (error instanceof ReportExistsError) return e.exists;
  return errorText(strings, error);
}
