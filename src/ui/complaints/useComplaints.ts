import * as React from 'react';
import { useHost, useServices } from '../../app/contexts';
import type { ComplaintsRepository } from '../../data/complaints/ComplaintsRepository';
import { SPComplaintsRepository } from '../../data/complaints/SPComplaintsRepository';

/** A repository to use instead of the SharePoint one (tests, previews). */
export const ComplaintsRepositoryContext = React.createContext<ComplaintsRepository | undefined>(undefined);

/** The complaints register's repository: the injected one, or SharePoint through the app's PnPjs root. */
export function useComplaintsRepository(): ComplaintsRepository {
  const injected = React.useContext(ComplaintsRepositoryContext);
  const { sp } = useServices();
  const name = useHost().user.displayName;
  return React.useMemo(() => injected || new SPComplaintsRepository(sp, name), [injected, sp, name]);
}
