import * as React from 'react';
import { AppRoot } from '../../../src/app/AppRoot';
import type { Route } from '../../../src/app/navigation';
import type { ComplaintRecord, ComplaintsRepository, ComplaintSummary, InvestigatorOption, OpenedDossier } from '../../../src/data/complaints/ComplaintsRepository';
import { dashboardFigures } from '../../../src/data/complaints/dashboardFigures';
import type { Membership } from '../../../src/data/membership';
import { monthlyListing, complaintActivities, annualFigures, toComplaintFigure, type CheckedFinding, type RoutingChange } from '../../../src/domain/complaints';
import { DEFAULT_ZONE_SETTINGS } from '../../../src/domain/settings';
import { fakeServices, sharePointHost } from '../../support/hosts';
import { member } from './fakes';

export const GRIET = member('Griet Van Damme', 30, 'medewerkers', 'internToezicht');
export const KOEN = member('Koen Dubois', 31, 'medewerkers', 'hinp');
export const JONAS = member('Jonas Maes', 7, 'medewerkers');
export const LUC = member('Luc Hermans', 20, 'politiecollege');

export const INVESTIGATORS: InvestigatorOption[] = [
  { id: '31', name: 'Koen Dubois', function: 'hinp' },
  { id: '32', name: 'Ann Lambert', function: 'hinp' },
  { id: '40', name: 'Karel Peeters', function: 'diensthoofd' },
];

export const dossier = (over: Partial<ComplaintRecord> = {}): ComplaintRecord => ({
  id: '5',
  reference: 'KL-5',
  title: 'Onbeleefde bejegening',
  status: 'Ontvangen',
  receivedOn: '2026-03-02',
  channel: 'E-mail',
  complainant: { name: 'Marie Dupont', contact: 'marie@example.be' },
  facts: 'Onbeleefd aangesproken aan het onthaal.',
  theme: 'Gewenst gedrag tijdens de functie',
  themeId: 8,
  involvedDienst: 'Intake',
  involvedStaff: [],
  investigator: null,
  investigationNotes: null,
  outcome: null,
  feedbackText: null,
  feedbackSentOn: null,
  spocFeedback: null,
  mayorFeedbackOn: null,
  disciplinaryOpenedOn: null,
  disciplinaryHead: null,
  closedOn: null,
  legalSupport: false,
  evidence: [],
  history: [],
  etag: '"1"',
  ...over,
});

const summary = (d: ComplaintRecord): ComplaintSummary => ({
  id: d.id,
  reference: d.reference,
  title: d.title,
  receivedOn: d.receivedOn,
  status: d.status,
  dienst: d.involvedDienst,
  theme: d.theme,
  investigator: d.investigator,
  closedOn: d.closedOn,
});

/** A complaints repository in memory for a user, over the given dossiers; it records the calls the UI makes. */
export function fakeComplaints(
  me: Membership,
  dossiers: ComplaintRecord[] = [dossier()],
  extra: { findings?: CheckedFinding[]; changes?: RoutingChange[]; consultations?: OpenedDossier['consultations'] } = {},
): ComplaintsRepository & { calls: { method: string; args: unknown[] }[] } {
  const calls: { method: string; args: unknown[] }[] = [];
  const log = (method: string, args: unknown[]) => calls.push({ method, args });
  const manager = me.groups.indexOf('internToezicht') >= 0 || me.groups.indexOf('korpsleiding') >= 0;
  const listing = (month: string) => monthlyListing(dossiers.reduce<ReturnType<typeof complaintActivities>>((all, d) => all.concat(complaintActivities(d, d.history)), []), month);
  return {
    calls,
    loadRegister: async (filter) => {
      log('loadRegister', [filter]);
      return { me, page: { items: dossiers.map(summary), nextAfter: null } };
    },
    loadMore: async () => ({ items: [], nextAfter: null }),
    openDossier: async (id) => {
      log('openDossier', [id]);
      const found = dossiers.filter((d) => d.id === id)[0];
      if (!found) throw Object.assign(new Error('not found'), { status: 404 });
      const consultations = extra.consultations || [{ id: '1', list: 'Klachten' as const, dossierId: 5, action: 'Geraadpleegd' as const, readerName: me.name, readerId: '30', claimedName: null, at: '2026-03-03T09:00:00Z' }];
      return { me, dossier: found, investigators: INVESTIGATORS, consultations: manager ? consultations : null, findings: extra.findings || [], changes: extra.changes || [] };
    },
    addFinding: async (d, _me, draft) => {
      log('addFinding', [draft]);
      const added: CheckedFinding = { id: '99', dossierId: Number(d.id), kind: draft.kind, text: draft.text, outcome: draft.outcome, feedbackSentOn: draft.feedbackSentOn, author: { id: String(me.userId), name: me.name }, at: '2026-03-20T10:00:00Z', counts: true };
      return (extra.findings || []).concat([added]);
    },
    loadIntakeChoices: async () => ({ themes: [{ id: 8, number: 8, title: 'Gewenst gedrag tijdens de functie' }], staff: [{ id: '7', name: 'Jonas Maes' }] }),
    createComplaint: async (draft) => {
      log('createComplaint', [draft]);
      return dossier({ id: '9', reference: 'KL-9', title: draft.title });
    },
    decide: async (d, _me, decision) => {
      log('decide', [decision]);
      return { ...d, status: 'In onderzoek', investigator: decision.investigator || d.investigator, etag: '"2"' };
    },
    recordTpiCheck: async (d, _me, check) => {
      log('recordTpiCheck', [check]);
      return { ...d, tpiCheck: { examinedBy: check.examinedBy, examinedOn: check.examinedOn as string, conclusion: check.conclusion as 'TPI gevolgd en correct geëvalueerd', notes: check.notes }, etag: '"4"' };
    },
    saveDetails: async (d, details) => {
      log('saveDetails', [details]);
      return { ...d, investigationNotes: details.investigationNotes, etag: '"3"' };
    },
    requestLegalSupport: async (d) => {
      log('requestLegalSupport', []);
      return { ...d, legalSupport: true, etag: '"4"' };
    },
    loadAdministration: async () => ({ me, page: { items: [], nextAfter: null } }),
    saveAdministration: async (r, changes) => {
      log('saveAdministration', [changes]);
      return { ...r, etag: '"5"' };
    },
    openListing: async (month) => ({ me, computed: manager ? listing(month) : null, published: null }),
    openFigures: async (year) => ({ me, computed: manager ? annualFigures(dossiers.map(toComplaintFigure), year, DEFAULT_ZONE_SETTINGS.anonymityThreshold) : null, published: null }),
    loadDashboard: async (year) => ({ me, figures: manager ? dashboardFigures(year, dossiers) : null }),
    publishMonthlyListing: async (l) => {
      log('publishMonthlyListing', [l]);
    },
    publishAnnualFigures: async (f) => {
      log('publishAnnualFigures', [f]);
    },
    loadPublished: async () => ({ me, reports: [{ id: '1', kind: 'Maandlijst', title: 'Maandlijst', period: '2026-02', publishedAt: '2026-03-01T08:00:00Z', content: null, etag: '"1"' }] }),
  };
}

/** The app on a SharePoint page, opened on a route, with a fake complaints repository. */
export function ComplaintsApp(props: { repo: ComplaintsRepository; route: Route }): React.ReactElement {
  const link = props.route.item ? `${props.route.view}:${props.route.item}` : undefined;
  return (
    <AppRoot host={sharePointHost({ initialView: props.route.view, deepLink: link })} services={fakeServices({ complaints: props.repo })} />
  );
}
