import type { TpiConclusion } from '../domain/complaints/tpiCheck';
import type { ContactKind, EvaluationStatus, FollowUpHandler, FollowUpStatus, InjuryKind, ResistanceKind, SupportKind } from '../domain/resistance';

type Labels<K extends string> = Record<K, string>;

/** Strings of the Weerspannigheid view, its dashboard clocks and the TPI check of use-of-force complaints. Each language must fill every key. */
export interface ResistanceStrings {
  title: string;
  intro: string;
  confidential: string;
  newIncident: string;
  incidents: string;
  noIncidents: string;
  openWork: string;
  openEvaluations: string;
  openFollowUps: string;
  noOpenWork: string;
  /** The terms are the zone's, not the source's. */
  termsNote: string;
  due: string;
  daysLeft: string;
  dueToday: string;
  overdue: string;
  followUpOf: string;
  fields: {
    title: string;
    occurredOn: string;
    occurredTime: string;
    place: string;
    members: string;
    membersHint: string;
    kind: string;
    weapon: string;
    injuries: string;
    injuryNotes: string;
    facts: string;
    pvReference: string;
    bodycamRefs: string;
    bodycamHint: string;
    registeredBy: string;
  };
  register: string;
  registering: string;
  kinds: Labels<ResistanceKind>;
  injuries: Labels<InjuryKind>;
  evaluation: {
    heading: string;
    intro: string;
    status: Labels<EvaluationStatus>;
    evaluatedOn: string;
    tiwk: string;
    gwb: string;
    findings: string;
    lessons: string;
    lessonLabel: string;
    addLesson: string;
    removeLesson: string;
    noLessons: string;
    save: string;
    saving: string;
    notYet: string;
    toNeed: string;
    needTheme: string;
    needCreated: string;
    needHint: string;
    openNeed: string;
  };
  followUp: {
    heading: string;
    intro: string;
    start: string;
    notStarted: string;
    handler: string;
    handlers: Labels<FollowUpHandler>;
    firstContactOn: string;
    contactKind: string;
    contactKinds: Labels<ContactKind>;
    support: string;
    supports: Labels<SupportKind>;
    notes: string;
    close: string;
    save: string;
    saving: string;
    status: Labels<FollowUpStatus>;
    closedOn: string;
    yours: string;
  };
  refusals: { [code: string]: string };
  dashboard: {
    heading: string;
    evaluations: string;
    followUps: string;
    open: string;
  };
  tpi: {
    heading: string;
    intro: string;
    missing: string;
    examinedBy: string;
    examinedOn: string;
    conclusion: string;
    conclusions: Labels<TpiConclusion>;
    notes: string;
    record: string;
    recording: string;
    closedWithout: string;
    refusals: { [code: string]: string };
  };
}

