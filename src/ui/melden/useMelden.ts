import { useServices } from '../../app/contexts';
import type { MeldenRepository } from '../../data/melden/MeldenRepository';

/** The reporting channel's repository of the app's services. */
export function useMelden(): MeldenRepository {
  return useServices().melden;
}
