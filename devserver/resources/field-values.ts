import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';
import type { SqlValue } from '../store/db';
import { badRequest, SpError } from '../http/errors';
import type { FieldDef } from './fields';
import { toStored } from '../store/field-types';

/**
 * The constraints SharePoint Online enforces on a field value before it stores it, on top of the conversion in
 * store/field-types.ts: the JSON type of the value, a Text field's MaxLength (255 unless the field says otherwise), a Number
 * or Currency field's MinimumValue/MaximumValue, and the sanitising of rich text (script and event handlers removed).
 */

/** SharePoint's default (and largest) MaxLength of a single line of text. */
export const DEFAULT_TEXT_MAX_LENGTH = 255;

/** The Edm type of a field's property in the item entity, for the "cannot convert" error. */
const EDM_TYPES: Record<string, string> = { text: 'Edm.String', number: 'Edm.Double', boolean: 'Edm.Boolean', datetime: 'Edm.DateTime' };

/** 400 for a JSON value of the wrong primitive type (a boolean into a Text field), as OData's reader answers. */
export const primitiveMismatch = (edmType: string): SpError =>
  badRequest(`Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`);

/** 400 for a value a field's own settings refuse (too long, out of range). */
export const fieldValidation = (message: string): SpError => new SpError(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException', message);

export const tooLongMessage = (max: number): string => `The value of this field may not exceed ${max} characters.`;
export const outOfRangeMessage = 'The value is outside the range allowed for this column.';

/** The MaxLength of a Text field (255 by default). */
export const maxLengthOf = (field: FieldDef): number => {
  const max = Number(field.props.MaxLength ?? DEFAULT_TEXT_MAX_LENGTH);
  return Number.isFinite(max) && max > 0 ? max : DEFAULT_TEXT_MAX_LENGTH;
};

/** Whether a number is outside a Number or Currency field's MinimumValue/MaximumValue. */
export function outOfRange(field: FieldDef, n: number): boolean {
  const min = Number(field.props.MinimumValue);
  const max = Number(field.props.MaximumValue);
  return (field.props.MinimumValue !== undefined && Number.isFinite(min) && n < min) || (field.props.MaximumValue !== undefined && Number.isFinite(max) && n > max);
}

/** A multi-line text field that keeps HTML (RichText = TRUE). */
export const isRichText = (field: FieldDef): boolean => field.type === 'Note' && (field.props.RichText === true || String(field.props.RichText).toUpperCase() === 'TRUE');

let purifier: DOMPurify | undefined;

/**
 * Rich text as SharePoint stores it: script, embedded content, forms and every event-handler attribute (`onclick` …)
 * or `javascript:` URL removed (SharePoint's safe-HTML filter); formatting, links, tables and images stay. DOMPurify on
 * one jsdom window, made on first use.
 */
export function sanitizeRichText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  purifier ??= createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]);
  return purifier.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link'],
    FORBID_ATTR: ['formaction', 'srcdoc'],
  });
}

/** Converts and checks a JSON body value for a field; the stored value, or a SharePoint error. */
export function validatedValue(field: FieldDef, value: unknown): SqlValue {
  if (value !== undefined && value !== null && field.storage === 'text' && typeof value !== 'string') throw primitiveMismatch(EDM_TYPES.text);
  if ((field.storage === 'number' || field.storage === 'datetime') && typeof value === 'boolean') throw primitiveMismatch(EDM_TYPES[field.storage]);
  const stored = toStored(field.storage, value, field.itemProp);
  if (stored === null) return stored;
  if (field.type === 'Text' && String(stored).length > maxLengthOf(field)) throw fieldValidation(tooLongMessage(maxLengthOf(field)));
  if ((field.type === 'Number' || field.type === 'Currency') && outOfRange(field, stored as number)) throw fieldValidation(outOfRangeMessage);
  if (isRichText(field)) return sanitizeRichText(String(stored)) || null;
  return stored;
}
