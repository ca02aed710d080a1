import { GROUPS, type Dienst, type GroupTitle } from '../../src/data/groups';

/** A demo identity of the local SharePoint: one or more per role of the policy. */
export interface Persona {
  /** User principal name; the SharePoint login is `i:0#.f|membership|<login>`. */
  login: string;
  title: string;
  dienst: Dienst;
  kader: 'Ops' | 'CaLog';
  /** The role as the zone names it, shown in the persona picker. */
  role: string;
  /** The SharePoint groups the seed puts this persona in. */
  groups: GroupTitle[];
  /** Site collection administrator (the IT persona that provisions). */
  siteAdmin?: boolean;
}

const G = GROUPS;

/** The seeded personas of the local SharePoint. */
export const PERSONAS: readonly Persona[] = [
  { login: 'ilse.thys@pzcarma.be', title: 'Ilse Thys', dienst: 'Logistiek', kader: 'CaLog', role: 'IT-beheerder', groups: [G.beheerders, G.medewerkers], siteAdmin: true },
  { login: 'jonas.maes@pzcarma.be', title: 'Jonas Maes', dienst: 'Interventie', kader: 'Ops', role: 'Medewerker Interventie', groups: [G.medewerkers] },
  { login: 'sofie.claes@pzcarma.be', title: 'Sofie Claes', dienst: 'Verkeer', kader: 'CaLog', role: 'Medewerker Verkeer', groups: [G.medewerkers] },
  { login: 'lotte.wouters@pzcarma.be', title: 'Lotte Wouters', dienst: 'Interventie', kader: 'Ops', role: 'Team Q&W Interventie', groups: [G.medewerkers, G.teamQW] },
  { login: 'bram.jacobs@pzcarma.be', title: 'Bram Jacobs', dienst: 'Wijk', kader: 'Ops', role: 'Team Q&W Wijk', groups: [G.medewerkers, G.teamQW] },
  { login: 'pieter.mertens@pzcarma.be', title: 'Pieter Mertens', dienst: 'Interventie', kader: 'Ops', role: 'Middenkader Interventie', groups: [G.medewerkers, G.middenkader] },
  { login: 'karel.peeters@pzcarma.be', title: 'Karel Peeters', dienst: 'Interventie', kader: 'Ops', role: 'Diensthoofd Interventie', groups: [G.medewerkers, G.diensthoofden] },
  { login: 'els.janssens@pzcarma.be', title: 'Els Janssens', dienst: 'Wijk', kader: 'Ops', role: 'Diensthoofd Wijk', groups: [G.medewerkers, G.diensthoofden] },
  { login: 'hilde.goossens@pzcarma.be', title: 'Hilde Goossens', dienst: 'Korpsleiding', kader: 'Ops', role: 'Korpschef', groups: [G.medewerkers, G.korpsleiding, G.korpschef, G.directiecomite] },
  { login: 'marc.willems@pzcarma.be', title: 'Marc Willems', dienst: 'Korpsleiding', kader: 'Ops', role: 'Adjunct-korpschef, directiecomité', groups: [G.medewerkers, G.korpsleiding, G.directiecomite] },
  { login: 'tom.vermeulen@pzcarma.be', title: 'Tom Vermeulen', dienst: 'Logistiek', kader: 'CaLog', role: 'Voorzitter Aankoopcomité', groups: [G.medewerkers, G.comitevoorzitters, G.logistiek] },
  { login: 'nathalie.desmet@pzcarma.be', title: 'Nathalie De Smet', dienst: 'HR', kader: 'CaLog', role: 'Voorzitter HR-comité', groups: [G.medewerkers, G.comitevoorzitters, G.hr] },
  { login: 'joris.michiels@pzcarma.be', title: 'Joris Michiels', dienst: 'Innovatie', kader: 'Ops', role: 'Innovatiecoördinator, Q-team', groups: [G.medewerkers, G.comitevoorzitters] },
  { login: 'griet.vandamme@pzcarma.be', title: 'Griet Van Damme', dienst: 'TIWK', kader: 'Ops', role: 'Intern Toezicht (TIWK)', groups: [G.medewerkers, G.internToezicht] },
  { login: 'nina.verbeke@pzcarma.be', title: 'Nina Verbeke', dienst: 'TIWK', kader: 'CaLog', role: 'Beleidsadviseur TIWK, Werkgroep Integriteit', groups: [G.medewerkers, G.werkgroepIntegriteit] },
  { login: 'koen.dubois@pzcarma.be', title: 'Koen Dubois', dienst: 'Interventie', kader: 'Ops', role: 'Hoofdinspecteur Interventie', groups: [G.medewerkers, G.hinp] },
  { login: 'ann.lambert@pzcarma.be', title: 'Ann Lambert', dienst: 'Verkeer', kader: 'Ops', role: 'Hoofdinspecteur Verkeer', groups: [G.medewerkers, G.hinp] },
  { login: 'luc.hermans@pzcarma.be', title: 'Luc Hermans', dienst: 'Korpsleiding', kader: 'CaLog', role: 'Burgemeester, politiecollege', groups: [G.politiecollege] },
  { login: 'dirk.aerts@pzcarma.be', title: 'Dirk Aerts', dienst: 'Logistiek', kader: 'CaLog', role: 'Medewerker Logistiek', groups: [G.medewerkers, G.logistiek] },
  { login: 'sarah.leclercq@pzcarma.be', title: 'Sarah Leclercq', dienst: 'Juridische dienst', kader: 'CaLog', role: 'Juriste, beleidssecretariaat', groups: [G.medewerkers, G.juridischeDienst] },
  { login: 'eva.smets@pzcarma.be', title: 'Eva Smets', dienst: 'Communicatie', kader: 'CaLog', role: 'Communicatiemedewerker', groups: [G.medewerkers, G.communicatie] },
  { login: 'stijn.devos@pzcarma.be', title: 'Stijn De Vos', dienst: 'Interventie', kader: 'Ops', role: 'Cel GWB, trainer geweldbeheersing', groups: [G.medewerkers, G.celGWB] },
  { login: 'wim.hendrickx@pzcarma.be', title: 'Wim Hendrickx', dienst: 'HR', kader: 'CaLog', role: 'HR-medewerker', groups: [G.medewerkers, G.hr] },
  { login: 'nadia.elamrani@pzcarma.be', title: 'Nadia El Amrani', dienst: 'TIWK', kader: 'Ops', role: 'Integriteitscontactpersoon', groups: [G.medewerkers, G.integriteitscontact] },
  { login: 'katrien.wuyts@pzcarma.be', title: 'Katrien Wuyts', dienst: 'TIWK', kader: 'CaLog', role: 'Administratieve ondersteuning interne zaken', groups: [G.medewerkers, G.dossierbeheer] },
];

/** The SharePoint claims login of a persona (one definition, shared with the seeding in src/data). */
export { claimsOf as claimsLogin } from '../../src/data/seedMembers';
