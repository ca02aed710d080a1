import { FEEDBACK_PREFERENCES, REPORT_CATEGORIES, REPORT_CHANNELS, REPORT_OUTCOMES, REPORT_STATUSES } from '../../domain/melden/report';
import { neq, query } from './caml';
import { CLIENT_ID_OWN_ITEMS, defineList, titleField } from './common';

/**
 * Integriteitsmeldingen: the zone's internal channel for reporting integrity breaches (law of 8 December 2022,
 * docs/integriteitsmeldingen.md). Own items only from the first moment: a member adds a report and reads only their own
 * (with its receipt and feedback), never edits it; only the integrity contacts read and handle every report. Nobody else,
 * not the korpsleiding, not the beheerders' group, reads a report or who made it (docs/security.md, section 3).
 */
export const INTEGRITEITSMELDINGEN = defineList({
  title: 'Integriteitsmeldingen',
  description: 'Intern meldingskanaal voor integriteitsschendingen (wet 8 december 2022); enkel de integriteitscontactpersonen zien alle meldingen.',
  readSecurity: 2,
  writeSecurity: 2,
  versioning: true,
  attachments: false,
  noCrawl: true,
  appCreates: true,
  fields: [
    titleField('Onderwerp', true),
    CLIENT_ID_OWN_ITEMS,
    { name: 'Category', displayName: 'Soort schending', kind: 'Choice', choices: REPORT_CATEGORIES, required: true },
    { name: 'Facts', displayName: 'Feiten', kind: 'Note', richText: false, required: true },
    { name: 'WhenWhere', displayName: 'Wanneer en waar', kind: 'Note', richText: false },
    { name: 'Involved', displayName: 'Betrokkenen', kind: 'Note', richText: false },
    { name: 'Channel', displayName: 'Kanaal', kind: 'Choice', choices: REPORT_CHANNELS, default: 'App', required: true },
    { name: 'FeedbackPreference', displayName: 'Terugkoppeling gewenst', kind: 'Choice', choices: FEEDBACK_PREFERENCES, required: true },
    {
      name: 'ReceivedOn',
      displayName: 'Ontvangen op',
      kind: 'DateTime',
      dateOnly: true,
      required: true,
      indexed: true,
      description: 'De dag van ontvangst; voor een melding in de app telt de aanmaakdatum die SharePoint registreerde.',
    },
    // the year of receipt, kept by the app: the annual figures select one year with `eq` on an indexed column, which
    // narrows the read however long the list grows (a date range's first bound does not)
    { name: 'ReceivedYear', displayName: 'Jaar van ontvangst', kind: 'Text', maxLength: 4, indexed: true },
    { name: 'Status', displayName: 'Status', kind: 'Choice', choices: REPORT_STATUSES, default: 'Ontvangen', required: true, indexed: true },
    { name: 'ReceiptConfirmedOn', displayName: 'Ontvangst bevestigd op', kind: 'DateTime', dateOnly: true },
    { name: 'ReceiptMessage', displayName: 'Ontvangstbevestiging', kind: 'Note', richText: false },
    { name: 'FeedbackOn', displayName: 'Feedback gegeven op', kind: 'DateTime', dateOnly: true },
    { name: 'FeedbackText', displayName: 'Feedback aan de melder', kind: 'Note', richText: false },
    { name: 'ClosedOn', displayName: 'Afgesloten op', kind: 'DateTime', dateOnly: true },
    { name: 'Outcome', displayName: 'Resultaat', kind: 'Choice', choices: REPORT_OUTCOMES },
    { name: 'ReporterName', displayName: 'Naam melder (geregistreerd namens)', kind: 'Text', maxLength: 255 },
    { name: 'ReporterContact', displayName: 'Contact melder (geregistreerd namens)', kind: 'Note', richText: false },
  ],
  views: [
    {
      title: 'Lopende meldingen',
      query: query(neq('Status', 'Choice', 'Afgesloten'), [['ReceivedOn', true]]),
      fields: ['ReceivedOn', 'LinkTitle', 'Category', 'Status', 'ReceiptConfirmedOn', 'FeedbackOn'],
      rowLimit: 50,
    },
  ],
  roles: { medewerkers: 'append', integriteitscontact: 'handle' },
});
