import { useServices } from '../../app/contexts';
import type { PolicyRepository } from '../../data/policy/PolicyRepository';

/** The policy repository of the app's services. */
export function usePolicyRepository(): PolicyRepository {
  return useServices().policy;
}
