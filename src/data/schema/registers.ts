import { eq, query } from './caml';
import { CLIENT_ID_OWN_ITEMS, DIENST_FIELD, defineList, titleField } from './common';

/** The handling statuses of a reported gift. */
export const GIFT_STATUSES = ['Gemeld', 'In behandeling', 'Afgehandeld'] as const;

/** What happened to a gift that could not be refused. */
export const GIFT_DESTINATIONS = [
  'Teruggegeven',
  'Afgegeven aan Intern Toezicht',
  'Geschonken aan een goed doel',
  'Gedeeld met het team',
  'Vernietigd',
  'Andere',
] as const;

/** The kaders (staff categories): operational and administrative-logistic. */
export const KADERS = ['Ops', 'CaLog'] as const;

/** The statuses of a side-activity declaration. */
export const SIDE_ACTIVITY_STATUSES = ['Ingediend', 'In behandeling', 'Advies gegeven', 'Afgesloten'] as const;

/** The advice of the politiecollege on a side activity. */
export const SIDE_ACTIVITY_ADVICE = ['Gunstig', 'Gunstig onder voorwaarden', 'Ongunstig'] as const;

/** The absences that suspend every cumulation automatically (aandachtspunt 2). */
export const SUSPENSION_REASONS = [
  'Ziekte',
  'Arbeidsongeval',
  'Ongeval op weg naar of van het werk',
  'Beroepsziekte',
  'Disponibiliteit wegens ziekte',
  'Verminderde prestaties om medische redenen',
] as const;

/** What was damaged. */
export const DAMAGE_CATEGORIES = ['Voertuig', 'Uitrusting', 'Materiaal', 'Gebouw', 'Software', 'Andere'] as const;

/** The handling statuses of a damage report. */
export const DAMAGE_STATUSES = ['Gemeld', 'In behandeling', 'Hersteld', 'Afgesloten'] as const;

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
    { name: 'Giver', displayName: 'Van wie', kind: 'Text', maxLength: 255, required: true },
    { name: 'EstimatedValue', displayName: 'Geschatte waarde', kind: 'Currency', min: 0 },
    { name: 'ReceivedOn', displayName: 'Datum', kind: 'DateTime', dateOnly: true, required: true, indexed: true },
    { name: 'WhyNotRefused', displayName: 'Waarom weigeren niet mogelijk was', kind: 'Note', richText: false, required: true },
    { name: 'Destination', displayName: 'Wat ermee gebeurde', kind: 'Choice', choices: GIFT_DESTINATIONS },
    DIENST_FIELD,
    { name: 'Status', displayName: 'Status', kind: 'Choice', choices: GIFT_STATUSES, default: 'Gemeld', required: true, indexed: true },
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
    { name: 'Description', displayName: 'Omschrijving', kind: 'Note', richText: false, required: true },
    { name: 'Organisation', displayName: 'Werkgever of organisatie', kind: 'Text', maxLength: 255 },
    { name: 'StartDate', displayName: 'Begindatum', kind: 'DateTime', dateOnly: true, required: true },
    { name: 'EndDate', displayName: 'Einddatum', kind: 'DateTime', dateOnly: true },
    { name: 'HoursPerMonth', displayName: 'Uren per maand', kind: 'Number', min: 0, decimals: 1 },
    { name: 'ReceivedAt', displayName: 'Ontvangen op', kind: 'DateTime', dateOnly: true, indexed: true },
    { name: 'AdviceDeadline', displayName: 'Uiterste adviesdatum', kind: 'DateTime', dateOnly: true, indexed: true },
    { name: 'Advice', displayName: 'Advies politiecollege', kind: 'Choice', choices: SIDE_ACTIVITY_ADVICE },
    { name: 'AdviceNotes', displayName: 'Motivering advies', kind: 'Note', richText: false },
    { name: 'AdviceDate', displayName: 'Advies gegeven op', kind: 'DateTime', dateOnly: true },
    { name: 'Status', displayName: 'Status', kind: 'Choice', choices: SIDE_ACTIVITY_STATUSES, default: 'Ingediend', required: true, indexed: true },
    { name: 'Suspended', displayName: 'Opgeschort', kind: 'Boolean', default: false, indexed: true },
    { name: 'SuspensionReason', displayName: 'Reden opschorting', kind: 'Choice', choices: SUSPENSION_REASONS },
    DIENST_FIELD,
  ],
  views: [
    {
      title: 'Advies verwacht',
      query: query(eq('Status', 'Choice', 'Ingediend'), [['AdviceDeadline', true]]),
      fields: ['AdviceDeadline', 'LinkTitle', 'Kader', 'Organisation', 'StartDate', 'Author'],
      rowLimit: 50,
    },
  ],
  roles: { medewerkers: 'contribute', hr: 'handle', korpsleiding: 'handle', politiecollege: 'handle' },
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
    { name: 'Status', displayName: 'Status', kind: 'Choice', choices: DAMAGE_STATUSES, default: 'Gemeld', required: true, indexed: true },
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
