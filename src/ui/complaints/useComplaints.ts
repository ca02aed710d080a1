import { useServices } from '../../app/contexts';
import type { ComplaintsRepository } from '../../data/complaints/ComplaintsRepository';

/** The complaints register's repository of the app's services. */
export function useComplaintsRepository(): ComplaintsRepository {
  return useServices().complaints;
}
