import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { brusselsDateOf } from '../../domain/dates';
import { newClientId } from '../clientId';
import { createOnce } from '../createOnce';
import { RAADPLEGINGEN, fieldNames, type AUDIT_ACTIONS, type AUDITED_LISTS } from '../schema';
import { toDateField } from '../registers/dateFields';
import { MAX_BATCH_REQUESTS } from '../oneRoundTrip';

const F = fieldNames(RAADPLEGINGEN);

/** A list whose reads are logged. */
export type AuditedList = (typeof AUDITED_LISTS)[number];
/** What was done with a confidential record. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** How long a consultation is kept (DOMAIN.md section 6: five years). */
export const AUDIT_RETENTION_YEARS = 5;

/** One logged consultation: who (SharePoint's `Author`), which record, when. */
export interface AuditEntry {
  id: string;
  list: AuditedList;
  dossierId: number;
  action: AuditAction;
  /** The name of the item's `Author`: who really added the entry. */
  readerName: string;
  readerId: string;
  /** The free-text name the entry gave, when it differs from its `Author` (written in someone else's name). */
  claimedName: string | null;
  at: string;
}

interface AuditJson {
  Id: number;
  AuthorId: number;
  Author?: { Id: number; Title: string };
  [field: string]: unknown;
}

/** The day until which an entry written at `at` is kept: five years later (Brussels calendar). */
export function retainUntil(at: Date): string {
  const [year, month, day] = brusselsDateOf(at).split('-');
  // 29 February has no twin five years later
  return toDateField(`${Number(year) + AUDIT_RETENTION_YEARS}-${month}-${month === '02' && day === '29' ? '28' : day}`);
}

/**
 * The consultation log (Raadplegingen): every look at a confidential record through the app adds an entry. Users can
 * add entries but not change or delete them (SharePoint permission level "Integriteit - Toevoegen"); the korpsleiding
 * and Intern Toezicht read them all.
 */
export class AuditLog {
  public constructor(
    private readonly sp: SPFI,
    private readonly readerName: string,
  ) {}

  /** The item of one entry; `Author` (who added it) is set by SharePoint, the name is a display copy. */
  private entry(list: AuditedList, dossierId: number, action: AuditAction, now: Date, title?: string) {
    return {
      ClientId: newClientId(),
      [F.Title]: title || `${list} ${dossierId}`,
      [F.ListName]: list,
      [F.DossierId]: dossierId,
      [F.Action]: action,
      [F.ReaderName]: this.readerName,
      [F.At]: now.toISOString(),
      [F.RetainUntil]: retainUntil(now),
    };
  }

  /** Writes one entry; the caller shows the record only once this succeeded. */
  public async record(list: AuditedList, dossierId: number, action: AuditAction = 'Geraadpleegd', now: Date = new Date(), title?: string): Promise<void> {
    await createOnce(this.sp, RAADPLEGINGEN.title, this.entry(list, dossierId, action, now, title));
  }

  /** Writes one entry per record read at once (a register page), in one batch; the caller shows them once it succeeded. */
  public async recordAll(list: AuditedList, dossierIds: readonly number[], action: AuditAction, now: Date = new Date()): Promise<void> {
    if (!dossierIds.length) return;
    // one round trip for a whole register page (PnPjs would split it by 20)
    const [batched, execute] = this.sp.batched({ maxRequests: MAX_BATCH_REQUESTS });
    // a fresh queryable per request: PnPjs batches each instance once
    const adds = dossierIds.map((id) => batched.web.lists.getByTitle(RAADPLEGINGEN.title).items.add(this.entry(list, id, action, now)));
    await execute();
    await Promise.all(adds);
  }

  /** The latest consultations of one record (filtered on the indexed dossier id), newest first; `sp` may be a batched root. */
  public async entries(list: AuditedList, dossierId: number, sp: SPFI = this.sp, top: number = 50): Promise<AuditEntry[]> {
    const rows = await sp.web.lists
      .getByTitle(RAADPLEGINGEN.title)
      .items.select('Id', 'AuthorId', 'Author/Id', 'Author/Title', F.ListName, F.DossierId, F.Action, F.ReaderName, F.At)
      .expand('Author')
      .filter(`${F.DossierId} eq ${dossierId} and ${F.ListName} eq '${list}'`)
      .orderBy(F.At, false)
      .top(top)<AuditJson[]>();
    return rows.map(toAuditEntry);
  }
}

/** An entry from its list item: the reader is its `Author`; a different free-text name is kept as what it claimed. */
export function toAuditEntry(json: AuditJson): AuditEntry {
  const claimed = String(json[F.ReaderName] ?? '');
  const author = json.Author ? json.Author.Title : claimed;
  return {
    id: String(json.Id),
    list: json[F.ListName] as AuditedList,
    dossierId: json[F.DossierId] as number,
    action: json[F.Action] as AuditAction,
    readerName: author,
    readerId: String(json.AuthorId),
    claimedName: claimed && claimed !== author ? claimed : null,
    at: String(json[F.At] ?? ''),
  };
}
