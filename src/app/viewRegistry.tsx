import * as React from 'react';
import { PlanView } from '../ui/plan/PlanView';
import { PolicyView } from '../ui/policy/PolicyView';
import { ProposalsView } from '../ui/proposals/ProposalsView';
import { RegistersView } from '../ui/registers/RegistersView';
import { ViewPlaceholder } from '../ui/ViewPlaceholder';
import type { ViewKey } from './views';

const placeholder = (view: ViewKey): React.ComponentType => {
  const Placeholder = (): React.ReactElement => <ViewPlaceholder view={view} />;
  return Placeholder;
};

/** The component of each view; a view reads its item from the navigation (`useNavigation().route.item`). */
export const VIEW_COMPONENTS: Record<ViewKey, React.ComponentType> = {
  beleid: PolicyView,
  plan: PlanView,
  voorstellen: ProposalsView,
  registers: RegistersView,
  klachten: placeholder('klachten'),
  dashboard: placeholder('dashboard'),
};
