import type { AttendanceKind, TrainingStatus, TrainingTheme } from '../domain/trainings';
import type { Plural } from './strings';

type Labels<K extends string> = Record<K, string>;

/** Strings of the Opleidingen view: the opleidingsplan, sessions, attendance and the dilemma sessions. Each language must fill every key. */
export interface TrainingStrings {
  title: string;
  intro: string;
  tabs: { plan: string; dilemmas: string };
  year: string;
  dienst: string;
  wholeCorps: string;
  planHeading: string;
  planCaption: string;
  theme: string;
  needs: string;
  planned: string;
  held: string;
  sessions: string;
  noSessions: string;
  mine: string;
  noneMine: string;
  newSession: string;
  planNeed: string;
  themes: Labels<TrainingTheme>;
  statuses: Labels<TrainingStatus>;
  attendanceKinds: Labels<AttendanceKind>;
  fields: {
    title: string;
    theme: string;
    dienst: string;
    dienstHint: string;
    startsOn: string;
    startsAt: string;
    location: string;
    trainer: string;
    capacity: string;
    description: string;
    when: string;
    source: string;
    sourceValue: string;
    evaluation: string;
  };
  save: string;
  saving: string;
  fromLesson: string;
  attendance: {
    heading: string;
    member: string;
    kind: string;
    record: string;
    recording: string;
    none: string;
    count: Plural;
  };
  heldHeading: string;
  heldHint: string;
  markHeld: string;
  cancel: string;
  refusals: { [code: string]: string };
  dilemmas: {
    heading: string;
    intro: string;
    chooseTheme: string;
    themeLabel: string;
    questions: string;
    discussed: string;
    recordHeading: string;
    recordIntro: string;
    heldOn: string;
    team: string;
    present: string;
    record: string;
    recording: string;
    recorded: string;
    recent: string;
    noneRecent: string;
    sessionLine: string;
    leader: string;
    pickDilemmas: string;
  };
}

