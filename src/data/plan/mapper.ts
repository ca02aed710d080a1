import { GROUPS } from '../groups';
import type { ItemJson } from '../policy/mapper';
import { fromDateField } from '../registers/dateFields';
import { ACTIEPUNTEN, DOELSTELLINGEN, EVALUATIE_INBRENG, fieldNames, PRIORITEITEN } from '../schema';
import type { ActionPoint, EvaluationInput, PlanPriority, StrategicObjective } from './types';
import { etagOf } from '../fieldValues';

/** The field names of the plan lists, as the schema spells them. */
export const OBJECTIVE = fieldNames(DOELSTELLINGEN);
/** See {@link OBJECTIVE}. */
export const POINT = fieldNames(ACTIEPUNTEN);
/** See {@link OBJECTIVE}. */
export const PRIORITY = fieldNames(PRIORITEITEN);
/** See {@link OBJECTIVE}. */
export const INPUT = fieldNames(EVALUATIE_INBRENG);

/** What is selected to map a strategic objective. */
export const OBJECTIVE_SELECT = ['Id', OBJECTIVE.Title, OBJECTIVE.Code, OBJECTIVE.Body];
/** What is selected to map an operational objective. */
export const POINT_SELECT = [
  'Id',
  POINT.Title,
  POINT.Code,
  POINT.Description,
  `${POINT.Objective}Id`,
  POINT.Actor,
  POINT.Label,
  POINT.OwnerGroup,
  POINT.Status,
  POINT.Horizon,
  POINT.Timing,
  POINT.LastUpdate,
  POINT.EvaluationNotes,
];

/** Maps a Doelstellingen item. */
export function toObjective(item: ItemJson<'Doelstellingen'>): StrategicObjective {
  return { id: item.Id, code: item.Code ?? '', title: item.Title ?? '', body: item.Body ?? '' };
}

/** Maps an Actiepunten item with its ETag. */
export function toActionPoint(item: ItemJson<'Actiepunten'>): ActionPoint {
  return {
    id: item.Id,
    code: item.Code ?? '',
    title: item.Title ?? '',
    description: item.Description || item.Title || '',
    objectiveId: item.ObjectiveId ?? 0,
    actor: item.Actor || undefined,
    label: item.Label || undefined,
    ownerGroup: item.OwnerGroup ?? GROUPS.korpsleiding,
    status: item.Status ?? 'Niet gestart',
    horizon: item.Horizon ?? undefined,
    timing: item.Timing || undefined,
    lastUpdate: item.LastUpdate || undefined,
    evaluationNotes: item.EvaluationNotes ?? '',
    etag: etagOf(item),
  };
}

/** What is selected to map a priority; `Editor` (who set it last) is expanded for the name SharePoint has. */
export const PRIORITY_SELECT = ['Id', 'Modified', 'Editor/Title', PRIORITY.ActionPointCode, PRIORITY.Priority, PRIORITY.Motivation, PRIORITY.MeetingDate];
/** What is selected to map an evaluation input; `Author` is expanded for the name SharePoint has. */
export const INPUT_SELECT = ['Id', 'Created', 'Author/Title', INPUT.MilestoneKey, INPUT.Input, INPUT.MeetingDate];

type WithPeople = { Author?: { Title?: string } | null; Editor?: { Title?: string } | null };

/** Maps a Prioriteiten item with its ETag. */
export function toPriority(item: ItemJson<'Prioriteiten'> & WithPeople): PlanPriority {
  return {
    id: item.Id,
    actionPointCode: item.ActionPointCode ?? '',
    priority: item.Priority ?? 'Gemiddeld',
    motivation: item.Motivation ?? '',
    meetingDate: fromDateField(item.MeetingDate),
    editorName: (item.Editor && item.Editor.Title) || undefined,
    modified: item.Modified ?? '',
    etag: etagOf(item),
  };
}

/** Maps an Evaluatie-inbreng item. */
export function toEvaluationInput(item: ItemJson<'Evaluatie-inbreng'> & WithPeople): EvaluationInput {
  return {
    id: item.Id,
    milestoneKey: item.MilestoneKey ?? '',
    input: item.Input ?? '',
    meetingDate: fromDateField(item.MeetingDate),
    authorName: (item.Author && item.Author.Title) || undefined,
    created: item.Created ?? '',
  };
}
