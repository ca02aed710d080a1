/** The key of one of the five structural comités of strategische doelstelling 2. */
export type ComiteKey = 'preventiecomite' | 'hr-comite' | 'communicatiecomite' | 'aankoopcomite' | 'operationeel-comite';

/** A structural comité: its key, its Dutch name, and what it handles according to the policy. */
export interface Comite {
  readonly key: ComiteKey;
  readonly name: string;
  readonly handles: string;
}

/** The structural comités to which the directiecomité routes proposals (source: strategische doelstelling 2). */
export const COMITES: readonly Comite[] = [
  { key: 'preventiecomite', name: 'Preventiecomité', handles: 'De materie van de preventieambtenaar: veiligheid en welzijn op het werk' },
  { key: 'hr-comite', name: 'HR-comité', handles: 'Personeelsaangelegenheden: aanwervingen, selecties, opleidingen' },
  { key: 'communicatiecomite', name: 'Communicatiecomité', handles: 'De interne en/of externe communicatie' },
  {
    key: 'aankoopcomite',
    name: 'Aankoopcomité',
    handles: 'Een aankoop en/of bijhorende financiële investeringen; zet het aankoopproces in werking',
  },
  {
    key: 'operationeel-comite',
    name: 'Operationeel Comité',
    handles: 'Operationele werkafspraken en de processen van de verschillende criminele fenomenen',
  },
];

/** The kind of body a comité hands a proposal to for execution. */
export type UitvoerderKind = 'werkgroep' | 'q-team' | 'voertuigcomite' | 'cel-gwb' | 'overleggroep';

/** The three structural overleggroepen of the operational services. */
export type Overleggroep = 'drugs' | 'personen' | 'vermogen';

/** An executor (uitvoerder) kind with its Dutch name and what the policy gives it. */
export interface UitvoerderType {
  readonly kind: UitvoerderKind;
  readonly name: string;
  readonly handles: string;
}

/** The executors of strategische doelstelling 2. */
export const UITVOERDERS: readonly UitvoerderType[] = [
  { kind: 'werkgroep', name: 'Werkgroep', handles: 'Een bestaande of (ad hoc) op te richten werkgroep' },
  {
    kind: 'q-team',
    name: 'Q-team',
    handles: 'Aankopen en innovatieve projecten: materialen, functie-uitrustingen, opleidingen en trainingen, impact van het project',
  },
  { kind: 'voertuigcomite', name: 'Voertuigcomité', handles: 'De aankoop van een nieuw voertuig' },
  { kind: 'cel-gwb', name: 'Cel Geweldsbeheersing (GWB)', handles: 'Bewapening, training of opleiding GPI 48' },
  { kind: 'overleggroep', name: 'Structurele overleggroep', handles: 'De operationele diensten en hun werking' },
];

/** The overleggroepen with their Dutch names. */
export const OVERLEGGROEPEN: readonly { readonly key: Overleggroep; readonly name: string }[] = [
  { key: 'drugs', name: 'Overleggroep drugs' },
  { key: 'personen', name: 'Overleggroep personen' },
  { key: 'vermogen', name: 'Overleggroep vermogen' },
];

/** The executor a proposal is assigned to: an overleggroep names which one, a werkgroep carries its name. */
export interface Uitvoerder {
  kind: UitvoerderKind;
  overleggroep?: Overleggroep | null;
  name?: string | null;
}

/** What is missing from an executor for an assignment, as an error code. */
export type UitvoerderError = { code: 'overleggroepRequired' } | { code: 'werkgroepNameRequired' } | { code: 'overleggroepNotExpected' };

/** Checks that an executor is complete: an overleggroep needs one of the three groups, a werkgroep needs a name. */
export function checkUitvoerder(uitvoerder: Uitvoerder): UitvoerderError | null {
  const hasGroup = uitvoerder.overleggroep !== undefined && uitvoerder.overleggroep !== null;
  if (uitvoerder.kind === 'overleggroep') return hasGroup ? null : { code: 'overleggroepRequired' };
  if (hasGroup) return { code: 'overleggroepNotExpected' };
  if (uitvoerder.kind === 'werkgroep' && !(uitvoerder.name || '').trim()) return { code: 'werkgroepNameRequired' };
  return null;
}

/** The Dutch name of a comité. */
export function comiteName(key: ComiteKey): string {
  return COMITES.filter((c) => c.key === key)[0].name;
}

/** The Dutch name of an executor: the overleggroep's name, the werkgroep's own name, or the kind's name. */
export function uitvoerderName(uitvoerder: Uitvoerder): string {
  if (uitvoerder.kind === 'overleggroep' && uitvoerder.overleggroep) {
    const group = uitvoerder.overleggroep;
    return OVERLEGGROEPEN.filter((o) => o.key === group)[0].name;
  }
  const name = uitvoerder.kind === 'werkgroep' ? (uitvoerder.name || '').trim() : '';
  return name || UITVOERDERS.filter((u) => u.kind === uitvoerder.kind)[0].name;
}
