/*
 * The services of the app, built in one place ({@link createServices}). The data layer's shared part (PnPjs, the
 * Viewer, the round trip, the outboxes, the notifications the bell reads on every page) is in the entry bundle; each
 * feature's repository implementation is its own chunk, loaded with the feature's view or on first use.
 *
 * Adding a feature's repository is one entry in REPOSITORIES below (and its field in {@link Services}):
 *
 *   verslagen: lazy((c) => import(/* webpackChunkName: "data-verslagen" *\/ './verslagen/SPVerslagenRepository'), (m, c) => new m.SPVerslagenRepository(c.sp, c.viewer)),
 *
 * then name it in the view's loader in src/app/viewRegistry.tsx (`lazyView(() => import(…View), 'verslagen')`) so the
 * view and its repository load together and the view's first reads join the round trip of the bell and the user.
 * Never import a repository implementation statically here: it would pull the feature into the entry bundle.
 */
import type { SPFI } from '@pnp/sp';
import { newClientId } from './clientId';
import type { ComplaintsRepository } from './complaints/ComplaintsRepository';
import { lazyRepository, repositoryChunk, type RepositoryChunk, type SyncMembers } from './lazyRepository';
import { consoleLogger, type Logger } from './logging';
import { Viewer, type Membership } from './membership';
import type { MeldenRepository } from './melden/MeldenRepository';
import type { GraphAccess } from './notifications/graph';
import { PnpNotificationRepository } from './notifications/repository';
import type { NotificationRepository } from './notifications/types';
import { Outbox, type OutboxEntry } from './outbox';
import type { PlanRepository } from './plan/PlanRepository';
import type { PolicyRepository } from './policy/PolicyRepository';
import type { ProposalRepository } from './proposals/repository';
import { pendingSubmits, proposalSubmits } from './proposals/pendingSubmits';
import { browserStore } from './proposals/storage';
import type { RegistersRepository } from './registers/RegistersRepository';
import type { ResistanceRepository } from './resistance/types';
import { SPSettingsRepository } from './settings/SPSettingsRepository';
import type { SettingsRepository } from './settings/types';
import type { KeyValueStore } from './storedJson';
import type { TrainingsRepository } from './trainings/types';
import type { VerslagenRepository } from './verslagen/VerslagenRepository';

/** The registers' declarations that have not reached SharePoint yet (kept in this browser). */
export interface PendingDeclarations {
  pending(): OutboxEntry[];
  /** Sends what waits; resolves with what reached SharePoint now. */
  flush(): Promise<unknown[]>;
}

/** Everything the app reads and writes through: one repository per part, built by {@link createServices}; tests pass fakes. */
export interface Services {
  /** Who is signed in and in which groups: one read shared by the frame, the bell and the view of a round trip. */
  viewer: { membership(): Promise<Membership> };
  proposals: ProposalRepository;
  notifications: NotificationRepository;
  policy: PolicyRepository;
  plan: PlanRepository;
  registers: RegistersRepository;
  complaints: ComplaintsRepository;
  resistance: ResistanceRepository;
  trainings: TrainingsRepository;
  /** The meeting reports and the monthly newsletter. */
  verslagen: VerslagenRepository;
  /** The internal channel for reporting integrity breaches. */
  melden: MeldenRepository;
  /** The zone's settings (list Instellingen): the terms the policy leaves to the zone. */
  settings: SettingsRepository;
  /** The registers' outbox, flushed when the registers open and when the browser is back online. */
  registersOutbox: PendingDeclarations;
  /** Where render errors and failed loads are written. */
  log: Logger;
}

/** What a host knows when it builds the services. */
export interface ServicesOptions {
  /** The PnPjs root for the site that holds the lists (see `createSP` in src/data/pnp.ts). */
  sp: SPFI;
  /** The absolute URL of that site (links to attachments and into the app). */
  siteUrl: string;
  /**
   * Microsoft Graph for Teams activity-feed notifications (`https://graph.microsoft.com` in production, the local
   * SharePoint's stand-in locally; see src/data/notifications/graph.ts). Absent: only in-app notifications are sent.
   */
  graph?: GraphAccess;
  /**
   * The signed-in user's site user id when the page knows it (SPFx's `pageContext.legacyPageContext.userId`): reads
   * that filter on the user (the notification bell's) then go out in the view's first round trip.
   */
  userId?: number;
  /** The id this device remembers for the user on this site, verified by the first read (see `ViewerOptions`). */
  rememberedUserId?: number;
  /** Told of the first read of the user (see `ViewerOptions.onFirstRead`). */
  onFirstRead?: (read: Promise<Membership>) => void;
  /**
   * The signed-in user's login name when the host knows it before the first read: keys what this device remembers of
   * the user's last visit (the proposals view's opening hint). Absent: nothing is remembered.
   */
  login?: string;
  /** The signed-in user's display name (written in the consultation log next to the server-set author). */
  userName: string;
  /** The app's name as the Teams activity feed shows it (the title in the user's language). */
  topic: string;
  /** Where unsent submits wait; the browser's localStorage by default. */
  store?: KeyValueStore;
  /** The sink for errors; the console by default. */
  log?: Logger;
  now?: () => Date;
}

/** What a feature's repository is built from: the host's options and the shared parts of the data layer. */
interface Connection extends ServicesOptions {
  store: KeyValueStore;
  viewer: Viewer;
  /** The registers' outbox. */
  outbox: Outbox;
  /** The zone's settings (the terms, the meeting day, the reminders, the anonymity threshold). */
  settings: SettingsRepository;
}

