import type { WorkflowRule } from '../workflow';
import type { ProposalAction, ProposalRole } from './proposal';
import type { ProposalStatus } from './statuses';

/**
 * The proposal flow of strategische doelstelling 2: for every action the statuses it starts from, where it leads,
 * who takes it (the usual role first; a beheerder may stand in, always with a reason) and whether a reason is required.
 */
export const PROPOSAL_RULES: Readonly<Record<ProposalAction, WorkflowRule<ProposalStatus, ProposalRole>>> = {
  submit: { from: ['Concept'], to: 'Ingediend', roles: ['teamQW', 'teamoverleg', 'beheerder'], reasonRequired: false },
  withdraw: { from: ['Ingediend'], to: 'Concept', roles: ['teamQW', 'teamoverleg', 'beheerder'], reasonRequired: false },
  validate: { from: ['Ingediend'], to: 'Gevalideerd', roles: ['diensthoofd', 'beheerder'], reasonRequired: false },
  return: { from: ['Ingediend'], to: 'Teruggestuurd', roles: ['diensthoofd', 'beheerder'], reasonRequired: true },
  reject: { from: ['Ingediend'], to: 'Afgewezen', roles: ['diensthoofd', 'beheerder'], reasonRequired: true },
  resubmit: { from: ['Teruggestuurd'], to: 'Ingediend', roles: ['teamQW', 'teamoverleg', 'beheerder'], reasonRequired: false },
  scheduleForDirectiecomite: {
    from: ['Gevalideerd', 'Op agenda directiecomité'],
    to: 'Op agenda directiecomité',
    roles: ['directiecomite', 'beheerder'],
    reasonRequired: false,
  },
  route: {
    from: ['Gevalideerd', 'Op agenda directiecomité', 'Toegewezen aan comité'],
    to: 'Toegewezen aan comité',
    roles: ['directiecomite', 'beheerder'],
    reasonRequired: false,
  },
  rejectByDirectiecomite: {
    from: ['Gevalideerd', 'Op agenda directiecomité'],
    to: 'Afgewezen',
    roles: ['directiecomite', 'beheerder'],
    reasonRequired: true,
  },
  assign: {
    from: ['Toegewezen aan comité', 'Toegewezen aan uitvoerder'],
    to: 'Toegewezen aan uitvoerder',
    roles: ['comitevoorzitter', 'beheerder'],
    reasonRequired: false,
  },
  start: { from: ['Toegewezen aan uitvoerder'], to: 'In uitvoering', roles: ['comitevoorzitter', 'beheerder'], reasonRequired: false },
  realise: { from: ['In uitvoering'], to: 'Gerealiseerd', roles: ['comitevoorzitter', 'beheerder'], reasonRequired: false },
  notRetain: {
    from: ['Toegewezen aan comité', 'Toegewezen aan uitvoerder', 'In uitvoering'],
    to: 'Niet weerhouden',
    roles: ['comitevoorzitter', 'beheerder'],
    reasonRequired: true,
  },
};

/** Every proposal action, in flow order. */
export const PROPOSAL_ACTIONS = Object.keys(PROPOSAL_RULES) as ProposalAction[];
