import type { SPFI } from '@pnp/sp';
import type { ComplaintsRepository } from './complaints/ComplaintsRepository';
import { SPComplaintsRepository } from './complaints/SPComplaintsRepository';
import { consoleLogger, type Logger } from './logging';
import { Viewer, type Membership } from './membership';
import type { GraphAccess } from './notifications/graph';
import { PnpNotificationRepository } from './notifications/repository';
import type { NotificationRepository } from './notifications/types';
import { Outbox, type KeyValueStore, type OutboxEntry } from './outbox';
import type { PlanRepository } from './plan/PlanRepository';
import { SPPlanRepository } from './plan/SPPlanRepository';
import type { PolicyRepository } from './policy/PolicyRepository';
import { SPPolicyRepository } from './policy/SPPolicyRepository';
import { PnpProposalRepository } from './proposals/pnpProposalRepository';
import type { ProposalRepository } from './proposals/repository';
import { browserStore } from './proposals/storage';
import type { RegistersRepository } from './registers/RegistersRepository';
import { SPResistanceRepository } from './resistance/SPResistanceRepository';
import type { ResistanceRepository } from './resistance/types';
import { SPSettingsRepository } from './settings/SPSettingsRepository';
import type { SettingsRepository } from './settings/types';
import { SPTrainingsRepository } from './trainings/SPTrainingsRepository';
import type { TrainingsRepository } from './trainings/types';
import { SPRegistersRepository } from './registers/SPRegistersRepository';

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

/** Builds every repository of the app on one PnPjs root: the one place where the hosts' connection becomes services. */
export function createServices(options: ServicesOptions): Services {
  const { sp, siteUrl, graph, userName, topic, now } = options;
  const store = options.store || browserStore();
  const outbox = new Outbox(store);
  const viewer = new Viewer(sp, options.userId);
  const settings = new SPSettingsRepository(sp, viewer);
  return {
    viewer,
    proposals: new PnpProposalRepository({ sp, siteUrl, graph, store, topic, now, viewer, zoneSettings: () => settings.zoneSettings() }),
    notifications: new PnpNotificationRepository(sp, viewer),
    policy: new SPPolicyRepository(sp, viewer),
    plan: new SPPlanRepository(sp, viewer),
    registers: new SPRegistersRepository(sp, outbox, userName, viewer),
    complaints: new SPComplaintsRepository(sp, userName, viewer),
    resistance: new SPResistanceRepository(sp),
    trainings: new SPTrainingsRepository(sp),
    settings,
    registersOutbox: { pending: () => outbox.pending(), flush: () => outbox.flush(sp) },
    log: options.log || consoleLogger,
  };
}