export const resistanceNL: ResistanceStrings = {
  title: 'Weerspannigheid',
  intro:
    'Alle feiten van (on)gewapende weerspannigheid worden tactisch geëvalueerd door TIWK in samenwerking met Cel GWB (SD2.3). Cel GWB en HR volgen de betrokken personeelsleden op en bieden bijstand (SD6.5). Lessen uit de evaluatie kunnen een opleidingsbehoefte worden.',
  confidential: 'Vertrouwelijk: enkel de betrokken personeelsleden (hun eigen incidenten), TIWK, Cel GWB, HR en de korpsleiding zien deze incidenten. SharePoint zelf dwingt dat af.',
  newIncident: 'Incident registreren',
  incidents: 'Incidenten',
  noIncidents: 'Er zijn geen incidenten die je mag zien.',
  openWork: 'Openstaand werk',
  openEvaluations: 'Te evalueren',
  openFollowUps: 'Opvolging van personeelsleden',
  noOpenWork: 'Niets openstaand.',
  termsNote: 'Termijnen gekozen door de zone (het beleid legt er geen op): evaluatie binnen {evaluation} dagen, eerste contact binnen {contact} dagen, opvolging binnen {followUp} dagen na het eerste contact.',
  due: 'Tegen {date}',
  daysLeft: 'nog {days} d',
  dueToday: 'vandaag',
  overdue: '{days} d te laat',
  followUpOf: '{member} · {incident}',
  fields: {
    title: 'Korte omschrijving',
    occurredOn: 'Datum',
    occurredTime: 'Uur',
    place: 'Plaats',
    members: 'Betrokken personeelsleden',
    membersHint: 'Zij zien dit incident en hun eigen opvolging.',
    kind: 'Gewapend of ongewapend',
    weapon: 'Wapen of voorwerp',
    injuries: 'Letsel',
    injuryNotes: 'Letsel (toelichting)',
    facts: 'Feiten',
    pvReference: 'PV / ISLP-referentie',
    bodycamRefs: 'Bodycambeelden (verwijzingen)',
    bodycamHint: 'Eén verwijzing per regel; de beelden zelf blijven in het beeldbeheer.',
    registeredBy: 'Geregistreerd door',
  },
  register: 'Registreren',
  registering: 'Bezig met registreren…',
  kinds: { Ongewapend: 'Ongewapend', Gewapend: 'Gewapend' },
  injuries: {
    'Geen letsel': 'Geen letsel',
    'Personeelslid gewond': 'Personeelslid gewond',
    'Betrokkene gewond': 'Betrokkene gewond',
    'Personeelslid en betrokkene gewond': 'Personeelslid en betrokkene gewond',
  },
  evaluation: {
    heading: 'Tactische evaluatie (TIWK i.s.m. Cel GWB)',
    intro: 'Leg de evaluatie vast met één persoon van TIWK en één van Cel GWB; je bent zelf een van beiden.',
    status: { 'Te evalueren': 'Te evalueren', Geëvalueerd: 'Geëvalueerd' },
    evaluatedOn: 'Geëvalueerd op',
    tiwk: 'TIWK',
    gwb: 'Cel GWB',
    findings: 'Bevindingen',
    lessons: 'Lessen',
    lessonLabel: 'Les {n}',
    addLesson: 'Les toevoegen',
    removeLesson: 'Les {n} verwijderen',
    noLessons: 'Geen lessen vastgelegd.',
    save: 'Evaluatie vastleggen',
    saving: 'Bezig met vastleggen…',
    notYet: 'Nog niet geëvalueerd.',
    toNeed: 'Opleidingsbehoefte maken',
    needTheme: 'Thema van de opleiding',
    needCreated: 'Opleidingsbehoefte: {title} ({status})',
    needHint: 'De behoefte komt in het opleidingsplan, dat elk personeelslid leest: ze noemt het incident niet en niemand van de betrokkenen.',
    openNeed: 'Bekijk in Opleidingen',
  },
  followUp: {
    heading: 'Opvolging en bijstand (Cel GWB en HR)',
    intro: 'Per betrokken personeelslid: het contact, de aangeboden ondersteuning en de data. Het personeelslid ziet de eigen opvolging; TIWK niet.',
    start: 'Opvolging starten',
    notStarted: 'Nog geen opvolging gestart.',
    handler: 'Opgevolgd door',
    handlers: { 'Cel GWB': 'Cel GWB', HR: 'HR' },
    firstContactOn: 'Eerste contact op',
    contactKind: 'Soort contact',
    contactKinds: { Gesprek: 'Gesprek', Telefonisch: 'Telefonisch', Huisbezoek: 'Huisbezoek', 'E-mail': 'E-mail' },
    support: 'Aangeboden ondersteuning',
    supports: {
      'Collegiale opvang': 'Collegiale opvang',
      'Psychosociale begeleiding (Stressteam)': 'Psychosociale begeleiding (Stressteam)',
      'Juridische bijstand': 'Juridische bijstand',
      'Medische opvolging': 'Medische opvolging',
      'Aangifte arbeidsongeval': 'Aangifte arbeidsongeval',
      'Bijkomende training geweldbeheersing': 'Bijkomende training geweldbeheersing',
      'Geen nood aan ondersteuning': 'Geen nood aan ondersteuning',
    },
    notes: 'Notities',
    close: 'Opvolging afsluiten',
    save: 'Opvolging opslaan',
    saving: 'Bezig met opslaan…',
    status: { Open: 'Open', Afgesloten: 'Afgesloten' },
    closedOn: 'Afgesloten op',
    yours: 'Je opvolging',
  },
  refusals: {
    notRegistrar: 'Enkel TIWK en Cel GWB registreren incidenten van weerspannigheid.',
    notEvaluator: 'Enkel TIWK en Cel GWB leggen de tactische evaluatie vast.',
    bothPartiesRequired: 'Kies iemand van TIWK én iemand van Cel GWB.',
    notAParticipant: 'Je legt de evaluatie vast als een van de twee evaluatoren: kies jezelf bij TIWK of bij Cel GWB.',
    findingsRequired: 'Vul de bevindingen in.',
    invalidDate: 'Kies een datum tussen het incident en vandaag.',
    emptyLesson: 'Een les mag niet leeg zijn: vul ze in of verwijder ze.',
    notSupporter: 'Enkel Cel GWB en HR volgen personeelsleden op.',
    notInvolved: 'Dit personeelslid is niet betrokken bij dit incident.',
    alreadyFollowedUp: 'Dit personeelslid wordt al opgevolgd.',
    handlerRequired: 'Kies wie opvolgt: Cel GWB of HR.',
    contactKindRequired: 'Kies de soort contact.',
    closeNeedsContact: 'Leg eerst het eerste contact vast voor je afsluit.',
    closeNeedsSupport: 'Kies de aangeboden ondersteuning (of "geen nood aan ondersteuning") voor je afsluit.',
    closed: 'Deze opvolging is afgesloten.',
    notAllowed: 'Enkel TIWK, Cel GWB en HR maken een opleidingsbehoefte uit een les.',
    notEvaluated: 'Een les wordt pas een opleidingsbehoefte na de evaluatie.',
    unknownLesson: 'Deze les bestaat niet (meer).',
    alreadyANeed: 'Deze les is al een opleidingsbehoefte.',
    themeRequired: 'Kies het thema van de opleiding.',
  },
  dashboard: {
    heading: 'Weerspannigheid: openstaande termijnen',
    evaluations: 'Evaluaties te doen',
    followUps: 'Opvolgingen open',
    open: 'Open Weerspannigheid',
  },
  tpi: {
    heading: 'Onderzoek van de TPI (aandachtspunt 10)',
    intro: 'Bij een klacht over de aangewende dwangmiddelen wordt de actieve deelname en evaluatie van de TPI steeds grondig onderzocht. Het dossier kan pas afgesloten worden als dit onderzoek is vastgelegd.',
    missing: 'Het onderzoek van de TPI is nog niet vastgelegd: dit dossier kan nog niet afgesloten worden.',
    examinedBy: 'Onderzocht door',
    examinedOn: 'Onderzocht op',
    conclusion: 'Besluit',
    conclusions: {
      'TPI gevolgd en correct geëvalueerd': 'TPI gevolgd en correct geëvalueerd',
      'TPI-deelname onvoldoende': 'TPI-deelname onvoldoende',
      'TPI-evaluatie onvoldoende': 'TPI-evaluatie onvoldoende',
      'TPI-deelname en -evaluatie onvoldoende': 'TPI-deelname en -evaluatie onvoldoende',
    },
    notes: 'Toelichting',
    record: 'Onderzoek TPI vastleggen',
    recording: 'Bezig met vastleggen…',
    closedWithout: 'Dit dossier is afgesloten zonder vastgelegd onderzoek van de TPI: dat gebeurde buiten de app.',
    refusals: {
      tpiCheckRequired: 'Een klacht over de aangewende dwangmiddelen kan pas afgesloten worden als het onderzoek van de TPI is vastgelegd.',
      notManager: 'Enkel Intern Toezicht en de korpsleiding leggen het onderzoek van de TPI vast.',
      notUseOfForce: 'Dit dossier gaat niet over het gebruik van geweld.',
      closed: 'Dit dossier is afgesloten.',
    },
  },
};

