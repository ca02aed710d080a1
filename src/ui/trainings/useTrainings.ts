import { useServices } from '../../app/contexts';
import type { TrainingsRepository } from '../../data/trainings/types';

/** The trainings repository of the app's services. */
export function useTrainingsRepository(): TrainingsRepository {
  return useServices().trainings;
}
