import { XMLParser } from 'fast-xml-parser';
import { GROUP_INFO, GROUPS, type GroupKey } from '../../src/data/groups';
import { fieldConflict, fieldDelta, type FieldJson } from '../../src/data/provisioning/diff';
import { fieldSchemaXml } from '../../src/data/provisioning/fieldXml';
import {
  LISTS,
  PERMISSION,
  ROLES,
  fieldNames,
  listSchema,
  type ChoiceOf,
  type FieldDef,
  type ListDef,
  type ListItemJson,
  type RoleGrants,
} from '../../src/data/schema';
import { fieldRefs } from '../../src/data/schema/caml';

const lists: readonly ListDef[] = LISTS;

/** The list titles the other modules rely on (the contract of the brief). */
const CONTRACT_TITLES = [
  'Korpsrichtlijnen',
  'Kennisnames',
  'Aandachtspunten',
  'Doelstellingen',
  'Actiepunten',
  'Berichten',
  'Verbetervoorstellen',
  'Beslissingen',
  'Comites',
  'Werkgroepen',
  'Meldingen',
  'Geschenken',
  'Nevenactiviteiten',
  'Materiaalschade',
  'Klachten',
  'Raadplegingen',
];

/** Columns every list has without the schema declaring them, usable in views. */
const STANDARD_COLUMNS = ['ID', 'LinkTitle', 'Created', 'Modified', 'Author', 'Editor'];

const has = (mask: { High: string; Low: string }, kind: number): boolean =>
  kind <= 32 ? Math.floor(Number(mask.Low) / Math.pow(2, kind - 1)) % 2 === 1 : Math.floor(Number(mask.High) / Math.pow(2, kind - 33)) % 2 === 1;

const grantedGroups = (grants: RoleGrants): string[] => Object.keys(grants);

