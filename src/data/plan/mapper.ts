import { GROUPS } from '../groups';
import type { ItemJson } from '../policy/mapper';
import { ACTIEPUNTEN, DOELSTELLINGEN, fieldNames } from '../schema';
import type { ActionPoint, StrategicObjective } from './types';

/** The field names of the plan lists, as the schema spells them. */
export const OBJECTIVE = fieldNames(DOELSTELLINGEN);
/** See {@link OBJECTIVE}. */
export const POINT = fieldNames(ACTIEPUNTEN);

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
    etag: item['odata.etag'] ?? '*',
  };
}
