import {
  allowedActions,
  decide,
  PROPOSAL_ACTIONS,
  PROPOSAL_STATUSES,
  type DecisionInput,
  type ProposalAction,
  type ProposalStatus,
} from '../../../src/domain/proposal';
import { ACTORS, NOW, proposalIn, type ActorKey } from './fixtures';

/** The flow of strategische doelstelling 2 as the policy reads, written out independently of the rule table. */
const SPEC: Record<ProposalAction, { from: ProposalStatus[]; to: ProposalStatus; by: ActorKey; reason: boolean }> = {
  submit: { from: ['Concept'], to: 'Ingediend', by: 'team', reason: false },
  withdraw: { from: ['Ingediend'], to: 'Concept', by: 'team', reason: false },
  resubmit: { from: ['Teruggestuurd'], to: 'Ingediend', by: 'team', reason: false },
  validate: { from: ['Ingediend'], to: 'Gevalideerd', by: 'dh', reason: false },
  return: { from: ['Ingediend'], to: 'Teruggestuurd', by: 'dh', reason: true },
  reject: { from: ['Ingediend'], to: 'Afgewezen', by: 'dh', reason: true },
  scheduleForDirectiecomite: { from: ['Gevalideerd', 'Op agenda directiecomité'], to: 'Op agenda directiecomité', by: 'dc', reason: false },
  route: { from: ['Gevalideerd', 'Op agenda directiecomité', 'Toegewezen aan comité'], to: 'Toegewezen aan comité', by: 'dc', reason: false },
  rejectByDirectiecomite: { from: ['Gevalideerd', 'Op agenda directiecomité'], to: 'Afgewezen', by: 'dc', reason: true },
  assign: { from: ['Toegewezen aan comité', 'Toegewezen aan uitvoerder'], to: 'Toegewezen aan uitvoerder', by: 'chair', reason: false },
  start: { from: ['Toegewezen aan uitvoerder'], to: 'In uitvoering', by: 'chair', reason: false },
  realise: { from: ['In uitvoering'], to: 'Gerealiseerd', by: 'chair', reason: false },
  notRetain: { from: ['Toegewezen aan comité', 'Toegewezen aan uitvoerder', 'In uitvoering'], to: 'Niet weerhouden', by: 'chair', reason: true },
};

/** Who holds the acting role but for another dienst or comité, and the error that brings. */
const OUT_OF_SCOPE: Partial<Record<ActorKey, { of: ActorKey; error: object }>> = {
  teamOther: { of: 'team', error: { code: 'wrongDienst', dienst: 'Interventie' } },
  dhOther: { of: 'dh', error: { code: 'wrongDienst', dienst: 'Interventie' } },
  chairOther: { of: 'chair', error: { code: 'notChair', comite: 'aankoopcomite' } },
};

const FULL_INPUT: DecisionInput = {
  reason: 'Besproken op het overleg',
  comite: 'hr-comite',
  uitvoerder: { kind: 'werkgroep', name: 'Werkgroep onthaal' },
};

const ROLE_OF: Record<ActorKey, string | null> = {
  team: 'teamQW',
  teamOther: 'teamQW',
  dh: 'diensthoofd',
  dhOther: 'diensthoofd',
  dc: 'directiecomite',
  chair: 'comitevoorzitter',
  chairOther: 'comitevoorzitter',
  admin: 'beheerder',
  member: null,
};

/** The team's actions are also the middenkader's, who submits for the dienst's teamoverleg (SD2: "bv een teamoverleg"). */
const ALSO_BY: Partial<Record<ProposalAction, string>> = { submit: 'teamoverleg', withdraw: 'teamoverleg', resubmit: 'teamoverleg' };

const ACTOR_KEYS = Object.keys(ACTORS) as ActorKey[];
const CASES = PROPOSAL_STATUSES.flatMap((status) => ACTOR_KEYS.map((actor) => [status, actor] as const));

