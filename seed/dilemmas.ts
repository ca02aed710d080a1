/**
 * The zone's dilemmas for team meetings (SD5, "dilemmatraining"): three per aandachtspunt, written for PZ CARMA in line
 * with the source's text of each theme. The reviewable JSON `./content/dilemmas.json` is the source of truth; this
 * seeder loads it into the list Dilemmas, where HR and Cel GWB may adapt them (a changed row is reported, never
 * overwritten).
 */
import type { Dilemma } from '../src/domain/trainings';
import { DILEMMAS } from '../src/data/schema';
import { syncContent, type ContentOutcome, type ContentSet } from './sync';
import type { Seeder, SeedContext } from './types';

// reason: loaded with require, as seed/content.ts does, so every tsconfig of the repository compiles it
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dilemmas: Dilemma[] = require('./content/dilemmas.json');

/** The dilemmas as content rows of the list Dilemmas, found by their key (`D<theme>.<n>`). */
export const DILEMMA_CONTENT: readonly ContentSet[] = [
  {
    list: DILEMMAS,
    keyField: 'DilemmaKey',
    noun: "dilemma's",
    rows: () =>
      dilemmas.map((d) => ({
        key: d.id,
        values: { Title: d.title, DilemmaKey: d.id, ThemeNumber: d.theme, Situation: d.situation, Questions: d.questions.join('\n') },
      })),
  },
];

/** The seeder of the dilemmas (content: loaded on every site). */
export const dilemmasContentSeeder: Seeder = {
  name: "Dilemma's per aandachtspunt",
  kind: 'content',
  content: DILEMMA_CONTENT,
  async run(ctx: SeedContext): Promise<ContentOutcome> {
    const outcome = await syncContent(ctx.admin, DILEMMA_CONTENT, ctx.now);
    ctx.log(`Dilemma's: ${outcome.added.length} toegevoegd.`);
    return outcome;
  },
};
