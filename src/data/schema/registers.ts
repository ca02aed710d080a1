import {
  ABSENCE_KINDS,
  OPS_INCOMPATIBILITIES,
  DAMAGE_CATEGORIES,
  GIFT_DECISIONS,
  GIFT_KINDS,
  HANDLING_STATUSES,
  SIDE_ACTIVITY_STATUSES,
} from '../../domain/registers';
import { eq, query } from './caml';
import { CLIENT_ID, CLIENT_ID_OWN_ITEMS, DIENST_FIELD, defineList, titleField } from './common';

// The registers' choices are the domain's values (src/domain/registers), so what is stored is what the rules speak of.

/** The kaders (staff categories): operational and administrative-logistic. */
export const KADERS = ['Ops', 'CaLog'] as const;

/** The kind of a side activity as stored: the Dutch wording of an absolute incompatibility of the Ops-kader, or another activity. */
export const SIDE_ACTIVITY_KIND_CHOICES: readonly string[] = OPS_INCOMPATIBILITIES.map((inc) => inc.name).concat(['Andere activiteit']);

/** The advice of the politiecollege on a side activity (favourable ones allow it, an unfavourable one refuses it). */
export const SIDE_ACTIVITY_ADVICE = ['Gunstig', 'Gunstig onder voorwaarden', 'Ongunstig'] as const;

/** Geschenken (aandachtspunt 1): gifts that could not be refused; the reporter sees own reports, Intern Toezicht all. */
export const GESCHENKEN = defineList({
  title: 'Geschenken',
  description: 'Meldingen van geschenken, aanbiedingen en vergoedingen die niet geweigerd konden worden (aan Intern Toezicht).',
  readSecurity: 2,
  writeSecurity: 2,
  versioning: true,
  attachments: false,
  noCrawl: true,
  appCreates: true,
  fields: [
    titleField('Wat', true),
    CLIENT_ID_OWN_ITEMS,
    { name: 'Kind', displayName: 'Soort', kind: 'Choice', choices: GIFT_KINDS, required: true },
    { name: 'Giver', displayName: 'Van wie', kind: 'Text', maxLength: 255, required: true },
    { name: 'EstimatedValue', displayName: 'Geschatte waarde', kind: 'Currency', min: 0 },
    { name: 'ReceivedOn', displayName: 'Datum', kind: 'DateTime', dateOnly: true, required: true, indexed: true },
    { name: 'WhyNotRefused', displayName: 'Waarom weigeren niet mogelijk was', kind: 'Note', richText: false, required: true },
    { name: 'Destination', displayName: 'Wat ermee gebeurde', kind: 'Choice', choices: GIFT_DECISIONS },
    DIENST_FIELD,
    { name: 'Status', displayName: 'Status', kind: 'Choice', choices: HANDLING_STATUSES, default: 'Gemeld', required: true, indexed: true },
    { name: 'HandlingNotes', displayName: 'Opvolging Intern Toezicht', kind: 'Note', richText: false },
  ],
  views: [
    {
      title: 'Te behandelen',
      query: query(eq('Status', 'Choice', 'Gemeld'), [['ReceivedOn', true]]),
      fields: ['ReceivedOn', 'LinkTitle', 'Giver', 'EstimatedValue', 'Dienst', 'Author'],
      rowLimit: 50,
    },
  ],
  roles: { medewerkers: 'contribute', internToezicht: 'handle' },
});

/** Nevenactiviteiten (aandachtspunt 2): side activities declared before they start; advice within 45 calendar days. */
export const NEVENACTIVITEITEN = defineList({
  title: 'Nevenactiviteiten',
  description: 'Aangiften van nevenactiviteiten; advies van het politiecollege binnen 45 kalenderdagen (Ops).',
  readSecurity: 2,
  writeSecurity: 2,
  versioning: true,
  attachments: true,
  noCrawl: true,
  appCreates: true,
  validation: {
    formula: '=OR(ISBLANK([Einddatum]),[Einddatum]>=[Begindatum])',
    message: 'De einddatum mag niet voor de begindatum liggen.',
  },
  fields: [
    titleField('Activiteit', true),
    CLIENT_ID_OWN_ITEMS,
    { name: 'Kader', displayName: 'Kader', kind: 'Choice', choices: KADERS, required: true, indexed: true },
    { name: 'ActivityKind', displayName: 'Soort activiteit', kind: 'Choice', choices: SIDE_ACTIVITY_KIND_CHOICES, required: true },
    { name: 'Description', displayName: 'Omschrijving', kind: 'Note', richText: false, required: true },
    { name: 'Organisation', displayName: 'Werkgever of organisatie', kind: 'Text', maxLength: 255 },
    { name: 'StartDate', displayName: 'Begindatum', kind: 'DateTime', dateOnly: true, required: true },
    { name: 'EndDate', displayName: 'Einddatum', kind: 'DateTime', dateOnly: true },
    { name: 'HoursPerMonth', displayName: 'Uren per maand', kind: 'Number', min: 0, decimals: 1 },
    // a time, not a date: the politiecollege cannot register receipt before the declaration was made
    { name: 'ReceivedAt', displayName: 'Ontvangen door het politiecollege', kind: 'DateTime', indexed: true },
    { name: 'AdviceDeadline', displayName: 'Uiterste adviesdatum', kind: 'DateTime', dateOnly: true, indexed: true },
    { name: 'KorpschefTalkOn', displayName: 'Gesprek met de korpschef op', kind: 'DateTime', dateOnly: true, description: 'Het gesprek tussen het personeelslid en de korpschef waarop het advies steunt (Ops).' },
    { name: 'Advice', displayName: 'Advies politiecollege', kind: 'Choice', choices: SIDE_ACTIVITY_ADVICE },
    { name: 'AdviceNotes', displayName: 'Motivering advies', kind: 'Note', richText: false },
    { name: 'AdviceDate', displayName: 'Advies gegeven op', kind: 'DateTime' },
    { name: 'Status', displayName: 'Status', kind: 'Choice', choices: SIDE_ACTIVITY_STATUSES, default: 'Aangevraagd', required: true, indexed: true },
    // suspension is not stored: it follows from the Afwezigheden at any moment (domain effectiveState), so it never goes stale
    { name: 'History', displayName: 'Verloop', kind: 'Note', richText: false, description: 'Elke stap (wie, wanneer, wat), door de app bijgehouden.' },
    DIENST_FIELD,
  ],
  views: [
    {
      title: 'Advies verwacht',
      query: query(eq('Status', 'Choice', 'Advies gevraagd'), [['AdviceDeadline', true]]),
      fields: ['AdviceDeadline', 'LinkTitle', 'Kader', 'Organisation', 'StartDate', 'Author'],
      rowLimit: 50,
    },
  ],
  // HR has no step in the flow (declaration → receipt → talk with the korpschef → advice): the suspension it causes
  // by registering an absence follows from Afwezigheden, so HR needs no right on these items
  roles: { medewerkers: 'contribute', korpsleiding: 'handle', politiecollege: 'handle' },
});

