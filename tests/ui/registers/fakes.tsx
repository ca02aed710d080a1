import * as React from 'react';
import { AppRoot } from '../../../src/app/AppRoot';
import type { HostContext } from '../../../src/app/host';
import type { Route } from '../../../src/app/navigation';
import type { Membership } from '../../../src/data/membership';
import type {
  AbsenceDraft,
  AbsenceRecord,
  DamageRecord,
  GiftRecord,
  RegisterPage,
  RegistersOverview,
  RegistersRepository,
  SideActivityRecord,
} from '../../../src/data/registers/RegistersRepository';
import type { GroupKey } from '../../../src/data/groups';
import { fakeServices, sharePointHost } from '../../support/hosts';

/** A member of the given groups. */
export const member = (name: string, userId: number, ...groups: GroupKey[]): Membership => ({ userId, name, loginName: `i:0#.f|membership|${name}`, groups });

/** One page of a register holding `items`, with no next page. */
export const page = <T,>(items: T[]): RegisterPage<T> => ({ items, nextAfter: null });

export const gift = (over: Partial<GiftRecord> = {}): GiftRecord => ({
  id: '1',
  reporter: { id: '7', name: 'Jonas Maes' },
  kind: 'Nieuwjaarsgeschenk',
  what: 'Fles wijn',
  giver: 'Handelaar',
  estimatedValue: 25,
  receivedOn: '2026-01-05',
  whyNotRefused: 'Achtergelaten aan het onthaal.',
  status: 'Gemeld',
  decision: null,
  dienst: 'Interventie',
  handlingNotes: null,
  reportedAt: '2026-01-05T09:00:00Z',
  etag: '"1"',
  ...over,
});

export const activity = (over: Partial<SideActivityRecord> = {}): SideActivityRecord => ({
  id: '4',
  declarant: { id: '8', name: 'Sofie Claes' },
  kader: 'CaLog',
  kind: 'andere',
  title: 'Lesgever EHBO',
  description: 'EHBO-les bij de jeugdbeweging.',
  status: 'Schriftelijk gemeld',
  declaredAt: '2026-03-01T09:00:00Z',
  startDate: '2026-03-05',
  endDate: null,
  receivedAt: null,
  korpschefTalkOn: null,
  decidedAt: null,
  decisionReason: null,
  organisation: 'Rode Kruis',
  hoursPerMonth: 6,
  dienst: 'Verkeer',
  advice: null,
  history: [{ action: 'declare', actor: { id: '', name: 'Sofie Claes' }, at: '2026-03-01T09:00:00Z', status: 'Schriftelijk gemeld', reason: null }],
  etag: '"1"',
  ...over,
});

export const damage = (over: Partial<DamageRecord> = {}): DamageRecord => ({
  id: '9',
  reporter: { id: '7', name: 'Jonas Maes' },
  category: 'Voertuig',
  what: 'Kras op de achterdeur',
  object: '1-ABC-123',
  location: 'Parking',
  description: 'Tegen een paaltje.',
  occurredAt: '2026-03-09T21:15:00Z',
  occurredOn: '2026-03-09',
  reportedAt: '2026-03-10T08:00:00Z',
  status: 'In behandeling',
  handlingNote: 'Afspraak carrosserie.',
  dienst: 'Interventie',
  photos: [],
  etag: '"2"',
  ...over,
});

/** A repository in memory that records the calls the UI makes; each method can be replaced per test. */
export function fakeRegisters(overview: Partial<RegistersOverview> = {}): RegistersRepository & { calls: { method: string; args: unknown[] }[] } {
  const calls: { method: string; args: unknown[] }[] = [];
  const me = overview.me || member('Jonas Maes', 7, 'medewerkers');
  const record =
    <A extends unknown[], R>(method: string, result: (...args: A) => R) =>
    (...args: A): R => {
      calls.push({ method, args });
      return result(...args);
    };
  return {
    calls,
    loadOverview: record('loadOverview', async () => ({ me, gifts: page([gift()]), sideActivities: page([activity()]), damage: page([damage()]), awaitingAdvice: [], absences: null, ...overview })),
    loadGifts: record('loadGifts', async () => page<GiftRecord>([])),
    loadSideActivities: record('loadSideActivities', async () => page<SideActivityRecord>([])),
    loadDamage: record('loadDamage', async () => page<DamageRecord>([])),
    loadAbsences: record('loadAbsences', async () => page<AbsenceRecord>([])),
    loadStaff: record('loadStaff', async () => [{ id: '8', name: 'Sofie Claes' }, { id: '7', name: 'Jonas Maes' }]),
    loadGift: record('loadGift', async () => ({ me, gift: gift() })),
    loadSideActivity: record('loadSideActivity', async () => ({ me, activity: activity(), absences: [] })),
    loadDamageReport: record('loadDamageReport', async () => ({ me, report: damage() })),
    loadPhoto: record('loadPhoto', async () => new Blob(['png'], { type: 'image/png' })),
    submitGift: record('submitGift', async () => ({ status: 'created' as const, id: '11' })),
    submitSideActivity: record('submitSideActivity', async () => ({ status: 'created' as const, id: '12' })),
    submitDamage: record('submitDamage', async () => ({ status: 'created' as const, id: '13', photoSaved: true })),
    handleGift: record('handleGift', async (g: GiftRecord, h) => ({ ...g, status: h.status, decision: h.decision, handlingNotes: h.notes, etag: '"2"' })),
    handleDamage: record('handleDamage', async (r: DamageRecord, h) => ({ ...r, status: h.status, handlingNote: h.notes })),
    decideSideActivity: record('decideSideActivity', async (a: SideActivityRecord) => a),
    registerAbsence: record('registerAbsence', async (d: AbsenceDraft) => ({
      id: '30',
      member: d.member || { id: '', name: '' },
      kind: d.kind || 'Ziekte',
      start: d.start || '2026-03-10',
      end: d.end || null,
      etag: '"1"',
    })),
    endAbsence: record('endAbsence', async (a, end) => ({ ...a, end })),
  };
}

/** The app on a SharePoint page, opened on a route, with a fake registers repository. */
export function RegistersApp(props: { repo: RegistersRepository; route: Route; host?: Partial<HostContext> }): React.ReactElement {
  const view = props.route.item ? `${props.route.view}:${props.route.item}` : undefined;
  return (
    <AppRoot host={sharePointHost({ initialView: props.route.view, deepLink: view, ...props.host })} services={fakeServices({ registers: props.repo })} />
  );
}
