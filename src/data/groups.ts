/** The SharePoint groups of the product: one per role of the integrity policy (DOMAIN.md section 1). */
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
} as const;

/** A key of {@link GROUPS}. */
export type GroupKey = keyof typeof GROUPS;
/** The title of one of the product's SharePoint groups. */
export type GroupTitle = (typeof GROUPS)[GroupKey];

/** Every group title, in the order of {@link GROUPS}. */
export const GROUP_TITLES: readonly GroupTitle[] = (Object.keys(GROUPS) as GroupKey[]).map((key) => GROUPS[key]);

/** How a group is granted access to the site itself; list access is set per list in the schema. */
export type SiteRole = 'read' | 'fullControl';

/** What each group is for (shown in SharePoint) and the access it gets on the site itself. */
export const GROUP_INFO: { readonly [K in GroupKey]: { readonly description: string; readonly siteRole: SiteRole } } = {
  beheerders: { description: 'Functioneel en technisch beheer van Integriteit CARMA.', siteRole: 'fullControl' },
  medewerkers: { description: 'Alle personeelsleden van PZ CARMA (Ops en CaLog).', siteRole: 'read' },
  teamQW: { description: 'Leden van de teams Kwaliteit & Werking per dienst: stellen verbetervoorstellen op.', siteRole: 'read' },
  middenkader: { description: 'Middenkader: geeft beslissingen door aan de teams (terugkoppeling).', siteRole: 'read' },
  diensthoofden: { description: 'Diensthoofden: valideren voorstellen van de eigen dienst, onderzoeken toegewezen klachten.', siteRole: 'read' },
  directiecomite: { description: 'Directiecomité (wekelijks): beslist over gevalideerde voorstellen en verwijst naar een comité.', siteRole: 'read' },
  comitevoorzitters: { description: 'Voorzitters van de structurele comités: wijzen voorstellen toe aan werkgroepen.', siteRole: 'read' },
  internToezicht: { description: 'Intern Toezicht / TIWK: geschenken, klachtenregister, maandelijkse lijst.', siteRole: 'read' },
  korpsleiding: { description: 'Korpschef en korpsleiding: zien en coördineren alle klachtendossiers.', siteRole: 'read' },
  korpschef: { description: 'De korpschef (gewone tuchtoverheid, geen delegatie; ook lid van Korpsleiding): opent en sluit tuchtdossiers.', siteRole: 'read' },
  hinp: { description: 'Hoofdinspecteurs: onderzoeken de hun toegewezen klachtendossiers.', siteRole: 'read' },
  juridischeDienst: { description: 'Juridische dienst / beleidssecretariaat: beheert de korpsrichtlijnen.', siteRole: 'read' },
  politiecollege: { description: 'Politiecollege: adviseert over nevenactiviteiten, ontvangt de maandelijkse lijst.', siteRole: 'read' },
  logistiek: { description: 'Logistiek: behandelt meldingen van materiaalschade.', siteRole: 'read' },
  communicatie: { description: 'Communicatie: pushberichten, nieuwsbrief en campagnes.', siteRole: 'read' },
  hr: { description: 'HR: nevenactiviteiten van CaLog, selectie, coaching en opleiding.', siteRole: 'read' },
};

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
