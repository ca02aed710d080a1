import { COMITES, type ComiteKey } from '../../domain/proposal/bodies';
import { DIENSTEN, type Dienst } from '../groups';
import type { KeyValueStore } from '../storedJson';
import { readStoredObject, writeStoredJson } from '../storedJson';
import { upnOf } from '../upn';

/**
 * Which first list the user's roles led to on this device last time: only role keys (a dienst, comités), never a
 * proposal. The proposals view reads just that list with who the user is; the user's roles, read in the same round
 * trip, decide whether it is the one shown (see ./opening.ts).
 */
export type OpeningHint =
  | { list: 'team'; dienst: Dienst }
  | { list: 'queue'; dienst: Dienst }
  | { list: 'agenda' }
  | { list: 'comite'; comites: ComiteKey[] };

const isDienst = (value: unknown): value is Dienst => (DIENSTEN as readonly unknown[]).indexOf(value) >= 0;
const isComite = (value: unknown): value is ComiteKey => COMITES.some((c) => c.key === value);

/** The hint of a stored value, if it is one (an edited or older value reads as none). */
function parseHint(hint: { list?: unknown; dienst?: unknown; comites?: unknown } | undefined): OpeningHint | undefined {
  if (!hint) return undefined;
  if ((hint.list === 'team' || hint.list === 'queue') && isDienst(hint.dienst)) return { list: hint.list, dienst: hint.dienst };
  if (hint.list === 'agenda') return { list: 'agenda' };
  if (hint.list === 'comite' && Array.isArray(hint.comites) && hint.comites.length > 0 && hint.comites.every(isComite)) return { list: 'comite', comites: hint.comites };
  return undefined;
}

/** The opening hint of one user on one site in the browser's storage; storage that fails (private mode) keeps none. */
export class OpeningHints {
  private readonly key: string | undefined;

  /**
   * Without a user (a host that does not know them before the first read) there is no hint: every candidate is read.
   * The web part knows the user's plain login, the hosted tab the claims login: both key the same hint ({@link upnOf}).
   */
  public constructor(
    private readonly store: KeyValueStore,
    siteUrl: string,
    user: string | undefined,
  ) {
    this.key = user ? `integriteit-carma.proposals.opening:${siteUrl.toLowerCase()}:${upnOf(user)}` : undefined;
  }

  public read(): OpeningHint | undefined {
    return this.key ? parseHint(readStoredObject(this.store, this.key)) : undefined;
  }

  public write(hint: OpeningHint): void {
    // a full or refused storage: the next visit reads every candidate, as a first one does
    if (this.key) writeStoredJson(this.store, this.key, hint);
  }
}
