import { AppError } from '../../domain/appError';
import type { ContentError } from '../../domain/proposal/content';
import type { ProposalError } from '../../domain/proposal/decide';

/** Why the repository refused a write before sending anything: the flow's own error codes, for the UI to translate. */
export type RefusalReason = ProposalError | { code: 'notEditable' } | { code: 'cascadeNotAllowed' };

/** A proposal's texts are incomplete or wrong; nothing was stored. */
export class ContentInvalidError extends AppError {
  public constructor(public readonly errors: ContentError[]) {
    super(`The proposal is not complete: ${errors.map((e) => `${e.field} ${e.code}`).join(', ')}`, 'ContentInvalidError');
  }
}

/** The flow does not allow this write (wrong status, role, dienst or missing input); nothing was stored. */
export class DecisionRefusedError extends AppError {
  public constructor(public readonly reason: RefusalReason) {
    super(`The decision was refused: ${reason.code}`, 'DecisionRefusedError');
  }
}

/** Someone else decided on the proposal meanwhile (its turn moved on): as SharePoint's 412, nothing was written. */
export class DecidedMeanwhileError extends AppError {
  public readonly status = 412;
  public constructor() {
    super('The proposal changed since it was read: someone else decided meanwhile.', 'DecidedMeanwhileError');
  }
}
