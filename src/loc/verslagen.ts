import type { DraftStatus } from '../data/verslagen/types';
import type { EntryOutcome, ReportProblem } from '../domain/verslagen/content';
import type { FixedItem, ReportKind } from '../domain/verslagen/kinds';

/** Strings of the Verslagen & nieuwsbrief view. Each language below must fill every key. */
export interface VerslagenStrings {
  title: string;
  intro: string;
  kinds: Record<ReportKind, string>;
  kindFilter: string;
  allKinds: string;
  publishedHeading: string;
  noReports: string;
  loadMore: string;
  /** The title of a meeting's report: `{kind}` and `{date}`. */
  reportTitle: string;
  /** The title of a month's newsletter: `{month}` (e.g. "december 2026"). */
  newsletterTitle: string;
  meetingOf: string;
  publishedBy: string;
  writtenBy: string;
  notEntitled: string;
  notCounted: string;
  print: string;
  back: string;
  open: string;
  sections: {
    decisions: string;
    noDecisions: string;
    fixedItem: Record<FixedItem, string>;
    comiteFeedback: string;
    body: string;
    newsletterIntro: string;
    messages: string;
    directives: string;
    directiveVersion: string;
  };
  outcome: Record<EntryOutcome, string>;
  deferredTo: string;
  reason: string;
  proposal: string;
  drafts: {
    heading: string;
    none: string;
    status: Record<DraftStatus, string>;
    newHeading: string;
    kind: string;
    date: string;
    dateHint: string;
    start: string;
    starting: string;
    edit: string;
  };
  editor: {
    draftOf: string;
    draftNotice: string;
    bodyHint: string;
    fixedItemHint: string;
    comiteFeedbackHint: string;
    save: string;
    saved: string;
    refresh: string;
    refreshed: string;
    submit: string;
    submitted: string;
    publish: string;
    published: string;
    waiting: string;
    busy: string;
    problems: Record<ReportProblem, string>;
    notAllowed: string;
    exists: string;
    fixProblems: string;
  };
  /** The link of a proposal's decision to the report that recorded it. */
  recordedIn: string;
}

