import { AppError } from '../../domain/appError';
import type { ReportProblem } from '../../domain/verslagen/content';

/** A draft cannot go for approval or be published yet: the problems name what is missing. */
export class ReportIncompleteError extends AppError {
  public constructor(public readonly problems: ReportProblem[]) {
    super(`The report is incomplete: ${problems.join(', ')}`, 'ReportIncompleteError');
  }
}

/** The user may not do this with this kind of report (the list's permissions would refuse it too). */
export class ReportNotAllowedError extends AppError {
  public constructor(public readonly action: 'write' | 'publish' | 'submit') {
    super(`Not allowed to ${action} this report`, 'ReportNotAllowedError');
  }
}

/** The meeting's report is published already: a second draft for it would never be published. */
export class ReportExistsError extends AppError {
  public constructor(public readonly reportId: number) {
    super(`Report ${reportId} of this meeting is published already`, 'ReportExistsError');
  }
}
