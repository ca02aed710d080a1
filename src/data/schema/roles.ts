import type { RoleKey } from './types';

/** SharePoint base permissions (SP.PermissionKind): bit `n - 1` of the 64-bit mask. */
export const PERMISSION = {
  viewListItems: 1,
  addListItems: 2,
  editListItems: 3,
  deleteListItems: 4,
  openItems: 6,
  viewVersions: 7,
  deleteVersions: 8,
  /** Shown as "Override List Behaviors": read and edit all items of lists set to "only own items". */
  cancelCheckout: 9,
  managePersonalViews: 10,
  viewFormPages: 13,
  open: 17,
  viewPages: 18,
  createSSCSite: 23,
  managePermissions: 26,
  browseDirectories: 27,
  browseUserInfo: 28,
  addDelPrivateWebParts: 29,
  updatePersonalWebParts: 30,
  useClientIntegration: 37,
  useRemoteAPIs: 38,
  createAlerts: 40,
  editMyUserInfo: 41,
  enumeratePermissions: 63,
} as const;

/** A 64-bit permission mask as SharePoint's REST API carries it (both halves as decimal strings). */
export interface BasePermissions {
  readonly High: string;
  readonly Low: string;
}

/** The mask holding exactly the given permissions (plain arithmetic: the halves exceed 31-bit integers). */
export function permissionMask(kinds: readonly number[]): BasePermissions {
  let low = 0;
  let high = 0;
  kinds
    .filter((k, i) => kinds.indexOf(k) === i)
    .forEach((k) => {
      if (k <= 32) low += Math.pow(2, k - 1);
      else high += Math.pow(2, k - 33);
    });
  return { High: String(high), Low: String(low) };
}

const P = PERMISSION;
/** The permissions of SharePoint's built-in Read level (High 176, Low 138612833). */
const READ = [P.viewListItems, P.openItems, P.viewVersions, P.viewFormPages, P.open, P.viewPages, P.createSSCSite, P.browseUserInfo, P.useClientIntegration, P.useRemoteAPIs, P.createAlerts];
/** The permissions of SharePoint's built-in Contribute level (High 432, Low 1011028719). */
const CONTRIBUTE = [
  ...READ,
  P.addListItems, P.editListItems, P.deleteListItems, P.deleteVersions, P.managePersonalViews, P.browseDirectories,
  P.addDelPrivateWebParts, P.updatePersonalWebParts, P.editMyUserInfo,
];
/** Contribute without deleting items or versions: records and their history stay (only the site owner deletes). */
const EDIT_KEEP = CONTRIBUTE.filter((k) => k !== P.deleteListItems && k !== P.deleteVersions);

/** A built-in permission level, found by its language-independent RoleTypeKind (names differ per site language). */
export interface BuiltInRole {
  readonly builtIn: true;
  /** SP.RoleType: 2 Reader, 3 Contributor, 5 Administrator. */
  readonly roleTypeKind: 2 | 3 | 5;
}

/** A permission level the product adds to the site collection (`roleDefinitions.add`). */
export interface CustomRole {
  readonly builtIn: false;
  readonly name: string;
  readonly description: string;
  readonly order: number;
  readonly permissions: BasePermissions;
}

/** Every permission level the schema assigns. */
export const ROLES: { readonly [K in RoleKey]: BuiltInRole | CustomRole } = {
  read: { builtIn: true, roleTypeKind: 2 },
  contribute: { builtIn: true, roleTypeKind: 3 },
  fullControl: { builtIn: true, roleTypeKind: 5 },
  append: {
    builtIn: false,
    name: 'Integriteit - Toevoegen',
    description: 'Items bekijken en toevoegen, niet wijzigen of verwijderen (logboeken).',
    order: 200,
    permissions: permissionMask([...READ, P.addListItems]),
  },
  oversee: {
    builtIn: false,
    name: 'Integriteit - Toezicht',
    description: 'Alle items bekijken, ook in lijsten met "alleen eigen items", en toevoegen; niet wijzigen of verwijderen.',
    order: 201,
    permissions: permissionMask([...READ, P.addListItems, P.cancelCheckout]),
  },
  handle: {
    builtIn: false,
    name: 'Integriteit - Behandelen',
    description: 'Alle items bekijken en bewerken, ook in lijsten met "alleen eigen items" (registers); niets verwijderen.',
    order: 202,
    permissions: permissionMask([...EDIT_KEEP, P.cancelCheckout]),
  },
  caseManagement: {
    builtIn: false,
    name: 'Integriteit - Dossierbeheer',
    description: 'Behandelen en de machtigingen per item beheren (vertrouwelijke dossiers, eigenaarschap actiepunten); niets verwijderen.',
    order: 203,
    permissions: permissionMask([...EDIT_KEEP, P.cancelCheckout, P.managePermissions, P.enumeratePermissions]),
  },
  turn: {
    builtIn: false,
    name: 'Integriteit - Aan zet',
    description: 'Wie in de stroom aan zet is: het item bewerken en de beurt doorgeven (machtigingen van het item); niets verwijderen.',
    order: 204,
    permissions: permissionMask([...EDIT_KEEP, P.managePermissions, P.enumeratePermissions]),
  },
  submit: {
    builtIn: false,
    name: 'Integriteit - Indienen',
    description: 'Items bekijken, toevoegen en een eigen ingediend item terugtrekken (verwijderen naar de prullenbak); niet wijzigen.',
    order: 205,
    permissions: permissionMask([...READ, P.addListItems, P.deleteListItems]),
  },
  deliver: {
    builtIn: false,
    name: 'Integriteit - Bezorgen',
    description: 'Items toevoegen zonder ze te kunnen lezen, wijzigen of verwijderen (meldingen voor een collega).',
    order: 206,
    permissions: permissionMask([P.addListItems, P.open, P.viewPages]),
  },
};
