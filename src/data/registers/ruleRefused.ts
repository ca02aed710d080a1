import { AppError } from '../../domain/appError';

/** A step the domain's rules refuse (wrong status, wrong role, a reason missing ...); nothing was written. */
export class RuleRefusedError<E extends { code: string } = { code: string }> extends AppError {
  public constructor(public readonly refusal: E) {
    super(`Refused by the rules: ${refusal.code}`, 'RuleRefusedError');
  }
}
