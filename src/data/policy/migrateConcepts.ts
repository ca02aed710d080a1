import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/recycle-bin';
import { createOnce } from '../createOnce';
import { KORPSRICHTLIJNEN, RICHTLIJNCONCEPTEN } from '../schema';
import { CONCEPT, DIRECTIVE, DIRECTIVE_SELECT, type ItemJson } from './mapper';

/** More concepts than the Juridische dienst ever has at once; read in one page. */
const CONCEPT_PAGE = 5000;

/** What {@link migrateConcepts} did. */
export interface ConceptMigration {
  /** Concepts moved from Korpsrichtlijnen into Richtlijnconcepten. */
  moved: number;
  /** Their numbers, for the provisioning log. */
  numbers: string[];
}

/**
 * Moves the concepts of the former model (items of Korpsrichtlijnen with status `Concept`, secured by item
 * permissions) into Richtlijnconcepten, where only the Juridische dienst and the beheerders have access, and deletes
 * them from Korpsrichtlijnen (and from the recycle bin). Idempotent: a concept copied by an interrupted run is found by its `ClientId` and not
 * copied twice; a second run finds nothing to move. Run it as a site collection administrator, after the lists are
 * provisioned (Richtlijnconcepten must exist).
 */
export async function migrateConcepts(sp: SPFI, log: (line: string) => void = () => undefined): Promise<ConceptMigration> {
  const korpsrichtlijnen = sp.web.lists.getByTitle(KORPSRICHTLIJNEN.title).items;
  const legacy = await korpsrichtlijnen
    .select(...DIRECTIVE_SELECT, DIRECTIVE.ClientId)
    .filter(`${DIRECTIVE.Status} eq 'Concept'`)
    .top(CONCEPT_PAGE)<(ItemJson<'Korpsrichtlijnen'> & { ClientId?: string | null })[]>();
  const numbers: string[] = [];
  for (const row of legacy) {
    const number = row.DirectiveNumber ?? '';
    await createOnce(sp, RICHTLIJNCONCEPTEN.title, {
      // the same client id: a run interrupted after the copy finds it instead of copying again
      ClientId: row.ClientId || `korpsrichtlijn-${row.Id}`,
      [CONCEPT.Title]: row.Title ?? number,
      [CONCEPT.DirectiveNumber]: number,
      [CONCEPT.Summary]: row.Summary ?? '',
      [CONCEPT.Body]: row.Body ?? '',
      [`${CONCEPT.Themes}Id`]: row.ThemesId ?? [],
      [CONCEPT.RequiresAcknowledgement]: row.RequiresAcknowledgement !== false,
      [`${CONCEPT.Owner}Id`]: row.OwnerId ?? null,
    });
    // removed for good: restored from the recycle bin it would be back in a list every staff member reads
    const recycled = await korpsrichtlijnen.getById(row.Id).recycle();
    if (recycled) await sp.web.recycleBin.getById(recycled).delete();
    numbers.push(number);
    log(`moved concept ${number} from ${KORPSRICHTLIJNEN.title} to ${RICHTLIJNCONCEPTEN.title}`);
  }
  return { moved: numbers.length, numbers };
}
