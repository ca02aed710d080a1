import type { ProposalOrigin } from '../domain/proposal/origin';
import type { ProposalActivity } from '../domain/proposal/activity';
import type { ComiteKey, Overleggroep, UitvoerderKind } from '../domain/proposal/bodies';
import type { CascadeStepKey } from '../domain/proposal/cascade';
import type { ProposalAction, ProposalRole } from '../domain/proposal/proposal';
import type { RouteRuleId } from '../domain/proposal/routing';
import type { Plural } from './strings';
import type { ProposalStatus, ProposalTopic } from '../domain/proposal/statuses';

/** Strings of the Verbetervoorstellen views (Q&W proposals, validation, agenda, comités, notifications). Each language below must fill every key. */
export interface ProposalStrings {
  title: string;
  /** What Q&W means, said once on the proposals view. */
  qwExplained: string;
  /** Where a proposal comes from: a team Q&W, or the dienst's teamoverleg. */
  origin: {
    label: string;
    hint: string;
    meetingDate: string;
    meetingDateHint: string;
    options: Record<ProposalOrigin, string>;
    /** On the proposal and its timeline. */
    fromTeam: string;
    fromMeeting: string;
    notYours: string;
    dateRequired: string;
    dateInFuture: string;
    /** The author is not who submits for that origin (a value written outside the app). */
    authorMismatch: string;
  };
  sections: {
    navLabel: string;
    team: string;
    dienst: string;
    validation: string;
    agenda: string;
    comite: string;
    oversight: string;
  };
  /** The korpsleiding's oversight: proposals whose history SharePoint recorded differently from the flow. */
  oversight: {
    intro: string;
    run: string;
    running: string;
    none: string;
    flagged: string;
    open: string;
  };
  status: Record<ProposalStatus, string>;
  topic: Record<ProposalTopic, string>;
  comite: Record<ComiteKey, string>;
  uitvoerder: Record<UitvoerderKind, string>;
  overleggroep: Record<Overleggroep, string>;
  /** Button labels of the actions. */
  action: Record<ProposalAction, string>;
  /** What an action did, for the timeline: "{actor} heeft … gevalideerd". */
  done: Record<ProposalAction, string>;
  party: {
    proposer: string;
    teamQW: string;
    diensthoofd: string;
    directiecomite: string;
    comitevoorzitter: string;
    uitvoerder: string;
  };
  cascade: Record<CascadeStepKey, string>;
  /** The roles someone can act in. */
  role: Record<ProposalRole, string>;
  /** The phases of the flow, as the progress shows them. */
  phase: {
    team: string;
    diensthoofd: string;
    directiecomite: string;
    comite: string;
    uitvoering: string;
    result: string;
  };
  rule: Record<RouteRuleId, string>;
  activity: Record<ProposalActivity, string>;
  common: {
    number: string;
    dienst: string;
    topic: string;
    cost: string;
    noCost: string;
    submittedOn: string;
    proposer: string;
    back: string;
    cancel: string;
    more: string;
    expectedOn: string;
    overdue: string;
    noDienst: string;
    dismiss: string;
  };
  list: {
    heading: string;
    intro: string;
    empty: string;
    newProposal: string;
    nextStep: string;
    finished: string;
    lastDecision: string;
    chooseDienst: string;
    pending: Plural;
    pendingSent: Plural;
  };
  form: {
    heading: string;
    editHeading: string;
    intro: string;
    title: string;
    titleHint: string;
    problem: string;
    problemHint: string;
    improvement: string;
    improvementHint: string;
    description: string;
    dienst: string;
    topic: string;
    topicPlaceholder: string;
    cost: string;
    costHint: string;
    attachments: string;
    attachmentsHint: string;
    removeAttachment: string;
    draftSaved: string;
    draftRestored: string;
    discard: string;
    submit: string;
    saveChanges: string;
    submitting: string;
    submitted: string;
    queued: string;
    attachmentsQueued: string;
    required: string;
    tooLong: string;
    invalidAmount: string;
    fixErrors: string;
    saved: string;
    chooseFiles: string;
  };
  detail: {
    whereHeading: string;
    nextStep: string;
    finalHeading: string;
    contentHeading: string;
    problem: string;
    improvement: string;
    description: string;
    attachmentsHeading: string;
    noAttachments: string;
    addAttachments: string;
    actionsHeading: string;
    noActions: string;
    timelineHeading: string;
    noDecisions: string;
    inList: string;
    inListUnsaved: string;
    actingAs: string;
    /** A log entry that gives another person's name than its author's. */
    namedOther: string;
    /** A log entry by someone not entitled to the action: shown, counts for nothing. */
    notEntitled: string;
    /** The heading of what SharePoint recorded that the flow does not explain. */
    outsideAppHeading: string;
    outsideAppIntro: string;
    findingStatus: string;
    findingEntry: string;
    findingName: string;
    findingFeedback: string;
    showMore: string;
    showLess: string;
    reason: string;
    routedTo: string;
    assignedTo: string;
    agendaOf: string;
    progressHeading: string;
    progressLabel: string;
    progressSave: string;
    outcomeHeading: string;
    edit: string;
    statusChanged: string;
  };
  decision: {
    heading: string;
    reason: string;
    reasonRequired: string;
    reasonOptional: string;
    question: string;
    comite: string;
    suggestion: string;
    suggestionBecause: string;
    /** What led to a suggestion: the topic chosen, the words found in the texts, a cost estimate. */
    becauseTopic: string;
    becauseWords: Plural;
    becauseCost: string;
    /** The reason's label when the comité chosen is not the app's suggestion. */
    overrideReason: string;
    /** Shown when the comité chosen is not the app's suggestion and no reason was given. */
    overrideReasonMissing: string;
    uitvoerderKind: string;
    werkgroep: string;
    newWerkgroep: string;
    newWerkgroepName: string;
    newWerkgroepMandate: string;
    overleggroep: string;
    meeting: string;
    done: string;
    notified: Plural;
    notifiedFailed: Plural;
    queuedLog: string;
  };
  refused: {
    invalidTransition: string;
    notAllowed: string;
    reasonRequired: string;
    wrongDienst: string;
    notChair: string;
    comiteRequired: string;
    uitvoerderRequired: string;
    overleggroepRequired: string;
    werkgroepNameRequired: string;
    overleggroepNotExpected: string;
    invalidMeeting: string;
    notEditable: string;
    cascadeNotAllowed: string;
  };
  queue: {
    heading: string;
    intro: string;
    empty: string;
  };
  agenda: {
    heading: string;
    intro: string;
    closes: string;
    empty: string;
    later: string;
    select: string;
    decisionLabel: string;
    decideRoute: string;
    decideReject: string;
    decidePostpone: string;
    confirmSelected: string;
    confirmed: Plural;
    confirmFailed: string;
    selectedCount: string;
  };
  comiteWork: {
    heading: string;
    intro: string;
    empty: string;
    toAssign: string;
    assigned: string;
    inProgress: string;
  };
  feedback: {
    heading: string;
    heldOn: string;
    record: string;
    recorded: string;
    next: string;
    complete: string;
    publish: string;
    publishTitle: string;
    publishBody: string;
    published: string;
    perDienst: string;
  };
  notifications: {
    button: string;
    buttonUnread: string;
    heading: string;
    empty: string;
    /** Read out (not shown) after an unread notification's text. */
    unread: string;
    loadError: string;
    markAllRead: string;
    markAllReadFailed: string;
  };
}

