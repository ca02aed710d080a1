import * as React from 'react';
import { preloadRepositories, type RepositoryKey } from '../data/services';
import { loadFeatureStrings, type StringsFeature } from '../loc';
import { Status } from '../ui/common/Status';
import { lazyPart, type LazyPart } from './lazy';
import type { ViewKey } from './views';

/**
 * A view: its own chunk, loaded the first time it is shown, with the app's loading state meanwhile; the texts of the
 * features it shows (`texts`, each a chunk of the user's language) and the chunk of the repository it reads (`data`,
 * see src/data/services.ts) load beside it, so the view's first reads start as soon as it renders and share the round
 * trip of the user and the bell.
 */
const lazyView = (load: () => Promise<ViewComponent>, texts: StringsFeature[], ...data: RepositoryKey[]): LazyPart<Record<string, never>> =>
  lazyPart(() => Promise.all([load(), loadFeatureStrings(texts), preloadRepositories(...data)]).then(([view]) => view), <Status loading />);

/** A view's component; a view with pages of its own in chunks says how to load the page an address opens. */
export type ViewComponent = React.ComponentType & { preloadPage?: (item: string | undefined) => Promise<void> };

/** The component of each view; a view reads its item from the navigation (`useNavigation().route.item`). */
export const VIEW_COMPONENTS: Record<ViewKey, LazyPart<Record<string, never>>> = {
  beleid: lazyView(() => import(/* webpackChunkName: "view-beleid" */ '../ui/policy/PolicyView').then((m) => m.PolicyView), ['policy', 'settings'], 'policy'),
  plan: lazyView(() => import(/* webpackChunkName: "view-plan" */ '../ui/plan/PlanView').then((m) => m.PlanView), ['policy'], 'plan'),
  voorstellen: lazyView(() => import(/* webpackChunkName: "view-voorstellen" */ '../ui/proposals/ProposalsView').then((m) => m.ProposalsView), ['proposals', 'settings', 'verslagen'], 'proposals'),
  registers: lazyView(() => import(/* webpackChunkName: "view-registers" */ '../ui/registers/RegistersView').then((m) => m.RegistersView), ['registers', 'policy', 'settings'], 'registers'),
  klachten: lazyView(() => import(/* webpackChunkName: "view-klachten" */ '../ui/complaints/ComplaintsView').then((m) => m.ComplaintsView), ['registers', 'resistance'], 'complaints'),
  dashboard: lazyView(() => import(/* webpackChunkName: "view-dashboard" */ '../ui/dashboard/DashboardView').then((m) => m.DashboardView), ['registers', 'resistance', 'settings'], 'complaints', 'resistance'),
  weerspannigheid: lazyView(() => import(/* webpackChunkName: "view-weerspannigheid" */ '../ui/resistance/ResistanceView').then((m) => m.ResistanceView), ['resistance', 'registers', 'trainings', 'settings'], 'resistance'),
  opleidingen: lazyView(() => import(/* webpackChunkName: "view-opleidingen" */ '../ui/trainings/TrainingsView').then((m) => m.TrainingsView), ['trainings', 'registers'], 'trainings'),
  melden: lazyView(() => import(/* webpackChunkName: "view-melden" */ '../ui/melden/MeldenView').then((m) => m.MeldenView), ['melden', 'registers', 'settings'], 'melden'),
  verslagen: lazyView(() => import(/* webpackChunkName: "view-verslagen" */ '../ui/verslagen/VerslagenView').then((m) => m.VerslagenView), ['verslagen', 'proposals'], 'verslagen'),
};

/** The notification bell in the app's header: its own chunk too (its list is a chunk again, loaded on demand), shown once loaded. */
export const NotificationBell = lazyPart(
  () => import(/* webpackChunkName: "notification-bell" */ '../ui/notifications/NotificationBell').then((m) => m.NotificationBell),
  null,
);

/**
 * Whether the code of the view and of the bell is loaded; until it is, loads it. The frame waits for it before it
 * asks who the user is, so the user's, the bell's and the view's first reads start in one commit: one round trip.
 */
export function usePartsLoaded(view: ViewKey, item: string | undefined): boolean {
  const parts = [VIEW_COMPONENTS[view], NotificationBell];
  const [loaded, setLoaded] = React.useState(() => parts.every((part) => part.loaded()));
  React.useEffect(() => {
    if (loaded) return undefined;
    let current = true;
    // a failed load shows in the view's error boundary, with its retry
    const done = (): void => {
      if (current) setLoaded(true);
    };
    Promise.all(parts.map((part) => part.preload()))
      .then(() => (VIEW_COMPONENTS[view].component() as ViewComponent | undefined)?.preloadPage?.(item))
      .then(done, done);
    return () => {
      current = false;
    };
  }, []);
  return loaded;
}
