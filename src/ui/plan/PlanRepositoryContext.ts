import { useServices } from '../../app/contexts';
import type { PlanRepository } from '../../data/plan/PlanRepository';

/** The plan repository of the app's services. */
export function usePlanRepository(): PlanRepository {
  return useServices().plan;
}