/** Dutch (Belgium). */
export const proposalsNL: ProposalStrings = {
  title: 'Verbetervoorstellen',
  qwExplained: 'Q&W staat voor kwaliteit en welzijn. Elke dienst bespreekt ze in een team Q&W, of als vast agendapunt van een structureel teamoverleg; beide kunnen hier verbetervoorstellen indienen.',
  origin: {
    label: 'Voorgesteld door',
    hint: 'Het team Q&W van de dienst, of het teamoverleg met Q&W als vast agendapunt.',
    meetingDate: 'Datum van het teamoverleg',
    meetingDateHint: 'Het overleg waarop het voorstel besproken is.',
    options: { 'Team Q&W': 'Het team Q&W', Teamoverleg: 'Het teamoverleg (Q&W als vast agendapunt)' },
    fromTeam: 'Voorstel van het team Q&W {dienst}',
    fromMeeting: 'Voorstel van het teamoverleg {dienst} van {date}',
    notYours: 'Je kunt alleen indienen voor je eigen team Q&W of, als middenkader, voor het teamoverleg van je dienst.',
    dateRequired: 'Geef de datum van het teamoverleg.',
    dateInFuture: 'Het teamoverleg kan niet na vandaag liggen.',
    authorMismatch: '{name} staat niet in {origin} van {dienst} in de lijst Diensten: de herkomst is buiten de app ingevuld.',
  },
  sections: {
    navLabel: 'Onderdelen van de verbetervoorstellen',
    oversight: 'Controle',
    team: 'Onze voorstellen',
    dienst: 'Voorstellen van de dienst',
    validation: 'Te valideren',
    agenda: 'Agenda directiecomité',
    comite: 'Mijn comité',
  },
  oversight: {
    intro: 'Vergelijkt elk lopend voorstel en de 200 nieuwste met hun logboek en hun versiegeschiedenis in SharePoint: wat de stroom niet verklaart, staat hieronder.',
    run: 'Controle uitvoeren',
    running: '{checked} van {total} voorstellen nagekeken…',
    none: 'Geen afwijkingen in {count} nagekeken voorstellen.',
    flagged: '{flagged} van {count} nagekeken voorstellen zijn gewijzigd buiten de app.',
    open: 'Voorstel openen',
  },
  status: {
    Concept: 'Concept',
    Ingediend: 'Ingediend',
    Teruggestuurd: 'Teruggestuurd met vraag',
    Afgewezen: 'Afgewezen',
    Gevalideerd: 'Gevalideerd',
    'Op agenda directiecomité': 'Op agenda directiecomité',
    'Toegewezen aan comité': 'Bij het comité',
    'Toegewezen aan uitvoerder': 'Toegewezen aan uitvoerder',
    'In uitvoering': 'In uitvoering',
    Gerealiseerd: 'Gerealiseerd',
    'Niet weerhouden': 'Niet weerhouden',
  },
  topic: {
    'Aankoop of investering': 'Aankoop of investering',
    'Materiaal en uitrusting': 'Materiaal en uitrusting',
    Voertuigen: 'Voertuigen',
    'Bewapening en geweldsbeheersing': 'Bewapening en geweldsbeheersing',
    Opleiding: 'Opleiding',
    Personeel: 'Personeel',
    Communicatie: 'Communicatie',
    'Veiligheid en welzijn': 'Veiligheid en welzijn',
    'Operationele werking': 'Operationele werking',
    Innovatie: 'Innovatie',
    Andere: 'Andere',
  },
  comite: {
    preventiecomite: 'Preventiecomité',
    'hr-comite': 'HR-comité',
    communicatiecomite: 'Communicatiecomité',
    aankoopcomite: 'Aankoopcomité',
    'operationeel-comite': 'Operationeel Comité',
  },
  uitvoerder: {
    werkgroep: 'Werkgroep',
    'q-team': 'Q-team',
    voertuigcomite: 'Voertuigcomité',
    'cel-gwb': 'Cel Geweldsbeheersing (GWB)',
    overleggroep: 'Overleggroep',
  },
  overleggroep: { drugs: 'Overleggroep drugs', personen: 'Overleggroep personen', vermogen: 'Overleggroep vermogen' },
  action: {
    submit: 'Indienen',
    withdraw: 'Terugtrekken',
    validate: 'Valideren',
    return: 'Terugsturen met vraag',
    reject: 'Afwijzen',
    resubmit: 'Opnieuw indienen',
    scheduleForDirectiecomite: 'Agenderen op latere vergadering',
    route: 'Verwijzen naar comité',
    rejectByDirectiecomite: 'Afwijzen',
    assign: 'Toewijzen',
    start: 'Uitvoering starten',
    realise: 'Gerealiseerd',
    notRetain: 'Niet weerhouden',
  },
  done: {
    submit: 'heeft het voorstel ingediend',
    withdraw: 'heeft het voorstel teruggetrokken',
    validate: 'heeft het voorstel gevalideerd',
    return: 'heeft het voorstel teruggestuurd met een vraag',
    reject: 'heeft het voorstel afgewezen',
    resubmit: 'heeft het voorstel opnieuw ingediend',
    scheduleForDirectiecomite: 'heeft het voorstel geagendeerd',
    route: 'heeft het voorstel verwezen naar een comité',
    rejectByDirectiecomite: 'heeft het voorstel afgewezen namens het directiecomité',
    assign: 'heeft het voorstel toegewezen',
    start: 'heeft de uitvoering gestart',
    realise: 'heeft het voorstel gerealiseerd verklaard',
    notRetain: 'heeft het voorstel niet weerhouden',
  },
  party: {
    proposer: 'De indiener',
    teamQW: 'Team Q&W {dienst}',
    diensthoofd: 'Het diensthoofd van {dienst}',
    directiecomite: 'Het directiecomité',
    comitevoorzitter: 'De voorzitter van het {comite}',
    uitvoerder: '{uitvoerder}',
  },
  cascade: {
    managementoverleg: 'Wekelijks managementoverleg',
    middenkaderoverleg: 'Middenkaderoverleg per dienst',
    'nieuwsbrief-teamoverleg': 'Nieuwsbrief en/of teamoverleg',
    pushbericht: 'Pushbericht op de SharePoint-pagina',
    'team-qw': 'Terugkoppeling aan het team Q&W',
  },
  role: {
    teamQW: 'lid van het team Q&W',
    teamoverleg: 'middenkader, voor het teamoverleg',
    diensthoofd: 'diensthoofd',
    directiecomite: 'lid van het directiecomité',
    comitevoorzitter: 'voorzitter van het comité',
    beheerder: 'beheerder',
  },
  phase: {
    team: 'Team Q&W',
    diensthoofd: 'Diensthoofd',
    directiecomite: 'Directiecomité',
    comite: 'Comité',
    uitvoering: 'Uitvoering',
    result: 'Resultaat',
  },
  rule: {
    aankoop: 'aankoop of investering',
    'q-team': 'materiaal of innovatie',
    voertuig: 'voertuig',
    geweldsbeheersing: 'bewapening, training of GPI 48',
    operationeel: 'operationele werking',
    drugs: 'fenomeen drugs',
    personen: 'fenomeen personen',
    vermogen: 'fenomeen vermogen',
    preventie: 'veiligheid en welzijn',
    hr: 'personeel en opleiding',
    communicatie: 'communicatie',
    standaard: 'geen regel van toepassing',
  },
  activity: {
    proposalSubmitted: '{actor} heeft "{title}" ingediend: aan jou om te valideren.',
    proposalDecided: '{actor} besliste over "{title}": {status}.',
    proposalAssigned: '{actor} heeft "{title}" aan jou toegewezen.',
  },
  common: {
    number: 'Voorstel {number}',
    dienst: 'Dienst',
    topic: 'Onderwerp',
    cost: 'Geschatte kost',
    noCost: 'Geen kost opgegeven',
    submittedOn: 'Ingediend op {date}',
    proposer: 'Ingediend door {name}',
    back: 'Terug naar de lijst',
    cancel: 'Annuleren',
    more: 'Meer voorstellen laden',
    expectedOn: 'verwacht tegen {date}',
    overdue: 'Over tijd',
    noDienst:
      'Je staat nog niet bij een dienst in de lijst Diensten. Vraag de beheerder van Integriteit CARMA om je toe te voegen; tot dan kun je hier voorstellen lezen maar niet indienen of valideren.',
    dismiss: 'Sluiten',
  },
  list: {
    heading: 'Voorstellen van {dienst}',
    intro: 'Elk voorstel van je team met waar het staat, wie nu aan zet is en tegen wanneer.',
    empty: 'Nog geen voorstellen. Een idee om het werk beter of veiliger te maken? Dien het in.',
    newProposal: 'Nieuw voorstel',
    nextStep: '{party} is aan zet',
    finished: 'Afgerond',
    lastDecision: 'Laatste beslissing op {date}',
    chooseDienst: 'Dienst',
    pending: {
      one: 'Ingediend maar nog niet in SharePoint: {count} voorstel wacht op de verbinding en wordt automatisch verstuurd.',
      other: 'Ingediend maar nog niet in SharePoint: {count} voorstellen wachten op de verbinding en worden automatisch verstuurd.',
    },
    pendingSent: { one: 'De verbinding is terug: {count} voorstel is nu ingediend.', other: 'De verbinding is terug: {count} voorstellen zijn nu ingediend.' },
  },
  form: {
    heading: 'Nieuw verbetervoorstel',
    editHeading: 'Voorstel aanpassen',
    intro: 'Je tekst wordt op dit toestel bewaard terwijl je schrijft; je verliest niets als het venster sluit of de verbinding wegvalt.',
    title: 'Titel',
    titleHint: 'Kort en concreet, bv. "Bodycams voor de interventieploegen".',
    problem: 'Het probleem vandaag',
    problemHint: 'Wat loopt er nu mis of kan beter? Voor wie?',
    improvement: 'Het voorstel',
    improvementHint: 'Wat stelt het team voor en wat levert het op?',
    description: 'Toelichting (optioneel)',
    dienst: 'Dienst',
    topic: 'Onderwerp',
    topicPlaceholder: 'Kies een onderwerp',
    cost: 'Geschatte kost in euro (optioneel)',
    costHint: 'Laat leeg als er geen kost is.',
    attachments: 'Bijlagen (optioneel)',
    attachmentsHint: 'Foto’s, offertes of documenten die het voorstel verduidelijken.',
    removeAttachment: '{name} verwijderen',
    draftSaved: 'Concept bewaard op dit toestel om {time}.',
    draftRestored: 'Je concept van {date} is teruggezet.',
    discard: 'Concept verwijderen',
    submit: 'Voorstel indienen',
    saveChanges: 'Wijzigingen opslaan',
    submitting: 'Bezig met indienen…',
    submitted: 'Je voorstel is ingediend. Het diensthoofd van {dienst} is verwittigd.',
    queued: 'Geen verbinding met SharePoint. Je voorstel is bewaard en wordt automatisch ingediend zodra de verbinding terug is; het wordt nooit twee keer ingediend.',
    attachmentsQueued: 'Bijlagen worden niet offline bewaard: voeg ze toe op de pagina van het voorstel zodra het ingediend is.',
    required: 'Vul dit veld in.',
    tooLong: 'Maximaal {max} tekens.',
    invalidAmount: 'Geef een bedrag in euro, zonder teken, bv. 1250 of 1250,50.',
    fixErrors: 'Het voorstel is nog niet volledig. Bekijk de gemarkeerde velden.',
    saved: 'Wijzigingen opgeslagen.',
    chooseFiles: 'Bestanden kiezen',
  },
  detail: {
    whereHeading: 'Waar staat dit voorstel?',
    nextStep: '{party} is aan zet: {actions}.',
    finalHeading: 'Afgerond',
    contentHeading: 'Het voorstel',
    problem: 'Het probleem vandaag',
    improvement: 'Het voorstel',
    description: 'Toelichting',
    attachmentsHeading: 'Bijlagen',
    noAttachments: 'Geen bijlagen.',
    addAttachments: 'Bijlagen toevoegen',
    actionsHeading: 'Jouw beslissing',
    noActions: 'Je hoeft nu niets te doen voor dit voorstel.',
    timelineHeading: 'Alle beslissingen',
    noDecisions: 'Nog geen beslissingen.',
    inList: 'Rechtstreeks gewijzigd in de SharePoint-lijst door {name}.',
    inListUnsaved: 'Deze wijziging staat nog niet in het logboek; ze wordt toegevoegd door wie ze maakte, bij het openen van dit voorstel.',
    actingAs: 'als {role}',
    namedOther: 'Dit item noemt "{named}", maar SharePoint registreerde {name} als auteur.',
    notEntitled: '{name} mocht deze beslissing niet nemen: ze telt niet mee.',
    outsideAppHeading: 'Gewijzigd buiten de app',
    outsideAppIntro: 'SharePoint registreerde wijzigingen die de stroom niet verklaart. De korpsleiding ziet dit ook in het controleoverzicht.',
    findingStatus: 'Status "{to}" gezet door {name} op {date} zonder beslissing van iemand die dat mocht.',
    findingEntry: 'Logboekitem door {name} voor een beslissing die deze persoon niet mocht nemen.',
    findingName: 'Logboekitem door {name} op naam van "{named}".',
    showMore: 'Toon meer',
    showLess: 'Toon minder',
    findingFeedback: 'Terugkoppelingsstap "{step}" afgevinkt door {name}, die daar niet voor verantwoordelijk is: ze telt niet mee.',
    reason: 'Motivering',
    routedTo: 'Naar {comite}',
    assignedTo: 'Aan {uitvoerder}',
    agendaOf: 'Directiecomité van {date}',
    progressHeading: 'Voortgang',
    progressLabel: 'Stand van de uitvoering',
    progressSave: 'Voortgang opslaan',
    outcomeHeading: 'Resultaat',
    edit: 'Voorstel aanpassen',
    statusChanged: 'heeft de status gewijzigd van "{from}" naar "{to}"',
  },
  decision: {
    heading: '{action}: {title}',
    reason: 'Motivering',
    reasonRequired: 'Motivering (verplicht)',
    reasonOptional: 'Motivering (optioneel)',
    question: 'Je vraag aan het team',
    comite: 'Comité',
    suggestion: 'Voorstel van de app: {comite}',
    suggestionBecause: 'Waarom: {explanation}',
    becauseTopic: 'onderwerp "{topic}"',
    becauseWords: { one: 'het woord {words}', other: 'de woorden {words}' },
    becauseCost: 'een kostenraming',
    overrideReason: 'Waarom een ander comité dan de app voorstelt? (verplicht)',
    overrideReasonMissing: 'Je kiest een ander comité dan de app voorstelt: zeg waarom, zodat het team het begrijpt.',
    uitvoerderKind: 'Toewijzen aan',
    werkgroep: 'Werkgroep',
    newWerkgroep: 'Nieuwe werkgroep (ad hoc)',
    newWerkgroepName: 'Naam van de nieuwe werkgroep',
    newWerkgroepMandate: 'Opdracht van de werkgroep',
    overleggroep: 'Overleggroep',
    meeting: 'Vergadering van het directiecomité',
    done: 'Beslissing opgeslagen: {status}.',
    notified: { one: '{count} betrokkene verwittigd.', other: '{count} betrokkenen verwittigd.' },
    notifiedFailed: {
      one: '{count} melding kon niet verstuurd worden; de beslissing zelf is wel opgeslagen.',
      other: '{count} meldingen konden niet verstuurd worden; de beslissing zelf is wel opgeslagen.',
    },
    queuedLog: 'De beslissing is opgeslagen; de regel in het logboek wordt verstuurd zodra de verbinding terug is.',
  },
  refused: {
    invalidTransition: 'Dit kan niet meer: het voorstel staat intussen op "{status}".',
    notAllowed: 'Je mag deze beslissing niet nemen.',
    reasonRequired: 'Geef een motivering: het team moet weten waarom.',
    wrongDienst: 'Dit voorstel hoort bij {dienst}; alleen die dienst beslist hierover.',
    notChair: 'Alleen de voorzitter van het comité kan dit beslissen.',
    comiteRequired: 'Kies een comité.',
    uitvoerderRequired: 'Kies aan wie het voorstel wordt toegewezen.',
    overleggroepRequired: 'Kies een overleggroep.',
    werkgroepNameRequired: 'Geef de werkgroep een naam.',
    overleggroepNotExpected: 'Een overleggroep kan alleen bij de keuze "Overleggroep".',
    invalidMeeting: 'Kies een vergadering in de toekomst.',
    notEditable: 'Dit voorstel kan niet meer aangepast worden.',
    cascadeNotAllowed: 'Je kunt deze stap van de terugkoppeling niet afvinken.',
  },
  queue: {
    heading: 'Te valideren: {dienst}',
    intro: 'Voorstellen van de teams Q&W van je dienst. Valideer ze voor het directiecomité, stuur ze terug met een vraag of wijs ze af met een reden.',
    empty: 'Er wachten geen voorstellen op jouw validatie.',
  },
  agenda: {
    heading: 'Agenda van het directiecomité van {date}',
    intro: 'Alle gevalideerde voorstellen. De app stelt per voorstel een comité voor en zegt waarom; jij beslist. Duid na de vergadering de beslissingen aan en bevestig ze samen.',
    closes: 'De agenda sluit op {date} om 12 uur.',
    empty: 'Er staan geen voorstellen op de agenda.',
    later: 'Op een latere vergadering',
    select: '{title} opnemen in de bevestiging',
    decisionLabel: 'Beslissing',
    decideRoute: 'Verwijzen naar comité',
    decideReject: 'Afwijzen',
    decidePostpone: 'Uitstellen naar een volgende vergadering',
    confirmSelected: 'Aangeduide beslissingen bevestigen',
    confirmed: { one: '{count} beslissing bevestigd.', other: '{count} beslissingen bevestigd.' },
    confirmFailed: '{title}: {error}',
    selectedCount: '{count} aangeduid',
  },
  comiteWork: {
    heading: 'Voorstellen voor {comites}',
    intro: 'Voorstellen die het directiecomité naar je comité verwees. Wijs ze toe aan een werkgroep of vaste uitvoerder, volg de uitvoering op en sluit af.',
    empty: 'Er liggen geen voorstellen bij je comité.',
    toAssign: 'Toe te wijzen',
    assigned: 'Toegewezen, nog niet gestart',
    inProgress: 'In uitvoering',
  },
  feedback: {
    heading: 'Terugkoppeling',
    heldOn: 'Datum',
    record: 'Afvinken',
    recorded: '{date} · {name}',
    next: 'Volgende stap',
    complete: 'De terugkoppeling is volledig.',
    publish: 'Publiceren als bericht',
    publishTitle: 'Verbetervoorstel {status}: {title}',
    publishBody: 'Het voorstel "{title}" van het team Q&W {dienst}: {status}.',
    published: 'Gepubliceerd als bericht op de SharePoint-pagina.',
    perDienst: 'per dienst',
  },
  notifications: {
    button: 'Meldingen',
    buttonUnread: 'Meldingen, {count} ongelezen',
    heading: 'Meldingen',
    empty: 'Geen meldingen.',
    unread: 'ongelezen',
    loadError: 'De meldingen konden niet geladen worden.',
    markAllRead: 'Alles als gelezen markeren',
    markAllReadFailed: 'Niet alle meldingen konden als gelezen gemarkeerd worden. Probeer het opnieuw.',
  },
};

