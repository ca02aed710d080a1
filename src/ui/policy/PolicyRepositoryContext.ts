import * as React from 'react';
import { useServices } from '../../app/contexts';
import type { PolicyRepository } from '../../data/policy/PolicyRepository';
import { SPPolicyRepository } from '../../data/policy/SPPolicyRepository';

/** Overrides the policy repository (tests pass an in-memory one); without it the views use SharePoint. */
export const PolicyRepositoryReactContext = React.createContext<PolicyRepository | undefined>(undefined);

/** The policy repository of the app: the overriding one, or the SharePoint one on the app's PnPjs root. */
export function usePolicyRepository(): PolicyRepository {
  const override = React.useContext(PolicyRepositoryReactContext);
  const { sp } = useServices();
  return React.useMemo(() => override ?? new SPPolicyRepository(sp), [override, sp]);
}
