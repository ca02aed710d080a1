import type * as React from 'react';
import { ComplaintsView } from '../ui/complaints/ComplaintsView';
import { DashboardView } from '../ui/dashboard/DashboardView';
import { MeldenView } from '../ui/melden/MeldenView';
import { PlanView } from '../ui/plan/PlanView';
import { PolicyView } from '../ui/policy/PolicyView';
import { ProposalsView } from '../ui/proposals/ProposalsView';
import { RegistersView } from '../ui/registers/RegistersView';
import type { ViewKey } from './views';

/** The component of each view; a view reads its item from the navigation (`useNavigation().route.item`). */
export const VIEW_COMPONENTS: Record<ViewKey, React.ComponentType> = {
  beleid: PolicyView,
  plan: PlanView,
  voorstellen: ProposalsView,
  registers: RegistersView,
  klachten: ComplaintsView,
  melden: MeldenView,
  dashboard: DashboardView,
};
