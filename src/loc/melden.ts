import type { ClockState, FeedbackPreference, ReportCategory, ReportChannel, ReportOutcome, ReportRefusal, ReportStatus, Timeliness } from '../domain/melden';
import type { Plural } from './strings';

/** A label per stored (Dutch) value, so French and English users read their own language. */
type Labels<K extends string> = Record<K, string>;

/** Strings of the Integriteitsmelding view (the internal reporting channel). Each language below must fill every key. */
export interface MeldenStrings {
  title: string;
  intro: string;
  about: {
    forHeading: string;
    forBody: string;
    elsewhereHeading: string;
    elsewhere: string[];
    externalHeading: string;
    externalBody: string;
    identityHeading: string;
    identityBody: string;
    identityAlternative: string;
    protection: string;
    contactsHeading: string;
    noContacts: string;
  };
  home: {
    report: string;
    mineHeading: string;
    mineEmpty: string;
    runningHeading: string;
    runningEmpty: string;
    registerHeading: string;
    registerEmpty: string;
    registerOnBehalf: string;
    figures: string;
    loadMore: string;
  };
  columns: {
    receivedOn: string;
    subject: string;
    category: string;
    status: string;
    receipt: string;
    feedback: string;
  };
  form: {
    heading: string;
    identityNotice: string;
    subject: string;
    subjectHint: string;
    category: string;
    categoryHint: string;
    facts: string;
    factsHint: string;
    whenWhere: string;
    involved: string;
    involvedHint: string;
    feedbackPreference: string;
    submit: string;
    submitting: string;
    done: string;
    doneBody: string;
    viewReport: string;
    another: string;
  };
  registerForm: {
    heading: string;
    intro: string;
    channel: string;
    receivedOn: string;
    reporterName: string;
    reporterNameHint: string;
    reporterContact: string;
    done: string;
  };
  report: {
    heading: string;
    facts: string;
    whenWhere: string;
    involved: string;
    channel: string;
    receivedOn: string;
    reporter: string;
    anonymous: string;
    registeredBy: string;
    feedbackPreference: string;
    receiptHeading: string;
    receiptNone: string;
    feedbackHeading: string;
    feedbackNone: string;
    outcome: string;
    closedOn: string;
    confirmedOn: string;
    givenOn: string;
    notTrusted: string;
  };
  actions: {
    heading: string;
    confirmReceipt: string;
    receiptMessage: string;
    receiptTemplate: string;
    giveFeedback: string;
    feedbackText: string;
    feedbackHint: string;
    close: string;
    outcome: string;
    saving: string;
  };
  refusals: Labels<ReportRefusal>;
  clock: {
    receipt: string;
    feedback: string;
    states: Labels<ClockState>;
    daysLeft: Plural;
    daysLate: Plural;
    deadline: string;
  };
  figures: {
    heading: string;
    intro: string;
    year: string;
    byCategory: string;
    byStatus: string;
    byOutcome: string;
    receiptTimeliness: string;
    feedbackTimeliness: string;
    label: string;
    count: string;
    total: string;
    suppressed: string;
  };
  categories: Labels<ReportCategory>;
  statuses: Labels<ReportStatus>;
  outcomes: Labels<ReportOutcome>;
  channels: Labels<ReportChannel>;
  preferences: Labels<FeedbackPreference>;
  timeliness: Labels<Timeliness>;
}