export const resistanceFR: ResistanceStrings = {
  title: 'Rébellion',
  intro:
    "Tous les faits de rébellion (armée ou non) sont évalués d'un point de vue tactique par le TIWK en collaboration avec la Cellule GWB (SD2.3). La Cellule GWB et les RH assurent le suivi et l'assistance des membres concernés (SD6.5). Les leçons de l'évaluation peuvent devenir un besoin de formation.",
  confidential: 'Confidentiel : seuls les membres concernés (leurs propres incidents), le TIWK, la Cellule GWB, les RH et la direction du corps voient ces incidents. SharePoint lui-même l’impose.',
  newIncident: 'Enregistrer un incident',
  incidents: 'Incidents',
  noIncidents: "Il n'y a pas d'incident que vous pouvez voir.",
  openWork: 'Travail en cours',
  openEvaluations: 'À évaluer',
  openFollowUps: 'Suivi des membres du personnel',
  noOpenWork: 'Rien en cours.',
  termsNote: 'Délais choisis par la zone (la politique n’en fixe pas) : évaluation dans les {evaluation} jours, premier contact dans les {contact} jours, suivi dans les {followUp} jours après le premier contact.',
  due: 'Pour le {date}',
  daysLeft: 'encore {days} j',
  dueToday: "aujourd'hui",
  overdue: '{days} j de retard',
  followUpOf: '{member} · {incident}',
  fields: {
    title: 'Description courte',
    occurredOn: 'Date',
    occurredTime: 'Heure',
    place: 'Lieu',
    members: 'Membres du personnel concernés',
    membersHint: 'Ils voient cet incident et leur propre suivi.',
    kind: 'Armée ou non armée',
    weapon: 'Arme ou objet',
    injuries: 'Blessures',
    injuryNotes: 'Blessures (précisions)',
    facts: 'Faits',
    pvReference: 'Référence PV / ISLP',
    bodycamRefs: 'Images de bodycam (références)',
    bodycamHint: 'Une référence par ligne ; les images restent dans la gestion des images.',
    registeredBy: 'Enregistré par',
  },
  register: 'Enregistrer',
  registering: 'Enregistrement…',
  kinds: { Ongewapend: 'Non armée', Gewapend: 'Armée' },
  injuries: {
    'Geen letsel': 'Pas de blessure',
    'Personeelslid gewond': 'Membre du personnel blessé',
    'Betrokkene gewond': 'Personne interpellée blessée',
    'Personeelslid en betrokkene gewond': 'Membre du personnel et personne interpellée blessés',
  },
  evaluation: {
    heading: 'Évaluation tactique (TIWK avec la Cellule GWB)',
    intro: "Enregistrez l'évaluation avec une personne du TIWK et une de la Cellule GWB ; vous êtes vous-même l'une des deux.",
    status: { 'Te evalueren': 'À évaluer', Geëvalueerd: 'Évalué' },
    evaluatedOn: 'Évalué le',
    tiwk: 'TIWK',
    gwb: 'Cellule GWB',
    findings: 'Constatations',
    lessons: 'Leçons',
    lessonLabel: 'Leçon {n}',
    addLesson: 'Ajouter une leçon',
    removeLesson: 'Supprimer la leçon {n}',
    noLessons: 'Aucune leçon enregistrée.',
    save: "Enregistrer l'évaluation",
    saving: 'Enregistrement…',
    notYet: 'Pas encore évalué.',
    toNeed: 'Créer un besoin de formation',
    needTheme: 'Thème de la formation',
    needCreated: 'Besoin de formation : {title} ({status})',
    needHint: "Le besoin entre dans le plan de formation, que chaque membre du personnel lit : il ne cite ni l'incident ni les personnes concernées.",
    openNeed: 'Voir dans Formations',
  },
  followUp: {
    heading: 'Suivi et assistance (Cellule GWB et RH)',
    intro: "Par membre concerné : le contact, le soutien proposé et les dates. Le membre voit son propre suivi ; le TIWK non.",
    start: 'Démarrer le suivi',
    notStarted: 'Pas encore de suivi.',
    handler: 'Suivi par',
    handlers: { 'Cel GWB': 'Cellule GWB', HR: 'RH' },
    firstContactOn: 'Premier contact le',
    contactKind: 'Type de contact',
    contactKinds: { Gesprek: 'Entretien', Telefonisch: 'Par téléphone', Huisbezoek: 'Visite à domicile', 'E-mail': 'E-mail' },
    support: 'Soutien proposé',
    supports: {
      'Collegiale opvang': 'Accueil par des collègues',
      'Psychosociale begeleiding (Stressteam)': 'Accompagnement psychosocial (Stressteam)',
      'Juridische bijstand': 'Assistance juridique',
      'Medische opvolging': 'Suivi médical',
      'Aangifte arbeidsongeval': 'Déclaration d’accident du travail',
      'Bijkomende training geweldbeheersing': 'Entraînement complémentaire en maîtrise de la violence',
      'Geen nood aan ondersteuning': 'Pas besoin de soutien',
    },
    notes: 'Notes',
    close: 'Clôturer le suivi',
    save: 'Enregistrer le suivi',
    saving: 'Enregistrement…',
    status: { Open: 'Ouvert', Afgesloten: 'Clôturé' },
    closedOn: 'Clôturé le',
    yours: 'Votre suivi',
  },
  refusals: {
    notRegistrar: 'Seuls le TIWK et la Cellule GWB enregistrent les incidents de rébellion.',
    notEvaluator: "Seuls le TIWK et la Cellule GWB enregistrent l'évaluation tactique.",
    bothPartiesRequired: 'Choisissez une personne du TIWK et une de la Cellule GWB.',
    notAParticipant: "Vous enregistrez l'évaluation comme l'un des deux évaluateurs : choisissez-vous au TIWK ou à la Cellule GWB.",
    findingsRequired: 'Complétez les constatations.',
    invalidDate: "Choisissez une date entre l'incident et aujourd'hui.",
    emptyLesson: 'Une leçon ne peut pas être vide : complétez-la ou supprimez-la.',
    notSupporter: 'Seuls la Cellule GWB et les RH assurent le suivi des membres.',
    notInvolved: "Ce membre n'est pas concerné par cet incident.",
    alreadyFollowedUp: 'Ce membre est déjà suivi.',
    handlerRequired: 'Choisissez qui assure le suivi : la Cellule GWB ou les RH.',
    contactKindRequired: 'Choisissez le type de contact.',
    closeNeedsContact: 'Enregistrez d’abord le premier contact avant de clôturer.',
    closeNeedsSupport: 'Choisissez le soutien proposé (ou « pas besoin de soutien ») avant de clôturer.',
    closed: 'Ce suivi est clôturé.',
    notAllowed: "Seuls le TIWK, la Cellule GWB et les RH font d'une leçon un besoin de formation.",
    notEvaluated: "Une leçon ne devient un besoin de formation qu'après l'évaluation.",
    unknownLesson: "Cette leçon n'existe pas (plus).",
    alreadyANeed: 'Cette leçon est déjà un besoin de formation.',
    themeRequired: 'Choisissez le thème de la formation.',
  },
  dashboard: {
    heading: 'Rébellion : délais en cours',
    evaluations: 'Évaluations à faire',
    followUps: 'Suivis ouverts',
    open: 'Ouvrir Rébellion',
  },
  tpi: {
    heading: 'Examen de la TPI (point d’attention 10)',
    intro: "Lors d'une plainte sur les moyens de contrainte utilisés, la participation active et l'évaluation de la TPI sont toujours examinées en profondeur. Le dossier ne peut être clôturé qu'une fois cet examen enregistré.",
    missing: "L'examen de la TPI n'est pas encore enregistré : ce dossier ne peut pas encore être clôturé.",
    examinedBy: 'Examiné par',
    examinedOn: 'Examiné le',
    conclusion: 'Conclusion',
    conclusions: {
      'TPI gevolgd en correct geëvalueerd': 'TPI suivie et correctement évaluée',
      'TPI-deelname onvoldoende': 'Participation à la TPI insuffisante',
      'TPI-evaluatie onvoldoende': 'Évaluation de la TPI insuffisante',
      'TPI-deelname en -evaluatie onvoldoende': 'Participation et évaluation de la TPI insuffisantes',
    },
    notes: 'Précisions',
    record: "Enregistrer l'examen de la TPI",
    recording: 'Enregistrement…',
    closedWithout: "Ce dossier a été clôturé sans examen de la TPI enregistré : cela s'est fait en dehors de l'application.",
    refusals: {
      tpiCheckRequired: "Une plainte sur les moyens de contrainte utilisés ne peut être clôturée qu'une fois l'examen de la TPI enregistré.",
      notManager: "Seuls le Contrôle interne et la direction du corps enregistrent l'examen de la TPI.",
      notUseOfForce: "Ce dossier ne porte pas sur l'usage de la force.",
      closed: 'Ce dossier est clôturé.',
    },
  },
};

