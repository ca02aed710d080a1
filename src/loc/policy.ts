import type { ActionPointHorizon, ActionPointStatus, PlanPriorityLevel } from '../data/plan/types';
import type { WerkgroepInputProblem } from '../domain/plan/werkgroep';
import type { DirectiveStatus, MessageCategory } from '../data/policy/types';

/** Strings of the Beleid and Integriteitsplan views (korpsrichtlijnen, aandachtspunten, plan). Each language below must fill every key. */
export interface PolicyStrings {
  title: string;
  home: {
    heading: string;
    visionHeading: string;
    readMore: string;
    readLess: string;
    themesHeading: string;
    themeNumber: string;
    openTheme: string;
    messagesHeading: string;
    noMessages: string;
    /** The link of a Bericht about a korpsrichtlijn. */
    messageDirective: string;
    /** The link of a Bericht about a proposal's decision. */
    messageProposal: string;
    directivesHeading: string;
    allDirectives: string;
    noDirectives: string;
    frameworkHeading: string;
    introduction: string;
    legalFramework: string;
    policyLines: string;
    instruments: string;
    internalAffairs: string;
    toReadHeading: string;
    toReadIntro: string;
    allRead: string;
  };
  theme: {
    back: string;
    heading: string;
    actionHeading: string;
    actionGift: string;
    actionSideActivity: string;
    actionDamage: string;
    hintGift: string;
    hintSideActivity: string;
    hintDamage: string;
    relatedHeading: string;
    noRelated: string;
  };
  directives: {
    heading: string;
    intro: string;
    searchLabel: string;
    searchPlaceholder: string;
    searchClear: string;
    themeLabel: string;
    allThemes: string;
    statusLabel: string;
    shown: string;
    noResults: string;
    more: string;
    searchOn: string;
    newDirective: string;
    version: string;
    publishedOn: string;
  };
  status: Record<DirectiveStatus, string>;
  category: Record<MessageCategory, string>;
  directive: {
    back: string;
    themes: string;
    conceptNotice: string;
    archivedNotice: string;
    ackHeading: string;
    ackExplain: string;
    ackButton: string;
    ackSaving: string;
    ackDone: string;
    ackAgain: string;
    ackNotRequired: string;
    authorActions: string;
    edit: string;
    publish: string;
    archive: string;
    revise: string;
    discard: string;
    publishTitle: string;
    publishBody: string;
    publishRevisionTitle: string;
    publishMinorBody: string;
    publishMajorBody: string;
    archiveTitle: string;
    archiveBody: string;
    discardTitle: string;
    discardBody: string;
    revisionNotice: string;
    openPublished: string;
    confirm: string;
    cancel: string;
    published: string;
    revisionPublished: string;
    archived: string;
    discarded: string;
    saved: string;
    conflict: string;
    emptyBody: string;
  };
  report: {
    heading: string;
    show: string;
    summary: string;
    dienst: string;
    missing: string;
    allDone: string;
    unknownDienst: string;
    misattributedHeading: string;
    misattributed: string;
  };
  editor: {
    newHeading: string;
    editHeading: string;
    reviseHeading: string;
    conceptNote: string;
    revisionNote: string;
    number: string;
    numberHint: string;
    titleLabel: string;
    summary: string;
    summaryHint: string;
    body: string;
    bodyHint: string;
    themes: string;
    requiresAck: string;
    change: string;
    changeMinor: string;
    changeMajor: string;
    save: string;
    saving: string;
    cancel: string;
    fixFields: string;
    numberRequired: string;
    numberFormat: string;
    numberTaken: string;
    titleRequired: string;
    titleTooLong: string;
    summaryTooLong: string;
    bodyRequired: string;
  };
  plan: {
    heading: string;
    intro: string;
    statusFilter: string;
    ownerFilter: string;
    allStatuses: string;
    allOwners: string;
    progress: string;
    code: string;
    objective: string;
    actor: string;
    owner: string;
    statusColumn: string;
    horizonColumn: string;
    lastUpdate: string;
    actions: string;
    noActor: string;
    neverUpdated: string;
    noHorizon: string;
    noMatches: string;
    update: string;
    updateLabel: string;
    updateHeading: string;
    evaluation: string;
    evaluationHint: string;
    save: string;
    saving: string;
    cancel: string;
    saved: string;
    conflict: string;
    forbidden: string;
    notesTooLong: string;
    milestonesHeading: string;
    timingPhase: string;
    evaluationPhase: string;
    toBeDecided: string;
  };
  werkgroep: {
    about: string;
    priorityColumn: string;
    noPriority: string;
    setPriority: string;
    setPriorityLabel: string;
    priorityHeading: string;
    priorityField: string;
    motivation: string;
    meetingDate: string;
    setBy: string;
    prioritySaved: string;
    priorityConflict: string;
    inputHeading: string;
    noInput: string;
    addInput: string;
    addInputLabel: string;
    addInputHeading: string;
    inputField: string;
    inputBy: string;
    inputSaved: string;
    forbidden: string;
    problems: Record<WerkgroepInputProblem, string>;
  };
  priority: Record<PlanPriorityLevel, string>;
  actionStatus: Record<ActionPointStatus, string>;
  horizon: Record<ActionPointHorizon, string>;
}