/** Dutch (Belgium). */
export const meldenNL: MeldenStrings = {
  title: 'Integriteitsmelding',
  intro:
    'Heb je een ernstig vermoeden van een integriteitsschending binnen PZ CARMA? Meld het hier aan de integriteitscontactpersonen van de zone. Zij bevestigen de ontvangst binnen 7 dagen en geven je binnen 3 maanden feedback over wat er met je melding gebeurt (wet van 8 december 2022).',
  about: {
    forHeading: 'Waarvoor dient dit kanaal?',
    forBody:
      'Voor een handeling of nalatigheid die het algemeen belang bedreigt of schaadt: een inbreuk op wetten, besluiten, omzendbrieven of interne regels en procedures; een onaanvaardbaar risico voor leven, gezondheid, veiligheid of milieu; een ernstige tekortkoming in de beroepsplichten of in het beheer; of iemand die opdracht of raad geeft om zo’n schending te begaan. Een bewijs heb je niet nodig, wel redelijke gronden.',
    elsewhereHeading: 'Wat hoort elders?',
    elsewhere: [
      'Pesterijen, geweld of ongewenst seksueel gedrag op het werk: de vertrouwenspersoon of de preventieadviseur psychosociale aspecten.',
      'Discriminatie: de vertrouwenspersoon, de preventieadviseur of Unia.',
      'Een klacht van een burger over een politieoptreden: het klachtenregister van Intern Toezicht (of Comité P).',
      'Een geschenk, een nevenactiviteit of schade aan materiaal: de registers van deze app.',
    ],
    externalHeading: 'Extern melden: Comité P',
    externalBody:
      'Je mag ook rechtstreeks melden bij het Vast Comité van Toezicht op de politiediensten (Comité P), het externe meldingskanaal voor de geïntegreerde politie (comitep.be). Comité P beschermt melders ook tegen represailles.',
    identityHeading: 'Je identiteit: wat deze app wel en niet kan beloven',
    identityBody:
      'SharePoint registreert altijd wie een item aanmaakt. Een melding in deze app is dus niet anoniem: je naam staat bij je melding. Alleen de integriteitscontactpersonen kunnen je melding en je naam lezen; je collega’s, je leidinggevenden en de korpsleiding niet. De contactpersonen moeten je identiteit vertrouwelijk houden.',
    identityAlternative:
      'Wil je niet dat je naam in SharePoint staat? Spreek dan een integriteitscontactpersoon persoonlijk aan, bel, of stuur een brief (ook zonder naam) aan “Integriteitscontactpersoon – vertrouwelijk”. De contactpersoon registreert je melding dan zelf; in SharePoint staat dan de naam van de contactpersoon, en de jouwe alleen als je dat wil.',
    protection: 'Wie te goeder trouw meldt, is wettelijk beschermd tegen represailles (wet van 8 december 2022).',
    contactsHeading: 'De integriteitscontactpersonen',
    noContacts: 'Er zijn nog geen integriteitscontactpersonen aangeduid. Vraag het aan de beheerder.',
  },
  home: {
    report: 'Een schending melden',
    mineHeading: 'Mijn meldingen',
    mineEmpty: 'Je hebt nog geen melding gedaan.',
    runningHeading: 'Lopende termijnen',
    runningEmpty: 'Geen meldingen die op een ontvangstbevestiging of feedback wachten.',
    registerHeading: 'Register van de meldingen',
    registerEmpty: 'Nog geen meldingen.',
    registerOnBehalf: 'Melding registreren namens een melder',
    figures: 'Jaarcijfers',
    loadMore: 'Meer tonen',
  },
  columns: {
    receivedOn: 'Ontvangen op',
    subject: 'Onderwerp',
    category: 'Soort',
    status: 'Status',
    receipt: 'Ontvangstbevestiging',
    feedback: 'Feedback',
  },
  form: {
    heading: 'Een integriteitsschending melden',
    identityNotice: 'Je naam wordt bij je melding bewaard en is alleen zichtbaar voor de integriteitscontactpersonen.',
    subject: 'Onderwerp',
    subjectHint: 'Een korte titel, bijvoorbeeld “Brandstofkaart gebruikt voor privéritten”.',
    category: 'Soort schending',
    categoryHint: 'Kies wat het best past; de contactpersonen kunnen het aanpassen.',
    facts: 'Wat heb je vastgesteld?',
    factsHint: 'Beschrijf de feiten zo concreet mogelijk: wat, hoe, hoe vaak. Geen vermoedens over personen die je niet kan staven.',
    whenWhere: 'Wanneer en waar?',
    involved: 'Wie is betrokken?',
    involvedHint: 'Namen of functies, als je ze kent. Optioneel.',
    feedbackPreference: 'Hoe wil je feedback krijgen?',
    submit: 'Melding versturen',
    submitting: 'Bezig met versturen…',
    done: 'Je melding is ontvangen.',
    doneBody: 'Een integriteitscontactpersoon bevestigt de ontvangst binnen 7 dagen. Je volgt je melding op onder “Mijn meldingen”.',
    viewReport: 'Je melding bekijken',
    another: 'Terug naar het meldingskanaal',
  },
  registerForm: {
    heading: 'Melding registreren namens een melder',
    intro:
      'Voor een melding die je persoonlijk, per brief of telefonisch ontving. Jij staat in SharePoint als aanmaker; vul de naam van de melder alleen in als die dat wil. De termijnen lopen vanaf de dag van ontvangst.',
    channel: 'Ontvangen via',
    receivedOn: 'Ontvangen op',
    reporterName: 'Naam van de melder',
    reporterNameHint: 'Leeg laten voor een anonieme melding.',
    reporterContact: 'Hoe de melder bereiken',
    done: 'De melding is geregistreerd.',
  },
  report: {
    heading: 'Melding',
    facts: 'Feiten',
    whenWhere: 'Wanneer en waar',
    involved: 'Betrokkenen',
    channel: 'Ontvangen via',
    receivedOn: 'Ontvangen op',
    reporter: 'Melder',
    anonymous: 'Anoniem',
    registeredBy: 'Geregistreerd door',
    feedbackPreference: 'Gewenste feedback',
    receiptHeading: 'Ontvangstbevestiging',
    receiptNone: 'De ontvangst is nog niet bevestigd.',
    feedbackHeading: 'Feedback',
    feedbackNone: 'Nog geen feedback.',
    outcome: 'Resultaat',
    closedOn: 'Afgesloten op',
    confirmedOn: 'Bevestigd op {date}',
    givenOn: 'Gegeven op {date}',
    notTrusted: 'Deze melding bevatte bij het aanmaken al een status of feedback. Die waarden tellen niet: alleen een integriteitscontactpersoon behandelt een melding.',
  },
  actions: {
    heading: 'Behandelen',
    confirmReceipt: 'Ontvangst bevestigen',
    receiptMessage: 'Bericht aan de melder',
    receiptTemplate: 'Je melding is goed ontvangen. We behandelen ze vertrouwelijk en geven je uiterlijk binnen 3 maanden feedback.',
    giveFeedback: 'Feedback geven',
    feedbackText: 'Feedback aan de melder',
    feedbackHint: 'Wat er met de melding gebeurt of gebeurde (onderzoek, maatregelen, doorverwijzing), zonder de vertrouwelijkheid van anderen te schaden.',
    close: 'Afsluiten',
    outcome: 'Resultaat',
    saving: 'Bezig met opslaan…',
  },
  refusals: {
    notHandler: 'Alleen een integriteitscontactpersoon behandelt meldingen.',
    wrongStatus: 'Dat kan niet in deze stap van de melding.',
    messageRequired: 'Schrijf een bericht voor de melder.',
    outcomeRequired: 'Kies het resultaat.',
    feedbackFirst: 'Geef eerst feedback aan de melder.',
  },
  clock: {
    receipt: 'Ontvangstbevestiging',
    feedback: 'Feedback',
    states: { open: 'Lopend', dueSoon: 'Bijna verlopen', overdue: 'Over tijd', metOnTime: 'Tijdig', metLate: 'Laattijdig' },
    daysLeft: { one: 'nog {count} dag', other: 'nog {count} dagen' },
    daysLate: { one: '{count} dag te laat', other: '{count} dagen te laat' },
    deadline: 'uiterlijk {date}',
  },
  figures: {
    heading: 'Jaarcijfers van de meldingen',
    intro: 'Voor het jaarverslag: alleen aantallen, geen namen. Aantallen van 1 tot 4 worden niet getoond (“<5”), net als wat ze zou verraden (“x”).',
    year: 'Jaar',
    byCategory: 'Per soort schending',
    byStatus: 'Per status',
    byOutcome: 'Per resultaat (afgesloten meldingen)',
    receiptTimeliness: 'Ontvangstbevestiging binnen 7 dagen',
    feedbackTimeliness: 'Feedback binnen 3 maanden',
    label: 'Categorie',
    count: 'Aantal',
    total: 'Totaal',
    suppressed: '<5: minder dan 5, niet getoond; x: verborgen omdat het een klein aantal zou verraden.',
  },
  categories: {
    'Inbreuk op regels of procedures': 'Inbreuk op wetten, regels of interne procedures',
    'Risico voor leven, gezondheid, veiligheid of milieu': 'Risico voor leven, gezondheid, veiligheid of milieu',
    'Ernstige tekortkoming in beroepsplichten of beheer': 'Ernstige tekortkoming in beroepsplichten of beheer',
    'Opdracht of raad tot een integriteitsschending': 'Opdracht of raad om een schending te begaan',
    'Inbreuk op Europese regels (financiële belangen, privacy, overheidsopdrachten …)': 'Inbreuk op Europese regels (financiële belangen, privacy, overheidsopdrachten …)',
  },
  statuses: { Ontvangen: 'Ontvangen', 'Ontvangst bevestigd': 'Ontvangst bevestigd', 'Feedback gegeven': 'Feedback gegeven', Afgesloten: 'Afgesloten' },
  outcomes: { Gegrond: 'Gegrond', 'Deels gegrond': 'Deels gegrond', Ongegrond: 'Ongegrond', 'Niet ontvankelijk': 'Niet ontvankelijk', Doorverwezen: 'Doorverwezen naar een andere procedure' },
  channels: { App: 'Deze app', 'Persoonlijk gesprek': 'Persoonlijk gesprek', Brief: 'Brief', Telefoon: 'Telefoon' },
  preferences: { 'In de app': 'In de app', 'Persoonlijk gesprek': 'In een persoonlijk gesprek', 'Geen terugkoppeling': 'Ik wil geen feedback' },
  timeliness: { Tijdig: 'Tijdig', Laattijdig: 'Laattijdig', Lopend: 'Termijn loopt nog', 'Over tijd': 'Over tijd' },
};

