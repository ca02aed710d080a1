/** The roles of the integrity policy, each with the title of its SharePoint group (DOMAIN.md section 1). */
export const GROUPS = {
  beheerders: 'Integriteit Beheerders',
  medewerkers: 'Medewerkers',
  teamQW: 'Team Q&W',
  middenkader: 'Middenkader',
  diensthoofden: 'Diensthoofden',
  directiecomite: 'Directiecomité',
  comitevoorzitters: 'Comitévoorzitters',
  internToezicht: 'Intern Toezicht',
  korpsleiding: 'Korpsleiding',
  korpschef: 'Korpschef',
  hinp: 'HINP',
  juridischeDienst: 'Juridische dienst',
  politiecollege: 'Politiecollege',
  logistiek: 'Logistiek',
  communicatie: 'Communicatie',
  hr: 'HR',
  celGWB: 'Cel GWB',
  integriteitscontact: 'Integriteitscontactpersonen',
  dossierbeheer: 'Dossierbeheer',
  werkgroepIntegriteit: 'Werkgroep Integriteit',
} as const;

/** A key of {@link GROUPS}. */
export type GroupKey = keyof typeof GROUPS;
/** The title of one of the product's SharePoint groups. */
export type GroupTitle = (typeof GROUPS)[GroupKey];

/** Every group title, in the order of {@link GROUPS}. */
export const GROUP_TITLES: readonly GroupTitle[] = (Object.keys(GROUPS) as GroupKey[]).map((key) => GROUPS[key]);

/** The diensten (services) of PZ CARMA named in the policy. */
export const DIENSTEN = [
  'Interventie',
  'Overlast',
  'Verkeer',
  'Intake',
  'Wijk',
  'Fenomeenwerking',
  'Recherche',
  'LICK',
  'HR',
  'Logistiek',
  'Communicatie',
  'Juridische dienst',
  'TIWK',
  'Innovatie',
  'Korpsleiding',
] as const;

/** One dienst of {@link DIENSTEN}. */
export type Dienst = (typeof DIENSTEN)[number];