/** Dutch (Belgium). */
export const policyNL: PolicyStrings = {
  title: 'Beleid',
  home: {
    heading: 'Ons integriteitsbeleid',
    visionHeading: 'Visie en doelstellingen',
    readMore: 'Lees de volledige visie',
    readLess: 'Toon minder',
    themesHeading: 'De 10 aandachtspunten',
    themeNumber: 'Aandachtspunt {number}',
    openTheme: 'Lees meer',
    messagesHeading: 'Berichten',
    noMessages: 'Er zijn nog geen berichten.',
    messageDirective: 'Lees de korpsrichtlijn',
    messageProposal: 'Bekijk het voorstel',
    directivesHeading: 'Korpsrichtlijnen',
    allDirectives: 'Alle korpsrichtlijnen',
    noDirectives: 'Er zijn nog geen gepubliceerde korpsrichtlijnen.',
    frameworkHeading: 'Kader van het beleid',
    introduction: 'Inleiding',
    legalFramework: 'Wettelijk kader',
    policyLines: 'De 9 beleidslijnen van het beleidsplan 2023-2027',
    instruments: 'Complementaire instrumenten',
    internalAffairs: "Functies in het kader van 'interne zaken'",
    toReadHeading: 'Nog te lezen',
    toReadIntro: 'Deze korpsrichtlijnen vragen je om ze te lezen en te bevestigen met “gelezen en begrepen”.',
    allRead: 'Je hebt alle korpsrichtlijnen gelezen en bevestigd.',
  },
  theme: {
    back: 'Terug naar het beleid',
    heading: 'Aandachtspunt {number}: {title}',
    actionHeading: 'Wat doe je?',
    actionGift: 'Een geschenk melden',
    actionSideActivity: 'Een nevenactiviteit aangeven',
    actionDamage: 'Schade melden',
    hintGift: 'Een attentie die je niet kon weigeren, meld je altijd aan de dienst Intern Toezicht.',
    hintSideActivity: 'Elke nevenactiviteit geef je aan voordat ze begint.',
    hintDamage: 'Schade aan materiaal, uitrusting, voertuigen, gebouwen of software meld je zo snel mogelijk aan Logistiek.',
    relatedHeading: 'Korpsrichtlijnen bij dit aandachtspunt',
    noRelated: 'Er is nog geen gepubliceerde korpsrichtlijn bij dit aandachtspunt.',
  },
  directives: {
    heading: 'Korpsrichtlijnen',
    intro: 'De korpsrichtlijnen van PZ CARMA, beheerd en gepubliceerd door de Juridische dienst.',
    searchLabel: 'Zoeken',
    searchPlaceholder: 'Nummer, titel of tekst',
    searchClear: 'Zoekterm wissen',
    themeLabel: 'Aandachtspunt',
    allThemes: 'Alle aandachtspunten',
    statusLabel: 'Status',
    shown: '{count} getoond',
    noResults: 'Geen korpsrichtlijnen gevonden.',
    more: 'Meer tonen',
    searchOn: 'Verder zoeken',
    newDirective: 'Nieuwe korpsrichtlijn',
    version: 'Versie {version}',
    publishedOn: 'Gepubliceerd op {date}',
  },
  status: { Concept: 'Concept', Gepubliceerd: 'Gepubliceerd', Gearchiveerd: 'Gearchiveerd' },
  category: { Beslissing: 'Beslissing', Campagne: 'Campagne', Algemeen: 'Bericht' },
  directive: {
    back: 'Terug naar de korpsrichtlijnen',
    themes: 'Aandachtspunten',
    conceptNotice: 'Dit is een concept. Alleen de Juridische dienst ziet het, tot het gepubliceerd wordt.',
    archivedNotice: 'Deze korpsrichtlijn is gearchiveerd en geldt niet meer.',
    ackHeading: 'Gelezen en begrepen',
    ackExplain: 'Bevestig dat je deze korpsrichtlijn gelezen en begrepen hebt.',
    ackButton: 'Gelezen en begrepen',
    ackSaving: 'Bezig met bevestigen…',
    ackDone: 'Je bevestigde versie {version} op {date}.',
    ackAgain: 'Dit is een nieuwe hoofdversie. Je bevestigde versie {version} op {date}; lees de nieuwe versie en bevestig opnieuw.',
    ackNotRequired: 'Voor deze korpsrichtlijn is geen kennisname vereist.',
    authorActions: 'Beheer door de Juridische dienst',
    edit: 'Bewerken',
    publish: 'Publiceren',
    archive: 'Archiveren',
    revise: 'Nieuwe versie opstellen',
    discard: 'Concept verwijderen',
    publishTitle: 'Korpsrichtlijn publiceren?',
    publishBody: 'Na publicatie ziet elke medewerker deze korpsrichtlijn en wordt iedereen gevraagd ze te bevestigen.',
    publishRevisionTitle: 'Nieuwe versie publiceren?',
    publishMinorBody: 'De gepubliceerde tekst van {number} wordt vervangen door dit concept (versie {version}). Wie de vorige versie bevestigde, hoeft niet opnieuw te bevestigen.',
    publishMajorBody: 'De gepubliceerde tekst van {number} wordt vervangen door dit concept (versie {version}). Iedereen wordt gevraagd de nieuwe versie te bevestigen.',
    archiveTitle: 'Korpsrichtlijn archiveren?',
    archiveBody: 'Een gearchiveerde korpsrichtlijn geldt niet meer en verdwijnt uit de lijst van de medewerkers.',
    discardTitle: 'Concept verwijderen?',
    discardBody: 'Het concept gaat naar de prullenbak van de site, waar je het kunt terugzetten. Een gepubliceerde korpsrichtlijn verandert niet.',
    revisionNotice: 'Dit is een concept van een nieuwe versie van {number}. Alleen de Juridische dienst ziet het; medewerkers lezen versie {version} tot je dit concept publiceert.',
    openPublished: 'Naar de gepubliceerde versie',
    confirm: 'Bevestigen',
    cancel: 'Annuleren',
    published: 'De korpsrichtlijn is gepubliceerd.',
    revisionPublished: 'De nieuwe versie is gepubliceerd.',
    archived: 'De korpsrichtlijn is gearchiveerd.',
    discarded: 'Het concept is verwijderd.',
    saved: 'De korpsrichtlijn is opgeslagen.',
    conflict: 'Iemand anders heeft deze korpsrichtlijn intussen gewijzigd. We tonen de nieuwste versie; bekijk ze en probeer opnieuw.',
    emptyBody: 'Deze korpsrichtlijn heeft nog geen tekst.',
  },
  report: {
    heading: 'Kennisname per dienst',
    show: 'Toon wie nog moet bevestigen',
    summary: '{done} van {total} medewerkers bevestigden versie {version}.',
    dienst: '{dienst}: {done} van {total}',
    missing: 'Nog niet bevestigd:',
    allDone: 'Iedereen van deze dienst heeft bevestigd.',
    unknownDienst: 'Dienst niet gekend',
    misattributedHeading: 'Kennisnames op naam van iemand anders',
    misattributed: 'Toegevoegd door {author}, maar op naam van {named}. Ze telt alleen voor {author}.',
  },
  editor: {
    newHeading: 'Nieuwe korpsrichtlijn',
    editHeading: '{number} bewerken',
    reviseHeading: 'Nieuwe versie van {number}',
    conceptNote: 'Een nieuwe korpsrichtlijn is een concept: alleen de Juridische dienst ziet ze, tot je ze publiceert.',
    revisionNote: 'Je schrijft een concept van een nieuwe versie. Medewerkers lezen de gepubliceerde versie tot je dit concept publiceert.',
    number: 'Nummer',
    numberHint: 'Bijvoorbeeld KR-2015-01.',
    titleLabel: 'Titel',
    summary: 'Samenvatting',
    summaryHint: 'Eén zin die zegt waarover de korpsrichtlijn gaat.',
    body: 'Tekst',
    bodyHint: 'Een lege regel begint een nieuwe alinea. Begin een regel met "- " voor een opsomming of met "## " voor een tussentitel.',
    themes: 'Aandachtspunten',
    requiresAck: 'Medewerkers moeten bevestigen dat ze deze korpsrichtlijn gelezen en begrepen hebben',
    change: 'Soort wijziging',
    changeMinor: 'Kleine correctie (versie {version}): er wordt niet opnieuw bevestigd',
    changeMajor: 'Inhoudelijke wijziging (versie {version}): iedereen bevestigt opnieuw',
    save: 'Opslaan',
    saving: 'Bezig met opslaan…',
    cancel: 'Annuleren',
    fixFields: 'Verbeter de aangeduide velden. Er is niets opgeslagen.',
    numberRequired: 'Vul het nummer in.',
    numberFormat: 'Schrijf het nummer als KR-2015-01: letters, het jaar en een volgnummer.',
    numberTaken: 'Korpsrichtlijn {number} bestaat al. Kies een ander nummer.',
    titleRequired: 'Vul de titel in.',
    titleTooLong: 'De titel mag hoogstens 255 tekens tellen.',
    summaryTooLong: 'De samenvatting mag hoogstens 255 tekens tellen.',
    bodyRequired: 'Een gepubliceerde korpsrichtlijn heeft een tekst nodig.',
  },
  plan: {
    heading: 'Integriteitsplan',
    intro: 'De 7 strategische doelstellingen met hun operationele doelstellingen. Elke eigenaar houdt de eigen doelstellingen bij; de korpsleiding volgt het geheel op.',
    statusFilter: 'Status',
    ownerFilter: 'Eigenaar',
    allStatuses: 'Alle statussen',
    allOwners: 'Alle eigenaars',
    progress: '{done} van {total} gerealiseerd',
    code: 'Code',
    objective: 'Operationele doelstelling',
    actor: 'Actor',
    owner: 'Eigenaar',
    statusColumn: 'Status',
    horizonColumn: 'Horizon',
    lastUpdate: 'Laatste update',
    actions: 'Acties',
    noActor: 'Geen actor vermeld',
    neverUpdated: 'Nog niet bijgewerkt',
    noHorizon: 'Niet bepaald',
    noMatches: 'Geen operationele doelstellingen voor deze filters.',
    update: 'Bijwerken',
    updateLabel: '{code} bijwerken',
    updateHeading: '{code} bijwerken',
    evaluation: 'Evaluatie',
    evaluationHint: 'Wat is er gebeurd, wat is de volgende stap?',
    save: 'Opslaan',
    saving: 'Bezig met opslaan…',
    cancel: 'Annuleren',
    saved: '{code} is bijgewerkt.',
    conflict: 'Iemand anders heeft {code} intussen bijgewerkt. We tonen de nieuwste versie; bekijk ze en probeer opnieuw.',
    forbidden: 'Alleen de eigenaar en de korpsleiding kunnen {code} bijwerken.',
    notesTooLong: 'De evaluatie mag hoogstens {max} tekens tellen.',
    milestonesHeading: 'Timing en evaluatie',
    timingPhase: 'Timing',
    evaluationPhase: 'Evaluatie',
    toBeDecided: 'Nog te bepalen',
  },
  werkgroep: {
    about: 'De Werkgroep Integriteit prioriteert de operationele doelstellingen en levert input voor de evaluatie (SD1). Alleen de werkgroep legt ze vast; iedereen die het plan leest, ziet ze.',
    priorityColumn: 'Prioriteit',
    noPriority: 'Nog niet geprioriteerd',
    setPriority: 'Prioriteit',
    setPriorityLabel: 'Prioriteit van {code} vastleggen',
    priorityHeading: 'Prioriteit van {code}',
    priorityField: 'Prioriteit volgens de werkgroep',
    motivation: 'Motivering',
    meetingDate: 'Overleg van de werkgroep',
    setBy: '{name}, overleg van {date}',
    prioritySaved: 'De prioriteit van {code} is vastgelegd.',
    priorityConflict: 'Een ander lid van de werkgroep heeft de prioriteit van {code} intussen vastgelegd. We tonen je de nieuwste stand; bekijk ze en probeer opnieuw.',
    inputHeading: 'Inbreng van de Werkgroep Integriteit',
    noInput: 'Nog geen inbreng van de werkgroep.',
    addInput: 'Inbreng toevoegen',
    addInputLabel: 'Inbreng toevoegen bij {milestone}',
    addInputHeading: 'Inbreng bij {milestone}',
    inputField: 'Inbreng',
    inputBy: '{name}, overleg van {date}',
    inputSaved: 'Je inbreng bij “{milestone}” is bewaard.',
    forbidden: 'Alleen de Werkgroep Integriteit legt prioriteiten en inbreng voor de evaluatie vast.',
    problems: {
      inputRequired: 'Schrijf je inbreng.',
      textTooLong: 'De tekst mag hoogstens {max} tekens tellen.',
      meetingDateInvalid: 'Geef de datum van het overleg.',
      meetingDateInFuture: 'Het overleg kan niet na vandaag liggen.',
    },
  },
  priority: { Hoog: 'Hoog', Gemiddeld: 'Gemiddeld', Laag: 'Laag' },
  actionStatus: { 'Niet gestart': 'Niet gestart', Lopend: 'Lopend', Gerealiseerd: 'Gerealiseerd', Uitgesteld: 'Uitgesteld' },
  horizon: { Kort: 'Korte termijn', Middellang: 'Middellange termijn', Lang: 'Lange termijn' },
};

