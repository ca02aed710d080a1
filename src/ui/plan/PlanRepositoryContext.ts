import * as React from 'react';
import { useServices } from '../../app/contexts';
import type { PlanRepository } from '../../data/plan/PlanRepository';
import { SPPlanRepository } from '../../data/plan/SPPlanRepository';

/** Overrides the plan repository (tests pass an in-memory one); without it the view uses SharePoint. */
export const PlanRepositoryReactContext = React.createContext<PlanRepository | undefined>(undefined);

/** The plan repository of the app: the overriding one, or the SharePoint one on the app's PnPjs root. */
export function usePlanRepository(): PlanRepository {
  const override = React.useContext(PlanRepositoryReactContext);
  const { sp } = useServices();
  return React.useMemo(() => override ?? new SPPlanRepository(sp), [override, sp]);
}