describe('list schema', () => {
  it('has every contract list, each title once', () => {
    const titles = lists.map((l) => l.title);
    expect(new Set(titles).size).toBe(titles.length);
    CONTRACT_TITLES.forEach((title) => expect(titles).toContain(title));
  });

  it.each(lists.map((l) => [l.title, l] as const))('%s: field names are unique and valid internal names', (_, list) => {
    const names = list.fields.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    names.forEach((n) => expect(n).toMatch(/^[A-Z][A-Za-z0-9]{1,31}$/));
    expect(names).toContain('Title');
  });

  it.each(lists.map((l) => [l.title, l] as const))('%s: at most 20 indexed fields, unique ones indexed', (_, list) => {
    expect(list.fields.filter((f) => f.indexed).length).toBeLessThanOrEqual(20);
    list.fields.filter((f) => f.unique).forEach((f) => expect(f.indexed).toBe(true));
  });

  it.each(lists.map((l) => [l.title, l] as const))('%s: app-created lists have an indexed, required ClientId', (_, list) => {
    const clientId = list.fields.filter((f) => f.name === 'ClientId')[0];
    if (!list.appCreates) return expect(clientId).toBeUndefined();
    expect(clientId).toMatchObject({ kind: 'Text', indexed: true, required: true });
    // SharePoint refuses unique columns on lists whose users read only their own items
    expect(!!clientId.unique).toBe(list.readSecurity === 1);
  });

  it('has no unique column on lists whose users read only their own items', () => {
    lists.filter((l) => l.readSecurity === 2).forEach((l) => expect(l.fields.filter((f) => f.unique).map((f) => f.name)).toEqual([]));
  });

  it.each(lists.map((l) => [l.title, l] as const))('%s: choice defaults are choices and choices are distinct', (_, list) => {
    list.fields.forEach((f) => {
      if (f.kind !== 'Choice' && f.kind !== 'MultiChoice') return;
      expect(f.choices.length).toBeGreaterThan(0);
      expect(new Set(f.choices).size).toBe(f.choices.length);
      if (f.default !== undefined) expect(f.choices).toContain(f.default);
    });
  });

  it.each(lists.map((l) => [l.title, l] as const))('%s: lookups target a list provisioned before it', (_, list) => {
    const before = lists.slice(0, lists.indexOf(list)).map((l) => l.title);
    list.fields.forEach((f) => {
      if (f.kind === 'Lookup' || f.kind === 'LookupMulti') expect(before).toContain(f.lookupList);
    });
  });

  it.each(lists.map((l) => [l.title, l] as const))('%s: views show existing columns and filter and sort on indexed ones', (_, list) => {
    const names = list.fields.map((f) => f.name);
    const indexed = list.fields.filter((f) => f.indexed).map((f) => f.name);
    expect(new Set(list.views.map((v) => v.title)).size).toBe(list.views.length);
    list.views.forEach((view) => {
      view.fields.forEach((f) => expect(names.concat(STANDARD_COLUMNS)).toContain(f));
      fieldRefs(view.query).forEach((f) => expect(indexed.concat(['ID'])).toContain(f));
      expect(view.rowLimit).toBeGreaterThan(0);
      expect(view.rowLimit).toBeLessThanOrEqual(100);
    });
  });

  it('grants only existing groups and levels', () => {
    const keys = Object.keys(GROUPS);
    lists.forEach((list) => {
      grantedGroups(list.roles).forEach((g) => expect(keys).toContain(g));
      if (list.itemSecurity) grantedGroups(list.itemSecurity.groups).forEach((g) => expect(keys).toContain(g));
      (Object.keys(list.roles) as GroupKey[]).forEach((g) => expect(Object.keys(ROLES)).toContain(list.roles[g]));
    });
    expect(Object.keys(GROUP_INFO).sort()).toEqual(keys.sort());
  });

  it('lets someone on each list with item permissions manage them (breaking inheritance needs ManagePermissions)', () => {
    lists
      .filter((l) => l.itemSecurity)
      .forEach((l) => {
        const managers = (Object.keys(l.roles) as GroupKey[]).filter((g) => ['caseManagement', 'fullControl'].indexOf(l.roles[g] as string) >= 0 && g !== 'beheerders');
        expect({ list: l.title, managers }).toEqual({ list: l.title, managers: expect.arrayContaining([expect.any(String)]) });
      });
  });

  it('takes item permissions from fields that hold a person or a group title', () => {
    lists.forEach((list) =>
      (list.itemSecurity ? list.itemSecurity.fromFields : []).forEach((source) => {
        const field = list.fields.filter((f) => f.name === source.field)[0] as FieldDef;
        // a multi-person field (the members involved in an incident) gives each person the grant
        if (source.principal === 'user') expect(['User', 'UserMulti']).toContain(field.kind);
        else {
          expect(field.kind).toBe('Choice');
          if (field.kind === 'Choice') field.choices.forEach((c) => expect(Object.values(GROUPS)).toContain(c));
        }
      }),
    );
  });

  it('keeps the confidential registers away from staff and audit entries away from editing', () => {
    expect(listSchema('Klachten').roles).not.toHaveProperty('medewerkers');
    expect(listSchema('Klachten').roles).not.toHaveProperty('beheerders');
    expect(listSchema('Klachten').itemSecurity.groups).not.toHaveProperty('medewerkers');
    ['Geschenken', 'Nevenactiviteiten', 'Materiaalschade', 'Kennisnames', 'Raadplegingen'].forEach((title) =>
      expect(lists.filter((l) => l.title === title)[0]).toMatchObject({ readSecurity: 2, writeSecurity: 2 }),
    );
    const appendOnly = (roles: RoleGrants) =>
      (Object.keys(roles) as GroupKey[]).filter((g) => g !== 'beheerders').every((g) => ['read', 'append', 'oversee'].indexOf(roles[g] as string) >= 0);
    expect(appendOnly(listSchema('Beslissingen').roles)).toBe(true);
    expect(appendOnly(listSchema('Raadplegingen').roles)).toBe(true);
  });
});