export const resistanceEN: ResistanceStrings = {
  title: 'Resistance',
  intro:
    'Every incident of (armed or unarmed) resistance is evaluated tactically by TIWK with the Cel GWB (SD2.3). Cel GWB and HR follow up and support the members involved (SD6.5). Lessons from the evaluation can become a training need.',
  confidential: 'Confidential: only the members involved (their own incidents), TIWK, Cel GWB, HR and the corps leadership see these incidents. SharePoint itself enforces this.',
  newIncident: 'Register an incident',
  incidents: 'Incidents',
  noIncidents: 'There are no incidents you may see.',
  openWork: 'Open work',
  openEvaluations: 'To evaluate',
  openFollowUps: 'Follow-up of staff members',
  noOpenWork: 'Nothing open.',
  termsNote: "Terms chosen by the zone (the policy sets none): evaluation within {evaluation} days, first contact within {contact} days, follow-up within {followUp} days of the first contact.",
  due: 'By {date}',
  daysLeft: '{days} d left',
  dueToday: 'today',
  overdue: '{days} d overdue',
  followUpOf: '{member} · {incident}',
  fields: {
    title: 'Short description',
    occurredOn: 'Date',
    occurredTime: 'Time',
    place: 'Place',
    members: 'Staff members involved',
    membersHint: 'They see this incident and their own follow-up.',
    kind: 'Armed or unarmed',
    weapon: 'Weapon or object',
    injuries: 'Injuries',
    injuryNotes: 'Injuries (details)',
    facts: 'Facts',
    pvReference: 'PV / ISLP reference',
    bodycamRefs: 'Bodycam footage (references)',
    bodycamHint: 'One reference per line; the footage stays in the image management system.',
    registeredBy: 'Registered by',
  },
  register: 'Register',
  registering: 'Registering…',
  kinds: { Ongewapend: 'Unarmed', Gewapend: 'Armed' },
  injuries: {
    'Geen letsel': 'No injuries',
    'Personeelslid gewond': 'Staff member injured',
    'Betrokkene gewond': 'Person detained injured',
    'Personeelslid en betrokkene gewond': 'Staff member and person detained injured',
  },
  evaluation: {
    heading: 'Tactical evaluation (TIWK with Cel GWB)',
    intro: 'Record the evaluation with one person of TIWK and one of Cel GWB; you are one of them.',
    status: { 'Te evalueren': 'To evaluate', Geëvalueerd: 'Evaluated' },
    evaluatedOn: 'Evaluated on',
    tiwk: 'TIWK',
    gwb: 'Cel GWB',
    findings: 'Findings',
    lessons: 'Lessons',
    lessonLabel: 'Lesson {n}',
    addLesson: 'Add a lesson',
    removeLesson: 'Remove lesson {n}',
    noLessons: 'No lessons recorded.',
    save: 'Record the evaluation',
    saving: 'Recording…',
    notYet: 'Not evaluated yet.',
    toNeed: 'Make it a training need',
    needTheme: 'Theme of the training',
    needCreated: 'Training need: {title} ({status})',
    needHint: 'The need goes into the training plan, which every staff member reads: it names neither the incident nor anyone involved.',
    openNeed: 'View in Trainings',
  },
  followUp: {
    heading: 'Follow-up and support (Cel GWB and HR)',
    intro: 'Per member involved: the contact, the support offered and the dates. The member sees their own follow-up; TIWK does not.',
    start: 'Start follow-up',
    notStarted: 'No follow-up started yet.',
    handler: 'Followed up by',
    handlers: { 'Cel GWB': 'Cel GWB', HR: 'HR' },
    firstContactOn: 'First contact on',
    contactKind: 'Kind of contact',
    contactKinds: { Gesprek: 'Conversation', Telefonisch: 'By phone', Huisbezoek: 'Home visit', 'E-mail': 'Email' },
    support: 'Support offered',
    supports: {
      'Collegiale opvang': 'Peer support',
      'Psychosociale begeleiding (Stressteam)': 'Psychosocial support (stress team)',
      'Juridische bijstand': 'Legal assistance',
      'Medische opvolging': 'Medical follow-up',
      'Aangifte arbeidsongeval': 'Work accident report',
      'Bijkomende training geweldbeheersing': 'Extra use-of-force training',
      'Geen nood aan ondersteuning': 'No need for support',
    },
    notes: 'Notes',
    close: 'Close the follow-up',
    save: 'Save the follow-up',
    saving: 'Saving…',
    status: { Open: 'Open', Afgesloten: 'Closed' },
    closedOn: 'Closed on',
    yours: 'Your follow-up',
  },
  refusals: {
    notRegistrar: 'Only TIWK and Cel GWB register incidents of resistance.',
    notEvaluator: 'Only TIWK and Cel GWB record the tactical evaluation.',
    bothPartiesRequired: 'Choose someone of TIWK and someone of Cel GWB.',
    notAParticipant: 'You record the evaluation as one of the two evaluators: choose yourself under TIWK or Cel GWB.',
    findingsRequired: 'Fill in the findings.',
    invalidDate: 'Choose a date between the incident and today.',
    emptyLesson: 'A lesson cannot be empty: fill it in or remove it.',
    notSupporter: 'Only Cel GWB and HR follow staff members up.',
    notInvolved: 'This staff member is not involved in this incident.',
    alreadyFollowedUp: 'This staff member is already being followed up.',
    handlerRequired: 'Choose who follows up: Cel GWB or HR.',
    contactKindRequired: 'Choose the kind of contact.',
    closeNeedsContact: 'Record the first contact before closing.',
    closeNeedsSupport: 'Choose the support offered (or "no need for support") before closing.',
    closed: 'This follow-up is closed.',
    notAllowed: 'Only TIWK, Cel GWB and HR turn a lesson into a training need.',
    notEvaluated: 'A lesson becomes a training need only after the evaluation.',
    unknownLesson: 'This lesson does not exist (any more).',
    alreadyANeed: 'This lesson is already a training need.',
    themeRequired: 'Choose the theme of the training.',
  },
  dashboard: {
    heading: 'Resistance: open terms',
    evaluations: 'Evaluations to do',
    followUps: 'Follow-ups open',
    open: 'Open Resistance',
  },
  tpi: {
    heading: 'Examination of the TPI (attention point 10)',
    intro: 'In a complaint about the means of force used, the active participation in and evaluation of the TPI are always examined thoroughly. The dossier can be closed only once this examination is recorded.',
    missing: 'The examination of the TPI is not recorded yet: this dossier cannot be closed yet.',
    examinedBy: 'Examined by',
    examinedOn: 'Examined on',
    conclusion: 'Conclusion',
    conclusions: {
      'TPI gevolgd en correct geëvalueerd': 'TPI followed and correctly evaluated',
      'TPI-deelname onvoldoende': 'TPI participation insufficient',
      'TPI-evaluatie onvoldoende': 'TPI evaluation insufficient',
      'TPI-deelname en -evaluatie onvoldoende': 'TPI participation and evaluation insufficient',
    },
    notes: 'Details',
    record: 'Record the TPI examination',
    recording: 'Recording…',
    closedWithout: 'This dossier was closed without a recorded TPI examination: that happened outside the app.',
    refusals: {
      tpiCheckRequired: 'A complaint about the means of force used can be closed only once the TPI examination is recorded.',
      notManager: 'Only Internal Oversight and the corps leadership record the TPI examination.',
      notUseOfForce: 'This dossier is not about the use of force.',
      closed: 'This dossier is closed.',
    },
  },
};