/** French (Belgium). */
export const policyFR: PolicyStrings = {
  title: 'Politique',
  home: {
    heading: "Notre politique d'intégrité",
    visionHeading: 'Vision et objectifs',
    readMore: 'Lire toute la vision',
    readLess: 'Afficher moins',
    themesHeading: "Les 10 points d'attention",
    themeNumber: "Point d'attention {number}",
    openTheme: 'En savoir plus',
    messagesHeading: 'Messages',
    noMessages: "Il n'y a pas encore de messages.",
    messageDirective: 'Lire la directive de corps',
    messageProposal: 'Voir la proposition',
    directivesHeading: 'Directives de corps',
    allDirectives: 'Toutes les directives de corps',
    noDirectives: "Il n'y a pas encore de directive de corps publiée.",
    frameworkHeading: 'Cadre de la politique',
    introduction: 'Introduction',
    legalFramework: 'Cadre légal',
    policyLines: 'Les 9 lignes stratégiques du plan de politique 2023-2027',
    instruments: 'Instruments complémentaires',
    internalAffairs: "Fonctions dans le cadre des « affaires internes »",
    toReadHeading: 'À lire',
    toReadIntro: 'Ces directives de corps vous demandent de les lire et de confirmer « lu et compris ».',
    allRead: 'Vous avez lu et confirmé toutes les directives de corps.',
  },
  theme: {
    back: 'Retour à la politique',
    heading: "Point d'attention {number} : {title}",
    actionHeading: 'Que faire ?',
    actionGift: 'Déclarer un cadeau',
    actionSideActivity: 'Déclarer une activité complémentaire',
    actionDamage: 'Signaler un dommage',
    hintGift: "Une attention que vous n'avez pas pu refuser doit toujours être signalée au service Contrôle interne.",
    hintSideActivity: 'Toute activité complémentaire est déclarée avant de commencer.',
    hintDamage: 'Tout dommage au matériel, à l’équipement, aux véhicules, aux bâtiments ou aux logiciels est signalé au plus vite à la Logistique.',
    relatedHeading: "Directives de corps liées à ce point d'attention",
    noRelated: "Aucune directive de corps publiée n'est encore liée à ce point d'attention.",
  },
  directives: {
    heading: 'Directives de corps',
    intro: 'Les directives de corps de la ZP CARMA, gérées et publiées par le Service juridique.',
    searchLabel: 'Rechercher',
    searchPlaceholder: 'Numéro, titre ou texte',
    searchClear: 'Effacer la recherche',
    themeLabel: "Point d'attention",
    allThemes: "Tous les points d'attention",
    statusLabel: 'Statut',
    shown: '{count} affichées',
    noResults: 'Aucune directive de corps trouvée.',
    more: 'Afficher plus',
    searchOn: 'Poursuivre la recherche',
    newDirective: 'Nouvelle directive de corps',
    version: 'Version {version}',
    publishedOn: 'Publiée le {date}',
  },
  status: { Concept: 'Projet', Gepubliceerd: 'Publiée', Gearchiveerd: 'Archivée' },
  category: { Beslissing: 'Décision', Campagne: 'Campagne', Algemeen: 'Message' },
  directive: {
    back: 'Retour aux directives de corps',
    themes: "Points d'attention",
    conceptNotice: "Ceci est un projet. Seul le Service juridique le voit jusqu'à sa publication.",
    archivedNotice: "Cette directive de corps est archivée et n'est plus d'application.",
    ackHeading: 'Lu et compris',
    ackExplain: 'Confirmez que vous avez lu et compris cette directive de corps.',
    ackButton: 'Lu et compris',
    ackSaving: 'Confirmation en cours…',
    ackDone: 'Vous avez confirmé la version {version} le {date}.',
    ackAgain: 'Ceci est une nouvelle version majeure. Vous aviez confirmé la version {version} le {date} ; lisez la nouvelle version et confirmez à nouveau.',
    ackNotRequired: "Aucune prise de connaissance n'est requise pour cette directive de corps.",
    authorActions: 'Gestion par le Service juridique',
    edit: 'Modifier',
    publish: 'Publier',
    archive: 'Archiver',
    revise: 'Rédiger une nouvelle version',
    discard: 'Supprimer le projet',
    publishTitle: 'Publier la directive de corps ?',
    publishBody: 'Après publication, chaque membre du personnel voit cette directive de corps et chacun est invité à la confirmer.',
    publishRevisionTitle: 'Publier la nouvelle version ?',
    publishMinorBody: 'Le texte publié de {number} est remplacé par ce projet (version {version}). Qui a confirmé la version précédente ne doit pas confirmer à nouveau.',
    publishMajorBody: 'Le texte publié de {number} est remplacé par ce projet (version {version}). Chacun est invité à confirmer la nouvelle version.',
    archiveTitle: 'Archiver la directive de corps ?',
    archiveBody: "Une directive de corps archivée n'est plus d'application et disparaît de la liste du personnel.",
    discardTitle: 'Supprimer le projet ?',
    discardBody: 'Le projet va dans la corbeille du site, où vous pouvez le restaurer. Une directive de corps publiée ne change pas.',
    revisionNotice: "Ceci est un projet de nouvelle version de {number}. Seul le Service juridique le voit ; le personnel lit la version {version} jusqu'à ce que vous publiiez ce projet.",
    openPublished: 'Vers la version publiée',
    confirm: 'Confirmer',
    cancel: 'Annuler',
    published: 'La directive de corps est publiée.',
    revisionPublished: 'La nouvelle version est publiée.',
    archived: 'La directive de corps est archivée.',
    discarded: 'Le projet est supprimé.',
    saved: 'La directive de corps est enregistrée.',
    conflict: "Quelqu'un d'autre a modifié cette directive de corps entre-temps. Nous affichons la dernière version ; vérifiez-la et réessayez.",
    emptyBody: "Cette directive de corps n'a pas encore de texte.",
  },
  report: {
    heading: 'Prise de connaissance par service',
    show: 'Afficher qui doit encore confirmer',
    summary: '{done} membres du personnel sur {total} ont confirmé la version {version}.',
    dienst: '{dienst} : {done} sur {total}',
    missing: 'Pas encore confirmé :',
    allDone: 'Tout le service a confirmé.',
    unknownDienst: 'Service inconnu',
    misattributedHeading: "Prises de connaissance au nom de quelqu'un d'autre",
    misattributed: 'Ajoutée par {author}, mais au nom de {named}. Elle ne compte que pour {author}.',
  },
  editor: {
    newHeading: 'Nouvelle directive de corps',
    editHeading: 'Modifier {number}',
    reviseHeading: 'Nouvelle version de {number}',
    conceptNote: "Une nouvelle directive de corps est un projet : seul le Service juridique la voit jusqu'à ce que vous la publiiez.",
    revisionNote: "Vous rédigez un projet de nouvelle version. Le personnel lit la version publiée jusqu'à ce que vous publiiez ce projet.",
    number: 'Numéro',
    numberHint: 'Par exemple KR-2015-01.',
    titleLabel: 'Titre',
    summary: 'Résumé',
    summaryHint: 'Une phrase qui dit de quoi traite la directive de corps.',
    body: 'Texte',
    bodyHint: 'Une ligne vide commence un nouveau paragraphe. Commencez une ligne par « - » pour une énumération ou par « ## » pour un intertitre.',
    themes: "Points d'attention",
    requiresAck: 'Les membres du personnel doivent confirmer avoir lu et compris cette directive de corps',
    change: 'Type de modification',
    changeMinor: 'Petite correction (version {version}) : pas de nouvelle confirmation',
    changeMajor: 'Modification de fond (version {version}) : chacun confirme à nouveau',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    cancel: 'Annuler',
    fixFields: "Corrigez les champs indiqués. Rien n'a été enregistré.",
    numberRequired: 'Indiquez le numéro.',
    numberFormat: "Écrivez le numéro comme KR-2015-01 : des lettres, l'année et un numéro d'ordre.",
    numberTaken: 'La directive de corps {number} existe déjà. Choisissez un autre numéro.',
    titleRequired: 'Indiquez le titre.',
    titleTooLong: 'Le titre peut compter au maximum 255 caractères.',
    summaryTooLong: 'Le résumé peut compter au maximum 255 caractères.',
    bodyRequired: "Une directive de corps publiée a besoin d'un texte.",
  },
  plan: {
    heading: "Plan d'intégrité",
    intro: 'Les 7 objectifs stratégiques et leurs objectifs opérationnels. Chaque responsable tient ses objectifs à jour ; la direction du corps suit l’ensemble.',
    statusFilter: 'Statut',
    ownerFilter: 'Responsable',
    allStatuses: 'Tous les statuts',
    allOwners: 'Tous les responsables',
    progress: '{done} sur {total} réalisés',
    code: 'Code',
    objective: 'Objectif opérationnel',
    actor: 'Acteur',
    owner: 'Responsable',
    statusColumn: 'Statut',
    horizonColumn: 'Horizon',
    lastUpdate: 'Dernière mise à jour',
    actions: 'Actions',
    noActor: 'Aucun acteur mentionné',
    neverUpdated: 'Pas encore mis à jour',
    noHorizon: 'Non défini',
    noMatches: 'Aucun objectif opérationnel pour ces filtres.',
    update: 'Mettre à jour',
    updateLabel: 'Mettre à jour {code}',
    updateHeading: 'Mettre à jour {code}',
    evaluation: 'Évaluation',
    evaluationHint: "Qu'est-ce qui a été fait, quelle est la prochaine étape ?",
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    cancel: 'Annuler',
    saved: '{code} est mis à jour.',
    conflict: "Quelqu'un d'autre a mis à jour {code} entre-temps. Nous affichons la dernière version ; vérifiez-la et réessayez.",
    forbidden: 'Seuls le responsable et la direction du corps peuvent mettre à jour {code}.',
    notesTooLong: "L'évaluation peut compter au maximum {max} caractères.",
    milestonesHeading: 'Calendrier et évaluation',
    timingPhase: 'Calendrier',
    evaluationPhase: 'Évaluation',
    toBeDecided: 'À déterminer',
  },
  werkgroep: {
    about: 'Le groupe de travail Intégrité fixe les priorités des objectifs opérationnels et alimente l’évaluation (SD1). Seul le groupe de travail les enregistre ; tous ceux qui lisent le plan les voient.',
    priorityColumn: 'Priorité',
    noPriority: 'Pas encore de priorité',
    setPriority: 'Priorité',
    setPriorityLabel: 'Fixer la priorité de {code}',
    priorityHeading: 'Priorité de {code}',
    priorityField: 'Priorité selon le groupe de travail',
    motivation: 'Motivation',
    meetingDate: 'Réunion du groupe de travail',
    setBy: '{name}, réunion du {date}',
    prioritySaved: 'La priorité de {code} est enregistrée.',
    priorityConflict: 'Un autre membre du groupe de travail a entre-temps fixé la priorité de {code}. Voici l’état le plus récent ; vérifiez-le et réessayez.',
    inputHeading: 'Apport du groupe de travail Intégrité',
    noInput: 'Pas encore d’apport du groupe de travail.',
    addInput: 'Ajouter un apport',
    addInputLabel: 'Ajouter un apport à {milestone}',
    addInputHeading: 'Apport à {milestone}',
    inputField: 'Apport',
    inputBy: '{name}, réunion du {date}',
    inputSaved: 'Votre apport à « {milestone} » est enregistré.',
    forbidden: 'Seul le groupe de travail Intégrité enregistre les priorités et les apports à l’évaluation.',
    problems: {
      inputRequired: 'Rédigez votre apport.',
      textTooLong: 'Le texte ne peut pas dépasser {max} caractères.',
      meetingDateInvalid: 'Indiquez la date de la réunion.',
      meetingDateInFuture: 'La réunion ne peut pas être postérieure à aujourd’hui.',
    },
  },
  priority: { Hoog: 'Haute', Gemiddeld: 'Moyenne', Laag: 'Basse' },
  actionStatus: { 'Niet gestart': 'Pas commencé', Lopend: 'En cours', Gerealiseerd: 'Réalisé', Uitgesteld: 'Reporté' },
  horizon: { Kort: 'Court terme', Middellang: 'Moyen terme', Lang: 'Long terme' },
};

