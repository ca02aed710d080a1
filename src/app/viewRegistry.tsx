import * as React from 'react';
import { Status } from '../ui/common/Status';
import { lazyPart } from './lazy';
import type { ViewKey } from './views';

/** A view: its own chunk, loaded the first time it is shown, with the app's loading state meanwhile. */
const lazyView = (load: () => Promise<React.ComponentType>): React.ComponentType => lazyPart(load, <Status loading />);

/** The component of each view; a view reads its item from the navigation (`useNavigation().route.item`). */
export const VIEW_COMPONENTS: Record<ViewKey, React.ComponentType> = {
  beleid: lazyView(() => import(/* webpackChunkName: "view-beleid" */ '../ui/policy/PolicyView').then((m) => m.PolicyView)),
  plan: lazyView(() => import(/* webpackChunkName: "view-plan" */ '../ui/plan/PlanView').then((m) => m.PlanView)),
  voorstellen: lazyView(() => import(/* webpackChunkName: "view-voorstellen" */ '../ui/proposals/ProposalsView').then((m) => m.ProposalsView)),
  registers: lazyView(() => import(/* webpackChunkName: "view-registers" */ '../ui/registers/RegistersView').then((m) => m.RegistersView)),
  klachten: lazyView(() => import(/* webpackChunkName: "view-klachten" */ '../ui/complaints/ComplaintsView').then((m) => m.ComplaintsView)),
  melden: lazyView(() => import(/* webpackChunkName: "view-melden" */ '../ui/melden/MeldenView').then((m) => m.MeldenView)),
  dashboard: lazyView(() => import(/* webpackChunkName: "view-dashboard" */ '../ui/dashboard/DashboardView').then((m) => m.DashboardView)),
  weerspannigheid: lazyView(() => import(/* webpackChunkName: "view-weerspannigheid" */ '../ui/resistance/ResistanceView').then((m) => m.ResistanceView)),
  opleidingen: lazyView(() => import(/* webpackChunkName: "view-opleidingen" */ '../ui/trainings/TrainingsView').then((m) => m.TrainingsView)),
  verslagen: lazyView(() => import(/* webpackChunkName: "view-verslagen" */ '../ui/verslagen/VerslagenView').then((m) => m.VerslagenView)),
};

/** The notification bell in the app's header: its own chunk too (a popover and its positioning), shown once loaded. */
export const NotificationBell = lazyPart(
  () => import(/* webpackChunkName: "notification-bell" */ '../ui/notifications/NotificationBell').then((m) => m.NotificationBell),
  null,
);
