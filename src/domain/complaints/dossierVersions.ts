import type { ComplaintDecisionRecord } from './complaintFlow';
import type { ComplaintStatus } from './dossier';

/** A person as SharePoint names them: site user id and display name. */
export interface VersionPerson {
  id: string;
  name: string;
}

/** One version of a dossier from SharePoint's version history: who saved it (Editor, set by SharePoint), when, and its routing fields. */
export interface DossierVersion {
  version: number;
  editor: VersionPerson;
  at: string;
  status: ComplaintStatus;
  investigator: VersionPerson | null;
  disciplinaryOpenedOn: string | null;
  disciplinaryHead: VersionPerson | null;
  /** The app's free-text history as it stood in this version (a display copy). */
  history: ComplaintDecisionRecord[];
}

/** Who may change which routing field: Intern Toezicht and the korpsleiding (managers), and the korpschef (tuchtdossiers). */
export interface RoutingEntitlement {
  managers: readonly string[];
  korpschef: readonly string[];
}

/** A routing field of a dossier. */
export type RoutingField = 'status' | 'investigator' | 'disciplinary';

/** One saved version that changed routing fields, with whether its editor was entitled to change them. */
export interface RoutingChange {
  version: number;
  editor: VersionPerson;
  at: string;
  fields: RoutingField[];
  from: ComplaintStatus | null;
  to: ComplaintStatus;
  investigator: VersionPerson | null;
  disciplinaryHead: VersionPerson | null;
  /** False: a person not entitled to it made this change ("gewijzigd buiten de app"). */
  entitled: boolean;
  /** The names the app's history entries of this version gave as actor where they differ from the editor. */
  claimedBy: string[];
}

/** The routing of a dossier as only entitled people set it. */
export interface EntitledRouting {
  status: ComplaintStatus;
  investigatorId: string | null;
  disciplinaryOpenedOn: string | null;
  disciplinaryHeadId: string | null;
}

const idOf = (p: VersionPerson | null): string | null => (p ? p.id : null);
const sortedVersions = (versions: readonly DossierVersion[]): DossierVersion[] => versions.slice().sort((a, b) => a.version - b.version);

/** Whether the editor may make the status change: to or from a tuchtdossier only the korpschef, otherwise the managers. */
function mayChangeStatus(from: ComplaintStatus | null, to: ComplaintStatus, editorId: string, who: RoutingEntitlement): boolean {
  if (from === 'Tuchtdossier' || to === 'Tuchtdossier') return who.korpschef.indexOf(editorId) >= 0;
  return who.managers.indexOf(editorId) >= 0;
}

/** Whether the editor may change the field (status handled by {@link mayChangeStatus}). */
function mayChange(field: RoutingField, from: ComplaintStatus | null, to: ComplaintStatus, editorId: string, who: RoutingEntitlement): boolean {
  if (field === 'status') return mayChangeStatus(from, to, editorId, who);
  if (field === 'investigator') return who.managers.indexOf(editorId) >= 0;
  return who.korpschef.indexOf(editorId) >= 0;
}

/** The routing fields version `v` changed compared to `prev` (all of them set on the first version). */
function changedFields(prev: DossierVersion | null, v: DossierVersion): RoutingField[] {
  const fields: RoutingField[] = [];
  if (!prev || prev.status !== v.status) fields.push('status');
  if (idOf(prev ? prev.investigator : null) !== idOf(v.investigator)) fields.push('investigator');
  const disciplinary = prev ? prev.disciplinaryOpenedOn !== v.disciplinaryOpenedOn || idOf(prev.disciplinaryHead) !== idOf(v.disciplinaryHead) : v.disciplinaryOpenedOn !== null || v.disciplinaryHead !== null;
  if (disciplinary) fields.push('disciplinary');
  return fields;
}

/** The actors the app's history entries added in version `v` named, where they differ from its editor. */
function claimedOtherwise(prev: DossierVersion | null, v: DossierVersion): string[] {
  const added = v.history.slice(prev ? prev.history.length : 0);
  return added.filter((h) => h.actor.id !== v.editor.id).map((h) => h.actor.name);
}

/**
 * The dossier's history as SharePoint recorded it: every version that changed a routing field (status, investigator,
 * tuchtdossier), its editor, and whether that editor was entitled to the change. Versions in any order.
 */
export function routingChanges(versions: readonly DossierVersion[], who: RoutingEntitlement): RoutingChange[] {
  const ordered = sortedVersions(versions);
  const changes: RoutingChange[] = [];
  ordered.forEach((v, i) => {
    const prev = i > 0 ? ordered[i - 1] : null;
    const fields = changedFields(prev, v);
    const claimedBy = claimedOtherwise(prev, v);
    if (!fields.length && !claimedBy.length) return;
    const from = prev ? prev.status : null;
    changes.push({
      version: v.version,
      editor: v.editor,
      at: v.at,
      fields,
      from,
      to: v.status,
      investigator: v.investigator,
      disciplinaryHead: v.disciplinaryHead,
      entitled: fields.every((f) => mayChange(f, from, v.status, v.editor.id, who)),
      claimedBy,
    });
  });
  return changes;
}

/** The routing changes made by someone not entitled to them: shown as "gewijzigd buiten de app". */
export function tamperedChanges(versions: readonly DossierVersion[], who: RoutingEntitlement): RoutingChange[] {
  return routingChanges(versions, who).filter((c) => !c.entitled);
}

/**
 * The routing as entitled people set it: each field keeps the value of the last version whose editor was entitled to
 * change it, so a change by anyone else never moves access. `until` (ISO) stops at the versions saved by then.
 */
export function entitledRouting(versions: readonly DossierVersion[], who: RoutingEntitlement, until?: string): EntitledRouting {
  const routing: EntitledRouting = { status: 'Ontvangen', investigatorId: null, disciplinaryOpenedOn: null, disciplinaryHeadId: null };
  let prev: DossierVersion | null = null;
  sortedVersions(versions)
    .filter((v) => until === undefined || v.at <= until)
    .forEach((v) => {
      changedFields(prev, v).forEach((field) => {
        if (!mayChange(field, routing.status, v.status, v.editor.id, who)) return;
        if (field === 'status') routing.status = v.status;
        else if (field === 'investigator') routing.investigatorId = idOf(v.investigator);
        else {
          routing.disciplinaryOpenedOn = v.disciplinaryOpenedOn;
          routing.disciplinaryHeadId = idOf(v.disciplinaryHead);
        }
      });
      prev = v;
    });
  return routing;
}

/** Who gets read access from the routing: the investigator until it is a tuchtdossier, then the diensthoofd the korpschef named. */
export function readersOf(routing: EntitledRouting): { investigatorId: string | null; disciplinaryHeadId: string | null } {
  const disciplinary = routing.disciplinaryOpenedOn !== null || routing.status === 'Tuchtdossier';
  return { investigatorId: disciplinary ? null : routing.investigatorId, disciplinaryHeadId: disciplinary ? routing.disciplinaryHeadId : null };
}
