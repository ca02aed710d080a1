import { PROPOSAL_ACTIVITIES } from '../../domain/proposal/activity';
import { PROPOSAL_STATUSES } from '../../domain/proposal/statuses';
import { and, eq, isMe, query } from './caml';
import { CLIENT_ID, defineList, titleField } from './common';

/**
 * Meldingen: in-app notifications (the Teams activity feed carries the same text), one folder per person: its owner
 * reads, marks and removes them, colleagues only deliver into it. They never hold confidential content.
 */
export const MELDINGEN = defineList({
  title: 'Meldingen',
  description: 'Meldingen in de app voor één ontvanger; nooit vertrouwelijke inhoud.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: false,
  attachments: false,
  noCrawl: true,
  appCreates: true,
  fields: [
    titleField('Titel', true),
    CLIENT_ID,
    { name: 'Recipient', displayName: 'Ontvanger', kind: 'User', required: true, indexed: true },
    { name: 'Body', displayName: 'Tekst', kind: 'Note', richText: false },
    { name: 'Link', displayName: 'Koppeling', kind: 'URL' },
    { name: 'IsRead', displayName: 'Gelezen', kind: 'Boolean', default: false, indexed: true },
    { name: 'ProposalId', displayName: 'Verbetervoorstel (id)', kind: 'Number', decimals: 0, indexed: true },
    { name: 'Activity', displayName: 'Soort melding', kind: 'Choice', choices: PROPOSAL_ACTIVITIES, description: 'Het activiteitstype van de Teams-melding; de app toont de melding ermee in de taal van de lezer.' },
    { name: 'ProposalStatus', displayName: 'Status voorstel', kind: 'Choice', choices: PROPOSAL_STATUSES },
    {
      name: 'EventAt',
      displayName: 'Moment van de gebeurtenis',
      kind: 'Text',
      maxLength: 30,
      description: 'Wanneer gebeurde wat de melding aankondigt (ISO 8601, UTC), door de app geschreven uit de beslissing; Gemaakt is wanneer de melding werd afgeleverd.',
    },
  ],
  views: [
    {
      title: 'Mijn ongelezen meldingen',
      query: query(and(isMe('Recipient'), eq('IsRead', 'Boolean', 0)), [['ID', false]]),
      fields: ['LinkTitle', 'Body', 'Created'],
      rowLimit: 30,
    },
  ],
  // each person's notifications lie in their own folder (src/data/proposals/folders.ts): nothing at list level
  roles: { beheerders: 'fullControl' },
});
