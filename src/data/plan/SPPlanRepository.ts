import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { TEXT, TEXT_SELECT, toPolicyText, type ItemJson } from '../policy/mapper';
import { inOneRoundTrip } from '../oneRoundTrip';
import { Viewer } from '../membership';
import { newClientId } from '../clientId';
import { createOnce } from '../createOnce';
import { toDateField } from '../registers/dateFields';
import { ACTIEPUNTEN, BELEIDSTEKSTEN, DOELSTELLINGEN, EVALUATIE_INBRENG, PRIORITEITEN } from '../schema';
import {
  INPUT,
  INPUT_SELECT,
  OBJECTIVE,
  OBJECTIVE_SELECT,
  POINT,
  POINT_SELECT,
  PRIORITY,
  PRIORITY_SELECT,
  toActionPoint,
  toEvaluationInput,
  toObjective,
  toPriority,
} from './mapper';
import type { PlanRepository } from './PlanRepository';
import { brusselsDateOf } from '../../domain/dates';
import { compareCodes, EVALUATION_NOTES_MAX } from '../../domain/plan/planRules';
import { werkgroepInputProblems } from '../../domain/plan/werkgroep';
import type { ActionPoint, ActionPointUpdate, EvaluationInput, EvaluationInputDraft, Plan, PlanPriority, PlanPriorityUpdate } from './types';

/** More than the plan has SDs (7) and milestones (8). */
const SMALL_PAGE = 30;
/** Operational objectives per request (the plan has 36; more are read page by page). */
const POINT_PAGE = 100;
/** Priorities (one per operational objective) and evaluation inputs read with the plan: the newest this many. */
const WERKGROEP_PAGE = 500;

const refused = (problems: string[]): Error => Object.assign(new Error(`Inbreng van de werkgroep geweigerd: ${problems.join(', ')}.`), { status: 400 });

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
    const [objectives, firstPoints, milestones, priorities, inputs, me] = await inOneRoundTrip(this.sp, (b) =>
      Promise.all([
        items(b, DOELSTELLINGEN.title).select(...OBJECTIVE_SELECT).orderBy(OBJECTIVE.Code).top(SMALL_PAGE)<ItemJson<'Doelstellingen'>[]>(),
        readPoints(b, undefined),
        items(b, BELEIDSTEKSTEN.title)
          .select(...TEXT_SELECT)
          .filter(`${TEXT.Section} eq 'Mijlpaal timing' or ${TEXT.Section} eq 'Mijlpaal evaluatie'`)
          .orderBy(TEXT.SortOrder)
          .top(SMALL_PAGE)<ItemJson<'Beleidsteksten'>[]>(),
        items(b, PRIORITEITEN.title).select(...PRIORITY_SELECT).expand('Editor').orderBy(PRIORITY.ActionPointCode).top(WERKGROEP_PAGE)<ItemJson<'Prioriteiten'>[]>(),
        items(b, EVALUATIE_INBRENG.title).select(...INPUT_SELECT).expand('Author').orderBy(INPUT.MeetingDate, false).top(WERKGROEP_PAGE)<ItemJson<'Evaluatie-inbreng'>[]>(),
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
      priorities: priorities.map(toPriority),
      evaluationInputs: inputs.map(toEvaluationInput),
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

  public async setPriority(actionPointCode: string, current: PlanPriority | undefined, update: PlanPriorityUpdate): Promise<PlanPriority> {
    const problems = werkgroepInputProblems({ text: update.motivation, meetingDate: update.meetingDate }, false, brusselsDateOf(new Date()));
    if (problems.length) throw refused(problems);
    const values = {
      [PRIORITY.Priority]: update.priority,
      [PRIORITY.Motivation]: update.motivation.trim(),
      [PRIORITY.MeetingDate]: toDateField(update.meetingDate),
    };
    const list = items(this.sp, PRIORITEITEN.title);
    let id: number;
    if (current) {
      await list.getById(current.id).update(values, current.etag);
      id = current.id;
    } else {
      // the code is unique: when another member set a priority first, SharePoint refuses this one (a conflict)
      const created = await createOnce(this.sp, PRIORITEITEN.title, { ClientId: newClientId(), [PRIORITY.Title]: actionPointCode, [PRIORITY.ActionPointCode]: actionPointCode, ...values }).catch(
        (error: unknown) => {
          // SharePoint's SPDuplicateValuesFoundException (a 500) on the unique code: someone was first, a conflict
          throw /duplicate/i.test(String((error as Error).message)) ? Object.assign(new Error(`De prioriteit van ${actionPointCode} is intussen vastgelegd.`), { status: 409 }) : error;
        },
      );
      id = created.Id;
    }
    // read back for the ETag and the editor SharePoint recorded
    return toPriority(await list.getById(id).select(...PRIORITY_SELECT).expand('Editor')<ItemJson<'Prioriteiten'>>());
  }

  public async addEvaluationInput(draft: EvaluationInputDraft): Promise<EvaluationInput> {
    const problems = werkgroepInputProblems({ text: draft.input, meetingDate: draft.meetingDate }, true, brusselsDateOf(new Date()));
    if (problems.length || !draft.milestoneKey) throw refused(problems.length ? problems : ['milestoneKey']);
    const created = await createOnce(this.sp, EVALUATIE_INBRENG.title, {
      ClientId: newClientId(),
      [INPUT.Title]: draft.milestoneKey,
      [INPUT.MilestoneKey]: draft.milestoneKey,
      [INPUT.Input]: draft.input.trim(),
      [INPUT.MeetingDate]: toDateField(draft.meetingDate),
    });
    return toEvaluationInput(await items(this.sp, EVALUATIE_INBRENG.title).getById(created.Id).select(...INPUT_SELECT).expand('Author')<ItemJson<'Evaluatie-inbreng'>>());
  }
}