describe.each(PROPOSAL_ACTIONS)('decide %s', (action) => {
  const spec = SPEC[action];

  it.each(CASES)('from %s by %s', (status, actorKey) => {
    const result = decide(proposalIn(status), action, ACTORS[actorKey], FULL_INPUT, NOW);
    const scope = OUT_OF_SCOPE[actorKey];
    if (spec.from.indexOf(status) < 0) {
      expect(result).toEqual({ ok: false, error: { code: 'invalidTransition', from: status, action } });
    } else if (actorKey === spec.by || actorKey === 'admin') {
      expect(result.ok && result.next.status).toBe(spec.to);
      expect(result.ok && result.decision.actingAs).toBe(ROLE_OF[actorKey]);
    } else if (scope && scope.of === spec.by) {
      expect(result).toEqual({ ok: false, error: scope.error });
    } else {
      const roles = [ROLE_OF[spec.by]].concat(ALSO_BY[action] ? [ALSO_BY[action] as string] : []).concat(['beheerder']);
      expect(result).toEqual({ ok: false, error: { code: 'notAllowed', action, roles } });
    }
  });

  if (spec.reason) {
    it.each([undefined, null, '', '   '])('requires a reason (given %p)', (reason) => {
      const result = decide(proposalIn(spec.from[0]), action, ACTORS[spec.by], { ...FULL_INPUT, reason }, NOW);
      expect(result).toEqual({ ok: false, error: { code: 'reasonRequired', action } });
    });
  } else {
    it('needs no reason from the usual role', () => {
      expect(decide(proposalIn(spec.from[0]), action, ACTORS[spec.by], { ...FULL_INPUT, reason: undefined }, NOW).ok).toBe(true);
    });
  }

  it('requires a reason from a beheerder standing in', () => {
    const result = decide(proposalIn(spec.from[0]), action, ACTORS.admin, { ...FULL_INPUT, reason: ' ' }, NOW);
    expect(result).toEqual({ ok: false, error: { code: 'reasonRequired', action } });
  });
});

describe('allowedActions', () => {
  it.each(CASES)('in %s for %s lists exactly the actions decide accepts', (status, actorKey) => {
    const accepted = PROPOSAL_ACTIONS.filter((action) => decide(proposalIn(status), action, ACTORS[actorKey], FULL_INPUT, NOW).ok);
    expect(allowedActions(proposalIn(status), ACTORS[actorKey])).toEqual(accepted);
  });

  it('gives the diensthoofd of the dienst the three decisions on a submitted proposal', () => {
    expect(allowedActions(proposalIn('Ingediend'), ACTORS.dh)).toEqual(['validate', 'return', 'reject']);
    expect(allowedActions(proposalIn('Ingediend'), ACTORS.dhOther)).toEqual([]);
  });

  it('gives nothing on a final proposal, not even to a beheerder', () => {
    (['Afgewezen', 'Gerealiseerd', 'Niet weerhouden'] as const).forEach((status) => {
      expect(allowedActions(proposalIn(status), ACTORS.admin)).toEqual([]);
    });
  });
});

describe('scope', () => {
  it('lets a comité chair act only on proposals routed to the comité chaired', () => {
    const routedToHr = proposalIn('Toegewezen aan comité', { comite: 'hr-comite' });
    expect(decide(routedToHr, 'assign', ACTORS.chairOther, FULL_INPUT, NOW).ok).toBe(true);
    expect(decide(routedToHr, 'assign', ACTORS.chair, FULL_INPUT, NOW)).toEqual({
      ok: false,
      error: { code: 'notChair', comite: 'hr-comite' },
    });
  });

  it('lets no chair act on a comité status without a comité', () => {
    const broken = proposalIn('Toegewezen aan comité', { comite: null });
    expect(decide(broken, 'assign', ACTORS.chair, FULL_INPUT, NOW)).toEqual({ ok: false, error: { code: 'notChair', comite: null } });
  });

  it('lets a person with several roles act in the one that fits, the beheerder role last', () => {
    const both = { ...ACTORS.dhOther, roles: ['diensthoofd', 'beheerder'] as const };
    const result = decide(proposalIn('Ingediend'), 'validate', both, { reason: 'Diensthoofd afwezig' }, NOW);
    expect(result.ok && result.decision.actingAs).toBe('beheerder');
    const own = { ...ACTORS.dh, roles: ['diensthoofd', 'beheerder'] as const };
    const asHead = decide(proposalIn('Ingediend'), 'validate', own, {}, NOW);
    expect(asHead.ok && asHead.decision.actingAs).toBe('diensthoofd');
  });

  it('lets a team member who is also diensthoofd of the dienst validate', () => {
    const teamAndHead = { ...ACTORS.dh, roles: ['teamQW', 'diensthoofd'] as const };
    expect(decide(proposalIn('Ingediend'), 'validate', teamAndHead, {}, NOW).ok).toBe(true);
  });
});

