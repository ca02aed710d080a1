import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import type { ComplaintDecisionRecord, ComplaintStatus, DossierVersion, RoutingEntitlement, VersionPerson } from '../../domain/complaints';
import { GROUPS } from '../groups';
import { KLACHTEN } from '../schema';
import { parseJsonList } from '../registers/jsonList';
import { KF } from './complaintMapper';

type VersionJson = Record<string, unknown>;

/** A person field of a version: `{LookupId, LookupValue}` (what SharePoint returns for versions) or `{Id, Title}`. */
function personOf(value: unknown): VersionPerson | null {
  const v = value as { LookupId?: number; LookupValue?: string; Id?: number; Title?: string } | null | undefined;
  if (!v) return null;
  const id = typeof v.LookupId === 'number' ? v.LookupId : v.Id;
  return typeof id === 'number' && id > 0 ? { id: String(id), name: String(v.LookupValue ?? v.Title ?? '') } : null;
}

const dateOrNull = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** One version of a dossier from SharePoint's version history (`Editor` is set by SharePoint, never by the client). */
export function toDossierVersion(json: VersionJson): DossierVersion {
  const label = String(json.VersionLabel ?? json.OData__UIVersionString ?? '0');
  return {
    version: Number(label.split('.')[0]) || 0,
    editor: personOf(json.Editor) || { id: '0', name: '' },
    at: String(json.Created ?? json.Modified ?? ''),
    status: (json[KF.Status] as ComplaintStatus) || 'Ontvangen',
    investigator: personOf(json[KF.Investigator]),
    disciplinaryOpenedOn: dateOrNull(json[KF.DisciplinaryOpenedOn]),
    disciplinaryHead: personOf(json[KF.DisciplinaryHead]),
    history: parseJsonList<ComplaintDecisionRecord>(json[KF.History]),
    legalSupport: !!json[KF.LegalSupport],
  };
}

/** Queues the reading of a dossier's whole version history on a root that may be batched. */
export function readVersions(sp: SPFI, dossierId: number): Promise<DossierVersion[]> {
  return sp.web.lists
    .getByTitle(KLACHTEN.title)
    .items.getById(dossierId)
    .versions<VersionJson[]>()
    .then((rows) => rows.map(toDossierVersion));
}

/**
 * Queues the reading of who may change a dossier's routing (the members of Intern Toezicht, Korpsleiding and
 * Korpschef, as they are now) on a root that may be batched.
 */
export function readEntitlement(sp: SPFI): Promise<RoutingEntitlement> {
  const ids = (group: string): Promise<string[]> =>
    sp.web.siteGroups
      .getByName(group)
      .users.select('Id')<{ Id: number }[]>()
      .then(
        (users) => users.map((u) => String(u.Id)),
        // a group not provisioned yet (Korpschef before the first re-provisioning) entitles nobody
        (): string[] => [],
      );
  return Promise.all([ids(GROUPS.internToezicht), ids(GROUPS.korpsleiding), ids(GROUPS.korpschef)]).then(([it, kl, chief]) => ({
    managers: it.concat(kl),
    korpschef: chief,
  }));
}
