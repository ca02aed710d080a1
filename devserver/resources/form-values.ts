import type { Db, SqlValue } from '../store/db';
import type { FieldDef } from './fields';
import { toStored } from '../store/field-types';
import { isRichText, maxLengthOf, outOfRange, outOfRangeMessage, sanitizeRichText, tooLongMessage } from './field-values';
import { findUser, type PrincipalRow } from './users';

/** A form value as SharePoint's form parser turns it into a stored value, or the message SharePoint shows for it. */
export type Parsed = { ok: true; value: SqlValue } | { ok: false; message: string };

const ok = (value: SqlValue): Parsed => ({ ok: true, value });
const fail = (message: string): Parsed => ({ ok: false, message });

/**
 * Numbers as the site's regional settings read them. ASSUMPTION: the local SharePoint's site locale uses '.' as the
 * decimal separator and no thousands separator (en-US, 1033). A nl-BE or fr-BE site on SharePoint Online parses form
 * values with its own separator (','), so clients must format numbers for the site's locale (docs/security.md).
 */
const NUMBER = /^-?\d+(\.\d+)?$/;
const BOOLEANS: Record<string, number> = { '1': 1, true: 1, yes: 1, '0': 0, false: 0, no: 0 };

/** A date as ISO 8601 or, as an en-US site reads it, `M/D/YYYY[ h:mm[ AM|PM]]`. */
function parseDate(text: string): string | undefined {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i.exec(text);
  let date: Date;
  if (us) {
    let hour = Number(us[4] ?? 0);
    if (us[7]) hour = (hour % 12) + (us[7].toUpperCase() === 'PM' ? 12 : 0);
    date = new Date(Date.UTC(Number(us[3]), Number(us[1]) - 1, Number(us[2]), hour, Number(us[5] ?? 0), Number(us[6] ?? 0)));
  } else if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) {
    date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  } else {
    return undefined;
  }
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || year < 1900 || year > 8900) return undefined;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** People from `[{"Key":"<login>"}]` (a claims login, UPN, e-mail or group name); undefined when one does not resolve. */
function parsePeople(db: Db, text: string): number[] | undefined {
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch {
    entries = [{ Key: text }];
  }
  if (!Array.isArray(entries)) return undefined;
  const ids: number[] = [];
  for (const entry of entries) {
    const key = String((entry as { Key?: unknown } | null)?.Key ?? '').trim();
    const principal =
      findUser(db, key) ??
      db.get<PrincipalRow>('SELECT * FROM principals WHERE kind = 1 AND email = ?', key) ??
      db.get<PrincipalRow>('SELECT * FROM principals WHERE kind = 8 AND (login = ? OR title = ?)', key, key);
    if (!principal) return undefined;
    ids.push(principal.id);
  }
  return ids;
}

/** Lookup ids from `5`, `5;#Title` or `5;#Title;#7;#Other` (multi). */
function parseLookups(text: string): number[] | undefined {
  const parts = text.split(';#');
  const ids = parts.filter((_, i) => i % 2 === 0).filter((p) => p.trim() !== '');
  if (!ids.every((p) => /^\d+$/.test(p.trim()))) return undefined;
  return ids.map((p) => Number(p.trim()));
}

/** Parses one form value (always a string) for a field, as SharePoint does before it stores anything. */
export function parseFormValue(db: Db, field: FieldDef, raw: string): Parsed {
  const text = raw.trim();
  const empty = text === '';
  const choices = Array.isArray(field.props.Choices) ? field.props.Choices.map(String) : undefined;
  const isChoice = (v: string): boolean => !choices || field.props.FillInChoice === true || choices.includes(v);
  switch (field.type) {
    case 'Text': {
      const max = maxLengthOf(field);
      if (raw.length > max) return fail(tooLongMessage(max));
      return ok(raw === '' ? null : raw);
    }
    case 'Note':
      return ok(raw === '' ? null : isRichText(field) ? sanitizeRichText(raw) || null : raw);
    case 'Choice':
      if (empty) return ok(null);
      return isChoice(raw) ? ok(raw) : fail('Value does not fall within the expected range.');
    case 'MultiChoice': {
      const values = raw.split(';#').filter((v) => v !== '');
      if (!values.every(isChoice)) return fail('Value does not fall within the expected range.');
      return ok(toStored('strings', values, field.itemProp));
    }
    case 'Number':
    case 'Currency': {
      if (empty) return ok(null);
      if (!NUMBER.test(text)) return fail('Only numbers can go here.');
      const n = Number(text);
      if (outOfRange(field, n)) return fail(outOfRangeMessage);
      return ok(n);
    }
    case 'Boolean': {
      if (empty) return ok(0);
      const b = BOOLEANS[text.toLowerCase()];
      return b === undefined ? fail('Value does not fall within the expected range.') : ok(b);
    }
    case 'DateTime': {
      if (empty) return ok(null);
      const date = parseDate(text);
      return date ? ok(date) : fail('You must specify a valid date within the range of 1/1/1900 and 12/31/8900.');
    }
    case 'User':
    case 'UserMulti': {
      if (empty || text === '[]') return ok(null);
      const ids = parsePeople(db, text);
      if (!ids) return fail('The user does not exist or is not unique.');
      if (field.type === 'User' && ids.length > 1) return fail('You can only enter one name.');
      return ok(field.type === 'User' ? (ids[0] ?? null) : toStored('lookups', ids, field.itemProp));
    }
    case 'Lookup':
    case 'LookupMulti': {
      if (empty) return ok(null);
      const ids = parseLookups(text);
      if (!ids || (field.type === 'Lookup' && ids.length > 1)) return fail('Value does not fall within the expected range.');
      return ok(field.type === 'Lookup' ? (ids[0] ?? null) : toStored('lookups', ids, field.itemProp));
    }
    case 'URL': {
      if (empty) return ok(null);
      const at = raw.indexOf(', ');
      const url = (at < 0 ? raw : raw.slice(0, at)).trim();
      const description = at < 0 ? url : raw.slice(at + 2);
      if (!/^(https?|mailto|ftp|file|news):/i.test(url) && !url.startsWith('/')) return fail('Invalid URL: ' + url + '.');
      return ok(JSON.stringify({ Description: description, Url: url }));
    }
    default:
      return fail(`The field '${field.internalName}' is read-only.`);
  }
}
