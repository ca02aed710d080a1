import type { Plural } from './strings';
import type { AuditAction } from '../data/complaints/auditLog';
import type { ComplaintAction, ComplaintChannel, ComplaintOutcome, ComplaintStatus, FindingKind, ListingKind, RoutingField } from '../domain/complaints';
import type {
  AbsenceKind,
  AdviceStatus,
  DamageCategory,
  GiftDecision,
  GiftFlag,
  GiftKind,
  HandlingStatus,
  IncompatibilityCategory,
  SideActivityAction,
  SideActivityKind,
  SideActivityStatus,
} from '../domain/registers';

/** A label per stored (Dutch) value, so French and English users read their own language. */
type Labels<K extends string> = Record<K, string>;

/** Strings of the Registers, Klachten and Dashboard views. Each language below must fill every key. */
export interface RegisterStrings {
  title: string;
  intro: string;
  common: {
    save: string;
    saving: string;
    saved: string;
    cancel: string;
    back: string;
    loadMore: string;
    submit: string;
    submitting: string;
    optional: string;
    choose: string;
    none: string;
    status: string;
    dienst: string;
    reportedBy: string;
    reportedOn: string;
    history: string;
    historyEmpty: string;
    queued: string;
    outboxPending: Plural;
    conflict: string;
    fixProblems: string;
    print: string;
    exportCsv: string;
    exportHtml: string;
    publish: string;
    publishing: string;
    publishedOn: string;
    notPublished: string;
    recipients: string;
    yourReports: string;
    allReports: string;
    empty: string;
    open: string;
    reason: string;
    euro: string;
    problems: {
      required: string;
      invalidNumber: string;
      negative: string;
      invalidDate: string;
      inFuture: string;
      startInPast: string;
      endBeforeStart: string;
      invalidTime: string;
    };
    handlingStatus: Labels<HandlingStatus>;
  };
  actions: {
    declareGift: string;
    declareSideActivity: string;
    reportDamage: string;
  };
  gifts: {
    title: string;
    formTitle: string;
    policy: string;
    kind: string;
    what: string;
    whatHint: string;
    giver: string;
    value: string;
    valueHint: string;
    receivedOn: string;
    whyNotRefused: string;
    decision: string;
    handlingNotes: string;
    handlingTitle: string;
    flagsTitle: string;
    /** Private work, a discount or another favour: never accepted at all. */
    flagsNeverBody: string;
    /** A New Year gift: not accepted personally. */
    flagsPersonalBody: string;
    created: string;
    viewReport: string;
    neverAccepted: string;
    neverAcceptPersonally: string;
    kinds: Labels<GiftKind>;
    decisions: Labels<GiftDecision>;
    flags: Labels<GiftFlag>;
  };
  sideActivities: {
    title: string;
    formTitle: string;
    policy: string;
    kader: string;
    kaderOps: string;
    kaderCaLog: string;
    kind: string;
    activity: string;
    description: string;
    organisation: string;
    startDate: string;
    startHint: string;
    endDate: string;
    hoursPerMonth: string;
    period: string;
    periodOpen: string;
    /** The two categories of aandachtspunt 2, as titles. */
    incompatibleTitle: Record<IncompatibilityCategory, string>;
    incompatibleBody: string;
    /** Said under the category of special legislation: its list is not exhaustive. */
    amongOthers: string;
    suspectedTitle: string;
    suspectedBody: string;
    created: string;
    createdOps: string;
    viewDeclaration: string;
    declaredBy: string;
    adviceTitle: string;
    receivedOn: string;
    deadline: string;
    daysLeft: string;
    daysLate: string;
    adviceGivenOn: string;
    adviceLate: string;
    remindersOn: string;
    noClock: string;
    reminderTitle: string;
    /** `{soon}`, `{overdue}` and `{date}` are filled in; the two counts come from {@link reminderSoon} and {@link reminderOverdue}. */
    reminderBody: string;
    reminderSoon: Plural;
    reminderOverdue: Plural;
    clock: Labels<AdviceStatus>;
    exerciseTitle: string;
    stateActive: string;
    stateSuspended: string;
    stateInactive: string;
    exerciseHidden: string;
    suspensionsTitle: string;
    suspensionPeriod: string;
    suspensionOngoing: string;
    decisionsTitle: string;
    registerReceipt: string;
    receiptHint: string;
    talkTitle: string;
    talkOn: string;
    talkPending: string;
    talkDate: string;
    recordTalk: string;
    advice: string;
    adviceReason: string;
    adviceConditions: string;
    saveAdvice: string;
    endActivity: string;
    endDateLabel: string;
    adviceValues: { Gunstig: string; 'Gunstig onder voorwaarden': string; Ongunstig: string };
    statuses: Labels<SideActivityStatus>;
    kinds: Labels<SideActivityKind>;
    historyActions: Labels<SideActivityAction | 'declare'>;
    historyLine: string;
    refusals: {
      invalidTransition: string;
      notAllowed: string;
      reasonRequired: string;
      invalidReceipt: string;
      talkRequired: string;
      invalidTalkDate: string;
      incompatible: string;
      invalidEndDate: string;
      adviceRequired: string;
      conditionsRequired: string;
    };
  };
  absences: {
    title: string;
    intro: string;
    kind: string;
    start: string;
    end: string;
    ongoing: string;
    register: string;
    registerEnd: string;
    endOn: string;
    empty: string;
    kinds: Labels<AbsenceKind>;
  };
  damage: {
    title: string;
    formTitle: string;
    policy: string;
    category: string;
    what: string;
    location: string;
    occurredOn: string;
    occurredTime: string;
    object: string;
    objectHint: string;
    description: string;
    photo: string;
    photoHint: string;
    photos: string;
    photoNotSaved: string;
    handlingTitle: string;
    handlingNotes: string;
    created: string;
    viewReport: string;
    categories: Labels<DamageCategory>;
  };
  complaints: {
    title: string;
    intro: string;
    register: string;
    intakeTitle: string;
    intakeNote: string;
    filterOpen: string;
    filterClosed: string;
    year: string;
    reference: string;
    referenceHint: string;
    subject: string;
    receivedOn: string;
    channel: string;
    complainantName: string;
    complainantContact: string;
    complainantTitle: string;
    facts: string;
    theme: string;
    involvedStaff: string;
    /** The people picker: its input's hint, the button that opens the list, a name with no match, removing one. */
    involvedStaffPlaceholder: string;
    involvedStaffOpen: string;
    involvedStaffNone: string;
    involvedStaffRemove: string;
    evidence: string;
    evidenceHint: string;
    investigator: string;
    investigatorFunction: { diensthoofd: string; hinp: string };
    unassigned: string;
    empty: string;
    emptyInvestigator: string;
    noAccessTitle: string;
    noAccessBody: string;
    confidential: string;
    created: string;
    sectionComplaint: string;
    sectionInvestigation: string;
    investigationNotes: string;
    feedbackText: string;
    feedbackDate: string;
    feedbackTemplate: string;
    useTemplate: string;
    outcome: string;
    sectionSpoc: string;
    spocFeedback: string;
    mayorFeedbackOn: string;
    sectionDecisions: string;
    decision: string;
    noActions: string;
    disciplinaryHead: string;
    disciplinaryOpenedOn: string;
    closedOn: string;
    sectionHistory: string;
    historyLine: string;
    sectionConsultations: string;
    consultationsIntro: string;
    consultedBy: string;
    consultedAt: string;
    consultationAction: string;
    auditActions: Labels<AuditAction>;
    /** Shown next to a log entry whose free-text name differs from who really added it (SharePoint's Author). */
    claimedName: string;
    readOnlyInvestigator: string;
    readOnlyHead: string;
    sectionFindings: string;
    findingsIntro: string;
    findingsEmpty: string;
    findingKinds: Labels<FindingKind>;
    findingKind: string;
    findingText: string;
    findingBy: string;
    addFinding: string;
    findingAdded: string;
    findingNotCounted: string;
    sectionVersions: string;
    versionsIntro: string;
    versionLine: string;
    routingFields: Labels<RoutingField>;
    changedOutside: string;
    tamperNotice: string;
    historyClaimed: string;
    historyCopy: string;
    saveDetails: string;
    statuses: Labels<ComplaintStatus>;
    channels: Labels<ComplaintChannel>;
    outcomes: Labels<ComplaintOutcome>;
    actionLabels: Labels<ComplaintAction>;
    refusals: {
      invalidTransition: string;
      notAllowed: string;
      reasonRequired: string;
      notInvestigator: string;
      investigatorRequired: string;
      outcomeRequired: string;
      invalidFeedbackDate: string;
      disciplinaryHeadRequired: string;
    };
    publishedTitle: string;
    publishedEmpty: string;
  };
  listing: {
    title: string;
    heading: string;
    month: string;
    intro: string;
    total: string;
    byKind: string;
    byDienst: string;
    activities: string;
    date: string;
    activity: string;
    count: string;
    noDienst: string;
    empty: string;
    kinds: Labels<ListingKind>;
  };
  figures: {
    title: string;
    heading: string;
    intro: string;
    legend: string;
    received: string;
    byTheme: string;
    byDienst: string;
    byOutcome: string;
    disciplinary: string;
    leadTime: string;
    closed: string;
    medianDays: string;
    medianHidden: string;
    label: string;
    count: string;
    total: string;
    open: string;
    noDienst: string;
  };
  dashboard: {
    title: string;
    intro: string;
    year: string;
    restricted: string;
    /** For whom neither the dashboard nor the published reports are meant: said calmly, never as an error. */
    notForYou: string;
    received: string;
    closed: string;
    open: string;
    medianLead: string;
    averageFeedback: string;
    disciplinary: string;
    perMonth: string;
    perMonthSummary: string;
    openByStatus: string;
    byTheme: string;
    byDienst: string;
    byOutcome: string;
    chartSummary: string;
    showTable: string;
    month: string;
    count: string;
    notAvailable: string;
  };
}