describe('input', () => {
  it('requires a comité to route, and accepts any comité over the suggestion', () => {
    expect(decide(proposalIn('Gevalideerd'), 'route', ACTORS.dc, {}, NOW)).toEqual({ ok: false, error: { code: 'comiteRequired' } });
    (['preventiecomite', 'hr-comite', 'communicatiecomite', 'aankoopcomite', 'operationeel-comite'] as const).forEach((comite) => {
      const result = decide(proposalIn('Op agenda directiecomité'), 'route', ACTORS.dc, { comite }, NOW);
      expect(result.ok && result.next.comite).toBe(comite);
    });
  });

  it('clears an earlier executor when routing again', () => {
    const result = decide(proposalIn('Toegewezen aan comité', { uitvoerder: { kind: 'q-team' } }), 'route', ACTORS.dc, { comite: 'hr-comite' }, NOW);
    expect(result.ok && result.next.uitvoerder).toBeNull();
    expect(result.ok && result.decision.comite).toBe('hr-comite');
  });

  it.each([
    [undefined, { code: 'uitvoerderRequired' }],
    [{ kind: 'overleggroep' }, { code: 'overleggroepRequired' }],
    [{ kind: 'werkgroep', name: '  ' }, { code: 'werkgroepNameRequired' }],
    [{ kind: 'q-team', overleggroep: 'drugs' }, { code: 'overleggroepNotExpected' }],
  ] as const)('refuses to assign to %p', (uitvoerder, error) => {
    expect(decide(proposalIn('Toegewezen aan comité'), 'assign', ACTORS.chair, { uitvoerder }, NOW)).toEqual({ ok: false, error });
  });

  it.each([
    { kind: 'q-team' },
    { kind: 'voertuigcomite' },
    { kind: 'cel-gwb' },
    { kind: 'overleggroep', overleggroep: 'vermogen' },
    { kind: 'werkgroep', name: 'Ad hoc werkgroep fietspatrouilles' },
  ] as const)('assigns to %p', (uitvoerder) => {
    const result = decide(proposalIn('Toegewezen aan comité'), 'assign', ACTORS.chair, { uitvoerder }, NOW);
    expect(result.ok && result.next.uitvoerder).toEqual(uitvoerder);
    expect(result.ok && result.decision.uitvoerder).toEqual(uitvoerder);
  });

  it('puts a validated proposal on the agenda of the next directiecomité', () => {
    const result = decide(proposalIn('Ingediend', { agendaMeeting: null }), 'validate', ACTORS.dh, {}, NOW);
    expect(result.ok && result.next.agendaMeeting).toBe('2026-12-01T08:00:00.000Z');
    expect(result.ok && result.decision.agendaMeeting).toBe('2026-12-01T08:00:00.000Z');
  });

  it('schedules on the next meeting by default, or on a later one chosen', () => {
    const byDefault = decide(proposalIn('Gevalideerd', { agendaMeeting: null }), 'scheduleForDirectiecomite', ACTORS.dc, {}, NOW);
    expect(byDefault.ok && byDefault.next.agendaMeeting).toBe('2026-12-01T08:00:00.000Z');
    const later = decide(proposalIn('Op agenda directiecomité'), 'scheduleForDirectiecomite', ACTORS.dc, { meeting: '2026-12-08T09:00:00+01:00' }, NOW);
    expect(later.ok && later.next.agendaMeeting).toBe('2026-12-08T08:00:00.000Z');
  });

  it.each(['2026-11-24T08:00:00.000Z', 'volgende week'])('refuses to schedule on %s', (meeting) => {
    expect(decide(proposalIn('Gevalideerd'), 'scheduleForDirectiecomite', ACTORS.dc, { meeting }, NOW)).toEqual({
      ok: false,
      error: { code: 'invalidMeeting', meeting },
    });
  });

  it('starts the diensthoofd clock on (re)submission and stops it on withdrawal', () => {
    const submitted = decide(proposalIn('Concept', { submittedAt: null }), 'submit', ACTORS.team, {}, NOW);
    expect(submitted.ok && submitted.next.submittedAt).toBe(NOW.toISOString());
    const resubmitted = decide(proposalIn('Teruggestuurd'), 'resubmit', ACTORS.team, {}, NOW);
    expect(resubmitted.ok && resubmitted.next.submittedAt).toBe(NOW.toISOString());
    const withdrawn = decide(proposalIn('Ingediend'), 'withdraw', ACTORS.team, {}, NOW);
    expect(withdrawn.ok && withdrawn.next.submittedAt).toBeNull();
  });
});

