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
  /** The Juridische dienst's legal support was asked in this version. */
  legalSupport?: boolean;
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

/**
 * Whether the editor may make the status change: to or from a tuchtdossier only the korpschef, otherwise the managers.
 * Recording the written feedback was the investigator's own step before the investigator only read the dossier, so
 * that one change by the investigator assigned at the time stays entitled (dossiers of before, and re-provisioning).
 */
function mayChangeStatus(from: ComplaintStatus | null, to: ComplaintStatus, editorId: string, who: RoutingEntitlement, investigatorId: string | null): boolean {
  if (from === 'Tuchtdossier' || to === 'Tuchtdossier') return who.korpschef.indexOf(editorId) >= 0;
  if (from === 'In onderzoek' && to === 'Terugkoppeling aan klager' && investigatorId === editorId) return true;
  return who.managers.indexOf(editorId) >= 0;
}

/** Whether the editor may change the field, given the routing as entitled people had set it until then. */
function mayChange(field: RoutingField, routing: EntitledRouting, to: ComplaintStatus, editorId: string, who: RoutingEntitlement): boolean {
  if (field === 'status') return mayChangeStatus(routing.status, to, editorId, who, routing.investigatorId);
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

const START: EntitledRouting = { status: 'Ontvangen', investigatorId: null, disciplinaryOpenedOn: null, disciplinaryHeadId: null };

/**
 * Walks the versions in order, keeping the routing as entitled people set it: for each version, the routing fields it
 * changed, which of them its editor was entitled to change (judged on the routing before it), and the routing after.
 */
function walk(
  versions: readonly DossierVersion[],
  who: RoutingEntitlement,
  visit: (v: DossierVersion, prev: DossierVersion | null, fields: RoutingField[], routing: EntitledRouting, entitled: RoutingField[]) => void,
): void {
  let routing: EntitledRouting = { ...START };
  let prev: DossierVersion | null = null;
  sortedVersions(versions).forEach((v) => {
    const fields = changedFields(prev, v);
    const entitled = fields.filter((f) => mayChange(f, routing, v.status, v.editor.id, who));
    const next = { ...routing };
    entitled.forEach((field) => {
      if (field === 'status') next.status = v.status;
      else if (field === 'investigator') next.investigatorId = idOf(v.investigator);
      else {
        next.disciplinaryOpenedOn = v.disciplinaryOpenedOn;
        next.disciplinaryHeadId = idOf(v.disciplinaryHead);
      }
    });
    routing = next;
    visit(v, prev, fields, routing, entitled);
    prev = v;
  });
}

/**
 * The dossier's history as SharePoint recorded it: every version that changed a routing field (status, investigator,
 * tuchtdossier), its editor, and whether that editor was entitled to the change. Versions in any order.
 */
export function routingChanges(versions: readonly DossierVersion[], who: RoutingEntitlement): RoutingChange[] {
  const changes: RoutingChange[] = [];
  walk(versions, who, (v, prev, fields, routing, entitled) => {
    const claimedBy = claimedOtherwise(prev, v);
    if (!fields.length && !claimedBy.length) return;
    changes.push({
      version: v.version,
      editor: v.editor,
      at: v.at,
      fields,
      from: prev ? prev.status : null,
      to: v.status,
      investigator: v.investigator,
      disciplinaryHead: v.disciplinaryHead,
      entitled: fields.every((f) => entitled.indexOf(f) >= 0),
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
  let last: EntitledRouting = { ...START };
  walk(
    versions.filter((v) => until === undefined || v.at <= until),
    who,
    (_v, _prev, _fields, routing) => {
      last = routing;
    },
  );
  return last;
}

/** Who reads a dossier besides those who manage it, and whether only the korpschef may edit it. */
export interface DossierReaders {
  investigatorId: string | null;
  disciplinaryHeadId: string | null;
  /** A tuchtdossier: the korpschef edits, the rest of the korpsleiding and Intern Toezicht only read. */
  disciplinary: boolean;
  /** The Juridische dienst reads it: its legal support was asked and the dossier is not closed. */
  legalSupport: boolean;
}

/**
 * Who gets read access from the routing: the investigator until it is a tuchtdossier, then the diensthoofd the
 * korpschef named; the Juridische dienst while the legal support the newest version asks for lasts (until closing).
 * Only the managers and the korpschef can edit a dossier at all, so the newest version's request is theirs.
 */
export function readersOf(routing: EntitledRouting, versions: readonly DossierVersion[] = []): DossierReaders {
  const disciplinary = routing.disciplinaryOpenedOn !== null || routing.status === 'Tuchtdossier';
  const newest = sortedVersions(versions).pop();
  return {
    investigatorId: disciplinary ? null : routing.investigatorId,
    disciplinaryHeadId: disciplinary ? routing.disciplinaryHeadId : null,
    disciplinary,
    legalSupport: !!(newest && newest.legalSupport) && routing.status !== 'Afgesloten',
  };
}
