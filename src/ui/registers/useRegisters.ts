import { useServices } from '../../app/contexts';
import type { RegistersRepository } from '../../data/registers/RegistersRepository';
import type { PendingDeclarations } from '../../data/services';

/** The outbox of the browser: declarations that have not reached SharePoint yet. */
export function useOutbox(): PendingDeclarations {
  return useServices().registersOutbox;
}

/** The registers' repository of the app's services. */
export function useRegistersRepository(): RegistersRepository {
  return useServices().registers;
}
