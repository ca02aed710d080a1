import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { TEXT, TEXT_SELECT, toPolicyText, type ItemJson } from '../policy/mapper';
import { inOneRoundTrip } from '../oneRoundTrip';
import { Viewer } from '../membership';
import { ACTIEPUNTEN, BELEIDSTEKSTEN, DOELSTELLINGEN } from '../schema';
import { OBJECTIVE, OBJECTIVE_SELECT, POINT, POINT_SELECT, toActionPoint, toObjective } from './mapper';
import type { PlanRepository } from './PlanRepository';
import { compareCodes, EVALUATION_NOTES_MAX } from '../../domain/plan/planRules';
import type { ActionPoint, ActionPointUpdate, Plan } from './types';

/** More than the plan has SDs (7) and milestones (8). */
const SMALL_PAGE = 30;
/** Operational objectives per request (the plan has 36; more are read page by page). */
const POINT_PAGE = 100;

const items = (sp: SPFI, listTitle: string) => sp.web.lists.getByTitle(listTitle).items;

function readPoints(sp: SPFI, afterCode: string | undefined): Promise<ItemJson<'Actiepunten'>[]> {
  const query = items(sp, ACTIEPUNTEN.title).select(...POINT_SELECT).orderBy(POINT.Code).top(POINT_PAGE);
  return (afterCode ? query.filter(`${POINT.Code} gt '${afterCode.replace(/'/g, "''")}'`) : query)();
}

/** The PnPjs implementation of {@link PlanRepository}. */
export class SPPlanRepository implements PlanRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly viewer: Viewer = new Viewer(sp),
  ) {}

  public async loadPlan(): Promise<Plan> {
    const [objectives, firstPoints, milestones, me] = await inOneRoundTrip(this.sp, (b) =>
      Promise.all([
        items(b, DOELSTELLINGEN.title).select(...OBJECTIVE_SELECT).orderBy(OBJECTIVE.Code).top(SMALL_PAGE)<ItemJson<'Doelstellingen'>[]>(),
        readPoints(b, undefined),
        items(b, BELEIDSTEKSTEN.title)
          .select(...TEXT_SELECT)
          .filter(`${TEXT.Section} eq 'Mijlpaal timing' or ${TEXT.Section} eq 'Mijlpaal evaluatie'`)
          .orderBy(TEXT.SortOrder)
          .top(SMALL_PAGE)<ItemJson<'Beleidsteksten'>[]>(),
        this.viewer.membership(),
      ]),
    );
    const points = firstPoints.slice();
    for (let page = firstPoints; page.length === POINT_PAGE; ) {
      page = await readPoints(this.sp, page[page.length - 1].Code ?? undefined);
      points.push(...page);
    }
    return {
      objectives: objectives.map(toObjective).sort((a, b) => compareCodes(a.code, b.code)),
      actionPoints: points.map(toActionPoint).sort((a, b) => compareCodes(a.code, b.code)),
      milestones: milestones.map(toPolicyText),
      me,
    };
  }

  public async updateActionPoint(point: ActionPoint, update: ActionPointUpdate, at: Date = new Date()): Promise<ActionPoint> {
    if (update.evaluationNotes.length > EVALUATION_NOTES_MAX) {
      throw Object.assign(new Error(`Evaluatie langer dan ${EVALUATION_NOTES_MAX} tekens.`), { status: 400 });
    }
    const result = await items(this.sp, ACTIEPUNTEN.title)
      .getById(point.id)
      .update(
        {
          [POINT.Status]: update.status,
          [POINT.Horizon]: update.horizon ?? null,
          [POINT.EvaluationNotes]: update.evaluationNotes,
          [POINT.LastUpdate]: at.toISOString(),
        },
        point.etag,
      );
    return { ...point, ...update, lastUpdate: at.toISOString(), etag: result.etag };
  }
}