/** Dutch (Belgium). */
export const registersNL: RegisterStrings = {
  title: 'Registers',
  intro:
    'Meld hier wat het integriteitsbeleid vraagt: een geschenk dat je niet kon weigeren, een nevenactiviteit vóór ze start en schade aan materiaal. Je ziet je eigen meldingen en wat ermee gebeurt.',
  common: {
    save: 'Opslaan',
    saving: 'Bezig met opslaan…',
    saved: 'Opgeslagen.',
    cancel: 'Annuleren',
    back: 'Terug naar het overzicht',
    loadMore: 'Meer tonen',
    submit: 'Melden',
    submitting: 'Bezig met verzenden…',
    optional: 'optioneel',
    choose: 'Kies…',
    none: '—',
    status: 'Status',
    dienst: 'Dienst',
    reportedBy: 'Gemeld door',
    reportedOn: 'Gemeld op',
    history: 'Verloop',
    historyEmpty: 'Nog geen stappen.',
    queued: 'Geen verbinding met SharePoint: je melding is bewaard op dit toestel en wordt verstuurd zodra SharePoint bereikbaar is.',
    outboxPending: {
      one: '{count} melding wacht op verbinding en wordt automatisch verstuurd.',
      other: '{count} meldingen wachten op verbinding en worden automatisch verstuurd.',
    },
    conflict: 'Iemand anders heeft dit intussen gewijzigd. De nieuwste versie staat nu op het scherm; bekijk ze en probeer opnieuw.',
    fixProblems: 'Niet alles is correct ingevuld. Verbeter de aangeduide velden; er is nog niets opgeslagen.',
    print: 'Afdrukken',
    exportCsv: 'Exporteren (CSV)',
    exportHtml: 'Exporteren (HTML)',
    publish: 'Publiceren voor de ontvangers',
    publishing: 'Bezig met publiceren…',
    publishedOn: 'Gepubliceerd op {date}.',
    notPublished: 'Nog niet gepubliceerd.',
    recipients: 'Voor de diensthoofden, het directiecomité en het politiecollege.',
    yourReports: 'Jouw meldingen',
    allReports: 'Alle meldingen',
    empty: 'Nog geen meldingen.',
    open: 'Openen',
    reason: 'Motivering',
    euro: '€ {amount}',
    problems: {
      required: 'Vul dit veld in.',
      invalidNumber: 'Geef een getal, bijvoorbeeld 25 of 12,50.',
      negative: 'Het getal mag niet negatief zijn.',
      invalidDate: 'Geef een geldige datum.',
      inFuture: 'Deze datum ligt in de toekomst.',
      startInPast: 'Een nevenactiviteit meld je vooraf: de begindatum is vandaag of later.',
      endBeforeStart: 'De einddatum ligt vóór de begindatum.',
      invalidTime: 'Geef een uur als uu:mm, bijvoorbeeld 14:30.',
    },
    handlingStatus: { Gemeld: 'Gemeld', 'In behandeling': 'In behandeling', Afgehandeld: 'Afgehandeld' },
  },
  actions: {
    declareGift: 'Geschenk melden',
    declareSideActivity: 'Nevenactiviteit aangeven',
    reportDamage: 'Schade melden',
  },
  gifts: {
    title: 'Geschenken',
    formTitle: 'Geschenk, aanbieding of vergoeding melden',
    policy:
      'Kon je een attentie, aanbieding of incidentele vergoeding niet weigeren? Meld ze dan altijd aan Intern Toezicht. Aanbiedingen voor privéwerkzaamheden, kortingen en andere gunsten worden nooit aanvaard; nieuwjaarsgeschenken worden nooit persoonlijk aanvaard.',
    kind: 'Soort',
    what: 'Wat',
    whatHint: 'Bijvoorbeeld: fles wijn, bon van € 20, uitnodiging voor een match.',
    giver: 'Van wie',
    value: 'Geschatte waarde (€)',
    valueHint: 'Een schatting volstaat.',
    receivedOn: 'Datum',
    whyNotRefused: 'Waarom weigeren niet mogelijk was',
    decision: 'Wat ermee gebeurde',
    handlingNotes: 'Opvolging door Intern Toezicht',
    handlingTitle: 'Behandeling door Intern Toezicht',
    flagsTitle: 'Niet te aanvaarden',
    flagsNeverBody: 'Dit lijkt op: {flags}. Zulke aanbiedingen worden nooit aanvaard: ze gaan terug naar wie ze deed.',
    flagsPersonalBody: 'Dit lijkt op: {flags}. Een nieuwjaarsgeschenk wordt nooit persoonlijk aanvaard; Intern Toezicht beslist of het naar de dienst, een goed doel of terug gaat.',
    created: 'Je melding is ontvangen door Intern Toezicht.',
    viewReport: 'Bekijk je melding',
    neverAccepted: 'Een aanbieding voor privéwerkzaamheden, een korting of een andere gunst wordt nooit aanvaard: kies “Teruggegeven aan de schenker”.',
    neverAcceptPersonally: 'Een nieuwjaarsgeschenk wordt nooit persoonlijk aanvaard.',
    kinds: {
      Attentie: 'Attentie',
      'Incidentele vergoeding': 'Incidentele vergoeding',
      'Aanbieding voor privéwerkzaamheden': 'Aanbieding voor privéwerkzaamheden',
      Korting: 'Korting',
      'Andere gunst': 'Andere gunst',
      Nieuwjaarsgeschenk: 'Nieuwjaarsgeschenk',
    },
    decisions: {
      'Teruggegeven aan de schenker': 'Teruggegeven aan de schenker',
      'Geschonken aan een goed doel': 'Geschonken aan een goed doel',
      'Gedeeld binnen de dienst': 'Gedeeld binnen de dienst',
      Vernietigd: 'Vernietigd',
      'Persoonlijk behouden': 'Persoonlijk behouden',
    },
    flags: { privateOffer: 'een aanbieding voor privéwerkzaamheden', discount: 'een korting', newYearGift: 'een nieuwjaarsgeschenk', favour: 'een andere gunst' },
  },
  sideActivities: {
    title: 'Nevenactiviteiten',
    formTitle: 'Nevenactiviteit aangeven',
    policy:
      'Meld elke nevenactiviteit vóór ze start. Ops-kader: sommige activiteiten zijn absoluut onverenigbaar (portier en andere security-opdrachten, een beroepsactiviteit in kansspelinrichtingen klasse I en II), andere zijn onverenigbaar volgens bijzondere wetgeving, onder meer lid van een hulpdienst of ambulancier, praktisch rijonderricht op de openbare weg en bijzonder veldwachter. Het politiecollege geeft binnen 45 kalenderdagen na ontvangst advies, na een gesprek met de korpschef. CaLog: je meldt de activiteit vooraf en schriftelijk aan het politiecollege. Elke cumul wordt van ambtswege opgeschort tijdens afwezigheid wegens ziekte, arbeidsongeval, ongeval op de weg naar of van het werk, beroepsziekte, disponibiliteit wegens ziekte of verminderde prestaties om medische redenen.',
    kader: 'Kader',
    kaderOps: 'Ops (operationeel kader)',
    kaderCaLog: 'CaLog (administratief en logistiek kader)',
    kind: 'Soort activiteit',
    activity: 'Activiteit',
    description: 'Omschrijving',
    organisation: 'Werkgever of organisatie',
    startDate: 'Begindatum',
    startHint: 'Je meldt vooraf: vandaag of later.',
    endDate: 'Einddatum',
    hoursPerMonth: 'Uren per maand',
    period: 'Periode',
    periodOpen: 'vanaf {start}',
    incompatibleTitle: { absoluut: 'Absoluut onverenigbaar voor het Ops-kader', bijzondereWetgeving: 'Onverenigbaar voor het Ops-kader volgens bijzondere wetgeving' },
    incompatibleBody: '{name}: deze activiteit kan voor het Ops-kader niet worden toegestaan. Je kunt ze toch aangeven; het politiecollege zal ze weigeren.',
    amongOthers: 'De bijzondere wetgeving noemt onder meer deze activiteiten; de lijst is niet volledig.',
    suspectedTitle: 'Mogelijk onverenigbaar',
    suspectedBody: 'De omschrijving doet denken aan: {names}. Kies de juiste soort activiteit: een onverenigbaarheid van het Ops-kader kan niet worden toegestaan.',
    created: 'Je aangifte is geregistreerd als schriftelijke melding aan het politiecollege.',
    createdOps: 'Je aangifte is ingediend. Het politiecollege geeft advies binnen 45 kalenderdagen na ontvangst.',
    viewDeclaration: 'Bekijk je aangifte',
    declaredBy: 'Aangegeven door',
    adviceTitle: 'Adviestermijn van het politiecollege',
    receivedOn: 'Ontvangen op',
    deadline: 'Uiterste adviesdatum',
    daysLeft: 'Nog {count} kalenderdagen.',
    daysLate: '{count} kalenderdagen over de termijn.',
    adviceGivenOn: 'Advies gegeven op {date}.',
    adviceLate: 'Het advies kwam na de termijn.',
    remindersOn: 'Herinneringen op {dates}.',
    noClock: 'De termijn van 45 kalenderdagen loopt vanaf de ontvangst door het politiecollege (enkel voor het Ops-kader).',
    reminderTitle: 'Herinnering: adviezen over nevenactiviteiten',
    reminderBody: '{soon}, {overdue}. Eerste uiterste adviesdatum: {date}.',
    reminderSoon: { one: '{count} advies vervalt binnen 10 dagen', other: '{count} adviezen vervallen binnen 10 dagen' },
    reminderOverdue: { one: '{count} termijn is verstreken', other: '{count} termijnen zijn verstreken' },
    clock: { onTime: 'Binnen de termijn', dueSoon: 'Termijn loopt bijna af', overdue: 'Termijn verstreken', given: 'Advies gegeven' },
    exerciseTitle: 'Uitoefening',
    stateActive: 'Wordt uitgeoefend.',
    stateSuspended: 'Van ambtswege opgeschort sinds {date} wegens {causes}. De activiteit hervat de dag na het einde van de afwezigheid.',
    stateInactive: 'Niet in uitoefening: nog niet toegestaan, beëindigd of buiten de periode.',
    exerciseHidden: 'Of de activiteit opgeschort is, zien enkel HR, de korpsleiding en het personeelslid zelf: het hangt af van afwezigheden (medische gegevens).',
    suspensionsTitle: 'Opschortingen',
    suspensionPeriod: 'Van {start} tot en met {end} ({causes}); hervat op {resumes}.',
    suspensionOngoing: 'Sinds {start} ({causes}); loopt nog.',
    decisionsTitle: 'Beslissingen',
    registerReceipt: 'Ontvangst registreren',
    receiptHint: 'De termijn van 45 kalenderdagen start op de dag van ontvangst.',
    talkTitle: 'Gesprek met de korpschef',
    talkOn: 'Gesprek met de korpschef op {date}.',
    talkPending: 'Het advies van het politiecollege steunt op een gesprek tussen het personeelslid en de korpschef; dat gesprek is nog niet vastgelegd.',
    talkDate: 'Datum van het gesprek',
    recordTalk: 'Gesprek vastleggen',
    advice: 'Advies van het politiecollege',
    adviceReason: 'Motivering',
    adviceConditions: 'Voorwaarden of motivering',
    saveAdvice: 'Advies registreren',
    endActivity: 'Beëindiging registreren',
    endDateLabel: 'Laatste dag',
    adviceValues: { Gunstig: 'Gunstig', 'Gunstig onder voorwaarden': 'Gunstig onder voorwaarden', Ongunstig: 'Ongunstig' },
    statuses: {
      Aangevraagd: 'Aangevraagd',
      'Advies gevraagd': 'Advies gevraagd',
      'Schriftelijk gemeld': 'Schriftelijk gemeld',
      Toegestaan: 'Toegestaan',
      Geweigerd: 'Geweigerd',
      Beëindigd: 'Beëindigd',
    },
    kinds: {
      security: 'Portier en andere security-opdrachten',
      kansspelinrichting: 'Een beroepsactiviteit in kansspelinrichtingen klasse I en II',
      hulpdienst: 'Operationeel lid van een hulpdienst of ambulancier',
      rijschool: 'Praktisch rijonderricht op de openbare weg (erkende rijschool)',
      'bijzonder-veldwachter': 'Het ambt van bijzonder veldwachter',
      andere: 'Andere activiteit',
    },
    historyActions: {
      declare: 'aangegeven',
      registerReceipt: 'ontvangst geregistreerd',
      recordTalk: 'gesprek met de korpschef vastgelegd',
      allow: 'advies: toegestaan',
      refuse: 'advies: geweigerd',
      end: 'beëindigd',
    },
    historyLine: '{date} · {actor}: {action}',
    refusals: {
      invalidTransition: 'Deze stap kan niet meer in de huidige status.',
      notAllowed: 'Deze stap is voorbehouden aan het politiecollege of aan wie de activiteit aangaf.',
      reasonRequired: 'Geef een motivering.',
      invalidReceipt: 'De ontvangst kan niet vóór de aangifte of in de toekomst liggen.',
      talkRequired: 'Het advies steunt op het gesprek met de korpschef: dat moet eerst vastgelegd zijn.',
      invalidTalkDate: 'Het gesprek ligt tussen de aangifte en vandaag.',
      incompatible: 'Deze activiteit is onverenigbaar met het Ops-kader (absoluut of volgens bijzondere wetgeving) en kan niet worden toegestaan.',
      invalidEndDate: 'Geef een geldige laatste dag.',
      adviceRequired: 'Kies het advies.',
      conditionsRequired: 'Beschrijf de voorwaarden van het gunstig advies.',
    },
  },
  absences: {
    title: 'Afwezigheden',
    intro: 'Tijdens deze afwezigheden is elke cumul van ambtswege opgeschort. Enkel HR, de korpsleiding en het personeelslid zelf zien ze.',
    kind: 'Soort afwezigheid',
    start: 'Vanaf',
    end: 'Tot en met',
    ongoing: 'loopt nog',
    register: 'Afwezigheid registreren',
    registerEnd: 'Einde registreren',
    endOn: 'Laatste dag van de afwezigheid',
    empty: 'Geen afwezigheden geregistreerd.',
    kinds: {
      Ziekte: 'Ziekte',
      Arbeidsongeval: 'Arbeidsongeval',
      'Ongeval op de weg naar of van het werk': 'Ongeval op de weg naar of van het werk',
      Beroepsziekte: 'Beroepsziekte',
      'Disponibiliteit wegens ziekte': 'Disponibiliteit wegens ziekte',
      'Verminderde prestaties om medische redenen': 'Verminderde prestaties om medische redenen',
      Verlof: 'Verlof',
      'Andere afwezigheid': 'Andere afwezigheid',
    },
  },
  damage: {
    title: 'Materiaalschade',
    formTitle: 'Schade melden aan Logistiek',
    policy: 'Draag zorg voor het materieel, de uitrusting, de voertuigen, de lokalen en de software. Meld elke beschadiging zo snel mogelijk aan Logistiek.',
    category: 'Categorie',
    what: 'Wat is beschadigd',
    location: 'Waar',
    occurredOn: 'Datum',
    occurredTime: 'Uur',
    object: 'Voertuig of voorwerp',
    objectHint: 'Nummerplaat, inventarisnummer …',
    description: 'Wat is er gebeurd',
    photo: 'Foto',
    photoHint: 'Een foto helpt Logistiek; ze wordt als bijlage bij de melding bewaard.',
    photos: 'Foto’s',
    photoNotSaved: 'De melding is bewaard, maar de foto kon niet worden opgeslagen. Bezorg ze rechtstreeks aan Logistiek.',
    handlingTitle: 'Opvolging door Logistiek',
    handlingNotes: 'Opvolging',
    created: 'Je melding is ontvangen door Logistiek. Hier volg je de behandeling.',
    viewReport: 'Bekijk je melding',
    categories: { Materiaal: 'Materiaal', Uitrusting: 'Uitrusting', Voertuig: 'Voertuig', Gebouw: 'Gebouw of lokaal', Software: 'Software' },
  },
  complaints: {
    title: 'Klachten',
    intro: 'Vertrouwelijk. Je ziet enkel de dossiers die je behandelt; elke raadpleging wordt gelogd en 5 jaar bewaard.',
    register: 'Klacht registreren',
    intakeTitle: 'Nieuwe klacht registreren',
    intakeNote:
      'Het dossier krijgt bij het registreren eigen machtigingen: enkel de korpsleiding en Intern Toezicht zien het, de onderzoeker vanaf de toewijzing.',
    filterOpen: 'Lopende dossiers',
    filterClosed: 'Afgesloten in',
    year: 'Jaar',
    reference: 'Referentie',
    referenceHint: 'ISLP-referentie, indien gekend. Zonder referentie krijgt het dossier een nummer van het register.',
    subject: 'Onderwerp',
    receivedOn: 'Ontvangen op',
    channel: 'Kanaal',
    complainantName: 'Naam klager',
    complainantContact: 'Contactgegevens klager',
    complainantTitle: 'Klager',
    facts: 'Feiten',
    theme: 'Aandachtspunt',
    involvedStaff: 'Betrokken personeelsleden',
    involvedStaffPlaceholder: 'Typ een naam om te zoeken',
    involvedStaffOpen: 'Toon alle personeelsleden',
    involvedStaffNone: 'Geen personeelslid gevonden voor "{query}"',
    involvedStaffRemove: '{name} verwijderen',
    evidence: 'Beeldmateriaal (verwijzingen)',
    evidenceHint: 'Verwijzingen naar bodycam-, drone- of ANPR-beelden, één per regel. De beelden zelf worden niet opgeslagen.',
    investigator: 'Onderzoeker',
    investigatorFunction: { diensthoofd: 'diensthoofd', hinp: 'hoofdinspecteur' },
    unassigned: 'Nog niet toegewezen',
    empty: 'Geen dossiers.',
    emptyInvestigator: 'Er zijn geen dossiers aan jou toegewezen.',
    noAccessTitle: 'Vertrouwelijke dossiers',
    noAccessBody: 'Klachtendossiers zijn enkel zichtbaar voor de korpsleiding, Intern Toezicht en de toegewezen onderzoeker.',
    confidential: 'Vertrouwelijk dossier. Deze raadpleging is gelogd.',
    created: 'De klacht is geregistreerd.',
    sectionComplaint: 'Klacht',
    sectionInvestigation: 'Onderzoek',
    investigationNotes: 'Onderzoeksnotities',
    feedbackText: 'Brief aan de klager',
    feedbackDate: 'Verstuurd op',
    feedbackTemplate:
      'Geachte {complainant},\n\nOp {receivedOn} ontvingen wij uw klacht (referentie {reference}). Wij danken u om ons hierover te informeren.\n\nDe klacht werd intern onderzocht door {investigator}. [Beschrijf kort het onderzoek en de vaststellingen.]\n\nOp basis van dit onderzoek beschouwen wij uw klacht als: {outcome}. [Licht toe welke maatregelen genomen werden of waarom de klacht niet gegrond is.]\n\nVoor bijkomende vragen kunt u contact opnemen met de dienst Intern Toezicht van PZ CARMA, met vermelding van de referentie.\n\nMet vriendelijke groeten,\n\n{investigator}\nPolitiezone CARMA',
    useTemplate: 'Sjabloon invullen',
    outcome: 'Resultaat',
    sectionSpoc: 'Terugkoppeling aan de burgemeesters (SPOC)',
    spocFeedback: 'Terugkoppeling aan de kabinetten',
    mayorFeedbackOn: 'Bezorgd op',
    sectionDecisions: 'Beslissingen',
    decision: 'Beslissing',
    noActions: 'Je kunt in deze status geen beslissing nemen.',
    disciplinaryHead: 'Betrokken diensthoofd',
    disciplinaryOpenedOn: 'Tuchtdossier geopend op',
    closedOn: 'Afgesloten op',
    sectionHistory: 'Verloop',
    historyLine: '{date} · {actor}: {action}',
    sectionConsultations: 'Raadplegingen',
    consultationsIntro: 'Wie dit dossier raadpleegde (logboek, 5 jaar bewaard; niemand kan het wijzigen of wissen).',
    consultedBy: 'Wie',
    consultedAt: 'Wanneer',
    consultationAction: 'Handeling',
    auditActions: { Geraadpleegd: 'Geraadpleegd', Gewijzigd: 'Gewijzigd', Geëxporteerd: 'Geëxporteerd', Afgedrukt: 'Afgedrukt', Opgelijst: 'Opgelijst in het register', Geteld: 'Meegeteld in een rapportage' },
    claimedName: '(in het logboek ingevuld als {name})',
    readOnlyInvestigator: 'Je leest dit dossier als onderzoeker. Je bevindingen en je schriftelijke terugkoppeling aan de klager voeg je hieronder toe; Intern Toezicht en de korpsleiding beslissen over de toewijzing en het afsluiten.',
    readOnlyHead: 'Je leest dit tuchtdossier als betrokken diensthoofd; de korpschef opent en sluit het.',
    sectionFindings: 'Onderzoeksbevindingen',
    findingsIntro: 'Wat de onderzoeker vaststelde en aan de klager schreef. Een bevinding telt enkel als ze is toegevoegd door de onderzoeker aan wie het dossier toen was toegewezen; niemand kan ze achteraf wijzigen.',
    findingsEmpty: 'Nog geen bevindingen.',
    findingKinds: { Bevinding: 'Bevinding', Terugkoppeling: 'Schriftelijke terugkoppeling aan de klager' },
    findingKind: 'Soort',
    findingText: 'Tekst',
    findingBy: '{date} · {author}',
    addFinding: 'Bevinding toevoegen',
    findingAdded: 'Je bevinding is toegevoegd.',
    findingNotCounted: 'Telt niet mee: toegevoegd door {author}, die toen niet de onderzoeker van dit dossier was.',
    sectionVersions: 'Verloop volgens SharePoint',
    versionsIntro: 'Elke wijziging van status, onderzoeker of tuchtdossier, met wie ze volgens de versiegeschiedenis van SharePoint opsloeg.',
    versionLine: '{date} · {editor}: {what}',
    routingFields: { status: 'status', investigator: 'onderzoeker', disciplinary: 'tuchtdossier' },
    changedOutside: 'Gewijzigd buiten de app',
    tamperNotice: 'Gewijzigd buiten de app: iemand die daar niet toe bevoegd is, wijzigde de status, de onderzoeker of het tuchtdossier. Die wijziging geeft niemand toegang; bekijk het verloop hieronder.',
    historyClaimed: 'de app-geschiedenis noemde {names}',
    historyCopy: 'Verloop zoals de app het noteerde (kopie; bij verschil geldt het verloop volgens SharePoint)',
    saveDetails: 'Notities opslaan',
    statuses: {
      Ontvangen: 'Ontvangen',
      'In onderzoek': 'In onderzoek',
      'Terugkoppeling aan klager': 'Terugkoppeling aan klager',
      Afgesloten: 'Afgesloten',
      Tuchtdossier: 'Tuchtdossier',
    },
    channels: {
      Onthaal: 'Onthaal',
      'E-mail': 'E-mail',
      Telefoon: 'Telefoon',
      Brief: 'Brief',
      Website: 'Website',
      'Comité P': 'Comité P',
      'Via de burgemeester': 'Via de burgemeester',
      Andere: 'Andere',
    },
    outcomes: { Gegrond: 'Gegrond', 'Deels gegrond': 'Deels gegrond', Ongegrond: 'Ongegrond', 'Niet ontvankelijk': 'Niet ontvankelijk', Ingetrokken: 'Ingetrokken' },
    actionLabels: {
      assignInvestigator: 'Onderzoeker toewijzen',
      reassignInvestigator: 'Opnieuw toewijzen',
      sendFeedback: 'Schriftelijke terugkoppeling registreren',
      close: 'Dossier afsluiten',
      dismiss: 'Afsluiten zonder onderzoek',
      openDisciplinary: 'Tuchtdossier openen',
      closeDisciplinary: 'Tuchtdossier afsluiten',
    },
    refusals: {
      invalidTransition: 'Deze beslissing kan niet meer in de huidige status.',
      notAllowed: 'Deze beslissing is voorbehouden aan een andere rol.',
      reasonRequired: 'Geef een motivering.',
      notInvestigator: 'Enkel de toegewezen onderzoeker kan dit doen.',
      investigatorRequired: 'Kies een onderzoeker.',
      outcomeRequired: 'Kies het resultaat.',
      invalidFeedbackDate: 'De datum van de terugkoppeling ligt tussen de ontvangst en vandaag.',
      disciplinaryHeadRequired: 'Kies het betrokken diensthoofd.',
    },
    publishedTitle: 'Gepubliceerde rapportages',
    publishedEmpty: 'Nog geen rapportages gepubliceerd.',
  },
  listing: {
    title: 'Maandlijst',
    heading: 'Maandlijst Intern Toezicht: {month}',
    month: 'Maand',
    intro: 'De activiteiten van Intern Toezicht in de maand, zonder persoonsgegevens: enkel referentie, aandachtspunt en dienst.',
    total: 'Activiteiten in totaal: {count}',
    byKind: 'Per activiteit',
    byDienst: 'Per dienst',
    activities: 'Activiteiten',
    date: 'Datum',
    activity: 'Activiteit',
    count: 'Aantal',
    noDienst: 'Geen dienst',
    empty: 'Geen activiteiten in deze maand.',
    kinds: {
      complaintReceived: 'Klacht ontvangen',
      assignInvestigator: 'Onderzoeker toegewezen',
      reassignInvestigator: 'Opnieuw toegewezen',
      sendFeedback: 'Schriftelijke terugkoppeling aan de klager',
      dismiss: 'Afgesloten zonder onderzoek',
      close: 'Dossier afgesloten',
      openDisciplinary: 'Tuchtdossier geopend',
      closeDisciplinary: 'Tuchtdossier afgesloten',
    },
  },
  figures: {
    title: 'Jaarcijfers',
    heading: 'Jaarcijfers klachtenbeheer {year}',
    intro: 'Anonieme cijfers voor het jaarverslag van PZ CARMA.',
    legend: 'Aantallen van 1 tot 4 worden niet getoond (<5); waar nodig is nog een aantal verborgen (x), zodat niemand herkenbaar is.',
    received: 'Ontvangen klachten',
    byTheme: 'Per aandachtspunt',
    byDienst: 'Per dienst',
    byOutcome: 'Per resultaat',
    disciplinary: 'Tuchtdossiers',
    leadTime: 'Doorlooptijd',
    closed: 'Afgesloten dossiers',
    medianDays: 'Mediane doorlooptijd: {count} dagen',
    medianHidden: 'Mediane doorlooptijd: niet gepubliceerd (te weinig dossiers).',
    label: 'Omschrijving',
    count: 'Aantal',
    total: 'Totaal',
    open: 'Lopend',
    noDienst: 'Geen dienst',
  },
  dashboard: {
    title: 'Dashboard klachten',
    intro: 'Automatisch gevoed uit het klachtenregister, voor de opvolging en analyse van klachten en hun behandeling.',
    year: 'Jaar',
    restricted: 'Het dashboard met de klachtendossiers is voorbehouden aan de korpsleiding en Intern Toezicht. Hieronder vind je de gepubliceerde rapportages.',
    notForYou:
      'Het dashboard van de klachten is er voor de korpsleiding en Intern Toezicht, de rapportages voor de diensthoofden, het directiecomité en het politiecollege. Voor jou is hier niets te zien.',
    received: 'Ontvangen',
    closed: 'Afgesloten',
    open: 'Lopend',
    medianLead: 'Mediane doorlooptijd (dagen)',
    averageFeedback: 'Gemiddeld tot terugkoppeling (dagen)',
    disciplinary: 'Tuchtdossiers',
    perMonth: 'Ontvangen en afgesloten per maand',
    perMonthSummary: 'In {year}: {received} ontvangen en {closed} afgesloten; meeste ontvangen in {peak}.',
    openByStatus: 'Lopende dossiers per status',
    byTheme: 'Per aandachtspunt',
    byDienst: 'Per dienst',
    byOutcome: 'Per resultaat',
    chartSummary: '{title}: {items}.',
    showTable: 'Als tabel',
    month: 'Maand',
    count: 'Aantal',
    notAvailable: 'n.v.t.',
  },
};

