import type { Dienst } from '../groups';
import type { ComiteKey, Uitvoerder } from './bodies';

/** Who is meant, as a role descriptor the data layer resolves to people (SharePoint groups, the item's author...). */
export type Party =
  | { kind: 'proposer' }
  | { kind: 'teamQW'; dienst: Dienst }
  | { kind: 'diensthoofd'; dienst: Dienst }
  | { kind: 'directiecomite' }
  | { kind: 'comitevoorzitter'; comite: ComiteKey }
  | { kind: 'uitvoerder'; uitvoerder: Uitvoerder };