describe('the decision record', () => {
  it('records who, when, from where to where and why', () => {
    const result = decide(proposalIn('Ingediend'), 'return', ACTORS.dh, { reason: '  Graag een kostenraming toevoegen.  ' }, NOW);
    expect(result).toEqual({
      ok: true,
      next: proposalIn('Teruggestuurd', { statusChangedAt: NOW.toISOString() }),
      decision: {
        action: 'return',
        from: 'Ingediend',
        to: 'Teruggestuurd',
        actor: { id: 'karel', name: 'Karel Peeters' },
        actingAs: 'diensthoofd',
        at: '2026-11-25T09:00:00.000Z',
        reason: 'Graag een kostenraming toevoegen.',
        comite: 'aankoopcomite',
        uitvoerder: { kind: 'q-team' },
        agendaMeeting: '2026-12-01T08:00:00.000Z',
      },
    });
  });

  it('keeps an optional reason empty as null', () => {
    const result = decide(proposalIn('Ingediend'), 'validate', ACTORS.dh, { reason: '   ' }, NOW);
    expect(result.ok && result.decision.reason).toBeNull();
  });

  it('keeps the other fields of a whole proposal and does not touch the original', () => {
    const original = { ...proposalIn('Concept'), id: 'p-1', title: 'Extra zaklampen' };
    const result = decide(original, 'submit', ACTORS.team, {}, NOW);
    expect(result.ok && result.next.title).toBe('Extra zaklampen');
    expect(original.status).toBe('Concept');
  });
});

describe('a proposal from draft to realisation', () => {
  it('passes team, diensthoofd, directiecomité and comité', () => {
    const steps: [ProposalAction, ActorKey, DecisionInput, ProposalStatus][] = [
      ['submit', 'team', {}, 'Ingediend'],
      ['return', 'dh', { reason: 'Welke zaklampen?' }, 'Teruggestuurd'],
      ['resubmit', 'team', {}, 'Ingediend'],
      ['validate', 'dh', {}, 'Gevalideerd'],
      ['scheduleForDirectiecomite', 'dc', {}, 'Op agenda directiecomité'],
      ['route', 'dc', { comite: 'aankoopcomite' }, 'Toegewezen aan comité'],
      ['assign', 'chair', { uitvoerder: { kind: 'q-team' } }, 'Toegewezen aan uitvoerder'],
      ['start', 'chair', {}, 'In uitvoering'],
      ['realise', 'chair', {}, 'Gerealiseerd'],
    ];
    let state = proposalIn('Concept', { comite: null, uitvoerder: null, agendaMeeting: null, submittedAt: null });
    steps.forEach(([action, actor, input, expected]) => {
      const result = decide(state, action, ACTORS[actor], input, NOW);
      if (!result.ok) throw new Error(`${action}: ${JSON.stringify(result.error)}`);
      expect(result.next.status).toBe(expected);
      state = result.next;
    });
    expect(allowedActions(state, ACTORS.admin)).toEqual([]);
  });
});

describe('a proposal from the teamoverleg', () => {
  const middenkader = { id: 'pieter', name: 'Pieter Mertens', roles: ['teamoverleg' as const], dienst: 'Interventie' as const, chairs: [] };

  it('is submitted, withdrawn and resubmitted by the dienst’s middenkader, acting for the teamoverleg', () => {
    for (const [action, from] of [['submit', 'Concept'], ['withdraw', 'Ingediend'], ['resubmit', 'Teruggestuurd']] as const) {
      const result = decide(proposalIn(from), action, middenkader, {}, NOW);
      expect(result.ok && result.decision.actingAs).toBe('teamoverleg');
    }
  });

  it('is not the middenkader’s to submit for another dienst, nor to validate', () => {
    expect(decide(proposalIn('Concept', { dienst: 'Wijk' }), 'submit', middenkader, {}, NOW)).toEqual({ ok: false, error: { code: 'wrongDienst', dienst: 'Wijk' } });
    expect(decide(proposalIn('Ingediend'), 'validate', middenkader, {}, NOW).ok).toBe(false);
  });
});
