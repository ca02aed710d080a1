/** A step the domain's rules refuse (wrong status, wrong role, a reason missing ...); nothing was written. */
export class RuleRefusedError<E extends { code: string } = { code: string }> extends Error {
  public constructor(public readonly refusal: E) {
    super(`Refused by the rules: ${refusal.code}`);
    // the web part is compiled to ES5, where an Error subclass loses its prototype: instanceof needs it back
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'RuleRefusedError';
  }
}
