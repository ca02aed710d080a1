/** Strings of the Verbetervoorstellen views (Q&W proposals, validation, agenda, comités, notifications). Each language below must fill every key. */
export interface ProposalStrings {
  title: string;
}

/** Dutch (Belgium). */
export const proposalsNL: ProposalStrings = {
  title: 'Verbetervoorstellen',
};

/** French (Belgium). */
export const proposalsFR: ProposalStrings = {
  title: 'Propositions d\'amélioration',
};

/** English (United States). */
export const proposalsEN: ProposalStrings = {
  title: 'Improvement proposals',
};