/** Dutch (nl-BE): the reference. */
export const verslagenNL: VerslagenStrings = {
  title: 'Verslagen & nieuwsbrief',
  intro:
    'De verslagen van de overlegmomenten (directiecomité, diensthoofdenoverleg, comités, Werkgroep Integriteit) en de maandelijkse nieuwsbrief: zo weet je wat er beslist werd en waarom.',
  kinds: {
    directiecomite: 'Directiecomité',
    diensthoofdenoverleg: 'Diensthoofdenoverleg',
    'hr-comite': 'HR-comité',
    preventiecomite: 'Preventiecomité',
    communicatiecomite: 'Communicatiecomité',
    aankoopcomite: 'Aankoopcomité',
    'operationeel-comite': 'Operationeel Comité',
    'werkgroep-integriteit': 'Werkgroep Integriteit',
    nieuwsbrief: 'Nieuwsbrief',
  },
  kindFilter: 'Soort',
  allKinds: 'Alle verslagen en nieuwsbrieven',
  publishedHeading: 'Gepubliceerd',
  noReports: 'Er zijn nog geen gepubliceerde verslagen van deze soort.',
  loadMore: 'Meer laden',
  reportTitle: 'Verslag {kind} van {date}',
  newsletterTitle: 'Nieuwsbrief {month}',
  meetingOf: 'Overleg van {date}',
  publishedBy: 'Goedgekeurd en gepubliceerd op {date} door {name}',
  writtenBy: 'Opgesteld door {name}',
  notCounted: 'Telt niet mee',
  notEntitled: 'Gepubliceerd door {name}, die dit soort verslag niet mag publiceren. Het telt niet als verslag van dit overleg.',
  print: 'Afdrukken',
  back: 'Terug naar de verslagen',
  open: 'Openen',
  sections: {
    decisions: 'Beslissingen over verbetervoorstellen',
    noDecisions: 'Geen beslissingen over verbetervoorstellen.',
    fixedItem: {
      operationeleIntegriteitsrisicos: "Vast agendapunt: operationele integriteitsrisico's",
      integriteit: 'Vast agendapunt: integriteit',
    },
    comiteFeedback: 'Terugkoppeling van de comités',
    body: 'Verslag',
    newsletterIntro: 'Woord vooraf',
    messages: 'Berichten van deze maand',
    directives: 'Nieuwe en gewijzigde korpsrichtlijnen',
    directiveVersion: 'versie {version}',
  },
  outcome: {
    routed: 'Verwezen naar het {comite}',
    rejected: 'Afgewezen',
    deferred: 'Uitgesteld',
    assigned: 'Toegewezen aan {uitvoerder}',
    realised: 'Gerealiseerd',
    notRetained: 'Niet weerhouden',
  },
  deferredTo: 'naar het directiecomité van {date}',
  reason: 'Motivering',
  proposal: 'Voorstel {id}: {title}',
  drafts: {
    heading: 'Concepten',
    none: 'Er zijn geen concepten.',
    status: { Concept: 'In opmaak', 'Ter goedkeuring': 'Ter goedkeuring' },
    newHeading: 'Nieuw verslag of nieuwsbrief',
    kind: 'Soort',
    date: 'Datum van het overleg',
    dateHint: 'Voor een nieuwsbrief: een dag van de maand. Het concept start van de beslissingen van die dag (directiecomité) of die maand (nieuwsbrief).',
    start: 'Concept opmaken',
    starting: 'Bezig met opmaken…',
    edit: 'Concept openen',
  },
  editor: {
    draftOf: 'Concept: {title}',
    draftNotice: 'Een concept lezen alleen wie het schrijft en wie het goedkeurt. Na publicatie lezen alle medewerkers het verslag.',
    bodyHint: 'Wat er verder besproken en afgesproken werd.',
    fixedItemHint: 'Dit agendapunt staat vast op elk overleg van deze soort (integriteitsbeleid, SD2).',
    comiteFeedbackHint: 'Wat de structurele comités terugkoppelen aan de diensthoofden.',
    save: 'Opslaan',
    saved: 'Het concept is opgeslagen.',
    refresh: 'Beslissingen opnieuw ophalen',
    refreshed: 'De beslissingen zijn opnieuw opgehaald.',
    submit: 'Klaar voor goedkeuring',
    submitted: 'Het concept wacht nu op goedkeuring.',
    publish: 'Goedkeuren en publiceren',
    published: 'Het verslag is gepubliceerd.',
    waiting: 'Dit concept wacht op goedkeuring.',
    busy: 'Even geduld…',
    problems: {
      meetingDate: 'De datum van het overleg is niet geldig.',
      futureMeeting: 'Het overleg ligt in de toekomst: je kan pas een verslag maken als het gehouden is.',
      body: 'Vul het verslag in.',
      fixedItem: 'Vul het vaste agendapunt in: het staat op elk overleg van deze soort.',
      comiteFeedback: 'Vul de terugkoppeling van de comités in.',
    },
    notAllowed: 'Je mag dit soort verslag niet schrijven of publiceren.',
    exists: 'Het verslag van dit overleg is al gepubliceerd. Je vindt het bij de gepubliceerde verslagen.',
    fixProblems: 'Het concept is nog niet volledig:',
  },
  recordedIn: 'Vastgelegd in: {title}',
};