/** French (Belgium). */
export const proposalsFR: ProposalStrings = {
  title: "Propositions d'amélioration",
  qwExplained: "Q&W signifie qualité et bien-être (kwaliteit en welzijn). Chaque service en discute dans une équipe Q&W ou comme point fixe d'une réunion d'équipe structurelle ; toutes deux peuvent introduire ici des propositions d'amélioration.",
  origin: {
    label: 'Proposé par',
    hint: "L'équipe Q&W du service, ou la réunion d'équipe avec Q&W comme point fixe.",
    meetingDate: "Date de la réunion d'équipe",
    meetingDateHint: 'La réunion où la proposition a été discutée.',
    options: { 'Team Q&W': "L'équipe Q&W", Teamoverleg: "La réunion d'équipe (Q&W en point fixe)" },
    fromTeam: "Proposition de l'équipe Q&W {dienst}",
    fromMeeting: "Proposition de la réunion d'équipe {dienst} du {date}",
    notYours: "Vous ne pouvez introduire que pour votre équipe Q&W ou, comme cadre moyen, pour la réunion d'équipe de votre service.",
    dateRequired: "Indiquez la date de la réunion d'équipe.",
    dateInFuture: "La réunion d'équipe ne peut pas être postérieure à aujourd'hui.",
    authorMismatch: "{name} ne figure pas dans {origin} de {dienst} dans la liste Diensten : l'origine a été saisie en dehors de l'application.",
  },
  sections: {
    navLabel: "Parties des propositions d'amélioration",
    oversight: 'Contrôle',
    team: 'Nos propositions',
    dienst: 'Propositions du service',
    validation: 'À valider',
    agenda: 'Ordre du jour du comité de direction',
    comite: 'Mon comité',
  },
  oversight: {
    intro: "Compare chaque proposition en cours et les 200 plus récentes avec leur registre et leur historique des versions dans SharePoint : ce que le flux n'explique pas figure ci-dessous.",
    run: 'Lancer le contrôle',
    running: '{checked} propositions vérifiées sur {total}…',
    none: 'Aucune anomalie dans les {count} propositions vérifiées.',
    flagged: "{flagged} des {count} propositions vérifiées ont été modifiées en dehors de l'application.",
    open: 'Ouvrir la proposition',
  },
  status: {
    Concept: 'Brouillon',
    Ingediend: 'Introduite',
    Teruggestuurd: 'Renvoyée avec une question',
    Afgewezen: 'Refusée',
    Gevalideerd: 'Validée',
    'Op agenda directiecomité': "À l'ordre du jour du comité de direction",
    'Toegewezen aan comité': 'Au comité',
    'Toegewezen aan uitvoerder': 'Attribuée à un exécutant',
    'In uitvoering': 'En cours',
    Gerealiseerd: 'Réalisée',
    'Niet weerhouden': 'Non retenue',
  },
  topic: {
    'Aankoop of investering': 'Achat ou investissement',
    'Materiaal en uitrusting': 'Matériel et équipement',
    Voertuigen: 'Véhicules',
    'Bewapening en geweldsbeheersing': 'Armement et maîtrise de la violence',
    Opleiding: 'Formation',
    Personeel: 'Personnel',
    Communicatie: 'Communication',
    'Veiligheid en welzijn': 'Sécurité et bien-être',
    'Operationele werking': 'Fonctionnement opérationnel',
    Innovatie: 'Innovation',
    Andere: 'Autre',
  },
  comite: {
    preventiecomite: 'Comité de prévention',
    'hr-comite': 'Comité RH',
    communicatiecomite: 'Comité de communication',
    aankoopcomite: "Comité d'achat",
    'operationeel-comite': 'Comité opérationnel',
  },
  uitvoerder: {
    werkgroep: 'Groupe de travail',
    'q-team': 'Q-team',
    voertuigcomite: 'Comité véhicules',
    'cel-gwb': 'Cellule maîtrise de la violence (GWB)',
    overleggroep: 'Groupe de concertation',
  },
  overleggroep: { drugs: 'Groupe de concertation drogues', personen: 'Groupe de concertation personnes', vermogen: 'Groupe de concertation patrimoine' },
  action: {
    submit: 'Introduire',
    withdraw: 'Retirer',
    validate: 'Valider',
    return: 'Renvoyer avec une question',
    reject: 'Refuser',
    resubmit: 'Réintroduire',
    scheduleForDirectiecomite: 'Reporter à une réunion ultérieure',
    route: 'Renvoyer à un comité',
    rejectByDirectiecomite: 'Refuser',
    assign: 'Attribuer',
    start: "Démarrer l'exécution",
    realise: 'Réalisée',
    notRetain: 'Non retenue',
  },
  done: {
    submit: 'a introduit la proposition',
    withdraw: 'a retiré la proposition',
    validate: 'a validé la proposition',
    return: 'a renvoyé la proposition avec une question',
    reject: 'a refusé la proposition',
    resubmit: 'a réintroduit la proposition',
    scheduleForDirectiecomite: "a mis la proposition à l'ordre du jour",
    route: 'a renvoyé la proposition à un comité',
    rejectByDirectiecomite: 'a refusé la proposition au nom du comité de direction',
    assign: 'a attribué la proposition',
    start: "a démarré l'exécution",
    realise: 'a déclaré la proposition réalisée',
    notRetain: "n'a pas retenu la proposition",
  },
  party: {
    proposer: "L'auteur",
    teamQW: 'Équipe Q&W {dienst}',
    diensthoofd: 'Le chef du service {dienst}',
    directiecomite: 'Le comité de direction',
    comitevoorzitter: 'Le président du {comite}',
    uitvoerder: '{uitvoerder}',
  },
  cascade: {
    managementoverleg: 'Concertation hebdomadaire de direction',
    middenkaderoverleg: 'Concertation du cadre moyen par service',
    'nieuwsbrief-teamoverleg': "Lettre d'information et/ou réunion d'équipe",
    pushbericht: 'Message sur la page SharePoint',
    'team-qw': "Retour à l'équipe Q&W",
  },
  role: {
    teamQW: "membre de l'équipe Q&W",
    teamoverleg: "cadre moyen, pour la réunion d'équipe",
    diensthoofd: 'chef de service',
    directiecomite: 'membre du comité de direction',
    comitevoorzitter: 'président du comité',
    beheerder: 'gestionnaire',
  },
  phase: {
    team: 'Équipe Q&W',
    diensthoofd: 'Chef de service',
    directiecomite: 'Comité de direction',
    comite: 'Comité',
    uitvoering: 'Exécution',
    result: 'Résultat',
  },
  rule: {
    aankoop: 'achat ou investissement',
    'q-team': 'matériel ou innovation',
    voertuig: 'véhicule',
    geweldsbeheersing: 'armement, entraînement ou GPI 48',
    operationeel: 'fonctionnement opérationnel',
    drugs: 'phénomène drogues',
    personen: 'phénomène personnes',
    vermogen: 'phénomène patrimoine',
    preventie: 'sécurité et bien-être',
    hr: 'personnel et formation',
    communicatie: 'communication',
    standaard: "aucune règle d'application",
  },
  activity: {
    proposalSubmitted: '{actor} a introduit « {title} » : à vous de valider.',
    proposalDecided: '{actor} a décidé de « {title} » : {status}.',
    proposalAssigned: '{actor} vous a attribué « {title} ».',
  },
  common: {
    number: 'Proposition {number}',
    dienst: 'Service',
    topic: 'Sujet',
    cost: 'Coût estimé',
    noCost: 'Aucun coût indiqué',
    submittedOn: 'Introduite le {date}',
    proposer: 'Introduite par {name}',
    back: 'Retour à la liste',
    cancel: 'Annuler',
    more: 'Charger plus de propositions',
    expectedOn: 'attendu pour le {date}',
    overdue: 'En retard',
    noDienst:
      "Vous n'êtes encore lié à aucun service dans la liste Diensten. Demandez au gestionnaire d'Integriteit CARMA de vous ajouter ; d'ici là vous pouvez lire les propositions mais pas en introduire ni en valider.",
    dismiss: 'Fermer',
  },
  list: {
    heading: 'Propositions de {dienst}',
    intro: 'Chaque proposition de votre équipe : où elle en est, qui doit agir et pour quand.',
    empty: 'Aucune proposition pour le moment. Une idée pour travailler mieux ou plus sûrement ? Introduisez-la.',
    newProposal: 'Nouvelle proposition',
    nextStep: '{party} doit agir',
    finished: 'Clôturée',
    lastDecision: 'Dernière décision le {date}',
    chooseDienst: 'Service',
    pending: {
      one: 'Introduite mais pas encore dans SharePoint : {count} proposition attend la connexion et sera envoyée automatiquement.',
      other: 'Introduites mais pas encore dans SharePoint : {count} propositions attendent la connexion et seront envoyées automatiquement.',
    },
    pendingSent: {
      one: 'La connexion est rétablie : {count} proposition est maintenant introduite.',
      other: 'La connexion est rétablie : {count} propositions sont maintenant introduites.',
    },
  },
  form: {
    heading: "Nouvelle proposition d'amélioration",
    editHeading: 'Modifier la proposition',
    intro: "Votre texte est conservé sur cet appareil pendant que vous écrivez ; rien n'est perdu si la fenêtre se ferme ou si la connexion tombe.",
    title: 'Titre',
    titleHint: 'Court et concret, p. ex. « Caméras corporelles pour les équipes d’intervention ».',
    problem: "Le problème aujourd'hui",
    problemHint: "Qu'est-ce qui ne va pas ou pourrait aller mieux ? Pour qui ?",
    improvement: 'La proposition',
    improvementHint: "Que propose l'équipe et qu'est-ce que cela apporte ?",
    description: 'Explication (facultatif)',
    dienst: 'Service',
    topic: 'Sujet',
    topicPlaceholder: 'Choisissez un sujet',
    cost: 'Coût estimé en euros (facultatif)',
    costHint: "Laissez vide s'il n'y a pas de coût.",
    attachments: 'Pièces jointes (facultatif)',
    attachmentsHint: 'Photos, offres ou documents qui éclairent la proposition.',
    removeAttachment: 'Supprimer {name}',
    draftSaved: 'Brouillon conservé sur cet appareil à {time}.',
    draftRestored: 'Votre brouillon du {date} a été restauré.',
    discard: 'Supprimer le brouillon',
    submit: 'Introduire la proposition',
    saveChanges: 'Enregistrer les modifications',
    submitting: 'Introduction en cours…',
    submitted: 'Votre proposition est introduite. Le chef du service {dienst} a été averti.',
    queued: "Pas de connexion avec SharePoint. Votre proposition est conservée et sera introduite automatiquement dès le retour de la connexion ; elle ne sera jamais introduite deux fois.",
    attachmentsQueued: "Les pièces jointes ne sont pas conservées hors ligne : ajoutez-les sur la page de la proposition une fois qu'elle est introduite.",
    required: 'Complétez ce champ.',
    tooLong: '{max} caractères au maximum.',
    invalidAmount: 'Indiquez un montant en euros, sans signe, p. ex. 1250 ou 1250,50.',
    fixErrors: "La proposition n'est pas encore complète. Vérifiez les champs signalés.",
    saved: 'Modifications enregistrées.',
    chooseFiles: 'Choisir des fichiers',
  },
  detail: {
    whereHeading: 'Où en est cette proposition ?',
    nextStep: '{party} doit agir : {actions}.',
    finalHeading: 'Clôturée',
    contentHeading: 'La proposition',
    problem: "Le problème aujourd'hui",
    improvement: 'La proposition',
    description: 'Explication',
    attachmentsHeading: 'Pièces jointes',
    noAttachments: 'Aucune pièce jointe.',
    addAttachments: 'Ajouter des pièces jointes',
    actionsHeading: 'Votre décision',
    noActions: "Vous n'avez rien à faire pour cette proposition pour le moment.",
    timelineHeading: 'Toutes les décisions',
    noDecisions: 'Aucune décision pour le moment.',
    inList: 'Modifiée directement dans la liste SharePoint par {name}.',
    inListUnsaved: "Cette modification n'est pas encore dans le registre ; la personne qui l'a faite l'y ajoutera en ouvrant cette proposition.",
    actingAs: 'en tant que {role}',
    namedOther: 'Cette entrée mentionne « {named} », mais SharePoint a enregistré {name} comme auteur.',
    notEntitled: "{name} n'était pas habilité(e) à prendre cette décision : elle ne compte pas.",
    outsideAppHeading: "Modifié en dehors de l'application",
    outsideAppIntro: "SharePoint a enregistré des modifications que le flux n'explique pas. La direction du corps les voit aussi dans l'aperçu de contrôle.",
    findingStatus: 'Statut « {to} » mis par {name} le {date} sans décision d’une personne habilitée.',
    findingEntry: 'Entrée du registre par {name} pour une décision que cette personne ne pouvait pas prendre.',
    findingName: 'Entrée du registre par {name} au nom de « {named} ».',
    showMore: 'Afficher plus',
    showLess: 'Afficher moins',
    findingFeedback: "Étape de retour « {step} » cochée par {name}, qui n'en est pas responsable : elle ne compte pas.",
    reason: 'Motivation',
    routedTo: 'Vers {comite}',
    assignedTo: 'À {uitvoerder}',
    agendaOf: 'Comité de direction du {date}',
    progressHeading: 'Avancement',
    progressLabel: "État de l'exécution",
    progressSave: "Enregistrer l'avancement",
    outcomeHeading: 'Résultat',
    edit: 'Modifier la proposition',
    statusChanged: 'a changé le statut de « {from} » à « {to} »',
  },
  decision: {
    heading: '{action} : {title}',
    reason: 'Motivation',
    reasonRequired: 'Motivation (obligatoire)',
    reasonOptional: 'Motivation (facultatif)',
    question: "Votre question à l'équipe",
    comite: 'Comité',
    suggestion: "Suggestion de l'application : {comite}",
    suggestionBecause: 'Pourquoi : {explanation}',
    becauseTopic: 'sujet « {topic} »',
    becauseWords: { one: 'le mot {words}', other: 'les mots {words}' },
    becauseCost: 'une estimation du coût',
    overrideReason: "Pourquoi un autre comité que celui suggéré par l'application ? (obligatoire)",
    overrideReasonMissing: "Vous choisissez un autre comité que celui suggéré par l'application : indiquez pourquoi, pour que l'équipe comprenne.",
    uitvoerderKind: 'Attribuer à',
    werkgroep: 'Groupe de travail',
    newWerkgroep: 'Nouveau groupe de travail (ad hoc)',
    newWerkgroepName: 'Nom du nouveau groupe de travail',
    newWerkgroepMandate: 'Mission du groupe de travail',
    overleggroep: 'Groupe de concertation',
    meeting: 'Réunion du comité de direction',
    done: 'Décision enregistrée : {status}.',
    notified: { one: '{count} personne concernée avertie.', other: '{count} personnes concernées averties.' },
    notifiedFailed: {
      one: "{count} notification n'a pas pu être envoyée ; la décision elle-même est bien enregistrée.",
      other: "{count} notifications n'ont pas pu être envoyées ; la décision elle-même est bien enregistrée.",
    },
    queuedLog: 'La décision est enregistrée ; la ligne du registre sera envoyée dès le retour de la connexion.',
  },
  refused: {
    invalidTransition: "Ce n'est plus possible : la proposition est entre-temps « {status} ».",
    notAllowed: "Vous n'êtes pas autorisé à prendre cette décision.",
    reasonRequired: "Indiquez une motivation : l'équipe doit savoir pourquoi.",
    wrongDienst: 'Cette proposition relève de {dienst} ; seul ce service en décide.',
    notChair: 'Seul le président du comité peut en décider.',
    comiteRequired: 'Choisissez un comité.',
    uitvoerderRequired: 'Choisissez à qui attribuer la proposition.',
    overleggroepRequired: 'Choisissez un groupe de concertation.',
    werkgroepNameRequired: 'Donnez un nom au groupe de travail.',
    overleggroepNotExpected: 'Un groupe de concertation ne se choisit qu’avec « Groupe de concertation ».',
    invalidMeeting: 'Choisissez une réunion future.',
    notEditable: 'Cette proposition ne peut plus être modifiée.',
    cascadeNotAllowed: 'Vous ne pouvez pas cocher cette étape du retour.',
  },
  queue: {
    heading: 'À valider : {dienst}',
    intro: 'Propositions des équipes Q&W de votre service. Validez-les pour le comité de direction, renvoyez-les avec une question ou refusez-les avec une raison.',
    empty: "Aucune proposition n'attend votre validation.",
  },
  agenda: {
    heading: 'Ordre du jour du comité de direction du {date}',
    intro: "Toutes les propositions validées. L'application suggère un comité par proposition et explique pourquoi ; vous décidez. Après la réunion, cochez les décisions et confirmez-les ensemble.",
    closes: "L'ordre du jour se clôture le {date} à midi.",
    empty: "Aucune proposition à l'ordre du jour.",
    later: 'À une réunion ultérieure',
    select: 'Inclure {title} dans la confirmation',
    decisionLabel: 'Décision',
    decideRoute: 'Renvoyer à un comité',
    decideReject: 'Refuser',
    decidePostpone: 'Reporter à une prochaine réunion',
    confirmSelected: 'Confirmer les décisions cochées',
    confirmed: { one: '{count} décision confirmée.', other: '{count} décisions confirmées.' },
    confirmFailed: '{title} : {error}',
    selectedCount: '{count} sélectionnées',
  },
  comiteWork: {
    heading: 'Propositions pour {comites}',
    intro: "Propositions que le comité de direction a renvoyées à votre comité. Attribuez-les à un groupe de travail ou à un exécutant permanent, suivez l'exécution et clôturez.",
    empty: 'Aucune proposition auprès de votre comité.',
    toAssign: 'À attribuer',
    assigned: 'Attribuées, pas encore démarrées',
    inProgress: 'En cours',
  },
  feedback: {
    heading: 'Retour',
    heldOn: 'Date',
    record: 'Cocher',
    recorded: '{date} · {name}',
    next: 'Étape suivante',
    complete: 'Le retour est complet.',
    publish: 'Publier comme message',
    publishTitle: "Proposition d'amélioration {status} : {title}",
    publishBody: "La proposition « {title} » de l'équipe Q&W {dienst} : {status}.",
    published: 'Publiée comme message sur la page SharePoint.',
    perDienst: 'par service',
  },
  notifications: {
    button: 'Notifications',
    buttonUnread: 'Notifications, {count} non lues',
    heading: 'Notifications',
    empty: 'Aucune notification.',
    unread: 'non lue',
    loadError: "Les notifications n'ont pas pu être chargées.",
    markAllRead: 'Tout marquer comme lu',
    markAllReadFailed: "Certaines notifications n'ont pas pu être marquées comme lues. Réessayez.",
  },
};