/** English (United States). */
export const policyEN: PolicyStrings = {
  title: 'Policy',
  home: {
    heading: 'Our integrity policy',
    visionHeading: 'Vision and objectives',
    readMore: 'Read the full vision',
    readLess: 'Show less',
    themesHeading: 'The 10 attention points',
    themeNumber: 'Attention point {number}',
    openTheme: 'Read more',
    messagesHeading: 'Announcements',
    noMessages: 'There are no announcements yet.',
    messageDirective: 'Read the corps directive',
    messageProposal: 'View the proposal',
    directivesHeading: 'Corps directives',
    allDirectives: 'All corps directives',
    noDirectives: 'No corps directive has been published yet.',
    frameworkHeading: 'Framework of the policy',
    introduction: 'Introduction',
    legalFramework: 'Legal framework',
    policyLines: 'The 9 policy lines of the 2023-2027 policy plan',
    instruments: 'Complementary instruments',
    internalAffairs: "Roles in 'internal affairs'",
    toReadHeading: 'Still to read',
    toReadIntro: 'These corps directives ask you to read them and confirm “read and understood”.',
    allRead: 'You have read and confirmed every corps directive.',
  },
  theme: {
    back: 'Back to the policy',
    heading: 'Attention point {number}: {title}',
    actionHeading: 'What do you do?',
    actionGift: 'Report a gift',
    actionSideActivity: 'Declare a side activity',
    actionDamage: 'Report damage',
    hintGift: 'A gift you could not refuse is always reported to Internal Oversight.',
    hintSideActivity: 'Every side activity is declared before it starts.',
    hintDamage: 'Damage to material, equipment, vehicles, premises or software is reported to Logistics as soon as possible.',
    relatedHeading: 'Corps directives on this attention point',
    noRelated: 'No published corps directive is linked to this attention point yet.',
  },
  directives: {
    heading: 'Corps directives',
    intro: 'The corps directives of PZ CARMA, managed and published by the Legal department.',
    searchLabel: 'Search',
    searchPlaceholder: 'Number, title or text',
    searchClear: 'Clear the search',
    themeLabel: 'Attention point',
    allThemes: 'All attention points',
    statusLabel: 'Status',
    shown: '{count} shown',
    noResults: 'No corps directives found.',
    more: 'Show more',
    searchOn: 'Keep searching',
    newDirective: 'New corps directive',
    version: 'Version {version}',
    publishedOn: 'Published on {date}',
  },
  status: { Concept: 'Draft', Gepubliceerd: 'Published', Gearchiveerd: 'Archived' },
  category: { Beslissing: 'Decision', Campagne: 'Campaign', Algemeen: 'Announcement' },
  directive: {
    back: 'Back to the corps directives',
    themes: 'Attention points',
    conceptNotice: 'This is a draft. Only the Legal department sees it until it is published.',
    archivedNotice: 'This corps directive is archived and no longer applies.',
    ackHeading: 'Read and understood',
    ackExplain: 'Confirm that you have read and understood this corps directive.',
    ackButton: 'Read and understood',
    ackSaving: 'Confirming…',
    ackDone: 'You confirmed version {version} on {date}.',
    ackAgain: 'This is a new major version. You confirmed version {version} on {date}; read the new version and confirm again.',
    ackNotRequired: 'This corps directive does not require an acknowledgement.',
    authorActions: 'Managed by the Legal department',
    edit: 'Edit',
    publish: 'Publish',
    archive: 'Archive',
    revise: 'Draft a new version',
    discard: 'Delete the draft',
    publishTitle: 'Publish the corps directive?',
    publishBody: 'Once published, every staff member sees this corps directive and everyone is asked to confirm it.',
    publishRevisionTitle: 'Publish the new version?',
    publishMinorBody: 'The published text of {number} is replaced by this draft (version {version}). Whoever confirmed the previous version does not confirm again.',
    publishMajorBody: 'The published text of {number} is replaced by this draft (version {version}). Everyone is asked to confirm the new version.',
    archiveTitle: 'Archive the corps directive?',
    archiveBody: 'An archived corps directive no longer applies and disappears from the staff list.',
    discardTitle: 'Delete the draft?',
    discardBody: 'The draft goes to the site recycle bin, where you can restore it. A published corps directive does not change.',
    revisionNotice: 'This is a draft of a new version of {number}. Only the Legal department sees it; staff read version {version} until you publish this draft.',
    openPublished: 'To the published version',
    confirm: 'Confirm',
    cancel: 'Cancel',
    published: 'The corps directive is published.',
    revisionPublished: 'The new version is published.',
    archived: 'The corps directive is archived.',
    discarded: 'The draft is deleted.',
    saved: 'The corps directive is saved.',
    conflict: 'Someone else changed this corps directive in the meantime. We show the latest version; review it and try again.',
    emptyBody: 'This corps directive has no text yet.',
  },
  report: {
    heading: 'Acknowledgement per department',
    show: 'Show who still has to confirm',
    summary: '{done} of {total} staff members confirmed version {version}.',
    dienst: '{dienst}: {done} of {total}',
    missing: 'Not confirmed yet:',
    allDone: 'Everyone in this department has confirmed.',
    unknownDienst: 'Department unknown',
    misattributedHeading: 'Acknowledgements in someone else’s name',
    misattributed: 'Added by {author}, but in the name of {named}. It counts for {author} only.',
  },
  editor: {
    newHeading: 'New corps directive',
    editHeading: 'Edit {number}',
    reviseHeading: 'New version of {number}',
    conceptNote: 'A new corps directive is a draft: only the Legal department sees it until you publish it.',
    revisionNote: 'You are writing a draft of a new version. Staff read the published version until you publish this draft.',
    number: 'Number',
    numberHint: 'For example KR-2015-01.',
    titleLabel: 'Title',
    summary: 'Summary',
    summaryHint: 'One sentence saying what the corps directive is about.',
    body: 'Text',
    bodyHint: 'An empty line starts a new paragraph. Start a line with "- " for a bullet or with "## " for a subheading.',
    themes: 'Attention points',
    requiresAck: 'Staff must confirm that they have read and understood this corps directive',
    change: 'Kind of change',
    changeMinor: 'Minor correction (version {version}): no new confirmation',
    changeMajor: 'Change of substance (version {version}): everyone confirms again',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    fixFields: 'Correct the marked fields. Nothing has been saved.',
    numberRequired: 'Enter the number.',
    numberFormat: 'Write the number like KR-2015-01: letters, the year and a sequence number.',
    numberTaken: 'Corps directive {number} already exists. Choose another number.',
    titleRequired: 'Enter the title.',
    titleTooLong: 'The title can have at most 255 characters.',
    summaryTooLong: 'The summary can have at most 255 characters.',
    bodyRequired: 'A published corps directive needs a text.',
  },
  plan: {
    heading: 'Integrity plan',
    intro: 'The 7 strategic objectives with their operational objectives. Each owner keeps its own objectives up to date; the corps leadership follows the whole.',
    statusFilter: 'Status',
    ownerFilter: 'Owner',
    allStatuses: 'All statuses',
    allOwners: 'All owners',
    progress: '{done} of {total} achieved',
    code: 'Code',
    objective: 'Operational objective',
    actor: 'Actor',
    owner: 'Owner',
    statusColumn: 'Status',
    horizonColumn: 'Horizon',
    lastUpdate: 'Last update',
    actions: 'Actions',
    noActor: 'No actor named',
    neverUpdated: 'Not updated yet',
    noHorizon: 'Not set',
    noMatches: 'No operational objectives for these filters.',
    update: 'Update',
    updateLabel: 'Update {code}',
    updateHeading: 'Update {code}',
    evaluation: 'Evaluation',
    evaluationHint: 'What has been done, what is the next step?',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    saved: '{code} is updated.',
    conflict: 'Someone else updated {code} in the meantime. We show the latest version; review it and try again.',
    forbidden: 'Only the owner and the corps leadership can update {code}.',
    notesTooLong: 'The evaluation can have at most {max} characters.',
    milestonesHeading: 'Timing and evaluation',
    timingPhase: 'Timing',
    evaluationPhase: 'Evaluation',
    toBeDecided: 'To be decided',
  },
  werkgroep: {
    about: 'The Integrity working group sets the priorities of the operational objectives and feeds the evaluation (SD1). Only the working group records them; everyone who reads the plan sees them.',
    priorityColumn: 'Priority',
    noPriority: 'Not prioritised yet',
    setPriority: 'Priority',
    setPriorityLabel: 'Set the priority of {code}',
    priorityHeading: 'Priority of {code}',
    priorityField: 'Priority according to the working group',
    motivation: 'Reasoning',
    meetingDate: 'Working group meeting',
    setBy: '{name}, meeting of {date}',
    prioritySaved: 'The priority of {code} is recorded.',
    priorityConflict: 'Another member of the working group recorded the priority of {code} meanwhile. Here is the latest state; check it and try again.',
    inputHeading: 'Input of the Integrity working group',
    noInput: 'No input from the working group yet.',
    addInput: 'Add input',
    addInputLabel: 'Add input to {milestone}',
    addInputHeading: 'Input to {milestone}',
    inputField: 'Input',
    inputBy: '{name}, meeting of {date}',
    inputSaved: 'Your input to “{milestone}” is saved.',
    forbidden: 'Only the Integrity working group records priorities and evaluation input.',
    problems: {
      inputRequired: 'Write your input.',
      textTooLong: 'The text can be at most {max} characters.',
      meetingDateInvalid: 'Give the date of the meeting.',
      meetingDateInFuture: 'The meeting cannot be later than today.',
    },
  },
  priority: { Hoog: 'High', Gemiddeld: 'Medium', Laag: 'Low' },
  actionStatus: { 'Niet gestart': 'Not started', Lopend: 'In progress', Gerealiseerd: 'Achieved', Uitgesteld: 'Postponed' },
  horizon: { Kort: 'Short term', Middellang: 'Medium term', Lang: 'Long term' },
};
