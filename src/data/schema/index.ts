import { AANDACHTSPUNTEN, BELEIDSTEKSTEN, BERICHTEN, KENNISNAMES, KORPSRICHTLIJNEN, RICHTLIJNCONCEPTEN } from './policy';
import { ACTIEPUNTEN, DOELSTELLINGEN, EVALUATIE_INBRENG, PRIORITEITEN } from './plan';
import { BESLISSINGEN, COMITES_LIST, DIENSTEN_LIST, VERBETERVOORSTELLEN, WERKGROEPEN } from './proposals';
import { MELDINGEN } from './notifications';
import { AFWEZIGHEDEN, GESCHENKEN, MATERIAALSCHADE, NEVENACTIVITEITEN } from './registers';
import { WEERSPANNIGHEID, WEERSPANNIGHEID_OPVOLGING } from './resistance';
import { INSTELLINGEN } from './settings';
import { DILEMMAS, DILEMMASESSIES, OPLEIDINGEN, OPLEIDINGSDEELNAMES } from './trainings';
import { VERSLAGCONCEPTEN, VERSLAGEN } from './verslagen';
import { DOSSIERADMINISTRATIE, KLACHTEN, ONDERZOEKSBEVINDINGEN, RAADPLEGINGEN, RAPPORTAGES } from './complaints';
import { INTEGRITEITSMELDINGEN } from './melden';
import type { FieldDef } from './types';

export * from './types';
export { fieldNames } from './fieldNames';
export * from './policy';
export * from './plan';
export * from './proposals';
export * from './notifications';
export * from './registers';
export * from './complaints';
export * from './resistance';
export * from './trainings';
export * from './verslagen';
export * from './melden';
export * from './settings';
export { ROLES, PERMISSION, permissionMask, type BasePermissions, type BuiltInRole, type CustomRole } from './roles';

/** Every list of the product, lookup targets before the lists that refer to them (the provisioning order). */
export const LISTS = [
  AANDACHTSPUNTEN,
  KORPSRICHTLIJNEN,
  RICHTLIJNCONCEPTEN,
  KENNISNAMES,
  BERICHTEN,
  BELEIDSTEKSTEN,
  DOELSTELLINGEN,
  ACTIEPUNTEN,
  PRIORITEITEN,
  EVALUATIE_INBRENG,
  COMITES_LIST,
  DIENSTEN_LIST,
  WERKGROEPEN,
  VERBETERVOORSTELLEN,
  BESLISSINGEN,
  MELDINGEN,
  GESCHENKEN,
  NEVENACTIVITEITEN,
  AFWEZIGHEDEN,
  MATERIAALSCHADE,
  KLACHTEN,
  ONDERZOEKSBEVINDINGEN,
  RAADPLEGINGEN,
  RAPPORTAGES,
  WEERSPANNIGHEID,
  WEERSPANNIGHEID_OPVOLGING,
  OPLEIDINGEN,
  OPLEIDINGSDEELNAMES,
  DILEMMAS,
  DILEMMASESSIES,
  VERSLAGCONCEPTEN,
  VERSLAGEN,
  DOSSIERADMINISTRATIE,
  INTEGRITEITSMELDINGEN,
  INSTELLINGEN,
] as const;

/** The schema of one list of {@link LISTS}. */
export type ListSchema = (typeof LISTS)[number];
/** The title of one of the product's lists. */
export type ListTitle = ListSchema['title'];
/** The schema of the list titled `L`. */
export type ListOf<L extends ListTitle> = Extract<ListSchema, { readonly title: L }>;
/** The field definitions of the list titled `L`. */
export type FieldOf<L extends ListTitle> = ListOf<L>['fields'][number];
/** The internal field names of the list titled `L`. */
export type FieldName<L extends ListTitle> = FieldOf<L>['name'];
/** The choices of the choice field `F` of the list titled `L`. */
export type ChoiceOf<L extends ListTitle, F extends FieldName<L>> =
  Extract<FieldOf<L>, { readonly name: F }> extends { readonly choices: readonly (infer C)[] } ? C : never;

/** The key under which a field appears in item JSON: lookups and persons are read and written as `<name>Id`. */
type JsonKey<F extends FieldDef> = F['kind'] extends 'User' | 'UserMulti' | 'Lookup' | 'LookupMulti' ? `${F['name']}Id` : F['name'];

/** The JSON value of a field as the REST API (JSON light) carries it. */
type JsonValue<F extends FieldDef> = F extends { readonly kind: 'Choice'; readonly choices: readonly (infer C)[] }
  ? C | null
  : F extends { readonly kind: 'MultiChoice'; readonly choices: readonly (infer C)[] }
    ? C[]
    : F['kind'] extends 'Number' | 'Currency' | 'User' | 'Lookup'
      ? number | null
      : F['kind'] extends 'UserMulti' | 'LookupMulti'
        ? number[]
        : F['kind'] extends 'Boolean'
          ? boolean | null
          : F['kind'] extends 'URL'
            ? { Description: string; Url: string } | null
            : string | null;

/** An item of the list titled `L` as the REST API returns it (the mappers' input), with the standard columns. */
export type ListItemJson<L extends ListTitle> = { [F in FieldOf<L> as JsonKey<F>]: JsonValue<F> } & {
  Id: number;
  Created: string;
  Modified: string;
  AuthorId: number;
  EditorId: number;
};

/** The schema of the list with the given title. */
export function listSchema<L extends ListTitle>(title: L): ListOf<L> {
  return LISTS.filter((list) => list.title === title)[0] as ListOf<L>;
}