export const trainingsNL: TrainingStrings = {
  title: 'Opleidingen',
  intro:
    'Het opleidingsplan van SD5: geweldbeheersing, dilemmatraining, excited delirium, prioritair rijden, BDO etnisch profileren en bodycams. HR en Cel GWB plannen de sessies en houden de aanwezigheid bij; je ziet je eigen opleidingen.',
  tabs: { plan: 'Opleidingsplan', dilemmas: "Dilemma's voor je teamoverleg" },
  year: 'Jaar',
  dienst: 'Dienst',
  wholeCorps: 'Heel het korps',
  planHeading: 'Opleidingsplan {year}',
  planCaption: 'Opleidingsplan per thema: open behoeften, geplande en gegeven sessies',
  theme: 'Thema',
  needs: 'Behoeften',
  planned: 'Gepland',
  held: 'Gegeven',
  sessions: 'Sessies en behoeften',
  noSessions: 'Nog niets in het opleidingsplan voor deze selectie.',
  mine: 'Je opleidingen',
  noneMine: 'Je bent dit jaar nog voor geen opleiding ingeschreven.',
  newSession: 'Sessie plannen',
  planNeed: 'Sessie plannen voor deze behoefte',
  themes: {
    Geweldbeheersing: 'Geweldbeheersing',
    Dilemmatraining: 'Dilemmatraining',
    'Excited delirium': 'Excited delirium',
    'Prioritair rijden': 'Prioritair rijden',
    'BDO etnisch profileren': 'BDO etnisch profileren',
    Bodycams: 'Bodycams',
    Andere: 'Andere',
  },
  statuses: { Behoefte: 'Behoefte', Gepland: 'Gepland', Gegeven: 'Gegeven', Geannuleerd: 'Geannuleerd' },
  attendanceKinds: { Ingeschreven: 'Ingeschreven', Aanwezig: 'Aanwezig', Verontschuldigd: 'Verontschuldigd', Afwezig: 'Afwezig' },
  fields: {
    title: 'Titel',
    theme: 'Thema',
    dienst: 'Dienst',
    dienstHint: 'Leeg: korpsbreed.',
    startsOn: 'Datum',
    startsAt: 'Uur',
    location: 'Plaats',
    trainer: 'Lesgever',
    capacity: 'Plaatsen',
    description: 'Omschrijving',
    when: 'Wanneer',
    source: 'Herkomst',
    sourceValue: 'Les uit de tactische evaluatie van weerspannigheid',
    evaluation: 'Evaluatie',
  },
  save: 'Plannen',
  saving: 'Bezig met plannen…',
  fromLesson: 'uit een evaluatie',
  attendance: {
    heading: 'Aanwezigheid',
    member: 'Personeelslid',
    kind: 'Aanwezigheid',
    record: 'Aanwezigheid vastleggen',
    recording: 'Bezig met vastleggen…',
    none: 'Nog niemand ingeschreven.',
    count: { one: '{count} personeelslid', other: '{count} personeelsleden' },
  },
  heldHeading: 'Sessie gegeven en evaluatie',
  heldHint: 'Wat liep goed, wat moet beter, wat neemt het opleidingsplan mee?',
  markHeld: 'Gegeven, met evaluatie',
  cancel: 'Annuleren',
  refusals: {
    notOrganiser: 'Enkel HR en Cel GWB plannen opleidingen en houden de aanwezigheid bij.',
    wrongStatus: 'Dat kan niet meer in deze stap van de opleiding.',
    notYetHeld: 'Een sessie is pas gegeven vanaf haar datum.',
    evaluationRequired: 'Vul de evaluatie in.',
    attendanceBeforeSession: 'Aanwezig of afwezig leg je vast vanaf de dag van de sessie; vooraf kan enkel ingeschreven of verontschuldigd.',
  },
  dilemmas: {
    heading: "Dilemma's voor je teamoverleg",
    intro:
      "Per aandachtspunt drie dilemma's om met je team te bespreken. Kies een aandachtspunt, bespreek een of meer dilemma's en leg daarna vast dat de sessie plaatsvond. De app bewaart nooit wat iemand zei: enkel de datum, de dienst, het team, het aandachtspunt, de dilemma's en het aantal aanwezigen.",
    chooseTheme: 'Aandachtspunt',
    themeLabel: '{number}. {title}',
    questions: 'Vragen voor het team',
    discussed: 'Besproken',
    recordHeading: 'Sessie vastleggen',
    recordIntro: 'Vink de besproken dilemma\'s aan. Jij bent de sessieleider.',
    heldOn: 'Datum',
    team: 'Team of ploeg',
    present: 'Aantal aanwezigen',
    record: 'Sessie vastleggen',
    recording: 'Bezig met vastleggen…',
    recorded: 'De sessie is vastgelegd.',
    recent: 'Recente sessies',
    noneRecent: 'Nog geen sessies vastgelegd.',
    sessionLine: '{date} · {dienst}, {team} · aandachtspunt {theme} · {present} aanwezig',
    leader: 'leider: {name}',
    pickDilemmas: "Vink minstens één besproken dilemma van dit aandachtspunt aan.",
  },
};

