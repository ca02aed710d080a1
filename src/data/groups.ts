import type { GroupKey } from '../domain/groups';

// The roles, their group titles and the diensten are pure values of the policy (src/domain/groups.ts); re-exported
// here for the provisioning and the repositories, next to what only SharePoint needs.
export { DIENSTEN, GROUPS, GROUP_TITLES, type Dienst, type GroupKey, type GroupTitle } from '../domain/groups';

/** How a group is granted access to the site itself; list access is set per list in the schema. */
export type SiteRole = 'read' | 'fullControl';

/** What each group is for (shown in SharePoint) and the access it gets on the site itself. */
export const GROUP_INFO: { readonly [K in GroupKey]: { readonly description: string; readonly siteRole: SiteRole } } = {
  beheerders: { description: 'Functioneel en technisch beheer van Integriteit CARMA.', siteRole: 'fullControl' },
  medewerkers: { description: 'Alle personeelsleden van PZ CARMA (Ops en CaLog).', siteRole: 'read' },
  teamQW: { description: 'Leden van de teams Q&W (kwaliteit en welzijn) per dienst: stellen verbetervoorstellen op.', siteRole: 'read' },
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
  hr: { description: 'HR: selectie, coaching, opleiding en de afwezigheden die een cumul opschorten (registratie in Afwezigheden).', siteRole: 'read' },
  celGWB: { description: 'Cel Geweldbeheersing (GWB): evalueert feiten van weerspannigheid met TIWK, volgt de betrokken leden op, organiseert de trainingen geweldbeheersing.', siteRole: 'read' },
  integriteitscontact: { description: 'Integriteitscontactpersonen: ontvangen en behandelen de meldingen van integriteitsschendingen (wet 8 december 2022).', siteRole: 'read' },
  dossierbeheer: { description: 'CaLog-ondersteuning interne zaken: beheert de administratie van de klachten- en tuchtdossiers (nummers, data, termijnen), niet de inhoud.', siteRole: 'read' },
  werkgroepIntegriteit: { description: 'Werkgroep Integriteit: prioriteert de doelstellingen van het integriteitsplan en levert input voor de evaluatie (SD1).', siteRole: 'read' },
};
