/**
 * The base of the app's own errors. The web part is compiled to ES5, where a subclass of `Error` loses its prototype,
 * and the UI tells a refusal from a failure with `instanceof`: the prototype is set back here, once for all of them.
 */
export class AppError extends Error {
  public constructor(message: string, name: string) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = name;
  }
}