export const trainingsFR: TrainingStrings = {
  title: 'Formations',
  intro:
    'Le plan de formation du SD5 : maîtrise de la violence, formation aux dilemmes, délire agité, conduite prioritaire, BDO profilage ethnique et bodycams. Les RH et la Cellule GWB planifient les sessions et tiennent les présences ; vous voyez vos propres formations.',
  tabs: { plan: 'Plan de formation', dilemmas: "Dilemmes pour votre réunion d'équipe" },
  year: 'Année',
  dienst: 'Service',
  wholeCorps: 'Tout le corps',
  planHeading: 'Plan de formation {year}',
  planCaption: 'Plan de formation par thème : besoins ouverts, sessions planifiées et données',
  theme: 'Thème',
  needs: 'Besoins',
  planned: 'Planifiées',
  held: 'Données',
  sessions: 'Sessions et besoins',
  noSessions: 'Rien encore dans le plan de formation pour cette sélection.',
  mine: 'Vos formations',
  noneMine: "Vous n'êtes encore inscrit à aucune formation cette année.",
  newSession: 'Planifier une session',
  planNeed: 'Planifier une session pour ce besoin',
  themes: {
    Geweldbeheersing: 'Maîtrise de la violence',
    Dilemmatraining: 'Formation aux dilemmes',
    'Excited delirium': 'Délire agité (excited delirium)',
    'Prioritair rijden': 'Conduite prioritaire',
    'BDO etnisch profileren': 'BDO profilage ethnique',
    Bodycams: 'Bodycams',
    Andere: 'Autre',
  },
  statuses: { Behoefte: 'Besoin', Gepland: 'Planifiée', Gegeven: 'Donnée', Geannuleerd: 'Annulée' },
  attendanceKinds: { Ingeschreven: 'Inscrit', Aanwezig: 'Présent', Verontschuldigd: 'Excusé', Afwezig: 'Absent' },
  fields: {
    title: 'Titre',
    theme: 'Thème',
    dienst: 'Service',
    dienstHint: 'Vide : tout le corps.',
    startsOn: 'Date',
    startsAt: 'Heure',
    location: 'Lieu',
    trainer: 'Formateur',
    capacity: 'Places',
    description: 'Description',
    when: 'Quand',
    source: 'Origine',
    sourceValue: "Leçon de l'évaluation tactique d'une rébellion",
    evaluation: 'Évaluation',
  },
  save: 'Planifier',
  saving: 'Planification…',
  fromLesson: "d'une évaluation",
  attendance: {
    heading: 'Présences',
    member: 'Membre du personnel',
    kind: 'Présence',
    record: 'Enregistrer la présence',
    recording: 'Enregistrement…',
    none: 'Personne encore inscrit.',
    count: { one: '{count} membre du personnel', other: '{count} membres du personnel' },
  },
  heldHeading: 'Session donnée et évaluation',
  heldHint: "Qu'est-ce qui a bien fonctionné, que faut-il améliorer, que retient le plan de formation ?",
  markHeld: 'Donnée, avec évaluation',
  cancel: 'Annuler',
  refusals: {
    notOrganiser: 'Seuls les RH et la Cellule GWB planifient les formations et tiennent les présences.',
    wrongStatus: "Ce n'est plus possible à cette étape de la formation.",
    notYetHeld: "Une session n'est donnée qu'à partir de sa date.",
    evaluationRequired: "Complétez l'évaluation.",
    attendanceBeforeSession: 'Présent ou absent s’enregistre à partir du jour de la session ; avant, seulement inscrit ou excusé.',
  },
  dilemmas: {
    heading: "Dilemmes pour votre réunion d'équipe",
    intro:
      "Trois dilemmes par point d'attention à discuter avec votre équipe. Choisissez un point d'attention, discutez un ou plusieurs dilemmes, puis enregistrez que la session a eu lieu. L'application ne conserve jamais ce que quelqu'un a dit : seulement la date, le service, l'équipe, le point d'attention, les dilemmes et le nombre de présents.",
    chooseTheme: "Point d'attention",
    themeLabel: '{number}. {title}',
    questions: "Questions pour l'équipe",
    discussed: 'Discuté',
    recordHeading: 'Enregistrer la session',
    recordIntro: 'Cochez les dilemmes discutés. Vous êtes l’animateur de la session.',
    heldOn: 'Date',
    team: 'Équipe ou brigade',
    present: 'Nombre de présents',
    record: 'Enregistrer la session',
    recording: 'Enregistrement…',
    recorded: 'La session est enregistrée.',
    recent: 'Sessions récentes',
    noneRecent: 'Aucune session enregistrée.',
    sessionLine: "{date} · {dienst}, {team} · point d'attention {theme} · {present} présents",
    leader: 'animateur : {name}',
    pickDilemmas: "Cochez au moins un dilemme discuté de ce point d'attention.",
  },
};