/** French (fr-BE). */
export const verslagenFR: VerslagenStrings = {
  title: 'Procès-verbaux & lettre',
  intro:
    "Les procès-verbaux des concertations (comité de direction, réunion des chefs de service, comités, groupe de travail Intégrité) et la lettre d'information mensuelle : ce qui a été décidé, et pourquoi.",
  kinds: {
    directiecomite: 'Comité de direction',
    diensthoofdenoverleg: 'Réunion des chefs de service',
    'hr-comite': 'Comité RH',
    preventiecomite: 'Comité de prévention',
    communicatiecomite: 'Comité de communication',
    aankoopcomite: "Comité d'achats",
    'operationeel-comite': 'Comité opérationnel',
    'werkgroep-integriteit': 'Groupe de travail Intégrité',
    nieuwsbrief: "Lettre d'information",
  },
  kindFilter: 'Type',
  allKinds: 'Tous les procès-verbaux et lettres',
  publishedHeading: 'Publiés',
  noReports: "Aucun procès-verbal publié de ce type pour l'instant.",
  loadMore: 'Afficher plus',
  reportTitle: 'Procès-verbal {kind} du {date}',
  newsletterTitle: "Lettre d'information {month}",
  meetingOf: 'Réunion du {date}',
  publishedBy: 'Approuvé et publié le {date} par {name}',
  writtenBy: 'Rédigé par {name}',
  notCounted: 'Ne compte pas',
  notEntitled: "Publié par {name}, qui ne peut pas publier ce type de procès-verbal. Il ne compte pas comme procès-verbal de cette réunion.",
  print: 'Imprimer',
  back: 'Retour aux procès-verbaux',
  open: 'Ouvrir',
  sections: {
    decisions: "Décisions sur les propositions d'amélioration",
    noDecisions: "Aucune décision sur des propositions d'amélioration.",
    fixedItem: {
      operationeleIntegriteitsrisicos: "Point fixe : risques d'intégrité opérationnels",
      integriteit: 'Point fixe : intégrité',
    },
    comiteFeedback: 'Retour des comités',
    body: 'Procès-verbal',
    newsletterIntro: 'Avant-propos',
    messages: 'Messages du mois',
    directives: 'Directives de corps nouvelles et modifiées',
    directiveVersion: 'version {version}',
  },
  outcome: {
    routed: 'Renvoyée au {comite}',
    rejected: 'Refusée',
    deferred: 'Reportée',
    assigned: 'Attribuée à {uitvoerder}',
    realised: 'Réalisée',
    notRetained: 'Non retenue',
  },
  deferredTo: 'au comité de direction du {date}',
  reason: 'Motivation',
  proposal: 'Proposition {id} : {title}',
  drafts: {
    heading: 'Projets',
    none: "Il n'y a aucun projet.",
    status: { Concept: 'En rédaction', 'Ter goedkeuring': 'À approuver' },
    newHeading: 'Nouveau procès-verbal ou lettre',
    kind: 'Type',
    date: 'Date de la réunion',
    dateHint: "Pour une lettre : un jour du mois. Le projet part des décisions de ce jour (comité de direction) ou de ce mois (lettre).",
    start: 'Préparer le projet',
    starting: 'Préparation…',
    edit: 'Ouvrir le projet',
  },
  editor: {
    draftOf: 'Projet : {title}',
    draftNotice: "Seuls ceux qui rédigent et approuvent un projet le lisent. Une fois publié, tout le personnel lit le procès-verbal.",
    bodyHint: 'Ce qui a encore été discuté et convenu.',
    fixedItemHint: "Ce point figure à chaque réunion de ce type (politique d'intégrité, OS2).",
    comiteFeedbackHint: 'Ce que les comités structurels rapportent aux chefs de service.',
    save: 'Enregistrer',
    saved: 'Le projet est enregistré.',
    refresh: 'Relire les décisions',
    refreshed: 'Les décisions ont été relues.',
    submit: 'Prêt pour approbation',
    submitted: 'Le projet attend maintenant son approbation.',
    publish: 'Approuver et publier',
    published: 'Le procès-verbal est publié.',
    waiting: 'Ce projet attend son approbation.',
    busy: 'Un instant…',
    problems: {
      meetingDate: "La date de la réunion n'est pas valable.",
      futureMeeting: "La réunion est dans le futur : le procès-verbal vient après la réunion.",
      body: 'Complétez le procès-verbal.',
      fixedItem: 'Complétez le point fixe : il figure à chaque réunion de ce type.',
      comiteFeedback: 'Complétez le retour des comités.',
    },
    notAllowed: 'Vous ne pouvez pas rédiger ou publier ce type de procès-verbal.',
    exists: 'Le procès-verbal de cette réunion est déjà publié. Vous le trouvez parmi les procès-verbaux publiés.',
    fixProblems: "Le projet n'est pas encore complet :",
  },
  recordedIn: 'Consigné dans : {title}',
};

