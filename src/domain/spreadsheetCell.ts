/** What a spreadsheet runs as a formula when a cell starts with it (CSV injection): `=`, `+`, `-`, `@`, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell value a spreadsheet shows as text, never runs: a value that starts like a formula gets a leading apostrophe
 * (OWASP's advice for CSV exports). Every export of the product passes its cells through here.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV cell for a spreadsheet: neutralised (see {@link neutraliseFormula}), quoted when it holds `"`, `;` or a line break. */
export function csvCell(value: string): string {
  const safe = neutraliseFormula(value);
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