export const trainingsEN: TrainingStrings = {
  title: 'Trainings',
  intro:
    'The training plan of SD5: use of force, dilemma training, excited delirium, priority driving, BDO ethnic profiling and bodycams. HR and Cel GWB plan the sessions and keep attendance; you see your own trainings.',
  tabs: { plan: 'Training plan', dilemmas: 'Dilemmas for your team meeting' },
  year: 'Year',
  dienst: 'Service',
  wholeCorps: 'Whole corps',
  planHeading: 'Training plan {year}',
  planCaption: 'Training plan per theme: open needs, planned and held sessions',
  theme: 'Theme',
  needs: 'Needs',
  planned: 'Planned',
  held: 'Held',
  sessions: 'Sessions and needs',
  noSessions: 'Nothing in the training plan for this selection yet.',
  mine: 'Your trainings',
  noneMine: 'You are not enrolled in any training this year yet.',
  newSession: 'Plan a session',
  planNeed: 'Plan a session for this need',
  themes: {
    Geweldbeheersing: 'Use of force',
    Dilemmatraining: 'Dilemma training',
    'Excited delirium': 'Excited delirium',
    'Prioritair rijden': 'Priority driving',
    'BDO etnisch profileren': 'BDO ethnic profiling',
    Bodycams: 'Bodycams',
    Andere: 'Other',
  },
  statuses: { Behoefte: 'Need', Gepland: 'Planned', Gegeven: 'Held', Geannuleerd: 'Cancelled' },
  attendanceKinds: { Ingeschreven: 'Enrolled', Aanwezig: 'Present', Verontschuldigd: 'Excused', Afwezig: 'Absent' },
  fields: {
    title: 'Title',
    theme: 'Theme',
    dienst: 'Service',
    dienstHint: 'Empty: the whole corps.',
    startsOn: 'Date',
    startsAt: 'Time',
    location: 'Place',
    trainer: 'Trainer',
    capacity: 'Places',
    description: 'Description',
    when: 'When',
    source: 'Origin',
    sourceValue: 'Lesson from the tactical evaluation of resistance',
    evaluation: 'Evaluation',
  },
  save: 'Plan',
  saving: 'Planning…',
  fromLesson: 'from an evaluation',
  attendance: {
    heading: 'Attendance',
    member: 'Staff member',
    kind: 'Attendance',
    record: 'Record attendance',
    recording: 'Recording…',
    none: 'Nobody enrolled yet.',
    count: { one: '{count} staff member', other: '{count} staff members' },
  },
  heldHeading: 'Session held and evaluation',
  heldHint: 'What went well, what should improve, what does the training plan take along?',
  markHeld: 'Held, with evaluation',
  cancel: 'Cancel',
  refusals: {
    notOrganiser: 'Only HR and Cel GWB plan trainings and keep attendance.',
    wrongStatus: 'That is no longer possible at this step of the training.',
    notYetHeld: 'A session is held only from its date on.',
    evaluationRequired: 'Fill in the evaluation.',
    attendanceBeforeSession: 'Present or absent is recorded from the day of the session; before it, only enrolled or excused.',
  },
  dilemmas: {
    heading: 'Dilemmas for your team meeting',
    intro:
      'Three dilemmas per attention point to discuss with your team. Choose an attention point, discuss one or more dilemmas, then record that the session took place. The app never keeps what anyone said: only the date, the service, the team, the attention point, the dilemmas and the number present.',
    chooseTheme: 'Attention point',
    themeLabel: '{number}. {title}',
    questions: 'Questions for the team',
    discussed: 'Discussed',
    recordHeading: 'Record the session',
    recordIntro: 'Tick the dilemmas discussed. You are the session leader.',
    heldOn: 'Date',
    team: 'Team or shift',
    present: 'Number present',
    record: 'Record the session',
    recording: 'Recording…',
    recorded: 'The session is recorded.',
    recent: 'Recent sessions',
    noneRecent: 'No sessions recorded yet.',
    sessionLine: '{date} · {dienst}, {team} · attention point {theme} · {present} present',
    leader: 'leader: {name}',
    pickDilemmas: 'Tick at least one discussed dilemma of this attention point.',
  },
};
