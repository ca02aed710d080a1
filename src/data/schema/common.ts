import { DIENSTEN } from '../groups';
import type { ListDef } from './types';

/** Declares a list with its literal types kept, so titles, field names and choices become types. */
export function defineList<const T extends ListDef>(list: T): T {
  return list;
}

/** The built-in Title field under a list-specific display name. */
export function titleField<const D extends string, const R extends boolean>(displayName: D, required: R) {
  return { name: 'Title', displayName, kind: 'Text', builtIn: true, required, maxLength: 255 } as const;
}

/**
 * The client-generated id of an item created by the app (indexed and unique), so a retried POST never makes a duplicate:
 * the second POST is refused and the client reads the item back by this id.
 */
export const CLIENT_ID = {
  name: 'ClientId',
  displayName: 'Client-id',
  kind: 'Text',
  maxLength: 64,
  required: true,
  indexed: true,
  unique: true,
  description: 'Unieke id die de app bij het aanmaken toekent; voorkomt dubbele items bij een nieuwe poging.',
} as const;

/**
 * {@link CLIENT_ID} for lists whose users read only their own items: SharePoint refuses unique columns there (a
 * uniqueness check would reveal other people's items), so the id is indexed only and the client, before retrying,
 * looks its id up among its own items.
 */
export const CLIENT_ID_OWN_ITEMS = { ...CLIENT_ID, unique: false } as const;

/** The dienst an item belongs to (indexed: registers and lists are filtered per dienst). */
export const DIENST_FIELD = { name: 'Dienst', displayName: 'Dienst', kind: 'Choice', choices: DIENSTEN, indexed: true } as const;