/** English (en-US). */
export const verslagenEN: VerslagenStrings = {
  title: 'Reports & newsletter',
  intro:
    'The reports of the consultation meetings (management board, heads of service meeting, committees, Integrity working group) and the monthly newsletter: what was decided, and why.',
  kinds: {
    directiecomite: 'Management board',
    diensthoofdenoverleg: 'Heads of service meeting',
    'hr-comite': 'HR committee',
    preventiecomite: 'Prevention committee',
    communicatiecomite: 'Communication committee',
    aankoopcomite: 'Purchasing committee',
    'operationeel-comite': 'Operational committee',
    'werkgroep-integriteit': 'Integrity working group',
    nieuwsbrief: 'Newsletter',
  },
  kindFilter: 'Kind',
  allKinds: 'All reports and newsletters',
  publishedHeading: 'Published',
  noReports: 'No published reports of this kind yet.',
  loadMore: 'Load more',
  reportTitle: 'Report {kind} of {date}',
  newsletterTitle: 'Newsletter {month}',
  meetingOf: 'Meeting of {date}',
  publishedBy: 'Approved and published on {date} by {name}',
  writtenBy: 'Written by {name}',
  notCounted: 'Does not count',
  notEntitled: 'Published by {name}, who may not publish this kind of report. It does not count as the report of this meeting.',
  print: 'Print',
  back: 'Back to the reports',
  open: 'Open',
  sections: {
    decisions: 'Decisions on improvement proposals',
    noDecisions: 'No decisions on improvement proposals.',
    fixedItem: {
      operationeleIntegriteitsrisicos: 'Standing item: operational integrity risks',
      integriteit: 'Standing item: integrity',
    },
    comiteFeedback: 'Feedback from the committees',
    body: 'Report',
    newsletterIntro: 'Foreword',
    messages: 'Messages this month',
    directives: 'New and changed corps guidelines',
    directiveVersion: 'version {version}',
  },
  outcome: {
    routed: 'Referred to the {comite}',
    rejected: 'Rejected',
    deferred: 'Deferred',
    assigned: 'Assigned to {uitvoerder}',
    realised: 'Realised',
    notRetained: 'Not retained',
  },
  deferredTo: 'to the management board of {date}',
  reason: 'Reason',
  proposal: 'Proposal {id}: {title}',
  drafts: {
    heading: 'Drafts',
    none: 'There are no drafts.',
    status: { Concept: 'Being written', 'Ter goedkeuring': 'Awaiting approval' },
    newHeading: 'New report or newsletter',
    kind: 'Kind',
    date: 'Date of the meeting',
    dateHint: "For a newsletter: any day of the month. The draft starts from that day's decisions (management board) or that month's (newsletter).",
    start: 'Prepare the draft',
    starting: 'Preparing…',
    edit: 'Open the draft',
  },
  editor: {
    draftOf: 'Draft: {title}',
    draftNotice: 'Only those who write and approve a draft can read it. Once published, all staff read the report.',
    bodyHint: 'What else was discussed and agreed.',
    fixedItemHint: 'This item is on the agenda of every meeting of this kind (integrity policy, SD2).',
    comiteFeedbackHint: 'What the structural committees report back to the heads of service.',
    save: 'Save',
    saved: 'The draft is saved.',
    refresh: 'Read the decisions again',
    refreshed: 'The decisions were read again.',
    submit: 'Ready for approval',
    submitted: 'The draft now awaits approval.',
    publish: 'Approve and publish',
    published: 'The report is published.',
    waiting: 'This draft awaits approval.',
    busy: 'One moment…',
    problems: {
      meetingDate: 'The date of the meeting is not valid.',
      futureMeeting: 'The meeting is in the future: its report comes after it was held.',
      body: 'Fill in the report.',
      fixedItem: 'Fill in the standing item: it is on every meeting of this kind.',
      comiteFeedback: 'Fill in the feedback from the committees.',
    },
    notAllowed: 'You may not write or publish this kind of report.',
    exists: 'The report of this meeting is published already. You find it among the published reports.',
    fixProblems: 'The draft is not complete yet:',
  },
  recordedIn: 'Recorded in: {title}',
};