/** French (Belgium). */
export const meldenFR: MeldenStrings = {
  title: 'Signalement d’intégrité',
  intro:
    'Vous soupçonnez sérieusement une atteinte à l’intégrité au sein de la ZP CARMA ? Signalez-la ici aux personnes de contact intégrité de la zone. Elles accusent réception dans les 7 jours et vous informent dans les 3 mois de la suite donnée à votre signalement (loi du 8 décembre 2022).',
  about: {
    forHeading: 'À quoi sert ce canal ?',
    forBody:
      'À signaler un acte ou une omission qui menace ou lèse l’intérêt général : une violation des lois, arrêtés, circulaires ou règles et procédures internes ; un risque inacceptable pour la vie, la santé, la sécurité ou l’environnement ; un manquement grave aux obligations professionnelles ou à la gestion ; ou le fait d’ordonner ou de conseiller une telle atteinte. Une preuve n’est pas nécessaire, des motifs raisonnables le sont.',
    elsewhereHeading: 'Ce qui relève d’autres procédures',
    elsewhere: [
      'Harcèlement, violence ou comportement sexuel indésirable au travail : la personne de confiance ou le conseiller en prévention aspects psychosociaux.',
      'Discrimination : la personne de confiance, le conseiller en prévention ou Unia.',
      'La plainte d’un citoyen sur une intervention policière : le registre des plaintes du Contrôle interne (ou le Comité P).',
      'Un cadeau, une activité accessoire ou un dommage au matériel : les registres de cette application.',
    ],
    externalHeading: 'Signalement externe : le Comité P',
    externalBody:
      'Vous pouvez aussi signaler directement au Comité permanent de contrôle des services de police (Comité P), le canal de signalement externe pour la police intégrée (comitep.be). Le Comité P protège aussi les auteurs de signalement contre les représailles.',
    identityHeading: 'Votre identité : ce que cette application peut et ne peut pas promettre',
    identityBody:
      'SharePoint enregistre toujours qui crée un élément. Un signalement dans cette application n’est donc pas anonyme : votre nom figure à côté de votre signalement. Seules les personnes de contact intégrité peuvent lire votre signalement et votre nom ; ni vos collègues, ni vos supérieurs, ni la direction du corps. Les personnes de contact doivent garder votre identité confidentielle.',
    identityAlternative:
      'Vous ne voulez pas que votre nom figure dans SharePoint ? Adressez-vous en personne à une personne de contact intégrité, téléphonez, ou envoyez une lettre (même sans nom) à « Personne de contact intégrité – confidentiel ». La personne de contact enregistre alors elle-même votre signalement ; SharePoint indique alors son nom, et le vôtre seulement si vous le souhaitez.',
    protection: 'Qui signale de bonne foi est protégé par la loi contre les représailles (loi du 8 décembre 2022).',
    contactsHeading: 'Les personnes de contact intégrité',
    noContacts: 'Aucune personne de contact intégrité n’est encore désignée. Adressez-vous à l’administrateur.',
  },
  home: {
    report: 'Signaler une atteinte',
    mineHeading: 'Mes signalements',
    mineEmpty: 'Vous n’avez encore fait aucun signalement.',
    runningHeading: 'Délais en cours',
    runningEmpty: 'Aucun signalement n’attend un accusé de réception ou un retour.',
    registerHeading: 'Registre des signalements',
    registerEmpty: 'Aucun signalement pour l’instant.',
    registerOnBehalf: 'Enregistrer un signalement au nom d’un auteur',
    figures: 'Chiffres annuels',
    loadMore: 'Afficher plus',
  },
  columns: {
    receivedOn: 'Reçu le',
    subject: 'Objet',
    category: 'Type',
    status: 'Statut',
    receipt: 'Accusé de réception',
    feedback: 'Retour',
  },
  form: {
    heading: 'Signaler une atteinte à l’intégrité',
    identityNotice: 'Votre nom est conservé avec votre signalement et n’est visible que pour les personnes de contact intégrité.',
    subject: 'Objet',
    subjectHint: 'Un titre court, par exemple « Carte carburant utilisée pour des trajets privés ».',
    category: 'Type d’atteinte',
    categoryHint: 'Choisissez ce qui convient le mieux ; les personnes de contact peuvent l’adapter.',
    facts: 'Qu’avez-vous constaté ?',
    factsHint: 'Décrivez les faits aussi concrètement que possible : quoi, comment, à quelle fréquence. Pas de soupçons sur des personnes que vous ne pouvez étayer.',
    whenWhere: 'Quand et où ?',
    involved: 'Qui est concerné ?',
    involvedHint: 'Noms ou fonctions, si vous les connaissez. Facultatif.',
    feedbackPreference: 'Comment souhaitez-vous recevoir un retour ?',
    submit: 'Envoyer le signalement',
    submitting: 'Envoi en cours…',
    done: 'Votre signalement a été reçu.',
    doneBody: 'Une personne de contact intégrité en accuse réception dans les 7 jours. Vous suivez votre signalement sous « Mes signalements ».',
    viewReport: 'Voir votre signalement',
    another: 'Retour au canal de signalement',
  },
  registerForm: {
    heading: 'Enregistrer un signalement au nom d’un auteur',
    intro:
      'Pour un signalement reçu en personne, par lettre ou par téléphone. Vous figurez dans SharePoint comme créateur ; n’indiquez le nom de l’auteur que s’il le souhaite. Les délais courent à partir du jour de réception.',
    channel: 'Reçu par',
    receivedOn: 'Reçu le',
    reporterName: 'Nom de l’auteur',
    reporterNameHint: 'Laisser vide pour un signalement anonyme.',
    reporterContact: 'Comment joindre l’auteur',
    done: 'Le signalement est enregistré.',
  },
  report: {
    heading: 'Signalement',
    facts: 'Faits',
    whenWhere: 'Quand et où',
    involved: 'Personnes concernées',
    channel: 'Reçu par',
    receivedOn: 'Reçu le',
    reporter: 'Auteur',
    anonymous: 'Anonyme',
    registeredBy: 'Enregistré par',
    feedbackPreference: 'Retour souhaité',
    receiptHeading: 'Accusé de réception',
    receiptNone: 'La réception n’a pas encore été confirmée.',
    feedbackHeading: 'Retour',
    feedbackNone: 'Pas encore de retour.',
    outcome: 'Résultat',
    closedOn: 'Clôturé le',
    confirmedOn: 'Confirmé le {date}',
    givenOn: 'Donné le {date}',
    notTrusted: 'Ce signalement contenait déjà un statut ou un retour lors de sa création. Ces valeurs ne comptent pas : seule une personne de contact intégrité traite un signalement.',
  },
  actions: {
    heading: 'Traiter',
    confirmReceipt: 'Accuser réception',
    receiptMessage: 'Message à l’auteur',
    receiptTemplate: 'Votre signalement a bien été reçu. Nous le traitons de manière confidentielle et vous donnons un retour au plus tard dans les 3 mois.',
    giveFeedback: 'Donner un retour',
    feedbackText: 'Retour à l’auteur',
    feedbackHint: 'Ce qui est ou a été fait (enquête, mesures, renvoi), sans nuire à la confidentialité d’autrui.',
    close: 'Clôturer',
    outcome: 'Résultat',
    saving: 'Enregistrement…',
  },
  refusals: {
    notHandler: 'Seule une personne de contact intégrité traite les signalements.',
    wrongStatus: 'Ce n’est pas possible à cette étape du signalement.',
    messageRequired: 'Écrivez un message pour l’auteur.',
    outcomeRequired: 'Choisissez le résultat.',
    feedbackFirst: 'Donnez d’abord un retour à l’auteur.',
  },
  clock: {
    receipt: 'Accusé de réception',
    feedback: 'Retour',
    states: { open: 'En cours', dueSoon: 'Bientôt échu', overdue: 'Hors délai', metOnTime: 'Dans les délais', metLate: 'En retard' },
    daysLeft: { one: 'encore {count} jour', other: 'encore {count} jours' },
    daysLate: { one: '{count} jour de retard', other: '{count} jours de retard' },
    deadline: 'au plus tard le {date}',
  },
  figures: {
    heading: 'Chiffres annuels des signalements',
    intro: 'Pour le rapport annuel : uniquement des nombres, aucun nom. Les nombres de 1 à 4 ne sont pas affichés (« <5 »), pas plus que ce qui permettrait de les retrouver (« x »).',
    year: 'Année',
    byCategory: 'Par type d’atteinte',
    byStatus: 'Par statut',
    byOutcome: 'Par résultat (signalements clôturés)',
    receiptTimeliness: 'Accusé de réception dans les 7 jours',
    feedbackTimeliness: 'Retour dans les 3 mois',
    label: 'Catégorie',
    count: 'Nombre',
    total: 'Total',
    suppressed: '<5 : moins de 5, non affiché ; x : masqué parce qu’il révélerait un petit nombre.',
  },
  categories: {
    'Inbreuk op regels of procedures': 'Violation des lois, règles ou procédures internes',
    'Risico voor leven, gezondheid, veiligheid of milieu': 'Risque pour la vie, la santé, la sécurité ou l’environnement',
    'Ernstige tekortkoming in beroepsplichten of beheer': 'Manquement grave aux obligations professionnelles ou à la gestion',
    'Opdracht of raad tot een integriteitsschending': 'Ordre ou conseil de commettre une atteinte',
    'Inbreuk op Europese regels (financiële belangen, privacy, overheidsopdrachten …)': 'Violation de règles européennes (intérêts financiers, vie privée, marchés publics …)',
  },
  statuses: { Ontvangen: 'Reçu', 'Ontvangst bevestigd': 'Réception confirmée', 'Feedback gegeven': 'Retour donné', Afgesloten: 'Clôturé' },
  outcomes: { Gegrond: 'Fondé', 'Deels gegrond': 'Partiellement fondé', Ongegrond: 'Non fondé', 'Niet ontvankelijk': 'Irrecevable', Doorverwezen: 'Renvoyé vers une autre procédure' },
  channels: { App: 'Cette application', 'Persoonlijk gesprek': 'Entretien personnel', Brief: 'Lettre', Telefoon: 'Téléphone' },
  preferences: { 'In de app': 'Dans l’application', 'Persoonlijk gesprek': 'Lors d’un entretien personnel', 'Geen terugkoppeling': 'Je ne souhaite pas de retour' },
  timeliness: { Tijdig: 'Dans les délais', Laattijdig: 'En retard', Lopend: 'Délai en cours', 'Over tijd': 'Hors délai' },
};

