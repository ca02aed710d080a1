import type { GroupKey } from '../groups';

/** The kind of a report (verslag) of a consultation moment, or the monthly newsletter. */
export type ReportKind =
  | 'directiecomite'
  | 'diensthoofdenoverleg'
  | 'hr-comite'
  | 'preventiecomite'
  | 'communicatiecomite'
  | 'aankoopcomite'
  | 'operationeel-comite'
  | 'werkgroep-integriteit'
  | 'nieuwsbrief';

/** A fixed agenda item the source gives a body (SD2.1, SD2.2). */
export type FixedItem = 'operationeleIntegriteitsrisicos' | 'integriteit';

/** What the product knows of one kind: its stored (Dutch) name, who writes it, who approves and publishes it. */
export interface ReportKindInfo {
  readonly key: ReportKind;
  /** The value of the Kind choice field. */
  readonly name: string;
  /** Who drafts and completes it (the secretary of the meeting). */
  readonly writers: readonly GroupKey[];
  /** Who approves and publishes it (the only ones who may add to the Verslagen list for this kind). */
  readonly publishers: readonly GroupKey[];
  /** The fixed agenda item every report of this kind carries. */
  readonly fixedItem: FixedItem | null;
  /** The diensthoofdenoverleg carries the comités' feedback (SD3: "verslagen van het diensthoofdenoverleg met terugkoppeling van de verschillende structurele comités"). */
  readonly comiteFeedback: boolean;
  /** The draft starts from the decisions of the meeting's day (directiecomité) or of the month (newsletter). */
  readonly generated: 'meeting' | 'month' | null;
  /** A structural comité's report: beyond the groups, only that comité's chair and members (or the korpsleiding) publish it. */
  readonly comite?: boolean;
}

/** Who writes and publishes a comité's report: its chair, or the korpsleiding where it chairs the comité itself. */
const COMITE_PEOPLE: readonly GroupKey[] = ['comitevoorzitters', 'korpsleiding'];

/**
 * The reports of the consultation moments the source names (SD2, SD3) and the monthly newsletter. The directiecomité's
 * and the diensthoofdenoverleg's secretary is the beleidssecretariaat (Juridische dienst); the directiecomité approves
 * them. A comité's chair (or the korpsleiding) writes and publishes the comité's report, the korpsleiding the Werkgroep Integriteit's,
 * Communicatie the newsletter.
 */
export const REPORT_KINDS: readonly ReportKindInfo[] = [
  { key: 'directiecomite', name: 'Directiecomité', writers: ['juridischeDienst', 'directiecomite'], publishers: ['directiecomite'], fixedItem: null, comiteFeedback: false, generated: 'meeting' },
  {
    key: 'diensthoofdenoverleg',
    name: 'Diensthoofdenoverleg',
    writers: ['juridischeDienst', 'directiecomite'],
    publishers: ['directiecomite'],
    fixedItem: 'operationeleIntegriteitsrisicos',
    comiteFeedback: true,
    generated: null,
  },
  { key: 'hr-comite', name: 'HR-comité', writers: COMITE_PEOPLE, publishers: COMITE_PEOPLE, comite: true, fixedItem: 'integriteit', comiteFeedback: false, generated: null },
  { key: 'preventiecomite', name: 'Preventiecomité', writers: COMITE_PEOPLE, publishers: COMITE_PEOPLE, comite: true, fixedItem: 'integriteit', comiteFeedback: false, generated: null },
  { key: 'communicatiecomite', name: 'Communicatiecomité', writers: COMITE_PEOPLE, publishers: COMITE_PEOPLE, comite: true, fixedItem: null, comiteFeedback: false, generated: null },
  { key: 'aankoopcomite', name: 'Aankoopcomité', writers: COMITE_PEOPLE, publishers: COMITE_PEOPLE, comite: true, fixedItem: null, comiteFeedback: false, generated: null },
  { key: 'operationeel-comite', name: 'Operationeel Comité', writers: COMITE_PEOPLE, publishers: COMITE_PEOPLE, comite: true, fixedItem: null, comiteFeedback: false, generated: null },
  { key: 'werkgroep-integriteit', name: 'Werkgroep Integriteit', writers: ['korpsleiding'], publishers: ['korpsleiding'], fixedItem: null, comiteFeedback: false, generated: null },
  { key: 'nieuwsbrief', name: 'Nieuwsbrief', writers: ['communicatie'], publishers: ['communicatie'], fixedItem: null, comiteFeedback: false, generated: 'month' },
];

/** The stored names of the kinds (the Kind choice field). */
export const REPORT_KIND_NAMES = REPORT_KINDS.map((k) => k.name);

/** The description of one kind. */
export function reportKind(key: ReportKind): ReportKindInfo {
  return REPORT_KINDS.filter((k) => k.key === key)[0];
}

/** The kind a stored name stands for, or null for a value the product does not know. */
export function reportKindOfName(name: string | null | undefined): ReportKind | null {
  const found = REPORT_KINDS.filter((k) => k.name === name)[0];
  return found ? found.key : null;
}

const held = (groups: readonly GroupKey[], wanted: readonly GroupKey[]): boolean =>
  groups.indexOf('beheerders') >= 0 || wanted.some((g) => groups.indexOf(g) >= 0);

/** Whether someone with these groups may draft and complete a report of the kind (a beheerder always). */
export function mayWriteReport(kind: ReportKind, groups: readonly GroupKey[]): boolean {
  return held(groups, reportKind(kind).writers);
}

/** Whether someone with these groups may approve and publish a report of the kind (a beheerder always). */
export function mayPublishReport(kind: ReportKind, groups: readonly GroupKey[]): boolean {
  return held(groups, reportKind(kind).publishers);
}

/** The kinds someone may draft. */
export function writableKinds(groups: readonly GroupKey[]): ReportKind[] {
  return REPORT_KINDS.filter((k) => mayWriteReport(k.key, groups)).map((k) => k.key);
}

/**
 * Whether a published report counts: its author (SharePoint's `Author`) may publish its kind, and a comité's report
 * comes from that comité's chair or members (the Comites list) or from the korpsleiding; `comitePeople` are that
 * comité's chair and members, null for other kinds.
 */
export function reportCounts(kind: ReportKind, author: { id: number; groups: readonly GroupKey[] }, comitePeople: readonly number[] | null): boolean {
  if (!mayPublishReport(kind, author.groups)) return false;
  if (!reportKind(kind).comite || author.groups.indexOf('korpsleiding') >= 0 || author.groups.indexOf('beheerders') >= 0) return true;
  return (comitePeople || []).indexOf(author.id) >= 0;
}