/** English (United States). */
export const proposalsEN: ProposalStrings = {
  title: 'Improvement proposals',
  qwExplained: 'Q&W stands for quality and well-being (kwaliteit en welzijn). Each service discusses them in a Q&W team, or as a fixed item of a structural team meeting; both can submit improvement proposals here.',
  origin: {
    label: 'Proposed by',
    hint: "The service's Q&W team, or the team meeting with Q&W as a fixed item.",
    meetingDate: 'Date of the team meeting',
    meetingDateHint: 'The meeting where the proposal was discussed.',
    options: { 'Team Q&W': 'The Q&W team', Teamoverleg: 'The team meeting (Q&W as a fixed item)' },
    fromTeam: 'Proposal of the Q&W team {dienst}',
    fromMeeting: 'Proposal of the team meeting {dienst} of {date}',
    notYours: "You can only submit for your own Q&W team or, as a middle manager, for your service's team meeting.",
    dateRequired: 'Give the date of the team meeting.',
    dateInFuture: 'The team meeting cannot be later than today.',
    authorMismatch: '{name} is not in {origin} of {dienst} in the Diensten list: the origin was filled in outside the app.',
  },
  sections: {
    navLabel: 'Parts of the improvement proposals',
    oversight: 'Oversight',
    team: 'Our proposals',
    dienst: "The service's proposals",
    validation: 'To validate',
    agenda: 'Management board agenda',
    comite: 'My committee',
  },
  oversight: {
    intro: 'Compares every proposal in the flow and the 200 newest with their log and their version history in SharePoint: what the flow does not explain is listed below.',
    run: 'Run the check',
    running: '{checked} of {total} proposals checked…',
    none: 'Nothing out of order in {count} proposals checked.',
    flagged: '{flagged} of {count} proposals checked were changed outside the app.',
    open: 'Open the proposal',
  },
  status: {
    Concept: 'Draft',
    Ingediend: 'Submitted',
    Teruggestuurd: 'Returned with a question',
    Afgewezen: 'Rejected',
    Gevalideerd: 'Validated',
    'Op agenda directiecomité': 'On the management board agenda',
    'Toegewezen aan comité': 'With the committee',
    'Toegewezen aan uitvoerder': 'Assigned to an executor',
    'In uitvoering': 'In progress',
    Gerealiseerd: 'Implemented',
    'Niet weerhouden': 'Not retained',
  },
  topic: {
    'Aankoop of investering': 'Purchase or investment',
    'Materiaal en uitrusting': 'Material and equipment',
    Voertuigen: 'Vehicles',
    'Bewapening en geweldsbeheersing': 'Weapons and use of force',
    Opleiding: 'Training',
    Personeel: 'Personnel',
    Communicatie: 'Communication',
    'Veiligheid en welzijn': 'Safety and well-being',
    'Operationele werking': 'Operational working',
    Innovatie: 'Innovation',
    Andere: 'Other',
  },
  comite: {
    preventiecomite: 'Prevention committee',
    'hr-comite': 'HR committee',
    communicatiecomite: 'Communication committee',
    aankoopcomite: 'Purchasing committee',
    'operationeel-comite': 'Operational committee',
  },
  uitvoerder: {
    werkgroep: 'Working group',
    'q-team': 'Q-team',
    voertuigcomite: 'Vehicle committee',
    'cel-gwb': 'Use-of-force unit (GWB)',
    overleggroep: 'Consultation group',
  },
  overleggroep: { drugs: 'Consultation group drugs', personen: 'Consultation group persons', vermogen: 'Consultation group property' },
  action: {
    submit: 'Submit',
    withdraw: 'Withdraw',
    validate: 'Validate',
    return: 'Return with a question',
    reject: 'Reject',
    resubmit: 'Resubmit',
    scheduleForDirectiecomite: 'Put on a later meeting',
    route: 'Refer to a committee',
    rejectByDirectiecomite: 'Reject',
    assign: 'Assign',
    start: 'Start the work',
    realise: 'Implemented',
    notRetain: 'Not retained',
  },
  done: {
    submit: 'submitted the proposal',
    withdraw: 'withdrew the proposal',
    validate: 'validated the proposal',
    return: 'returned the proposal with a question',
    reject: 'rejected the proposal',
    resubmit: 'resubmitted the proposal',
    scheduleForDirectiecomite: 'put the proposal on the agenda',
    route: 'referred the proposal to a committee',
    rejectByDirectiecomite: 'rejected the proposal for the management board',
    assign: 'assigned the proposal',
    start: 'started the work',
    realise: 'declared the proposal implemented',
    notRetain: 'did not retain the proposal',
  },
  party: {
    proposer: 'The proposer',
    teamQW: 'Q&W team {dienst}',
    diensthoofd: 'The head of {dienst}',
    directiecomite: 'The management board',
    comitevoorzitter: 'The chair of the {comite}',
    uitvoerder: '{uitvoerder}',
  },
  cascade: {
    managementoverleg: 'Weekly management meeting',
    middenkaderoverleg: 'Middle management meeting per service',
    'nieuwsbrief-teamoverleg': 'Newsletter and/or team meeting',
    pushbericht: 'Message on the SharePoint page',
    'team-qw': 'Feedback to the Q&W team',
  },
  role: {
    teamQW: 'Q&W team member',
    teamoverleg: 'middle manager, for the team meeting',
    diensthoofd: 'head of service',
    directiecomite: 'management board member',
    comitevoorzitter: 'committee chair',
    beheerder: 'administrator',
  },
  phase: {
    team: 'Q&W team',
    diensthoofd: 'Head of service',
    directiecomite: 'Management board',
    comite: 'Committee',
    uitvoering: 'Execution',
    result: 'Outcome',
  },
  rule: {
    aankoop: 'purchase or investment',
    'q-team': 'material or innovation',
    voertuig: 'vehicle',
    geweldsbeheersing: 'weapons, training or GPI 48',
    operationeel: 'operational working',
    drugs: 'drugs phenomenon',
    personen: 'persons phenomenon',
    vermogen: 'property phenomenon',
    preventie: 'safety and well-being',
    hr: 'personnel and training',
    communicatie: 'communication',
    standaard: 'no rule applied',
  },
  activity: {
    proposalSubmitted: '{actor} submitted "{title}": yours to validate.',
    proposalDecided: '{actor} decided on "{title}": {status}.',
    proposalAssigned: '{actor} assigned "{title}" to you.',
  },
  common: {
    number: 'Proposal {number}',
    dienst: 'Service',
    topic: 'Topic',
    cost: 'Estimated cost',
    noCost: 'No cost given',
    submittedOn: 'Submitted on {date}',
    proposer: 'Submitted by {name}',
    back: 'Back to the list',
    cancel: 'Cancel',
    more: 'Load more proposals',
    expectedOn: 'expected by {date}',
    overdue: 'Overdue',
    noDienst:
      'You are not yet listed with a service in the Diensten list. Ask the Integriteit CARMA administrator to add you; until then you can read proposals here but not submit or validate them.',
    dismiss: 'Dismiss',
  },
  list: {
    heading: 'Proposals of {dienst}',
    intro: "Every proposal of your team: where it is, who acts next and by when.",
    empty: 'No proposals yet. An idea to make the work better or safer? Submit it.',
    newProposal: 'New proposal',
    nextStep: '{party} acts next',
    finished: 'Closed',
    lastDecision: 'Last decision on {date}',
    chooseDienst: 'Service',
    pending: {
      one: 'Submitted but not yet in SharePoint: {count} proposal waits for the connection and will be sent automatically.',
      other: 'Submitted but not yet in SharePoint: {count} proposals wait for the connection and will be sent automatically.',
    },
    pendingSent: { one: 'The connection is back: {count} proposal is now submitted.', other: 'The connection is back: {count} proposals are now submitted.' },
  },
  form: {
    heading: 'New improvement proposal',
    editHeading: 'Edit the proposal',
    intro: 'Your text is kept on this device while you write; nothing is lost if the window closes or the connection drops.',
    title: 'Title',
    titleHint: 'Short and concrete, e.g. "Body cameras for the intervention teams".',
    problem: 'The problem today',
    problemHint: 'What goes wrong now or could be better? For whom?',
    improvement: 'The proposal',
    improvementHint: 'What does the team propose and what will it bring?',
    description: 'Explanation (optional)',
    dienst: 'Service',
    topic: 'Topic',
    topicPlaceholder: 'Choose a topic',
    cost: 'Estimated cost in euro (optional)',
    costHint: 'Leave empty if there is no cost.',
    attachments: 'Attachments (optional)',
    attachmentsHint: 'Photos, quotes or documents that explain the proposal.',
    removeAttachment: 'Remove {name}',
    draftSaved: 'Draft kept on this device at {time}.',
    draftRestored: 'Your draft of {date} was restored.',
    discard: 'Delete draft',
    submit: 'Submit the proposal',
    saveChanges: 'Save changes',
    submitting: 'Submitting…',
    submitted: 'Your proposal was submitted. The head of {dienst} has been notified.',
    queued: 'No connection with SharePoint. Your proposal is kept and will be submitted automatically as soon as the connection is back; it is never submitted twice.',
    attachmentsQueued: 'Attachments are not kept offline: add them on the proposal’s page once it is submitted.',
    required: 'Fill in this field.',
    tooLong: 'At most {max} characters.',
    invalidAmount: 'Enter an amount in euro, without a sign, e.g. 1250 or 1250.50.',
    fixErrors: 'The proposal is not complete yet. Check the marked fields.',
    saved: 'Changes saved.',
    chooseFiles: 'Choose files',
  },
  detail: {
    whereHeading: 'Where is this proposal?',
    nextStep: '{party} acts next: {actions}.',
    finalHeading: 'Closed',
    contentHeading: 'The proposal',
    problem: 'The problem today',
    improvement: 'The proposal',
    description: 'Explanation',
    attachmentsHeading: 'Attachments',
    noAttachments: 'No attachments.',
    addAttachments: 'Add attachments',
    actionsHeading: 'Your decision',
    noActions: 'There is nothing for you to do on this proposal now.',
    timelineHeading: 'All decisions',
    noDecisions: 'No decisions yet.',
    inList: 'Changed directly in the SharePoint list by {name}.',
    inListUnsaved: 'This change is not in the log yet; whoever made it writes it when they open this proposal.',
    actingAs: 'as {role}',
    namedOther: 'This entry names "{named}", but SharePoint recorded {name} as its author.',
    notEntitled: '{name} was not entitled to take this decision: it does not count.',
    outsideAppHeading: 'Changed outside the app',
    outsideAppIntro: 'SharePoint recorded changes the flow does not explain. The korpsleiding sees them in the oversight overview too.',
    findingStatus: 'Status "{to}" set by {name} on {date} without a decision by someone entitled to it.',
    findingEntry: 'Log entry by {name} for a decision this person was not entitled to take.',
    findingName: 'Log entry by {name} in the name of "{named}".',
    showMore: 'Show more',
    showLess: 'Show less',
    findingFeedback: 'Feedback step "{step}" ticked by {name}, who is not responsible for it: it does not count.',
    reason: 'Reason',
    routedTo: 'To {comite}',
    assignedTo: 'To {uitvoerder}',
    agendaOf: 'Management board of {date}',
    progressHeading: 'Progress',
    progressLabel: 'State of the work',
    progressSave: 'Save progress',
    outcomeHeading: 'Outcome',
    edit: 'Edit the proposal',
    statusChanged: 'changed the status from "{from}" to "{to}"',
  },
  decision: {
    heading: '{action}: {title}',
    reason: 'Reason',
    reasonRequired: 'Reason (required)',
    reasonOptional: 'Reason (optional)',
    question: 'Your question to the team',
    comite: 'Committee',
    suggestion: "The app's suggestion: {comite}",
    suggestionBecause: 'Why: {explanation}',
    becauseTopic: 'topic "{topic}"',
    becauseWords: { one: 'the word {words}', other: 'the words {words}' },
    becauseCost: 'a cost estimate',
    overrideReason: "Why a different comité than the app's suggestion? (required)",
    overrideReasonMissing: "You are choosing a different comité than the app suggests: say why, so the team understands.",
    uitvoerderKind: 'Assign to',
    werkgroep: 'Working group',
    newWerkgroep: 'New (ad hoc) working group',
    newWerkgroepName: 'Name of the new working group',
    newWerkgroepMandate: 'Mandate of the working group',
    overleggroep: 'Consultation group',
    meeting: 'Management board meeting',
    done: 'Decision saved: {status}.',
    notified: { one: '{count} person concerned notified.', other: '{count} people concerned notified.' },
    notifiedFailed: {
      one: '{count} notification could not be sent; the decision itself is saved.',
      other: '{count} notifications could not be sent; the decision itself is saved.',
    },
    queuedLog: 'The decision is saved; its log line will be sent as soon as the connection is back.',
  },
  refused: {
    invalidTransition: 'This is no longer possible: the proposal is now "{status}".',
    notAllowed: 'You may not take this decision.',
    reasonRequired: 'Give a reason: the team needs to know why.',
    wrongDienst: 'This proposal belongs to {dienst}; only that service decides on it.',
    notChair: 'Only the chair of the committee can decide this.',
    comiteRequired: 'Choose a committee.',
    uitvoerderRequired: 'Choose whom to assign the proposal to.',
    overleggroepRequired: 'Choose a consultation group.',
    werkgroepNameRequired: 'Give the working group a name.',
    overleggroepNotExpected: 'A consultation group only goes with "Consultation group".',
    invalidMeeting: 'Choose a future meeting.',
    notEditable: 'This proposal can no longer be edited.',
    cascadeNotAllowed: 'You cannot tick this feedback step.',
  },
  queue: {
    heading: 'To validate: {dienst}',
    intro: "Proposals of your service's Q&W teams. Validate them for the management board, return them with a question or reject them with a reason.",
    empty: 'No proposals wait for your validation.',
  },
  agenda: {
    heading: 'Management board agenda of {date}',
    intro: 'Every validated proposal. The app suggests a committee per proposal and says why; you decide. After the meeting, mark the decisions and confirm them together.',
    closes: 'The agenda closes on {date} at noon.',
    empty: 'There are no proposals on the agenda.',
    later: 'On a later meeting',
    select: 'Include {title} in the confirmation',
    decisionLabel: 'Decision',
    decideRoute: 'Refer to a committee',
    decideReject: 'Reject',
    decidePostpone: 'Postpone to a next meeting',
    confirmSelected: 'Confirm the marked decisions',
    confirmed: { one: '{count} decision confirmed.', other: '{count} decisions confirmed.' },
    confirmFailed: '{title}: {error}',
    selectedCount: '{count} marked',
  },
  comiteWork: {
    heading: 'Proposals for {comites}',
    intro: 'Proposals the management board referred to your committee. Assign them to a working group or standing executor, follow the work and close them.',
    empty: 'No proposals are with your committee.',
    toAssign: 'To assign',
    assigned: 'Assigned, not started',
    inProgress: 'In progress',
  },
  feedback: {
    heading: 'Feedback',
    heldOn: 'Date',
    record: 'Tick',
    recorded: '{date} · {name}',
    next: 'Next step',
    complete: 'The feedback is complete.',
    publish: 'Publish as a message',
    publishTitle: 'Improvement proposal {status}: {title}',
    publishBody: 'The proposal "{title}" of the Q&W team {dienst}: {status}.',
    published: 'Published as a message on the SharePoint page.',
    perDienst: 'per service',
  },
  notifications: {
    button: 'Notifications',
    buttonUnread: 'Notifications, {count} unread',
    heading: 'Notifications',
    empty: 'No notifications.',
    unread: 'unread',
    loadError: 'The notifications could not be loaded.',
    markAllRead: 'Mark all as read',
    markAllReadFailed: 'Not every notification could be marked as read. Try again.',
  },
};