/** The features whose repository loads on demand: the part of {@link Services} that {@link REPOSITORIES} builds. */
type LazyKey = 'proposals' | 'policy' | 'plan' | 'registers' | 'complaints' | 'resistance' | 'trainings' | 'verslagen' | 'melden';

/** One feature's repository: its chunk, how an instance is made of it, and the members it answers at once without it. */
interface LazyEntry<T> {
  chunk: RepositoryChunk<unknown>;
  make(connection: Connection): T;
}

/**
 * A feature's repository entry: `load` imports its implementation (a `webpackChunkName` of "data-<feature>" names the
 * web part's chunk; esbuild names the tab's after the module), `build` makes the instance, `sync` gives the members
 * that answer at once (the type asks for exactly those; most repositories have none).
 */
function lazy<T extends object, M>(
  load: () => Promise<M>,
  build: (module: M, connection: Connection) => T,
  // required exactly when T has members that answer at once, as lazyRepository asks
  ...sync: SyncMembers<T> extends never ? [] : [(connection: Connection) => Pick<T, SyncMembers<T>>]
): LazyEntry<T> {
  const chunk = repositoryChunk(load);
  return {
    chunk,
    make: (c) => {
      const given = sync.map((members) => members(c)) as SyncMembers<T> extends never ? [] : [Pick<T, SyncMembers<T>>];
      return lazyRepository<T, M>(chunk, (m) => build(m, c), ...given);
    },
  };
}

/** Each feature's repository implementation, loaded on first use (one line per feature; see the top of this file). */
const REPOSITORIES: { [K in LazyKey]: LazyEntry<Services[K]> } = {
  proposals: lazy(
    () => import(/* webpackChunkName: "data-proposals" */ './proposals/pnpProposalRepository'),
    (m, c) => new m.PnpProposalRepository({ sp: c.sp, siteUrl: c.siteUrl, login: c.login, graph: c.graph, store: c.store, topic: c.topic, now: c.now, viewer: c.viewer, zoneSettings: () => c.settings.zoneSettings() }),
    (c) => ({ pendingSubmits: () => pendingSubmits(proposalSubmits(c.store)) }),
  ),
  policy: lazy(() => import(/* webpackChunkName: "data-policy" */ './policy/SPPolicyRepository'), (m, c) => new m.SPPolicyRepository(c.sp, c.viewer)),
  plan: lazy(() => import(/* webpackChunkName: "data-plan" */ './plan/SPPlanRepository'), (m, c) => new m.SPPlanRepository(c.sp, c.viewer)),
  registers: lazy(() => import(/* webpackChunkName: "data-registers" */ './registers/SPRegistersRepository'), (m, c) => new m.SPRegistersRepository(c.sp, c.outbox, c.userName, c.viewer)),
  complaints: lazy(() => import(/* webpackChunkName: "data-complaints" */ './complaints/SPComplaintsRepository'), (m, c) => new m.SPComplaintsRepository(c.sp, c.userName, c.viewer, c.settings)),
  resistance: lazy(() => import(/* webpackChunkName: "data-resistance" */ './resistance/SPResistanceRepository'), (m, c) => new m.SPResistanceRepository(c.sp, c.viewer, c.settings)),
  trainings: lazy(() => import(/* webpackChunkName: "data-trainings" */ './trainings/SPTrainingsRepository'), (m, c) => new m.SPTrainingsRepository(c.sp, c.viewer)),
  verslagen: lazy(() => import(/* webpackChunkName: "data-verslagen" */ './verslagen/SPVerslagenRepository'), (m, c) => new m.SPVerslagenRepository(c.sp, c.now, c.viewer)),
  melden: lazy(
    () => import(/* webpackChunkName: "data-melden" */ './melden/SPMeldenRepository'),
    (m, c) => new m.SPMeldenRepository(c.sp, c.viewer, c.settings),
    () => ({ newClientId }),
  ),
};

/** A feature whose repository loads on demand. */
export type RepositoryKey = LazyKey;

/**
 * Loads the implementation of `features`' repositories (no request to SharePoint): a view's loader calls it beside the
 * view's own import, so that the view's first reads are not held back by a second chunk.
 */
export function preloadRepositories(...features: RepositoryKey[]): Promise<unknown> {
  return Promise.all(features.map((feature) => REPOSITORIES[feature].chunk()));
}

/** Builds every repository of the app on one PnPjs root: the one place where the hosts' connection becomes services. */
export function createServices(options: ServicesOptions): Services {
  const { sp } = options;
  const store = options.store || browserStore();
  const outbox = new Outbox(store);
  const viewer = new Viewer(sp, { userId: options.userId, rememberedUserId: options.rememberedUserId, onFirstRead: options.onFirstRead });
  const settings = new SPSettingsRepository(sp, viewer);
  return {
    viewer,
    notifications: new PnpNotificationRepository(sp, viewer),
    ...lazyRepositories({ ...options, store, viewer, outbox, settings }),
    settings,
    registersOutbox: { pending: () => outbox.pending(), flush: () => outbox.flush(sp) },
    log: options.log || consoleLogger,
  };
}

/** Every feature's repository of {@link REPOSITORIES}, none loaded yet. */
function lazyRepositories(connection: Connection): Pick<Services, LazyKey> {
  const built: Partial<Pick<Services, LazyKey>> = {};
  for (const key of Object.keys(REPOSITORIES) as LazyKey[]) (built as Record<LazyKey, unknown>)[key] = REPOSITORIES[key].make(connection);
  return built as Pick<Services, LazyKey>;
}