/** English (United States). */
export const meldenEN: MeldenStrings = {
  title: 'Integrity report',
  intro:
    'Do you seriously suspect a breach of integrity within PZ CARMA? Report it here to the zone’s integrity contacts. They confirm receipt within 7 days and tell you within 3 months what is done with your report (law of 8 December 2022).',
  about: {
    forHeading: 'What is this channel for?',
    forBody:
      'For an act or omission that threatens or harms the public interest: a breach of laws, decrees, circulars or internal rules and procedures; an unacceptable risk to life, health, safety or the environment; a serious failure in professional duties or in management; or ordering or advising someone to commit such a breach. You do not need proof, only reasonable grounds.',
    elsewhereHeading: 'What goes elsewhere?',
    elsewhere: [
      'Harassment, violence or unwanted sexual behaviour at work: the confidential counsellor or the prevention adviser for psychosocial aspects.',
      'Discrimination: the confidential counsellor, the prevention adviser or Unia.',
      'A citizen’s complaint about police action: the complaints register of Internal Oversight (or Comité P).',
      'A gift, a side activity or damage to equipment: the registers of this app.',
    ],
    externalHeading: 'Reporting externally: Comité P',
    externalBody:
      'You may also report directly to the Standing Police Monitoring Committee (Comité P), the external reporting channel for the integrated police (comitep.be). Comité P also protects reporters against retaliation.',
    identityHeading: 'Your identity: what this app can and cannot promise',
    identityBody:
      'SharePoint always records who creates an item. A report in this app is therefore not anonymous: your name is stored with your report. Only the integrity contacts can read your report and your name; not your colleagues, your superiors or the corps management. The contacts must keep your identity confidential.',
    identityAlternative:
      'Do you not want your name in SharePoint? Then talk to an integrity contact in person, call, or send a letter (even unsigned) to “Integrity contact – confidential”. The contact then registers your report; SharePoint then shows the contact’s name, and yours only if you wish.',
    protection: 'Whoever reports in good faith is protected by law against retaliation (law of 8 December 2022).',
    contactsHeading: 'The integrity contacts',
    noContacts: 'No integrity contacts have been appointed yet. Ask the administrator.',
  },
  home: {
    report: 'Report a breach',
    mineHeading: 'My reports',
    mineEmpty: 'You have not made a report yet.',
    runningHeading: 'Running time limits',
    runningEmpty: 'No reports are waiting for a receipt or feedback.',
    registerHeading: 'Register of reports',
    registerEmpty: 'No reports yet.',
    registerOnBehalf: 'Register a report on someone’s behalf',
    figures: 'Annual figures',
    loadMore: 'Show more',
  },
  columns: {
    receivedOn: 'Received on',
    subject: 'Subject',
    category: 'Kind',
    status: 'Status',
    receipt: 'Receipt',
    feedback: 'Feedback',
  },
  form: {
    heading: 'Report a breach of integrity',
    identityNotice: 'Your name is stored with your report and is visible only to the integrity contacts.',
    subject: 'Subject',
    subjectHint: 'A short title, for example “Fuel card used for private trips”.',
    category: 'Kind of breach',
    categoryHint: 'Choose what fits best; the contacts can change it.',
    facts: 'What did you notice?',
    factsHint: 'Describe the facts as concretely as you can: what, how, how often. No suspicions about people that you cannot support.',
    whenWhere: 'When and where?',
    involved: 'Who is involved?',
    involvedHint: 'Names or functions, if you know them. Optional.',
    feedbackPreference: 'How do you want to receive feedback?',
    submit: 'Send report',
    submitting: 'Sending…',
    done: 'Your report has been received.',
    doneBody: 'An integrity contact confirms receipt within 7 days. You follow your report under “My reports”.',
    viewReport: 'View your report',
    another: 'Back to the reporting channel',
  },
  registerForm: {
    heading: 'Register a report on someone’s behalf',
    intro:
      'For a report you received in person, by letter or by telephone. You are recorded in SharePoint as its creator; fill in the reporter’s name only if they wish. The time limits run from the day of receipt.',
    channel: 'Received by',
    receivedOn: 'Received on',
    reporterName: 'Reporter’s name',
    reporterNameHint: 'Leave empty for an anonymous report.',
    reporterContact: 'How to reach the reporter',
    done: 'The report has been registered.',
  },
  report: {
    heading: 'Report',
    facts: 'Facts',
    whenWhere: 'When and where',
    involved: 'Involved',
    channel: 'Received by',
    receivedOn: 'Received on',
    reporter: 'Reporter',
    anonymous: 'Anonymous',
    registeredBy: 'Registered by',
    feedbackPreference: 'Feedback wanted',
    receiptHeading: 'Acknowledgement of receipt',
    receiptNone: 'Receipt has not been confirmed yet.',
    feedbackHeading: 'Feedback',
    feedbackNone: 'No feedback yet.',
    outcome: 'Outcome',
    closedOn: 'Closed on',
    confirmedOn: 'Confirmed on {date}',
    givenOn: 'Given on {date}',
    notTrusted: 'This report already carried a status or feedback when it was created. Those values do not count: only an integrity contact handles a report.',
  },
  actions: {
    heading: 'Handle',
    confirmReceipt: 'Confirm receipt',
    receiptMessage: 'Message to the reporter',
    receiptTemplate: 'Your report has been received. We handle it confidentially and will give you feedback within 3 months at the latest.',
    giveFeedback: 'Give feedback',
    feedbackText: 'Feedback to the reporter',
    feedbackHint: 'What is or was done with the report (investigation, measures, referral), without harming the confidentiality of others.',
    close: 'Close',
    outcome: 'Outcome',
    saving: 'Saving…',
  },
  refusals: {
    notHandler: 'Only an integrity contact handles reports.',
    wrongStatus: 'That is not possible at this step of the report.',
    messageRequired: 'Write a message for the reporter.',
    outcomeRequired: 'Choose the outcome.',
    feedbackFirst: 'Give the reporter feedback first.',
  },
  clock: {
    receipt: 'Receipt',
    feedback: 'Feedback',
    states: { open: 'Running', dueSoon: 'Due soon', overdue: 'Overdue', metOnTime: 'On time', metLate: 'Late' },
    daysLeft: { one: '{count} day left', other: '{count} days left' },
    daysLate: { one: '{count} day late', other: '{count} days late' },
    deadline: 'by {date}',
  },
  figures: {
    heading: 'Annual figures of the reports',
    intro: 'For the annual report: counts only, no names. Counts from 1 to 4 are not shown (“<5”), nor what would reveal them (“x”).',
    year: 'Year',
    byCategory: 'By kind of breach',
    byStatus: 'By status',
    byOutcome: 'By outcome (closed reports)',
    receiptTimeliness: 'Receipt confirmed within 7 days',
    feedbackTimeliness: 'Feedback within 3 months',
    label: 'Category',
    count: 'Count',
    total: 'Total',
    suppressed: '<5: fewer than 5, not shown; x: hidden because it would reveal a small count.',
  },
  categories: {
    'Inbreuk op regels of procedures': 'Breach of laws, rules or internal procedures',
    'Risico voor leven, gezondheid, veiligheid of milieu': 'Risk to life, health, safety or the environment',
    'Ernstige tekortkoming in beroepsplichten of beheer': 'Serious failure in professional duties or management',
    'Opdracht of raad tot een integriteitsschending': 'Ordering or advising a breach',
    'Inbreuk op Europese regels (financiële belangen, privacy, overheidsopdrachten …)': 'Breach of EU rules (financial interests, privacy, public procurement …)',
  },
  statuses: { Ontvangen: 'Received', 'Ontvangst bevestigd': 'Receipt confirmed', 'Feedback gegeven': 'Feedback given', Afgesloten: 'Closed' },
  outcomes: { Gegrond: 'Founded', 'Deels gegrond': 'Partly founded', Ongegrond: 'Unfounded', 'Niet ontvankelijk': 'Inadmissible', Doorverwezen: 'Referred to another procedure' },
  channels: { App: 'This app', 'Persoonlijk gesprek': 'In person', Brief: 'Letter', Telefoon: 'Telephone' },
  preferences: { 'In de app': 'In the app', 'Persoonlijk gesprek': 'In a personal meeting', 'Geen terugkoppeling': 'I do not want feedback' },
  timeliness: { Tijdig: 'On time', Laattijdig: 'Late', Lopend: 'Still running', 'Over tijd': 'Overdue' },
};
