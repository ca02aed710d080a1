import type { GroupKey } from '../groups';

/** The SharePoint field types the product uses (the `Type` attribute of a field's schema XML). */
export type FieldKind =
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Currency'
  | 'Boolean'
  | 'DateTime'
  | 'Choice'
  | 'MultiChoice'
  | 'User'
  | 'UserMulti'
  | 'Lookup'
  | 'LookupMulti'
  | 'URL';

interface FieldBase<K extends FieldKind> {
  /** Internal (static) name: the key in item JSON, CAML and `$filter`. English, no spaces. */
  readonly name: string;
  /** Display name shown in SharePoint (Dutch). */
  readonly displayName: string;
  readonly kind: K;
  readonly description?: string;
  readonly required?: boolean;
  /** Indexed column: what a view or query filters or orders on first must be indexed (max 20 per list). */
  readonly indexed?: boolean;
  /** EnforceUniqueValues (requires `indexed`). */
  readonly unique?: boolean;
  /** The field comes with the list template (Title): provisioning updates it, never creates it. */
  readonly builtIn?: boolean;
}

/** A single line of text. */
export interface TextFieldDef extends FieldBase<'Text'> {
  readonly maxLength?: number;
  readonly default?: string;
}

/** Multiple lines of text, plain or rich (enhanced rich text). */
export interface NoteFieldDef extends FieldBase<'Note'> {
  readonly richText?: boolean;
}

/** A number, optionally bounded. */
export interface NumberFieldDef extends FieldBase<'Number'> {
  readonly min?: number;
  readonly max?: number;
  readonly decimals?: number;
  readonly default?: number;
}

/** An amount in euro. */
export interface CurrencyFieldDef extends FieldBase<'Currency'> {
  readonly min?: number;
}

/** Yes/no. */
export interface BooleanFieldDef extends FieldBase<'Boolean'> {
  readonly default?: boolean;
}

/** A date, or a date and time (stored in UTC). */
export interface DateTimeFieldDef extends FieldBase<'DateTime'> {
  readonly dateOnly?: boolean;
}

/** One (Choice) or several (MultiChoice) values of a fixed list. */
export interface ChoiceFieldDef extends FieldBase<'Choice' | 'MultiChoice'> {
  readonly choices: readonly string[];
  readonly default?: string;
}

/** A person (or, with `allowGroups`, a SharePoint group); read and written as `<name>Id`. */
export interface UserFieldDef extends FieldBase<'User' | 'UserMulti'> {
  readonly allowGroups?: boolean;
}

/** A reference to an item of another list of the product; read and written as `<name>Id`. */
export interface LookupFieldDef extends FieldBase<'Lookup' | 'LookupMulti'> {
  /** Title of the target list (one of the product's lists). */
  readonly lookupList: string;
  /** Field of the target list that is shown; `Title` when absent. */
  readonly lookupField?: string;
}

/** A hyperlink. */
export type UrlFieldDef = FieldBase<'URL'>;

/** One field of a list. */
export type FieldDef =
  | TextFieldDef
  | NoteFieldDef
  | NumberFieldDef
  | CurrencyFieldDef
  | BooleanFieldDef
  | DateTimeFieldDef
  | ChoiceFieldDef
  | UserFieldDef
  | LookupFieldDef
  | UrlFieldDef;

/** A public view of a list. */
export interface ViewDef {
  readonly title: string;
  /** The CAML inside `<Query>`: `<Where>…</Where><OrderBy>…</OrderBy>` (build it with `./caml`). */
  readonly query: string;
  /** Internal names of the columns shown, in order. */
  readonly fields: readonly string[];
  readonly rowLimit: number;
}

/**
 * The permission levels the product assigns: SharePoint's built-in Read, Contribute and Full Control, plus the
 * custom levels of `./roles` (append-only logs, oversight of own-items-only lists, confidential dossiers).
 */
export type RoleKey = 'read' | 'contribute' | 'fullControl' | 'append' | 'oversee' | 'handle' | 'caseManagement' | 'turn' | 'submit' | 'deliver';

/** The permission level each group gets on a securable object; absent groups get nothing. */
export type RoleGrants = { readonly [K in GroupKey]?: RoleKey };

/** Who gets access to an item when it is created (the item stops inheriting from its list). */
export interface ItemSecurityDef {
  /** Fixed groups. */
  readonly groups: RoleGrants;
  /**
   * Principals taken from the item's own values: `user` reads a User field's `<field>Id`, `groupTitle` reads a Choice
   * field that holds a group title.
   */
  readonly fromFields: readonly { readonly field: string; readonly principal: 'user' | 'groupTitle'; readonly role: RoleKey }[];
}

/**
 * Item-level permissions of the list (SharePoint's "Item-level permissions" setting): `1` read all items / `2` read
 * only own items; `1` create and edit all / `2` create, edit only own / `4` none. Users whose permission level includes
 * "Override List Behaviors" (CancelCheckout) read and edit all items regardless.
 */
export type ReadSecurity = 1 | 2;
/** See {@link ReadSecurity}. */
export type WriteSecurity = 1 | 2 | 4;

/** One SharePoint list of the product: everything provisioning creates and the repositories rely on. */
export interface ListDef {
  readonly title: string;
  readonly description: string;
  readonly readSecurity: ReadSecurity;
  readonly writeSecurity: WriteSecurity;
  readonly versioning: boolean;
  readonly attachments: boolean;
  /** Keep the list out of search results (confidential content). */
  readonly noCrawl: boolean;
  /** The app creates items here: the list has the `ClientId` field (see `clientIdField`). */
  readonly appCreates: boolean;
  /** List validation; the formula refers to display names, as SharePoint requires. */
  readonly validation?: { readonly formula: string; readonly message: string };
  readonly fields: readonly FieldDef[];
  readonly views: readonly ViewDef[];
  /** The list stops inheriting from the site and gets exactly these group permissions. */
  readonly roles: RoleGrants;
  /** Items get unique permissions at creation (see `../itemSecurity`). */
  readonly itemSecurity?: ItemSecurityDef;
}