/** French (Belgium). */
export const registersFR: RegisterStrings = {
  title: 'Registres',
  intro:
    "Déclarez ici ce que la politique d'intégrité demande : un cadeau que vous n'avez pas pu refuser, une activité accessoire avant qu'elle ne commence et les dégâts au matériel. Vous voyez vos propres déclarations et leur suivi.",
  common: {
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    saved: 'Enregistré.',
    cancel: 'Annuler',
    back: "Retour à l'aperçu",
    loadMore: 'Afficher plus',
    submit: 'Déclarer',
    submitting: 'Envoi en cours…',
    optional: 'facultatif',
    choose: 'Choisissez…',
    none: '—',
    status: 'Statut',
    dienst: 'Service',
    reportedBy: 'Déclaré par',
    reportedOn: 'Déclaré le',
    history: 'Historique',
    historyEmpty: 'Aucune étape pour le moment.',
    queued: "Pas de connexion avec SharePoint : votre déclaration est conservée sur cet appareil et sera envoyée dès que SharePoint sera joignable.",
    outboxPending: {
      one: '{count} déclaration attend la connexion et sera envoyée automatiquement.',
      other: '{count} déclarations attendent la connexion et seront envoyées automatiquement.',
    },
    conflict: "Quelqu'un d'autre a modifié ceci entre-temps. La version la plus récente est affichée ; vérifiez-la et réessayez.",
    fixProblems: "Tout n'est pas correctement rempli. Corrigez les champs indiqués ; rien n'a encore été enregistré.",
    print: 'Imprimer',
    exportCsv: 'Exporter (CSV)',
    exportHtml: 'Exporter (HTML)',
    publish: 'Publier pour les destinataires',
    publishing: 'Publication…',
    publishedOn: 'Publié le {date}.',
    notPublished: 'Pas encore publié.',
    recipients: 'Pour les chefs de service, le comité de direction et le collège de police.',
    yourReports: 'Vos déclarations',
    allReports: 'Toutes les déclarations',
    empty: 'Aucune déclaration pour le moment.',
    open: 'Ouvrir',
    reason: 'Motivation',
    euro: '{amount} €',
    problems: {
      required: 'Remplissez ce champ.',
      invalidNumber: 'Indiquez un nombre, par exemple 25 ou 12,50.',
      negative: 'Le nombre ne peut pas être négatif.',
      invalidDate: 'Indiquez une date valide.',
      inFuture: 'Cette date est dans le futur.',
      startInPast: "Une activité accessoire se déclare à l'avance : la date de début est aujourd'hui ou plus tard.",
      endBeforeStart: 'La date de fin précède la date de début.',
      invalidTime: 'Indiquez une heure au format hh:mm, par exemple 14:30.',
    },
    handlingStatus: { Gemeld: 'Déclaré', 'In behandeling': 'En traitement', Afgehandeld: 'Traité' },
  },
  actions: {
    declareGift: 'Déclarer un cadeau',
    declareSideActivity: 'Déclarer une activité accessoire',
    reportDamage: 'Signaler des dégâts',
  },
  gifts: {
    title: 'Cadeaux',
    formTitle: 'Déclarer un cadeau, une offre ou une indemnité',
    policy:
      "Vous n'avez pas pu refuser une attention, une offre ou une indemnité occasionnelle ? Déclarez-la toujours au Contrôle interne. Les offres de travaux privés, les réductions et autres faveurs ne sont jamais acceptées ; les cadeaux de Nouvel An ne sont jamais acceptés à titre personnel.",
    kind: 'Type',
    what: 'Quoi',
    whatHint: "Par exemple : une bouteille de vin, un bon de 20 €, une invitation à un match.",
    giver: 'De qui',
    value: 'Valeur estimée (€)',
    valueHint: 'Une estimation suffit.',
    receivedOn: 'Date',
    whyNotRefused: "Pourquoi il n'était pas possible de refuser",
    decision: "Ce qu'il en est advenu",
    handlingNotes: 'Suivi par le Contrôle interne',
    handlingTitle: 'Traitement par le Contrôle interne',
    flagsTitle: "Ce qui n'est pas accepté",
    flagsNeverBody: "Ceci ressemble à : {flags}. De telles offres ne sont jamais acceptées : elles retournent à leur auteur.",
    flagsPersonalBody: "Ceci ressemble à : {flags}. Un cadeau de Nouvel An n'est jamais accepté à titre personnel ; le Contrôle interne décide s'il va au service, à une bonne cause ou s'il est rendu.",
    created: 'Votre déclaration a été reçue par le Contrôle interne.',
    viewReport: 'Voir votre déclaration',
    neverAccepted: "Une offre de travaux privés, une réduction ou une autre faveur n'est jamais acceptée : choisissez « Rendu au donateur ».",
    neverAcceptPersonally: "Un cadeau de Nouvel An n'est jamais accepté à titre personnel.",
    kinds: {
      Attentie: 'Attention',
      'Incidentele vergoeding': 'Indemnité occasionnelle',
      'Aanbieding voor privéwerkzaamheden': 'Offre de travaux privés',
      Korting: 'Réduction',
      'Andere gunst': 'Autre faveur',
      Nieuwjaarsgeschenk: 'Cadeau de Nouvel An',
    },
    decisions: {
      'Teruggegeven aan de schenker': 'Rendu au donateur',
      'Geschonken aan een goed doel': 'Donné à une bonne cause',
      'Gedeeld binnen de dienst': 'Partagé au sein du service',
      Vernietigd: 'Détruit',
      'Persoonlijk behouden': 'Conservé à titre personnel',
    },
    flags: { privateOffer: 'une offre de travaux privés', discount: 'une réduction', newYearGift: 'un cadeau de Nouvel An', favour: 'une autre faveur' },
  },
  sideActivities: {
    title: 'Activités accessoires',
    formTitle: 'Déclarer une activité accessoire',
    policy:
      "Déclarez toute activité accessoire avant qu'elle ne commence. Cadre opérationnel : certaines activités sont absolument incompatibles (portier et autres missions de sécurité, une activité professionnelle dans des établissements de jeux de hasard de classe I et II), d'autres le sont selon une législation particulière, notamment membre d'un service de secours ou ambulancier, enseignement pratique de la conduite sur la voie publique et garde champêtre particulier. Le collège de police rend un avis dans les 45 jours calendrier suivant la réception, après un entretien avec le chef de corps. CaLog : vous déclarez l'activité au préalable et par écrit au collège de police. Tout cumul est suspendu d'office pendant une absence pour maladie, accident du travail, accident sur le chemin du travail, maladie professionnelle, disponibilité pour maladie ou prestations réduites pour raisons médicales.",
    kader: 'Cadre',
    kaderOps: 'Ops (cadre opérationnel)',
    kaderCaLog: 'CaLog (cadre administratif et logistique)',
    kind: "Type d'activité",
    activity: 'Activité',
    description: 'Description',
    organisation: 'Employeur ou organisation',
    startDate: 'Date de début',
    startHint: "Vous déclarez à l'avance : aujourd'hui ou plus tard.",
    endDate: 'Date de fin',
    hoursPerMonth: 'Heures par mois',
    period: 'Période',
    periodOpen: 'à partir du {start}',
    incompatibleTitle: { absoluut: 'Absolument incompatible avec le cadre opérationnel', bijzondereWetgeving: 'Incompatible avec le cadre opérationnel selon une législation particulière' },
    incompatibleBody: '{name} : cette activité ne peut pas être autorisée pour le cadre opérationnel. Vous pouvez la déclarer ; le collège de police la refusera.',
    amongOthers: "La législation particulière cite notamment ces activités ; la liste n'est pas exhaustive.",
    suspectedTitle: 'Peut-être incompatible',
    suspectedBody: "La description fait penser à : {names}. Choisissez le bon type d'activité : une incompatibilité du cadre opérationnel ne peut pas être autorisée.",
    created: 'Votre déclaration est enregistrée comme déclaration écrite au collège de police.',
    createdOps: 'Votre déclaration est introduite. Le collège de police rend son avis dans les 45 jours calendrier suivant la réception.',
    viewDeclaration: 'Voir votre déclaration',
    declaredBy: 'Déclaré par',
    adviceTitle: "Délai d'avis du collège de police",
    receivedOn: 'Reçu le',
    deadline: "Date limite de l'avis",
    daysLeft: 'Encore {count} jours calendrier.',
    daysLate: '{count} jours calendrier au-delà du délai.',
    adviceGivenOn: 'Avis rendu le {date}.',
    adviceLate: "L'avis a été rendu après le délai.",
    remindersOn: 'Rappels le {dates}.',
    noClock: 'Le délai de 45 jours calendrier court à partir de la réception par le collège de police (cadre opérationnel uniquement).',
    reminderTitle: 'Rappel : avis sur des activités accessoires',
    reminderBody: '{soon}, {overdue}. Première date limite : {date}.',
    reminderSoon: { one: '{count} avis arrive à échéance dans les 10 jours', other: '{count} avis arrivent à échéance dans les 10 jours' },
    reminderOverdue: { one: '{count} délai dépassé', other: '{count} délais dépassés' },
    clock: { onTime: 'Dans le délai', dueSoon: 'Le délai expire bientôt', overdue: 'Délai dépassé', given: 'Avis rendu' },
    exerciseTitle: 'Exercice',
    stateActive: 'Exercée.',
    stateSuspended: "Suspendue d'office depuis le {date} pour {causes}. L'activité reprend le lendemain de la fin de l'absence.",
    stateInactive: 'Pas exercée : pas encore autorisée, terminée ou hors période.',
    exerciseHidden: "Seuls les RH, la direction du corps et le membre du personnel voient si l'activité est suspendue : cela dépend des absences (données médicales).",
    suspensionsTitle: 'Suspensions',
    suspensionPeriod: 'Du {start} au {end} inclus ({causes}) ; reprise le {resumes}.',
    suspensionOngoing: 'Depuis le {start} ({causes}) ; toujours en cours.',
    decisionsTitle: 'Décisions',
    registerReceipt: 'Enregistrer la réception',
    receiptHint: 'Le délai de 45 jours calendrier commence le jour de la réception.',
    talkTitle: 'Entretien avec le chef de corps',
    talkOn: 'Entretien avec le chef de corps le {date}.',
    talkPending: "L'avis du collège de police repose sur un entretien entre le membre du personnel et le chef de corps ; cet entretien n'est pas encore enregistré.",
    talkDate: "Date de l'entretien",
    recordTalk: "Enregistrer l'entretien",
    advice: 'Avis du collège de police',
    adviceReason: 'Motivation',
    adviceConditions: 'Conditions ou motivation',
    saveAdvice: "Enregistrer l'avis",
    endActivity: 'Enregistrer la fin',
    endDateLabel: 'Dernier jour',
    adviceValues: { Gunstig: 'Favorable', 'Gunstig onder voorwaarden': 'Favorable sous conditions', Ongunstig: 'Défavorable' },
    statuses: {
      Aangevraagd: 'Demandée',
      'Advies gevraagd': 'Avis demandé',
      'Schriftelijk gemeld': 'Déclarée par écrit',
      Toegestaan: 'Autorisée',
      Geweigerd: 'Refusée',
      Beëindigd: 'Terminée',
    },
    kinds: {
      security: 'Portier et autres missions de sécurité',
      kansspelinrichting: 'Une activité professionnelle dans un établissement de jeux de hasard de classe I ou II',
      hulpdienst: "Membre opérationnel d'un service de secours ou ambulancier",
      rijschool: "Enseignement pratique de la conduite sur la voie publique (auto-école agréée)",
      'bijzonder-veldwachter': 'La fonction de garde champêtre particulier',
      andere: 'Autre activité',
    },
    historyActions: {
      declare: 'déclarée',
      registerReceipt: 'réception enregistrée',
      recordTalk: 'entretien avec le chef de corps enregistré',
      allow: 'avis : autorisée',
      refuse: 'avis : refusée',
      end: 'terminée',
    },
    historyLine: '{date} · {actor} : {action}',
    refusals: {
      invalidTransition: "Cette étape n'est plus possible dans le statut actuel.",
      notAllowed: "Cette étape est réservée au collège de police ou à la personne qui a déclaré l'activité.",
      reasonRequired: 'Indiquez une motivation.',
      invalidReceipt: 'La réception ne peut pas précéder la déclaration ni être dans le futur.',
      talkRequired: "L'avis repose sur l'entretien avec le chef de corps : il doit d'abord être enregistré.",
      invalidTalkDate: "L'entretien se situe entre la déclaration et aujourd'hui.",
      incompatible: 'Cette activité est incompatible avec le cadre opérationnel (absolument ou selon une législation particulière) et ne peut pas être autorisée.',
      invalidEndDate: 'Indiquez un dernier jour valide.',
      adviceRequired: "Choisissez l'avis.",
      conditionsRequired: "Décrivez les conditions de l'avis favorable.",
    },
  },
  absences: {
    title: 'Absences',
    intro: "Pendant ces absences, tout cumul est suspendu d'office. Seuls les RH, la direction du corps et le membre du personnel lui-même les voient.",
    kind: "Type d'absence",
    start: 'À partir du',
    end: "Jusqu'au",
    ongoing: 'en cours',
    register: 'Enregistrer une absence',
    registerEnd: 'Enregistrer la fin',
    endOn: "Dernier jour de l'absence",
    empty: 'Aucune absence enregistrée.',
    kinds: {
      Ziekte: 'Maladie',
      Arbeidsongeval: 'Accident du travail',
      'Ongeval op de weg naar of van het werk': 'Accident sur le chemin du travail',
      Beroepsziekte: 'Maladie professionnelle',
      'Disponibiliteit wegens ziekte': 'Disponibilité pour maladie',
      'Verminderde prestaties om medische redenen': 'Prestations réduites pour raisons médicales',
      Verlof: 'Congé',
      'Andere afwezigheid': 'Autre absence',
    },
  },
  damage: {
    title: 'Dégâts matériels',
    formTitle: 'Signaler des dégâts à la Logistique',
    policy: 'Prenez soin du matériel, de l’équipement, des véhicules, des locaux et des logiciels. Signalez tout dommage au plus vite à la Logistique.',
    category: 'Catégorie',
    what: "Qu'est-ce qui est endommagé",
    location: 'Où',
    occurredOn: 'Date',
    occurredTime: 'Heure',
    object: 'Véhicule ou objet',
    objectHint: "Plaque d'immatriculation, numéro d'inventaire …",
    description: "Que s'est-il passé",
    photo: 'Photo',
    photoHint: 'Une photo aide la Logistique ; elle est conservée en pièce jointe de la déclaration.',
    photos: 'Photos',
    photoNotSaved: "La déclaration est enregistrée, mais la photo n'a pas pu l'être. Transmettez-la directement à la Logistique.",
    handlingTitle: 'Suivi par la Logistique',
    handlingNotes: 'Suivi',
    created: 'Votre déclaration a été reçue par la Logistique. Vous suivez ici son traitement.',
    viewReport: 'Voir votre déclaration',
    categories: { Materiaal: 'Matériel', Uitrusting: 'Équipement', Voertuig: 'Véhicule', Gebouw: 'Bâtiment ou local', Software: 'Logiciel' },
  },
  complaints: {
    title: 'Plaintes',
    intro: 'Confidentiel. Vous ne voyez que les dossiers que vous traitez ; chaque consultation est journalisée et conservée 5 ans.',
    register: 'Enregistrer une plainte',
    intakeTitle: 'Enregistrer une nouvelle plainte',
    intakeNote:
      "Le dossier reçoit ses propres autorisations dès l'enregistrement : seuls la direction du corps et le Contrôle interne le voient, l'enquêteur à partir de l'attribution.",
    filterOpen: 'Dossiers en cours',
    filterClosed: 'Clôturés en',
    year: 'Année',
    reference: 'Référence',
    referenceHint: "Référence ISLP, si elle est connue. Sans référence, le dossier reçoit un numéro du registre.",
    subject: 'Objet',
    receivedOn: 'Reçue le',
    channel: 'Canal',
    complainantName: 'Nom du plaignant',
    complainantContact: 'Coordonnées du plaignant',
    complainantTitle: 'Plaignant',
    facts: 'Faits',
    theme: "Point d'attention",
    involvedStaff: 'Membres du personnel concernés',
    involvedStaffPlaceholder: 'Tapez un nom pour chercher',
    involvedStaffOpen: 'Afficher tout le personnel',
    involvedStaffNone: 'Aucun membre du personnel trouvé pour « {query} »',
    involvedStaffRemove: 'Retirer {name}',
    evidence: 'Images (références)',
    evidenceHint: 'Références à des images de bodycam, de drone ou ANPR, une par ligne. Les images elles-mêmes ne sont pas conservées.',
    investigator: 'Enquêteur',
    investigatorFunction: { diensthoofd: 'chef de service', hinp: 'inspecteur principal' },
    unassigned: 'Pas encore attribué',
    empty: 'Aucun dossier.',
    emptyInvestigator: "Aucun dossier ne vous est attribué.",
    noAccessTitle: 'Dossiers confidentiels',
    noAccessBody: "Les dossiers de plainte ne sont visibles que pour la direction du corps, le Contrôle interne et l'enquêteur désigné.",
    confidential: 'Dossier confidentiel. Cette consultation est journalisée.',
    created: 'La plainte est enregistrée.',
    sectionComplaint: 'Plainte',
    sectionInvestigation: 'Enquête',
    investigationNotes: "Notes d'enquête",
    feedbackText: 'Lettre au plaignant',
    feedbackDate: 'Envoyé le',
    feedbackTemplate:
      "À l'attention de {complainant}\n\nMadame, Monsieur,\n\nLe {receivedOn}, nous avons reçu votre plainte (référence {reference}). Nous vous remercions de nous en avoir informés.\n\nLa plainte a fait l'objet d'une enquête interne menée par {investigator}. [Décrivez brièvement l'enquête et les constatations.]\n\nSur la base de cette enquête, nous considérons votre plainte comme : {outcome}. [Précisez les mesures prises ou pourquoi la plainte n'est pas fondée.]\n\nPour toute question, vous pouvez contacter le service Contrôle interne de la ZP CARMA en mentionnant la référence.\n\nVeuillez agréer nos salutations distinguées,\n\n{investigator}\nZone de police CARMA",
    useTemplate: 'Remplir le modèle',
    outcome: 'Résultat',
    sectionSpoc: 'Retour aux bourgmestres (SPOC)',
    spocFeedback: 'Retour aux cabinets',
    mayorFeedbackOn: 'Transmis le',
    sectionDecisions: 'Décisions',
    decision: 'Décision',
    noActions: 'Vous ne pouvez prendre aucune décision dans ce statut.',
    disciplinaryHead: 'Chef de service concerné',
    disciplinaryOpenedOn: 'Dossier disciplinaire ouvert le',
    closedOn: 'Clôturé le',
    sectionHistory: 'Historique',
    historyLine: '{date} · {actor} : {action}',
    sectionConsultations: 'Consultations',
    consultationsIntro: 'Qui a consulté ce dossier (journal conservé 5 ans ; personne ne peut le modifier ni le supprimer).',
    consultedBy: 'Qui',
    consultedAt: 'Quand',
    consultationAction: 'Action',
    auditActions: { Geraadpleegd: 'Consulté', Gewijzigd: 'Modifié', Geëxporteerd: 'Exporté', Afgedrukt: 'Imprimé', Opgelijst: 'Listé dans le registre', Geteld: 'Compté dans un rapport' },
    claimedName: '(inscrit au journal comme {name})',
    readOnlyInvestigator: 'Tu consultes ce dossier en tant qu\'enquêteur. Ajoute ci-dessous tes constatations et ton retour écrit au plaignant ; le Contrôle interne et la direction du corps décident de l\'attribution et de la clôture.',
    readOnlyHead: 'Tu consultes ce dossier disciplinaire en tant que chef de service concerné ; le chef de corps l\'ouvre et le clôture.',
    sectionFindings: 'Constatations de l\'enquête',
    findingsIntro: 'Ce que l\'enquêteur a constaté et écrit au plaignant. Une constatation ne compte que si elle a été ajoutée par l\'enquêteur à qui le dossier était alors attribué ; personne ne peut la modifier par la suite.',
    findingsEmpty: 'Pas encore de constatations.',
    findingKinds: { Bevinding: 'Constatation', Terugkoppeling: 'Retour écrit au plaignant' },
    findingKind: 'Type',
    findingText: 'Texte',
    findingBy: '{date} · {author}',
    addFinding: 'Ajouter une constatation',
    findingAdded: 'Ta constatation a été ajoutée.',
    findingNotCounted: 'Ne compte pas : ajoutée par {author}, qui n\'était alors pas l\'enquêteur de ce dossier.',
    sectionVersions: 'Historique selon SharePoint',
    versionsIntro: 'Chaque modification du statut, de l\'enquêteur ou du dossier disciplinaire, avec qui l\'a enregistrée selon l\'historique des versions de SharePoint.',
    versionLine: '{date} · {editor} : {what}',
    routingFields: { status: 'statut', investigator: 'enquêteur', disciplinary: 'dossier disciplinaire' },
    changedOutside: 'Modifié en dehors de l\'application',
    tamperNotice: 'Modifié en dehors de l\'application : une personne qui n\'y était pas habilitée a modifié le statut, l\'enquêteur ou le dossier disciplinaire. Cette modification ne donne accès à personne ; consulte l\'historique ci-dessous.',
    historyClaimed: 'l\'historique de l\'application mentionnait {names}',
    historyCopy: 'Historique tel que noté par l\'application (copie ; en cas de différence, l\'historique selon SharePoint prévaut)',
    saveDetails: 'Enregistrer les notes',
    statuses: {
      Ontvangen: 'Reçue',
      'In onderzoek': 'En enquête',
      'Terugkoppeling aan klager': 'Retour au plaignant',
      Afgesloten: 'Clôturée',
      Tuchtdossier: 'Dossier disciplinaire',
    },
    channels: {
      Onthaal: 'Accueil',
      'E-mail': 'E-mail',
      Telefoon: 'Téléphone',
      Brief: 'Lettre',
      Website: 'Site web',
      'Comité P': 'Comité P',
      'Via de burgemeester': 'Par le bourgmestre',
      Andere: 'Autre',
    },
    outcomes: { Gegrond: 'Fondée', 'Deels gegrond': 'Partiellement fondée', Ongegrond: 'Non fondée', 'Niet ontvankelijk': 'Irrecevable', Ingetrokken: 'Retirée' },
    actionLabels: {
      assignInvestigator: 'Attribuer un enquêteur',
      reassignInvestigator: 'Réattribuer',
      sendFeedback: 'Enregistrer le retour écrit',
      close: 'Clôturer le dossier',
      dismiss: 'Clôturer sans enquête',
      openDisciplinary: 'Ouvrir un dossier disciplinaire',
      closeDisciplinary: 'Clôturer le dossier disciplinaire',
    },
    refusals: {
      invalidTransition: "Cette décision n'est plus possible dans le statut actuel.",
      notAllowed: 'Cette décision est réservée à un autre rôle.',
      reasonRequired: 'Indiquez une motivation.',
      notInvestigator: "Seul l'enquêteur désigné peut le faire.",
      investigatorRequired: 'Choisissez un enquêteur.',
      outcomeRequired: 'Choisissez le résultat.',
      invalidFeedbackDate: "La date du retour se situe entre la réception et aujourd'hui.",
      disciplinaryHeadRequired: 'Choisissez le chef de service concerné.',
    },
    publishedTitle: 'Rapports publiés',
    publishedEmpty: 'Aucun rapport publié pour le moment.',
  },
  listing: {
    title: 'Liste mensuelle',
    heading: 'Liste mensuelle du Contrôle interne : {month}',
    month: 'Mois',
    intro: "Les activités du Contrôle interne au cours du mois, sans données personnelles : uniquement la référence, le point d'attention et le service.",
    total: 'Activités au total : {count}',
    byKind: 'Par activité',
    byDienst: 'Par service',
    activities: 'Activités',
    date: 'Date',
    activity: 'Activité',
    count: 'Nombre',
    noDienst: 'Aucun service',
    empty: 'Aucune activité ce mois-ci.',
    kinds: {
      complaintReceived: 'Plainte reçue',
      assignInvestigator: 'Enquêteur attribué',
      reassignInvestigator: 'Réattribuée',
      sendFeedback: 'Retour écrit au plaignant',
      dismiss: 'Clôturée sans enquête',
      close: 'Dossier clôturé',
      openDisciplinary: 'Dossier disciplinaire ouvert',
      closeDisciplinary: 'Dossier disciplinaire clôturé',
    },
  },
  figures: {
    title: 'Chiffres annuels',
    heading: 'Chiffres annuels de la gestion des plaintes {year}',
    intro: 'Chiffres anonymes pour le rapport annuel de la ZP CARMA.',
    legend: "Les nombres de 1 à 4 ne sont pas affichés (<5) ; si nécessaire, un autre nombre est masqué (x), afin que personne ne soit identifiable.",
    received: 'Plaintes reçues',
    byTheme: "Par point d'attention",
    byDienst: 'Par service',
    byOutcome: 'Par résultat',
    disciplinary: 'Dossiers disciplinaires',
    leadTime: 'Délai de traitement',
    closed: 'Dossiers clôturés',
    medianDays: 'Délai médian : {count} jours',
    medianHidden: 'Délai médian : non publié (trop peu de dossiers).',
    label: 'Libellé',
    count: 'Nombre',
    total: 'Total',
    open: 'En cours',
    noDienst: 'Aucun service',
  },
  dashboard: {
    title: 'Tableau de bord des plaintes',
    intro: 'Alimenté automatiquement par le registre des plaintes, pour le suivi et l’analyse des plaintes et de leur traitement.',
    year: 'Année',
    restricted: 'Le tableau de bord des dossiers de plainte est réservé à la direction du corps et au Contrôle interne. Vous trouverez ci-dessous les rapports publiés.',
    notForYou:
      "Le tableau de bord des plaintes est destiné à la direction du corps et au Contrôle interne, les rapports aux chefs de service, au comité de direction et au collège de police. Il n'y a rien à voir ici pour vous.",
    received: 'Reçues',
    closed: 'Clôturées',
    open: 'En cours',
    medianLead: 'Délai médian (jours)',
    averageFeedback: "Moyenne jusqu'au retour (jours)",
    disciplinary: 'Dossiers disciplinaires',
    perMonth: 'Reçues et clôturées par mois',
    perMonthSummary: 'En {year} : {received} reçues et {closed} clôturées ; le plus de plaintes reçues en {peak}.',
    openByStatus: 'Dossiers en cours par statut',
    byTheme: "Par point d'attention",
    byDienst: 'Par service',
    byOutcome: 'Par résultat',
    chartSummary: '{title} : {items}.',
    showTable: 'Sous forme de tableau',
    month: 'Mois',
    count: 'Nombre',
    notAvailable: 's.o.',
  },
};

