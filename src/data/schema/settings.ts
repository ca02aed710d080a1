import { query } from './caml';
import { defineList } from './common';

/**
 * Instellingen: the zone's settings (issue #13 part 7), one item per setting of `ZoneSettings` (src/domain/settings):
 * the key in Title, the whole number in Value; who changed it and when come from Author/Editor and the versions.
 * Everyone reads them (the app shows the terms); only the Integriteit Beheerders change them.
 * Provisioning seeds the defaults and never overwrites a value the zone changed.
 */
export const INSTELLINGEN = defineList({
  title: 'Instellingen',
  description: 'De keuzes van de zone: termijnen die het integriteitsbeleid niet vastlegt. Alleen de Integriteit Beheerders wijzigen ze.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: false,
  appCreates: false,
  fields: [
    { name: 'Title', displayName: 'Instelling', kind: 'Text', builtIn: true, required: true, maxLength: 255, indexed: true, unique: true },
    { name: 'SettingValue', displayName: 'Waarde', kind: 'Number', decimals: 0, required: true },
  ],
  views: [{ title: 'Alle instellingen', query: query(null, [['Title', true]]), fields: ['LinkTitle', 'SettingValue', 'Editor', 'Modified'], rowLimit: 30 }],
  roles: { medewerkers: 'read', politiecollege: 'read', beheerders: 'fullControl' },
});
