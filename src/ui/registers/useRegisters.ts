import * as React from 'react';
import { useHost, useServices } from '../../app/contexts';
import { Outbox, type KeyValueStore } from '../../data/outbox';
import type { RegistersRepository } from '../../data/registers/RegistersRepository';
import { SPRegistersRepository } from '../../data/registers/SPRegistersRepository';

/** A repository to use instead of the SharePoint one (tests, previews). */
export const RegistersRepositoryContext = React.createContext<RegistersRepository | undefined>(undefined);

/** The browser's storage, or a memory stand-in where there is none (private mode, server rendering). */
function browserStore(): KeyValueStore {
  try {
    if (typeof window !== 'undefined' && window.localStorage) return window.localStorage;
  } catch {
    // storage may be blocked by the browser's privacy settings
  }
  const memory: { [key: string]: string } = {};
  return { getItem: (k) => (k in memory ? memory[k] : null), setItem: (k, v) => void (memory[k] = v), removeItem: (k) => void delete memory[k] };
}

/** The outbox of the browser: declarations that have not reached SharePoint yet. */
export function useOutbox(): Outbox {
  return React.useMemo(() => new Outbox(browserStore()), []);
}

/** The registers' repository: the injected one, or SharePoint through the app's PnPjs root. */
export function useRegistersRepository(): RegistersRepository {
  const injected = React.useContext(RegistersRepositoryContext);
  const { sp } = useServices();
  const outbox = useOutbox();
  const name = useHost().user.displayName;
  return React.useMemo(() => injected || new SPRegistersRepository(sp, outbox, name), [injected, sp, outbox, name]);
}