describe('permission levels', () => {
  const custom = (key: keyof typeof ROLES) => {
    const role = ROLES[key];
    if (role.builtIn) throw new Error(`${key} is built in`);
    return role.permissions;
  };

  it('append adds and views but never edits or deletes', () => {
    const mask = custom('append');
    expect(has(mask, PERMISSION.viewListItems) && has(mask, PERMISSION.addListItems)).toBe(true);
    expect(has(mask, PERMISSION.editListItems) || has(mask, PERMISSION.deleteListItems)).toBe(false);
    expect(mask).toEqual({ High: '176', Low: '138612835' }); // Read (176 / 138612833) + AddListItems
  });

  it('oversee reads all items of own-items-only lists without editing', () => {
    const mask = custom('oversee');
    expect(has(mask, PERMISSION.cancelCheckout)).toBe(true);
    expect(has(mask, PERMISSION.editListItems) || has(mask, PERMISSION.deleteListItems)).toBe(false);
  });

  it('handle is Contribute plus Override List Behaviors, without deleting items or versions; case management adds managing item permissions', () => {
    // Contribute (Low 1011028719) + Override List Behaviors (bit 9: 256) − Delete Items (bit 4: 8) − Delete Versions (bit 8: 128)
    expect(custom('handle')).toEqual({ High: '432', Low: String(1011028719 + 256 - 8 - 128) });
    const mask = custom('caseManagement');
    expect(has(mask, PERMISSION.managePermissions) && has(mask, PERMISSION.enumeratePermissions) && has(mask, PERMISSION.cancelCheckout)).toBe(true);
    expect(has(mask, PERMISSION.deleteListItems) || has(mask, PERMISSION.deleteVersions)).toBe(false);
  });

  it('gives whoever holds the turn edit and permission management, the team submit and withdraw, the sender add without read', () => {
    const turn = custom('turn');
    expect(has(turn, PERMISSION.editListItems) && has(turn, PERMISSION.managePermissions) && !has(turn, PERMISSION.deleteListItems)).toBe(true);
    const submit = custom('submit');
    expect(has(submit, PERMISSION.addListItems) && has(submit, PERMISSION.deleteListItems) && !has(submit, PERMISSION.editListItems)).toBe(true);
    const deliver = custom('deliver');
    expect(has(deliver, PERMISSION.addListItems) && !has(deliver, PERMISSION.viewListItems)).toBe(true);
  });
});

describe('field schema XML', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

  it.each(lists.map((l) => [l.title, l] as const))('%s: every field has well-formed XML carrying its settings', (_, list) => {
    list.fields
      .filter((f) => !f.builtIn)
      .forEach((field) => {
        const xml = fieldSchemaXml(field, '0b9c2a55-1c3e-4a57-9d0f-1f6b1c2d3e4f');
        const parsed = parser.parse(xml).Field;
        expect(parsed).toMatchObject({ Type: field.kind, Name: field.name, StaticName: field.name, DisplayName: field.displayName });
        expect(parsed.Required).toBe(field.required ? 'TRUE' : 'FALSE');
        expect(parsed.Indexed).toBe(field.indexed ? 'TRUE' : undefined);
        expect(parsed.EnforceUniqueValues).toBe(field.unique ? 'TRUE' : undefined);
        if (field.kind === 'Choice' || field.kind === 'MultiChoice') {
          const choices = parsed.CHOICES.CHOICE;
          expect(Array.isArray(choices) ? choices : [choices]).toEqual(field.choices);
        }
      });
  });
});

describe('field comparison', () => {
  const status = listSchema('Verbetervoorstellen').fields.filter((f) => f.name === 'Status')[0];
  const asOnSite: FieldJson = {
    InternalName: 'Status',
    Title: 'Status',
    TypeAsString: 'Choice',
    Required: true,
    Indexed: true,
    EnforceUniqueValues: false,
    Description: '',
    DefaultValue: 'Concept',
    Choices: status.kind === 'Choice' ? status.choices.slice() : [],
  };

  it('finds nothing to change on a field that matches', () => {
    expect(fieldDelta(status, asOnSite)).toEqual({});
    expect(fieldConflict(status, asOnSite, null)).toBeNull();
  });

  it('names what differs, and refuses to change a field type', () => {
    expect(fieldDelta(status, { ...asOnSite, Indexed: false, Choices: ['Concept'] })).toEqual({
      Indexed: true,
      Choices: status.kind === 'Choice' ? status.choices.slice() : [],
    });
    expect(fieldConflict(status, { ...asOnSite, TypeAsString: 'Text' }, null)).toMatch(/type Text/);
  });
});

describe('derived types', () => {
  it('gives repositories typed names and item shapes', () => {
    const F = fieldNames(listSchema('Verbetervoorstellen'));
    const status: ChoiceOf<'Verbetervoorstellen', 'Status'> = 'Ingediend';
    const item: Pick<ListItemJson<'Meldingen'>, 'RecipientId' | 'IsRead' | 'Link'> = { RecipientId: 7, IsRead: false, Link: null };
    expect(F.AgendaDate).toBe('AgendaDate');
    expect(status).toBe('Ingediend');
    expect(item.RecipientId).toBe(7);
  });
});
