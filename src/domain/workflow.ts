/** The outcome of a domain operation: the values on success, or an error code with its parameters. */
export type Result<T, E> = ({ ok: true } & T) | { ok: false; error: E };

/** One action of a workflow: the states it starts from, the state it leads to, who may take it, whether a reason is required. */
export interface WorkflowRule<S extends string, R extends string> {
  readonly from: readonly S[];
  readonly to: S;
  /** The roles that may take the action, the usual one first. */
  readonly roles: readonly R[];
  readonly reasonRequired: boolean;
}

/** The errors every workflow shares; the UI translates the codes. */
export type WorkflowError<S extends string, A extends string, R extends string> =
  | { code: 'invalidTransition'; from: S; action: A }
  | { code: 'notAllowed'; action: A; roles: readonly R[] }
  | { code: 'reasonRequired'; action: A };

/**
 * Checks that an action may start from the current state and that the actor holds one of its roles for this item;
 * `holds(role)` answers `true`, `false`, or a scope error when the actor holds the role for other items only.
 * Returns the role the actor acts in: the first role held in scope; otherwise the first scope error, or `notAllowed`.
 */
export function authorize<S extends string, A extends string, R extends string, E>(
  rules: Readonly<Record<A, WorkflowRule<S, R>>>,
  status: S,
  action: A,
  holds: (role: R) => boolean | E,
): Result<{ role: R; rule: WorkflowRule<S, R> }, WorkflowError<S, A, R> | E> {
  const rule = rules[action];
  if (rule.from.indexOf(status) < 0) return { ok: false, error: { code: 'invalidTransition', from: status, action } };
  let scopeError: E | undefined;
  for (const role of rule.roles) {
    const held = holds(role);
    if (held === true) return { ok: true, role, rule };
    if (held !== false && scopeError === undefined) scopeError = held;
  }
  return { ok: false, error: scopeError !== undefined ? scopeError : { code: 'notAllowed', action, roles: rule.roles } };
}

/** The actions of a rule table that an actor may take from a state, in the table's order (input not considered). */
export function permittedActions<S extends string, A extends string, R extends string, E>(
  rules: Readonly<Record<A, WorkflowRule<S, R>>>,
  status: S,
  holds: (role: R) => boolean | E,
): A[] {
  return (Object.keys(rules) as A[]).filter((action) => authorize(rules, status, action, holds).ok);
}

/** The reason as stored: trimmed, or null when empty. */
export function cleanReason(reason: string | null | undefined): string | null {
  const trimmed = (reason || '').trim();
  return trimmed.length > 0 ? trimmed : null;
}

/** The cleaned reason of an action, or `reasonRequired` when it is required and empty. */
export function checkReason<A extends string>(
  action: A,
  required: boolean,
  reason: string | null | undefined,
): Result<{ reason: string | null }, { code: 'reasonRequired'; action: A }> {
  const cleaned = cleanReason(reason);
  return required && cleaned === null ? { ok: false, error: { code: 'reasonRequired', action } } : { ok: true, reason: cleaned };
}