/** Materiaalschade (aandachtspunt 3): damage to material, vehicles, premises or software, reported to Logistiek. */
export const MATERIAALSCHADE = defineList({
  title: 'Materiaalschade',
  description: 'Meldingen van schade aan materiaal, uitrusting, voertuigen, gebouwen of software (aan Logistiek).',
  readSecurity: 2,
  writeSecurity: 2,
  versioning: true,
  attachments: true,
  noCrawl: true,
  appCreates: true,
  fields: [
    titleField('Wat', true),
    CLIENT_ID_OWN_ITEMS,
    { name: 'Location', displayName: 'Waar', kind: 'Text', maxLength: 255, required: true },
    { name: 'OccurredAt', displayName: 'Wanneer', kind: 'DateTime', required: true, indexed: true },
    { name: 'ObjectRef', displayName: 'Voertuig of voorwerp', kind: 'Text', maxLength: 255, description: 'Nummerplaat, inventarisnummer …' },
    { name: 'Category', displayName: 'Categorie', kind: 'Choice', choices: DAMAGE_CATEGORIES, required: true, indexed: true },
    { name: 'Description', displayName: 'Omschrijving', kind: 'Note', richText: false, required: true },
    { name: 'Status', displayName: 'Status', kind: 'Choice', choices: HANDLING_STATUSES, default: 'Gemeld', required: true, indexed: true },
    { name: 'HandlingNotes', displayName: 'Opvolging Logistiek', kind: 'Note', richText: false },
    DIENST_FIELD,
  ],
  views: [
    {
      title: 'Open meldingen',
      query: query(eq('Status', 'Choice', 'Gemeld'), [['OccurredAt', true]]),
      fields: ['OccurredAt', 'LinkTitle', 'Category', 'ObjectRef', 'Location', 'Author'],
      rowLimit: 50,
    },
  ],
  roles: { medewerkers: 'contribute', logistiek: 'handle', beheerders: 'fullControl' },
});

/**
 * Afwezigheden: the absences HR registers that suspend every cumulation (aandachtspunt 2). A list of its own (one
 * member, many activities; medical data kept apart from the declarations): only HR writes; each item gets unique
 * permissions at creation: HR, the korpsleiding (who manages the side-activity register) and the member it concerns,
 * who reads it and so sees why an activity is suspended. The politiecollege does not read it (docs/security.md).
 */
export const AFWEZIGHEDEN = defineList({
  title: 'Afwezigheden',
  description: 'Afwezigheden die elke cumulatie van ambtswege opschorten (ziekte, arbeidsongeval ...); door HR geregistreerd.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: true,
  appCreates: true,
  validation: { formula: '=OR(ISBLANK([Tot en met]),[Tot en met]>=[Vanaf])', message: 'De einddatum mag niet voor de begindatum liggen.' },
  fields: [
    titleField('Omschrijving', false),
    CLIENT_ID,
    { name: 'Member', displayName: 'Personeelslid', kind: 'User', required: true, indexed: true },
    { name: 'Kind', displayName: 'Soort afwezigheid', kind: 'Choice', choices: ABSENCE_KINDS, required: true },
    { name: 'StartDate', displayName: 'Vanaf', kind: 'DateTime', dateOnly: true, required: true, indexed: true },
    { name: 'EndDate', displayName: 'Tot en met', kind: 'DateTime', dateOnly: true },
  ],
  views: [{ title: 'Recent', query: query(null, [['StartDate', false]]), fields: ['Member', 'Kind', 'StartDate', 'EndDate'], rowLimit: 50 }],
  // HR creates the items and gives each its permissions: that takes ManagePermissions (Dossierbeheer)
  roles: { hr: 'caseManagement', korpsleiding: 'read' },
  itemSecurity: {
    groups: { hr: 'caseManagement', korpsleiding: 'read' },
    fromFields: [{ field: 'Member', principal: 'user', role: 'read' }],
  },
});
