import type * as React from 'react';
import { useServices } from '../../app/contexts';
import type { ZoneSettings } from '../../domain/settings';
import { useAsync, type AsyncState } from '../common/useAsync';

/**
 * A view's load together with the zone's settings (the terms it shows as the zone's choice): both reads start in the
 * same tick, so the settings join the view's round trip instead of adding one.
 */
export function useWithZoneSettings<T extends object>(
  load: () => Promise<T>,
  deps: React.DependencyList,
): AsyncState<T & { settings: ZoneSettings }> & { reload(): void } {
  const zone = useServices().settings;
  return useAsync(() => Promise.all([load(), zone.zoneSettings()]).then(([data, settings]) => ({ ...data, settings })), [zone, ...deps]);
}
