import { AppError } from '../domain/appError';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/folders';
import type { CreatedItem, NewItem } from './createOnce';

/** One field's answer of `AddValidateUpdateItemUsingPath`. */
interface FormValueResult {
  FieldName: string;
  FieldValue: string | null;
  HasException: boolean;
  ErrorMessage: string | null;
  ItemId?: number;
}

/** SharePoint refused a value of a create in a folder; nothing was stored. */
export class FormValuesRefusedError extends AppError {
  public constructor(public readonly fields: { field: string; message: string }[]) {
    super(`SharePoint refused ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, 'FormValuesRefusedError');
  }

  /** Whether the refusal is the unique `ClientId` already present: the item was created before. */
  public get duplicate(): boolean {
    return this.fields.some((f) => f.field === 'ClientId' && /duplicate|unique|dubbel|uniek/i.test(f.message));
  }
}

/** The server-relative URL of a folder of a list created by provisioning (`<web>/Lists/<title>/<folder>`). */
export function folderPath(sp: SPFI, listTitle: string, folder: string): string {
  const web = new URL(sp.web.toUrl()).pathname.replace(/\/_api\/web\/?$/i, '').replace(/\/$/, '');
  return `${decodeURIComponent(web)}/Lists/${listTitle}/${folder}`;
}

/** A value as SharePoint's form parser reads it (numbers with a point: see docs/security.md on regional settings). */
function formValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/**
 * Creates an item inside a folder in one request (`AddValidateUpdateItemUsingPath`), so that it inherits the folder's
 * permissions from its first moment: no second request secures it. Throws {@link FormValuesRefusedError} when
 * SharePoint refuses a value (nothing is stored then). Person and lookup values are not supported (none is needed).
 */
export async function addInFolder(sp: SPFI, listTitle: string, folder: string, item: NewItem): Promise<CreatedItem> {
  const formValues = Object.keys(item)
    .filter((key) => item[key] !== undefined)
    .map((key) => ({ FieldName: key, FieldValue: formValue(item[key]) }));
  const results = (await sp.web.lists.getByTitle(listTitle).addValidateUpdateItemUsingPath(formValues, folderPath(sp, listTitle, folder))) as FormValueResult[];
  const refused = results.filter((r) => r.HasException).map((r) => ({ field: r.FieldName, message: r.ErrorMessage || '' }));
  if (refused.length > 0) throw new FormValuesRefusedError(refused);
  const idRow = results.filter((r) => r.FieldName === 'Id')[0];
  const id = idRow && idRow.FieldValue ? Number(idRow.FieldValue) : Number(results[0] && results[0].ItemId);
  return { ...item, Id: id };
}
