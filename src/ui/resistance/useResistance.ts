import { useServices } from '../../app/contexts';
import type { ResistanceRepository } from '../../data/resistance/types';

/** The resistance repository of the app's services. */
export function useResistanceRepository(): ResistanceRepository {
  return useServices().resistance;
}