/** English (United States). */
export const registersEN: RegisterStrings = {
  title: 'Registers',
  intro:
    'Declare here what the integrity policy asks of you: a gift you could not refuse, a side activity before it starts, and damage to equipment. You see your own declarations and how they are handled.',
  common: {
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved.',
    cancel: 'Cancel',
    back: 'Back to the overview',
    loadMore: 'Show more',
    submit: 'Submit',
    submitting: 'Sending…',
    optional: 'optional',
    choose: 'Choose…',
    none: '—',
    status: 'Status',
    dienst: 'Department',
    reportedBy: 'Reported by',
    reportedOn: 'Reported on',
    history: 'History',
    historyEmpty: 'No steps yet.',
    queued: 'No connection to SharePoint: your declaration is kept on this device and will be sent as soon as SharePoint can be reached.',
    outboxPending: {
      one: '{count} declaration is waiting for a connection and will be sent automatically.',
      other: '{count} declarations are waiting for a connection and will be sent automatically.',
    },
    conflict: 'Someone else changed this in the meantime. The latest version is now shown; check it and try again.',
    fixProblems: 'Not everything is filled in correctly. Fix the marked fields; nothing has been saved yet.',
    print: 'Print',
    exportCsv: 'Export (CSV)',
    exportHtml: 'Export (HTML)',
    publish: 'Publish for the recipients',
    publishing: 'Publishing…',
    publishedOn: 'Published on {date}.',
    notPublished: 'Not published yet.',
    recipients: 'For the heads of department, the management committee and the police board.',
    yourReports: 'Your declarations',
    allReports: 'All declarations',
    empty: 'No declarations yet.',
    open: 'Open',
    reason: 'Reason',
    euro: '€{amount}',
    problems: {
      required: 'Fill in this field.',
      invalidNumber: 'Enter a number, for example 25 or 12.50.',
      negative: 'The number cannot be negative.',
      invalidDate: 'Enter a valid date.',
      inFuture: 'This date is in the future.',
      startInPast: 'A side activity is declared beforehand: the start date is today or later.',
      endBeforeStart: 'The end date is before the start date.',
      invalidTime: 'Enter a time as hh:mm, for example 14:30.',
    },
    handlingStatus: { Gemeld: 'Reported', 'In behandeling': 'In progress', Afgehandeld: 'Handled' },
  },
  actions: {
    declareGift: 'Report a gift',
    declareSideActivity: 'Declare a side activity',
    reportDamage: 'Report damage',
  },
  gifts: {
    title: 'Gifts',
    formTitle: 'Report a gift, offer or allowance',
    policy:
      'Could you not refuse a gift, offer or occasional allowance? Always report it to Internal Oversight. Offers of private work, discounts and other favours are never accepted; New Year gifts are never accepted personally.',
    kind: 'Kind',
    what: 'What',
    whatHint: 'For example: a bottle of wine, a €20 voucher, an invitation to a match.',
    giver: 'From whom',
    value: 'Estimated value (€)',
    valueHint: 'An estimate is enough.',
    receivedOn: 'Date',
    whyNotRefused: 'Why it could not be refused',
    decision: 'What happened to it',
    handlingNotes: 'Follow-up by Internal Oversight',
    handlingTitle: 'Handling by Internal Oversight',
    flagsTitle: 'What is not accepted',
    flagsNeverBody: 'This looks like {flags}. Such offers are never accepted: they go back to whoever made them.',
    flagsPersonalBody: 'This looks like {flags}. A New Year gift is never accepted personally; Internal Oversight decides whether it goes to the service, a good cause or back.',
    created: 'Internal Oversight has received your report.',
    viewReport: 'View your report',
    neverAccepted: 'An offer of private work, a discount or another favour is never accepted: choose “Returned to the giver”.',
    neverAcceptPersonally: 'A New Year gift is never accepted personally.',
    kinds: {
      Attentie: 'Gift',
      'Incidentele vergoeding': 'Occasional allowance',
      'Aanbieding voor privéwerkzaamheden': 'Offer of private work',
      Korting: 'Discount',
      'Andere gunst': 'Other favour',
      Nieuwjaarsgeschenk: 'New Year gift',
    },
    decisions: {
      'Teruggegeven aan de schenker': 'Returned to the giver',
      'Geschonken aan een goed doel': 'Given to charity',
      'Gedeeld binnen de dienst': 'Shared within the department',
      Vernietigd: 'Destroyed',
      'Persoonlijk behouden': 'Kept personally',
    },
    flags: { privateOffer: 'an offer of private work', discount: 'a discount', newYearGift: 'a New Year gift', favour: 'another favour' },
  },
  sideActivities: {
    title: 'Side activities',
    formTitle: 'Declare a side activity',
    policy:
      'Declare every side activity before it starts. Operational staff: some activities are absolutely incompatible (doorman and other security work, a professional activity in class I and II gambling establishments), others are incompatible under special legislation, among others member of an emergency service or ambulance crew, practical driving instruction on the public road and special rural guard. The police board gives its advice within 45 calendar days of receipt, after a talk with the chief of police. CaLog staff: declare the activity beforehand and in writing to the police board. Every side activity is suspended automatically during an absence for illness, a work accident, an accident on the way to or from work, an occupational disease, leave for illness or reduced duties for medical reasons.',
    kader: 'Staff category',
    kaderOps: 'Ops (operational staff)',
    kaderCaLog: 'CaLog (administrative and logistic staff)',
    kind: 'Kind of activity',
    activity: 'Activity',
    description: 'Description',
    organisation: 'Employer or organisation',
    startDate: 'Start date',
    startHint: 'You declare beforehand: today or later.',
    endDate: 'End date',
    hoursPerMonth: 'Hours per month',
    period: 'Period',
    periodOpen: 'from {start}',
    incompatibleTitle: { absoluut: 'Absolutely incompatible with operational staff', bijzondereWetgeving: 'Incompatible with operational staff under special legislation' },
    incompatibleBody: '{name}: this activity cannot be allowed for operational staff. You can still declare it; the police board will refuse it.',
    amongOthers: 'Special legislation names these activities among others; the list is not exhaustive.',
    suspectedTitle: 'Possibly incompatible',
    suspectedBody: 'The description suggests: {names}. Choose the right kind of activity: an incompatibility of operational staff cannot be allowed.',
    created: 'Your declaration is registered as a written declaration to the police board.',
    createdOps: 'Your declaration has been submitted. The police board gives its advice within 45 calendar days of receipt.',
    viewDeclaration: 'View your declaration',
    declaredBy: 'Declared by',
    adviceTitle: 'Advice term of the police board',
    receivedOn: 'Received on',
    deadline: 'Advice due by',
    daysLeft: '{count} calendar days left.',
    daysLate: '{count} calendar days past the term.',
    adviceGivenOn: 'Advice given on {date}.',
    adviceLate: 'The advice came after the term.',
    remindersOn: 'Reminders on {dates}.',
    noClock: 'The 45-calendar-day term runs from receipt by the police board (operational staff only).',
    reminderTitle: 'Reminder: advice on side activities',
    reminderBody: '{soon}, {overdue}. First deadline: {date}.',
    reminderSoon: { one: '{count} advice due within 10 days', other: '{count} advices due within 10 days' },
    reminderOverdue: { one: '{count} term expired', other: '{count} terms expired' },
    clock: { onTime: 'Within the term', dueSoon: 'Term ending soon', overdue: 'Term expired', given: 'Advice given' },
    exerciseTitle: 'Exercise',
    stateActive: 'Being exercised.',
    stateSuspended: 'Suspended automatically since {date} because of {causes}. The activity resumes the day after the absence ends.',
    stateInactive: 'Not being exercised: not allowed yet, ended or outside its period.',
    exerciseHidden: 'Only HR, the police leadership and the staff member see whether the activity is suspended: it depends on absences (medical data).',
    suspensionsTitle: 'Suspensions',
    suspensionPeriod: 'From {start} to {end} inclusive ({causes}); resumed on {resumes}.',
    suspensionOngoing: 'Since {start} ({causes}); still running.',
    decisionsTitle: 'Decisions',
    registerReceipt: 'Register receipt',
    receiptHint: 'The 45-calendar-day term starts on the day of receipt.',
    talkTitle: 'Talk with the chief of police',
    talkOn: 'Talk with the chief of police on {date}.',
    talkPending: "The police board's advice rests on a talk between the staff member and the chief of police; that talk is not recorded yet.",
    talkDate: 'Date of the talk',
    recordTalk: 'Record the talk',
    advice: 'Advice of the police board',
    adviceReason: 'Reason',
    adviceConditions: 'Conditions or reason',
    saveAdvice: 'Record the advice',
    endActivity: 'Record the end',
    endDateLabel: 'Last day',
    adviceValues: { Gunstig: 'Favourable', 'Gunstig onder voorwaarden': 'Favourable with conditions', Ongunstig: 'Unfavourable' },
    statuses: {
      Aangevraagd: 'Requested',
      'Advies gevraagd': 'Advice requested',
      'Schriftelijk gemeld': 'Declared in writing',
      Toegestaan: 'Allowed',
      Geweigerd: 'Refused',
      Beëindigd: 'Ended',
    },
    kinds: {
      security: 'Doorman and other security work',
      kansspelinrichting: 'Professional work in a class I or II gambling establishment',
      hulpdienst: 'Operational member of an emergency service or ambulance worker',
      rijschool: 'Practical driving instruction on the public road (licensed driving school)',
      'bijzonder-veldwachter': 'The office of special rural constable',
      andere: 'Other activity',
    },
    historyActions: {
      declare: 'declared',
      registerReceipt: 'receipt registered',
      recordTalk: 'talk with the chief of police recorded',
      allow: 'advice: allowed',
      refuse: 'advice: refused',
      end: 'ended',
    },
    historyLine: '{date} · {actor}: {action}',
    refusals: {
      invalidTransition: 'This step is no longer possible in the current status.',
      notAllowed: 'This step is reserved for the police board or the person who declared the activity.',
      reasonRequired: 'Give a reason.',
      invalidReceipt: 'The receipt cannot be before the declaration or in the future.',
      talkRequired: 'The advice rests on the talk with the chief of police: record it first.',
      invalidTalkDate: 'The talk lies between the declaration and today.',
      incompatible: 'This activity is incompatible with operational staff (absolutely or under special legislation) and cannot be allowed.',
      invalidEndDate: 'Enter a valid last day.',
      adviceRequired: 'Choose the advice.',
      conditionsRequired: 'Describe the conditions of the favourable advice.',
    },
  },
  absences: {
    title: 'Absences',
    intro: 'During these absences every side activity is suspended automatically. Only HR, the police leadership and the staff member see them.',
    kind: 'Kind of absence',
    start: 'From',
    end: 'Until',
    ongoing: 'ongoing',
    register: 'Register an absence',
    registerEnd: 'Register the end',
    endOn: 'Last day of the absence',
    empty: 'No absences registered.',
    kinds: {
      Ziekte: 'Illness',
      Arbeidsongeval: 'Work accident',
      'Ongeval op de weg naar of van het werk': 'Accident on the way to or from work',
      Beroepsziekte: 'Occupational disease',
      'Disponibiliteit wegens ziekte': 'Leave for illness',
      'Verminderde prestaties om medische redenen': 'Reduced duties for medical reasons',
      Verlof: 'Leave',
      'Andere afwezigheid': 'Other absence',
    },
  },
  damage: {
    title: 'Equipment damage',
    formTitle: 'Report damage to Logistics',
    policy: 'Take care of the equipment, gear, vehicles, premises and software. Report any damage to Logistics as soon as possible.',
    category: 'Category',
    what: 'What is damaged',
    location: 'Where',
    occurredOn: 'Date',
    occurredTime: 'Time',
    object: 'Vehicle or item',
    objectHint: 'Licence plate, inventory number …',
    description: 'What happened',
    photo: 'Photo',
    photoHint: 'A photo helps Logistics; it is kept as an attachment of the report.',
    photos: 'Photos',
    photoNotSaved: 'The report is saved, but the photo could not be. Send it to Logistics directly.',
    handlingTitle: 'Follow-up by Logistics',
    handlingNotes: 'Follow-up',
    created: 'Logistics has received your report. You can follow its handling here.',
    viewReport: 'View your report',
    categories: { Materiaal: 'Equipment', Uitrusting: 'Gear', Voertuig: 'Vehicle', Gebouw: 'Building or premises', Software: 'Software' },
  },
  complaints: {
    title: 'Complaints',
    intro: 'Confidential. You only see the files you handle; every consultation is logged and kept for 5 years.',
    register: 'Register a complaint',
    intakeTitle: 'Register a new complaint',
    intakeNote: 'The file gets its own permissions when it is registered: only the police leadership and Internal Oversight see it, the investigator once assigned.',
    filterOpen: 'Open files',
    filterClosed: 'Closed in',
    year: 'Year',
    reference: 'Reference',
    referenceHint: 'ISLP reference, if known. Without a reference the file gets a register number.',
    subject: 'Subject',
    receivedOn: 'Received on',
    channel: 'Channel',
    complainantName: 'Complainant name',
    complainantContact: 'Complainant contact details',
    complainantTitle: 'Complainant',
    facts: 'Facts',
    theme: 'Theme',
    involvedStaff: 'Staff involved',
    involvedStaffPlaceholder: 'Type a name to search',
    involvedStaffOpen: 'Show all staff',
    involvedStaffNone: 'No staff member found for "{query}"',
    involvedStaffRemove: 'Remove {name}',
    evidence: 'Images (references)',
    evidenceHint: 'References to bodycam, drone or ANPR images, one per line. The images themselves are not stored.',
    investigator: 'Investigator',
    investigatorFunction: { diensthoofd: 'head of department', hinp: 'chief inspector' },
    unassigned: 'Not assigned yet',
    empty: 'No files.',
    emptyInvestigator: 'No files are assigned to you.',
    noAccessTitle: 'Confidential files',
    noAccessBody: 'Complaint files are only visible to the police leadership, Internal Oversight and the assigned investigator.',
    confidential: 'Confidential file. This consultation has been logged.',
    created: 'The complaint has been registered.',
    sectionComplaint: 'Complaint',
    sectionInvestigation: 'Investigation',
    investigationNotes: 'Investigation notes',
    feedbackText: 'Letter to the complainant',
    feedbackDate: 'Sent on',
    feedbackTemplate:
      'Dear {complainant},\n\nOn {receivedOn} we received your complaint (reference {reference}). Thank you for bringing this to our attention.\n\nThe complaint was investigated internally by {investigator}. [Briefly describe the investigation and the findings.]\n\nBased on this investigation, we consider your complaint: {outcome}. [Explain the measures taken or why the complaint is not founded.]\n\nFor further questions, please contact the Internal Oversight service of police zone CARMA, quoting the reference.\n\nKind regards,\n\n{investigator}\nPolice zone CARMA',
    useTemplate: 'Fill in the template',
    outcome: 'Outcome',
    sectionSpoc: 'Feedback to the mayors (SPOC)',
    spocFeedback: 'Feedback to the mayors’ offices',
    mayorFeedbackOn: 'Sent on',
    sectionDecisions: 'Decisions',
    decision: 'Decision',
    noActions: 'You cannot take a decision in this status.',
    disciplinaryHead: 'Head of department involved',
    disciplinaryOpenedOn: 'Disciplinary file opened on',
    closedOn: 'Closed on',
    sectionHistory: 'History',
    historyLine: '{date} · {actor}: {action}',
    sectionConsultations: 'Consultations',
    consultationsIntro: 'Who consulted this file (log kept for 5 years; nobody can change or delete it).',
    consultedBy: 'Who',
    consultedAt: 'When',
    consultationAction: 'Action',
    auditActions: { Geraadpleegd: 'Consulted', Gewijzigd: 'Changed', Geëxporteerd: 'Exported', Afgedrukt: 'Printed', Opgelijst: 'Listed in the register', Geteld: 'Counted in a report' },
    claimedName: '(entered in the log as {name})',
    readOnlyInvestigator: 'You are reading this dossier as its investigator. Add your findings and your written feedback to the complainant below; Internal Oversight and the force command decide on assignment and closing.',
    readOnlyHead: 'You are reading this disciplinary file as the head of service involved; the chief of police opens and closes it.',
    sectionFindings: 'Investigation findings',
    findingsIntro: 'What the investigator found and wrote to the complainant. A finding counts only if it was added by the investigator the dossier was assigned to at the time; nobody can change it afterwards.',
    findingsEmpty: 'No findings yet.',
    findingKinds: { Bevinding: 'Finding', Terugkoppeling: 'Written feedback to the complainant' },
    findingKind: 'Kind',
    findingText: 'Text',
    findingBy: '{date} · {author}',
    addFinding: 'Add finding',
    findingAdded: 'Your finding was added.',
    findingNotCounted: 'Does not count: added by {author}, who was not this dossier\'s investigator at the time.',
    sectionVersions: 'History according to SharePoint',
    versionsIntro: 'Every change of status, investigator or disciplinary file, with who saved it according to SharePoint\'s version history.',
    versionLine: '{date} · {editor}: {what}',
    routingFields: { status: 'status', investigator: 'investigator', disciplinary: 'disciplinary file' },
    changedOutside: 'Changed outside the app',
    tamperNotice: 'Changed outside the app: someone not entitled to it changed the status, the investigator or the disciplinary file. That change gives nobody access; see the history below.',
    historyClaimed: 'the app\'s history named {names}',
    historyCopy: 'History as the app noted it (a copy; where it differs, the history according to SharePoint holds)',
    saveDetails: 'Save notes',
    statuses: {
      Ontvangen: 'Received',
      'In onderzoek': 'Under investigation',
      'Terugkoppeling aan klager': 'Feedback to complainant',
      Afgesloten: 'Closed',
      Tuchtdossier: 'Disciplinary file',
    },
    channels: {
      Onthaal: 'Front desk',
      'E-mail': 'Email',
      Telefoon: 'Phone',
      Brief: 'Letter',
      Website: 'Website',
      'Comité P': 'Comité P',
      'Via de burgemeester': 'Through the mayor',
      Andere: 'Other',
    },
    outcomes: { Gegrond: 'Founded', 'Deels gegrond': 'Partly founded', Ongegrond: 'Unfounded', 'Niet ontvankelijk': 'Inadmissible', Ingetrokken: 'Withdrawn' },
    actionLabels: {
      assignInvestigator: 'Assign an investigator',
      reassignInvestigator: 'Reassign',
      sendFeedback: 'Record the written feedback',
      close: 'Close the file',
      dismiss: 'Close without investigation',
      openDisciplinary: 'Open a disciplinary file',
      closeDisciplinary: 'Close the disciplinary file',
    },
    refusals: {
      invalidTransition: 'This decision is no longer possible in the current status.',
      notAllowed: 'This decision is reserved for another role.',
      reasonRequired: 'Give a reason.',
      notInvestigator: 'Only the assigned investigator can do this.',
      investigatorRequired: 'Choose an investigator.',
      outcomeRequired: 'Choose the outcome.',
      invalidFeedbackDate: 'The feedback date lies between the receipt and today.',
      disciplinaryHeadRequired: 'Choose the head of department involved.',
    },
    publishedTitle: 'Published reports',
    publishedEmpty: 'No reports published yet.',
  },
  listing: {
    title: 'Monthly listing',
    heading: 'Monthly listing of Internal Oversight: {month}',
    month: 'Month',
    intro: 'The activities of Internal Oversight in the month, without personal data: only reference, theme and department.',
    total: 'Activities in total: {count}',
    byKind: 'Per activity',
    byDienst: 'Per department',
    activities: 'Activities',
    date: 'Date',
    activity: 'Activity',
    count: 'Count',
    noDienst: 'No department',
    empty: 'No activities in this month.',
    kinds: {
      complaintReceived: 'Complaint received',
      assignInvestigator: 'Investigator assigned',
      reassignInvestigator: 'Reassigned',
      sendFeedback: 'Written feedback to the complainant',
      dismiss: 'Closed without investigation',
      close: 'File closed',
      openDisciplinary: 'Disciplinary file opened',
      closeDisciplinary: 'Disciplinary file closed',
    },
  },
  figures: {
    title: 'Annual figures',
    heading: 'Annual complaint figures {year}',
    intro: 'Anonymous figures for the annual report of police zone CARMA.',
    legend: 'Counts from 1 to 4 are not shown (<5); where needed another count is hidden too (x), so that nobody can be identified.',
    received: 'Complaints received',
    byTheme: 'Per theme',
    byDienst: 'Per department',
    byOutcome: 'Per outcome',
    disciplinary: 'Disciplinary files',
    leadTime: 'Lead time',
    closed: 'Files closed',
    medianDays: 'Median lead time: {count} days',
    medianHidden: 'Median lead time: not published (too few files).',
    label: 'Label',
    count: 'Count',
    total: 'Total',
    open: 'Open',
    noDienst: 'No department',
  },
  dashboard: {
    title: 'Complaints dashboard',
    intro: 'Fed automatically from the complaints register, to monitor and analyse complaints and their handling.',
    year: 'Year',
    restricted: 'The dashboard of complaint files is reserved for the police leadership and Internal Oversight. The published reports are listed below.',
    notForYou:
      'The complaints dashboard is for the police leadership and Internal Oversight, the reports for the heads of service, the management board and the police college. There is nothing here for you.',
    received: 'Received',
    closed: 'Closed',
    open: 'Open',
    medianLead: 'Median lead time (days)',
    averageFeedback: 'Average to feedback (days)',
    disciplinary: 'Disciplinary files',
    perMonth: 'Received and closed per month',
    perMonthSummary: 'In {year}: {received} received and {closed} closed; most received in {peak}.',
    openByStatus: 'Open files per status',
    byTheme: 'Per theme',
    byDienst: 'Per department',
    byOutcome: 'Per outcome',
    chartSummary: '{title}: {items}.',
    showTable: 'As a table',
    month: 'Month',
    count: 'Count',
    notAvailable: 'n/a',
  },
};
