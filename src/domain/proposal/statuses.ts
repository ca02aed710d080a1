/** The statuses of an improvement proposal, in Dutch exactly as stored in the SharePoint choice field, in flow order. */
export const PROPOSAL_STATUSES = [
  'Concept',
  'Ingediend',
  'Teruggestuurd',
  'Afgewezen',
  'Gevalideerd',
  'Op agenda directiecomité',
  'Toegewezen aan comité',
  'Toegewezen aan uitvoerder',
  'In uitvoering',
  'Gerealiseerd',
  'Niet weerhouden',
] as const;

/** One status of {@link PROPOSAL_STATUSES}. */
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** The statuses after which nothing happens any more. */
export const FINAL_PROPOSAL_STATUSES: readonly ProposalStatus[] = ['Afgewezen', 'Gerealiseerd', 'Niet weerhouden'];

/** The topics a team picks for its proposal (Dutch choice values); they drive the routing suggestion. */
export const PROPOSAL_TOPICS = [
  'Aankoop of investering',
  'Materiaal en uitrusting',
  'Voertuigen',
  'Bewapening en geweldsbeheersing',
  'Opleiding',
  'Personeel',
  'Communicatie',
  'Veiligheid en welzijn',
  'Operationele werking',
  'Innovatie',
  'Andere',
] as const;

/** One topic of {@link PROPOSAL_TOPICS}. */
export type ProposalTopic = (typeof PROPOSAL_TOPICS)[number];
