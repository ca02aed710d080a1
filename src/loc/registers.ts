import type { ComplaintAction, ComplaintChannel, ComplaintOutcome, ComplaintStatus, ListingKind } from '../domain/complaints';
import type {
  AbsenceKind,
  AdviceStatus,
  DamageCategory,
  GiftDecision,
  GiftFlag,
  GiftKind,
  HandlingStatus,
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
    noAccess: string;
    queued: string;
    outboxPending: string;
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
    days: string;
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
    flagsBody: string;
    created: string;
    viewReport: string;
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
    incompatibleTitle: string;
    incompatibleBody: string;
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
    clock: Labels<AdviceStatus>;
    exerciseTitle: string;
    stateActive: string;
    stateSuspended: string;
    stateInactive: string;
    suspensionsTitle: string;
    suspensionPeriod: string;
    suspensionOngoing: string;
    decisionsTitle: string;
    registerReceipt: string;
    receiptHint: string;
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
      absolutelyIncompatible: string;
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
    sectionFeedback: string;
    feedbackText: string;
    feedbackDate: string;
    feedbackTemplate: string;
    useTemplate: string;
    outcome: string;
    sectionSpoc: string;
    spocFeedback: string;
    mayorFeedbackOn: string;
    sectionDecisions: string;
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
    published: string;
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
    published: string;
    open: string;
    noDienst: string;
  };
  dashboard: {
    title: string;
    intro: string;
    year: string;
    restricted: string;
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
    noAccess: 'Je hebt geen toegang tot dit register.',
    queued: 'Geen verbinding met SharePoint: je melding is bewaard op dit toestel en wordt verstuurd zodra SharePoint bereikbaar is.',
    outboxPending: '{count} melding(en) wachten op verbinding en worden automatisch verstuurd.',
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
    days: '{count} dagen',
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
    flagsTitle: 'Nooit persoonlijk aanvaarden',
    flagsBody: 'Dit lijkt op: {flags}. Zulke aanbiedingen worden nooit persoonlijk aanvaard; Intern Toezicht beslist wat ermee gebeurt.',
    created: 'Je melding is ontvangen door Intern Toezicht.',
    viewReport: 'Bekijk je melding',
    neverAcceptPersonally: 'Een aanbieding voor privéwerk, een korting, een nieuwjaarsgeschenk of een andere gunst mag nooit persoonlijk behouden worden.',
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
      'Meld elke nevenactiviteit vóór ze start. Ops-kader: het politiecollege geeft binnen 45 kalenderdagen na ontvangst advies, na een gesprek met de korpschef. CaLog: je meldt de activiteit vooraf en schriftelijk aan het politiecollege. Elke cumul wordt van ambtswege opgeschort tijdens afwezigheid wegens ziekte, arbeidsongeval, ongeval op de weg naar of van het werk, beroepsziekte, disponibiliteit wegens ziekte of verminderde prestaties om medische redenen.',
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
    incompatibleTitle: 'Absoluut onverenigbaar voor het Ops-kader',
    incompatibleBody: '{name}: deze activiteit kan voor het Ops-kader nooit worden toegestaan. Je kunt ze toch aangeven; het politiecollege zal ze weigeren.',
    suspectedTitle: 'Mogelijk onverenigbaar',
    suspectedBody: 'De omschrijving doet denken aan: {names}. Kies de juiste soort activiteit: een absolute onverenigbaarheid van het Ops-kader kan niet worden toegestaan.',
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
    clock: { onTime: 'Binnen de termijn', dueSoon: 'Termijn loopt bijna af', overdue: 'Termijn verstreken', given: 'Advies gegeven' },
    exerciseTitle: 'Uitoefening',
    stateActive: 'Wordt uitgeoefend.',
    stateSuspended: 'Van ambtswege opgeschort sinds {date} wegens {causes}. De activiteit hervat de dag na het einde van de afwezigheid.',
    stateInactive: 'Niet in uitoefening: nog niet toegestaan, beëindigd of buiten de periode.',
    suspensionsTitle: 'Opschortingen',
    suspensionPeriod: 'Van {start} tot en met {end} ({causes}); hervat op {resumes}.',
    suspensionOngoing: 'Sinds {start} ({causes}); loopt nog.',
    decisionsTitle: 'Beslissingen',
    registerReceipt: 'Ontvangst registreren',
    receiptHint: 'De termijn van 45 kalenderdagen start op de dag van ontvangst.',
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
      absolutelyIncompatible: 'Deze activiteit is absoluut onverenigbaar met het Ops-kader en kan niet worden toegestaan.',
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
    sectionFeedback: 'Schriftelijke terugkoppeling aan de klager',
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
    published: 'Gepubliceerde maandlijst van {date}.',
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
    published: 'Gepubliceerde jaarcijfers van {date}.',
    open: 'Lopend',
    noDienst: 'Geen dienst',
  },
  dashboard: {
    title: 'Dashboard klachten',
    intro: 'Automatisch gevoed uit het klachtenregister, voor de opvolging en analyse van klachten en hun behandeling.',
    year: 'Jaar',
    restricted: 'Het dashboard met de klachtendossiers is voorbehouden aan de korpsleiding en Intern Toezicht. Hieronder vind je de gepubliceerde rapportages.',
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
