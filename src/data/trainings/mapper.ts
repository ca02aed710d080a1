import { brusselsDateOf, brusselsInstant, type BrusselsDate } from '../../domain/dates';
import type { Dienst } from '../../domain/groups';
import type { Dilemma, DilemmaSessionDraft, SessionDraft, AttendanceKind, TrainingStatus, TrainingTheme } from '../../domain/trainings';
import type { NewItem } from '../createOnce';
import { fromDateField, toDateField } from '../registers/dateFields';
import { DILEMMAS, DILEMMASESSIES, OPLEIDINGEN, OPLEIDINGSDEELNAMES, fieldNames } from '../schema';
import type { Attendance, DilemmaSession, Training } from './types';
import { etagOf, numberOrNull, personSelect, text } from '../fieldValues';

/** Field names of the trainings' lists (never spelled by hand). */
export const OF = fieldNames(OPLEIDINGEN);
export const DF = fieldNames(OPLEIDINGSDEELNAMES);
export const XF = fieldNames(DILEMMAS);
export const SF = fieldNames(DILEMMASESSIES);

type Row = { Id: number; 'odata.etag'?: string } & Record<string, unknown>;


export const TRAINING_SELECT = ['Id', OF.Title, OF.Theme, OF.Status, OF.Dienst, OF.PlanYear, OF.StartsAt, OF.Location, OF.Trainer, OF.Capacity, OF.Description, OF.SourceIncidentId, OF.SourceLessonId, OF.Evaluation, OF.HeldOn];
export const ATTENDANCE_SELECT = ['Id', DF.TrainingId, `${DF.Member}Id`, DF.MemberName, DF.Attendance, DF.PlanYear];
export const DILEMMA_SELECT = ['Id', XF.Title, XF.DilemmaKey, XF.ThemeNumber, XF.Situation, XF.Questions];
export const SESSION_SELECT = ['Id', SF.HeldOn, SF.Dienst, SF.Team, SF.ThemeNumber, SF.DilemmaKeys, SF.Present, SF.LeaderName, ...personSelect('Author')];

/** A training from its list item. */
export function toTraining(json: Row): Training {
  const incident = numberOrNull(json[OF.SourceIncidentId]);
  return {
    id: String(json.Id),
    title: text(json[OF.Title]),
    theme: (json[OF.Theme] as TrainingTheme) || 'Andere',
    status: (json[OF.Status] as TrainingStatus) || 'Behoefte',
    dienst: (json[OF.Dienst] as Dienst) || null,
    year: numberOrNull(json[OF.PlanYear]) || 0,
    startsAt: text(json[OF.StartsAt]) || null,
    location: text(json[OF.Location]),
    trainer: text(json[OF.Trainer]),
    capacity: numberOrNull(json[OF.Capacity]),
    description: text(json[OF.Description]),
    source: incident !== null ? { incidentId: String(incident), lessonId: text(json[OF.SourceLessonId]) } : null,
    evaluation: text(json[OF.Evaluation]),
    heldOn: fromDateField(json[OF.HeldOn] as string),
    etag: etagOf(json),
  };
}

/** The columns of a planned session (a validated draft). */
export function sessionValues(draft: SessionDraft): Record<string, unknown> {
  const startsOn = draft.startsOn as BrusselsDate;
  return {
    [OF.Title]: draft.title.trim(),
    [OF.Theme]: draft.theme,
    [OF.Status]: 'Gepland',
    [OF.Dienst]: draft.dienst || null,
    [OF.PlanYear]: Number(startsOn.slice(0, 4)),
    [OF.StartsAt]: brusselsInstant(startsOn, draft.startsAt || '09:00'),
    [OF.Location]: draft.location.trim(),
    [OF.Trainer]: draft.trainer.trim() || null,
    [OF.Capacity]: draft.capacity.trim() ? Number(draft.capacity.trim()) : null,
    [OF.Description]: draft.description.trim() || null,
  };
}

/** The item of a training need raised from a lesson of a resistance evaluation. */
export function needItem(clientId: string, title: string, theme: TrainingTheme, year: number, dienst: Dienst | null, incidentId: string, lessonId: string, description: string): NewItem {
  return {
    ClientId: clientId,
    [OF.Title]: title.slice(0, 255),
    [OF.Theme]: theme,
    [OF.Status]: 'Behoefte',
    [OF.Dienst]: dienst,
    [OF.PlanYear]: year,
    [OF.Description]: description,
    [OF.SourceIncidentId]: Number(incidentId),
    [OF.SourceLessonId]: lessonId,
  };
}

/** An attendance row from its list item. */
export function toAttendance(json: Row): Attendance {
  return {
    id: String(json.Id),
    trainingId: String(numberOrNull(json[DF.TrainingId]) || ''),
    member: { id: String(numberOrNull(json[`${DF.Member}Id`]) || ''), name: text(json[DF.MemberName]) },
    attendance: (json[DF.Attendance] as AttendanceKind) || 'Ingeschreven',
    year: numberOrNull(json[DF.PlanYear]) || 0,
    etag: etagOf(json),
  };
}

/** A dilemma from its list item; questions are one per line. */
export function toDilemma(json: Row): Dilemma {
  return {
    id: text(json[XF.DilemmaKey]),
    theme: numberOrNull(json[XF.ThemeNumber]) || 0,
    title: text(json[XF.Title]),
    situation: text(json[XF.Situation]),
    questions: text(json[XF.Questions]).split('\n').map((q) => q.trim()).filter(Boolean),
  };
}

/** A recorded dilemma session; the leader is the item's Author (the name typed is only a copy). */
export function toDilemmaSession(json: Row): DilemmaSession {
  const author = json.Author as { Id: number; Title: string } | undefined;
  return {
    id: String(json.Id),
    heldOn: fromDateField(json[SF.HeldOn] as string) || brusselsDateOf(new Date()),
    dienst: (json[SF.Dienst] as Dienst) || null,
    team: text(json[SF.Team]),
    theme: numberOrNull(json[SF.ThemeNumber]) || 0,
    dilemmaIds: text(json[SF.DilemmaKeys]).split(',').map((k) => k.trim()).filter(Boolean),
    present: numberOrNull(json[SF.Present]) || 0,
    leader: author ? { id: String(author.Id), name: author.Title } : { id: String(numberOrNull(json.AuthorId) || ''), name: text(json[SF.LeaderName]) },
  };
}

/** The item of a recorded dilemma session (a validated draft). */
export function dilemmaSessionItem(draft: DilemmaSessionDraft, clientId: string, leaderName: string): NewItem {
  return {
    ClientId: clientId,
    [SF.Title]: `${draft.dienst} · ${draft.team.trim()}`.slice(0, 255),
    [SF.HeldOn]: toDateField(draft.heldOn as BrusselsDate),
    [SF.Dienst]: draft.dienst,
    [SF.Team]: draft.team.trim(),
    [SF.ThemeNumber]: draft.theme,
    [SF.DilemmaKeys]: draft.dilemmaIds.join(','),
    [SF.Present]: Number(draft.present.trim()),
    [SF.LeaderName]: leaderName,
  };
}
