import { COMITES, type ComiteKey, type Overleggroep, type UitvoerderKind } from '../src/domain/proposal/bodies';
import { DIENSTEN } from '../src/data/groups';
import { comiteChoice, overleggroepChoice, uitvoerderKindChoice } from '../src/data/proposals/mapper';
import { COMITES_LIST, DIENSTEN_LIST, WERKGROEPEN, fieldNames } from '../src/data/schema';
import { policyContent } from './content';
import { syncContent, type ContentOutcome, type ContentSet } from './sync';
import type { Seeder, SeedContext } from './types';

const W = fieldNames(WERKGROEPEN);
const D = fieldNames(DIENSTEN_LIST);
const C = fieldNames(COMITES_LIST);

/** The executors of SD2 that always exist (source: "Q&W en verbetervoorstellen"), with the comité they work for. */
export const STANDING_BODIES: readonly { key: string; kind: UitvoerderKind; comite: ComiteKey; overleggroep?: Overleggroep }[] = [
  { key: 'q-team', kind: 'q-team', comite: 'aankoopcomite' },
  { key: 'voertuigcomite', kind: 'voertuigcomite', comite: 'aankoopcomite' },
  { key: 'cel-gwb', kind: 'cel-gwb', comite: 'operationeel-comite' },
  { key: 'overleggroep-drugs', kind: 'overleggroep', comite: 'operationeel-comite', overleggroep: 'drugs' },
  { key: 'overleggroep-personen', kind: 'overleggroep', comite: 'operationeel-comite', overleggroep: 'personen' },
  { key: 'overleggroep-vermogen', kind: 'overleggroep', comite: 'operationeel-comite', overleggroep: 'vermogen' },
];

/** A body of the Q&W flow as the source names it (seed/content/bodies.json). */
export const bodyOf = (key: string) => {
  const body = policyContent.bodies.filter((b) => b.key === key)[0];
  if (!body) throw new Error(`bodies.json has no body "${key}"`);
  return body;
};

/**
 * The organisation of SD2 from the policy as content rows: the diensten, the five structural comités and the standing
 * executors (Q-team, Voertuigcomité, Cel GWB, the three overleggroepen), each with its mandate as the source words it.
 * Found on the site by title. People are left to the beheerders (and, on the local SharePoint, to the demo seeder).
 */
export const ORGANISATION_CONTENT: readonly ContentSet[] = [
  {
    list: DIENSTEN_LIST,
    keyField: D.Title,
    noun: 'diensten',
    rows: () => DIENSTEN.map((dienst) => ({ key: dienst, values: { [D.Title]: dienst } })),
  },
  {
    list: COMITES_LIST,
    keyField: C.Title,
    noun: 'comités',
    rows: () => COMITES.map((comite) => ({ key: comite.name, values: { [C.Title]: comite.name, [C.Mandate]: bodyOf(comite.key).role, [C.Active]: true } })),
  },
  {
    list: WERKGROEPEN,
    keyField: W.Title,
    noun: 'vaste uitvoerders',
    rows: () =>
      STANDING_BODIES.map((body) => {
        const source = bodyOf(body.key);
        return {
          key: source.name,
          values: {
            [W.Title]: source.name,
            ClientId: `seed-werkgroep-${body.key}`,
            [W.Comite]: comiteChoice(body.comite),
            [W.UitvoerderKind]: uitvoerderKindChoice(body.kind),
            [W.Overleggroep]: overleggroepChoice(body.overleggroep),
            [W.AdHoc]: false,
            [W.Mandate]: source.role,
            [W.Active]: true,
          },
        };
      }),
  },
];

/** The seeder of the organisation of SD2 (see {@link ORGANISATION_CONTENT}). */
export const proposalBodiesSeeder: Seeder = {
  name: 'Diensten, comités en vaste uitvoerders (SD2)',
  kind: 'content',
  content: ORGANISATION_CONTENT,
  async run(ctx: SeedContext): Promise<ContentOutcome> {
    const outcome = await syncContent(ctx.admin, ORGANISATION_CONTENT, ctx.now);
    ctx.log(`Diensten: ${DIENSTEN.length}, comités: ${COMITES.length}, vaste uitvoerders: ${STANDING_BODIES.length}`);
    return outcome;
  },
};
