import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/batching';
import { brusselsDateOf } from '../../domain/dates';
import { GROUPS } from '../../domain/groups';
import type { Membership } from '../../domain/membership';
import type { PersonRef } from '../../domain/resistance';
import {
  checkAttendance,
  checkCancel,
  checkHeld,
  checkPlan,
  dilemmaSessionProblems,
  sessionProblems,
  type AttendanceKind,
  type Dilemma,
  type DilemmaSessionDraft,
  type SessionDraft,
} from '../../domain/trainings';
import { DraftInvalidError, isValid } from '../../domain/registers/drafts';
import { newClientId } from '../clientId';
import { createOnce } from '../createOnce';
import { emptyWhenRefused, httpStatus } from '../errors';
import { folderPath } from '../folders';
import { ItemAccessWriter } from '../itemSecurity';
import { grantsOf, roleDefinitionId } from '../permissions';
import { inOneRoundTrip } from '../oneRoundTrip';
import { toDateField } from '../registers/dateFields';
import { Viewer } from '../membership';
import { RuleRefusedError } from '../registers/ruleRefused';
import { AANDACHTSPUNTEN, DILEMMAS, DILEMMASESSIES, OPLEIDINGEN, OPLEIDINGSDEELNAMES } from '../schema';
import {
  ATTENDANCE_SELECT,
  DF,
  DILEMMA_SELECT,
  dilemmaSessionItem,
  OF,
  SESSION_SELECT,
  sessionValues,
  toAttendance,
  toDilemma,
  toDilemmaSession,
  toTraining,
  TRAINING_SELECT,
  XF,
} from './mapper';
import type { Attendance, DilemmaPage, DilemmaSession, OpenedTraining, Training, TrainingsOverview, TrainingsRepository } from './types';
import { groupPeople } from '../people';

type Row = { Id: number; 'odata.etag'?: string } & Record<string, unknown>;

/** Trainings of a year read at once: far more than a zone plans (a few hundred sessions and needs a year). */
const YEAR_TOP = 1000;


/** The folder of a member's attendance in Opleidingsdeelnames. */
export const attendanceFolder = (userId: number): string => `u${userId}`;

/** Trainings, attendance and dilemma sessions on SharePoint through PnPjs. */
export class SPTrainingsRepository implements TrainingsRepository {
  private readonly access: ItemAccessWriter;

  public constructor(
    private readonly sp: SPFI,
    private readonly viewer: Viewer = new Viewer(sp),
  ) {
    this.access = new ItemAccessWriter(sp);
  }

  private list(title: string, sp: SPFI = this.sp) {
    return sp.web.lists.getByTitle(title);
  }

  public async loadOverview(year: number): Promise<TrainingsOverview> {
    const [me, trainings, attendance] = await inOneRoundTrip(this.sp, (b) => Promise.all([
      this.viewer.membership(),
      this.list(OPLEIDINGEN.title, b).items.select(...TRAINING_SELECT).filter(`${OF.PlanYear} eq ${year}`).top(YEAR_TOP)<Row[]>(),
      // a member's read returns only their own folder; an organiser's the year's rows, of which only their own are kept
      emptyWhenRefused(this.list(OPLEIDINGSDEELNAMES.title, b).items.select(...ATTENDANCE_SELECT).filter(`${DF.PlanYear} eq ${year}`).top(YEAR_TOP)<Row[]>(), []),
    ]));
    const sorted = trainings.map(toTraining).sort((a, b) => (a.startsAt || '9999').localeCompare(b.startsAt || '9999'));
    const mine = attendance.map(toAttendance).filter((a) => a.member.id === String(me.userId));
    return { me, year, trainings: sorted, mine };
  }

  public async openTraining(id: string): Promise<OpenedTraining> {
    const [me, row, attendance, staff] = await inOneRoundTrip(this.sp, (b) => Promise.all([
      this.viewer.membership(),
      this.list(OPLEIDINGEN.title, b).items.getById(Number(id)).select(...TRAINING_SELECT)<Row>(),
      emptyWhenRefused(this.list(OPLEIDINGSDEELNAMES.title, b).items.select(...ATTENDANCE_SELECT).filter(`${DF.TrainingId} eq ${Number(id)}`).top(500)<Row[]>(), []),
      groupPeople(b, GROUPS.medewerkers),
    ]));
    return { me, training: toTraining(row), attendance: attendance.map(toAttendance).sort((a, b) => a.member.name.localeCompare(b.member.name)), staff };
  }

  public async planTraining(me: Membership, draft: SessionDraft, existing: Training | null = null): Promise<Training> {
    const refusal = checkPlan(me, existing ? { status: existing.status, startsOn: null } : null);
    if (refusal) throw new RuleRefusedError(refusal);
    const problems = sessionProblems(draft);
    if (!isValid(problems)) throw new DraftInvalidError(problems);
    const values = sessionValues(draft);
    if (existing) {
      await this.list(OPLEIDINGEN.title).items.getById(Number(existing.id)).update(values, existing.etag);
      return this.reread(existing.id);
    }
    const created = await createOnce(this.sp, OPLEIDINGEN.title, { ClientId: newClientId(), ...values });
    return this.reread(String(created.Id));
  }

  private async reread(id: string): Promise<Training> {
    return toTraining(await this.list(OPLEIDINGEN.title).items.getById(Number(id)).select(...TRAINING_SELECT)<Row>());
  }

  public async markHeld(me: Membership, training: Training, evaluation: string, now: Date = new Date()): Promise<Training> {
    const startsOn = training.startsAt ? brusselsDateOf(training.startsAt) : null;
    const refusal = checkHeld(me, { status: training.status, startsOn }, evaluation, brusselsDateOf(now));
    if (refusal) throw new RuleRefusedError(refusal);
    await this.list(OPLEIDINGEN.title)
      .items.getById(Number(training.id))
      .update({ [OF.Status]: 'Gegeven', [OF.Evaluation]: evaluation.trim(), [OF.HeldOn]: toDateField(startsOn as string) }, training.etag);
    return this.reread(training.id);
  }

  public async cancelTraining(me: Membership, training: Training): Promise<Training> {
    const startsOn = training.startsAt ? brusselsDateOf(training.startsAt) : null;
    const refusal = checkCancel(me, { status: training.status, startsOn });
    if (refusal) throw new RuleRefusedError(refusal);
    await this.list(OPLEIDINGEN.title).items.getById(Number(training.id)).update({ [OF.Status]: 'Geannuleerd' }, training.etag);
    return this.reread(training.id);
  }

  /**
   * The member's attendance folder, made and secured the first time: the member reads it, HR and Cel GWB keep it, the
   * korpsleiding reads it. Made under the list's own permissions (HR, Cel GWB, korpsleiding), so nobody else ever
   * sees it, and re-secured on every use (a grant added by hand is taken away).
   */
  private async memberFolder(memberId: number): Promise<string> {
    const name = attendanceFolder(memberId);
    const itemOf = (): Promise<{ Id: number }> =>
      this.sp.web.getFolderByServerRelativePath(folderPath(this.sp, OPLEIDINGSDEELNAMES.title, name)).listItemAllFields.select('Id')<{ Id: number }>();
    let folder: { Id: number };
    try {
      folder = await itemOf();
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
      await this.list(OPLEIDINGSDEELNAMES.title).rootFolder.folders.addUsingPath(name);
      folder = await itemOf();
    }
    await this.access.grant(OPLEIDINGSDEELNAMES.title, folder.Id, (context) => {
      const read = roleDefinitionId(context, 'read');
      const grants = grantsOf(context, OPLEIDINGSDEELNAMES.roles);
      return read === null ? grants : grants.concat([{ principalId: memberId, roleDefId: read }]);
    });
    return name;
  }

  public async recordAttendance(me: Membership, training: Training, member: PersonRef, kind: AttendanceKind, existing: Attendance | null, now: Date = new Date()): Promise<Attendance> {
    const startsOn = training.startsAt ? brusselsDateOf(training.startsAt) : null;
    const refusal = checkAttendance(me, { status: training.status, startsOn }, kind, brusselsDateOf(now));
    if (refusal) throw new RuleRefusedError(refusal);
    const list = this.list(OPLEIDINGSDEELNAMES.title);
    if (existing) {
      const written = await list.items.getById(Number(existing.id)).update({ [DF.Attendance]: kind }, existing.etag);
      return { ...existing, attendance: kind, etag: written.etag || existing.etag };
    }
    const folder = await this.memberFolder(Number(member.id));
    const values = { ClientId: newClientId(), [DF.Title]: training.title.slice(0, 255), [DF.TrainingId]: Number(training.id), [DF.MemberName]: member.name, [DF.Attendance]: kind, [DF.PlanYear]: training.year };
    const created = await createOnce(this.sp, OPLEIDINGSDEELNAMES.title, values, { folder });
    // the person column (a form value cannot carry it): the item is already in the member's folder
    const written = await list.items.getById(created.Id).update({ [`${DF.Member}Id`]: Number(member.id) });
    return { id: String(created.Id), trainingId: training.id, member, attendance: kind, year: training.year, etag: written.etag || '*' };
  }

  public async loadDilemmas(): Promise<DilemmaPage> {
    const [me, dilemmas, themes, sessions] = await inOneRoundTrip(this.sp, (b) => Promise.all([
      this.viewer.membership(),
      this.list(DILEMMAS.title, b).items.select(...DILEMMA_SELECT).orderBy(XF.ThemeNumber, true).top(500)<Row[]>(),
      this.list(AANDACHTSPUNTEN.title, b).items.select('Id', 'Title', 'ThemeNumber').orderBy('ThemeNumber', true).top(50)<Row[]>(),
      this.list(DILEMMASESSIES.title, b).items.select(...SESSION_SELECT).expand('Author').orderBy('ID', false).top(20)<Row[]>(),
    ]));
    return {
      me,
      dilemmas: dilemmas.map(toDilemma).sort((a, b) => a.theme - b.theme || a.id.localeCompare(b.id)),
      themes: themes.map((t) => ({ number: Number(t.ThemeNumber), title: String(t.Title) })),
      sessions: sessions.map(toDilemmaSession),
    };
  }

  public async recordDilemmaSession(me: Membership, draft: DilemmaSessionDraft, dilemmas: readonly Dilemma[], now: Date = new Date()): Promise<DilemmaSession> {
    const problems = dilemmaSessionProblems(draft, dilemmas, brusselsDateOf(now));
    if (!isValid(problems)) throw new DraftInvalidError(problems);
    const created = await createOnce(this.sp, DILEMMASESSIES.title, dilemmaSessionItem(draft, newClientId(), me.name));
    return toDilemmaSession(await this.list(DILEMMASESSIES.title).items.getById(created.Id).select(...SESSION_SELECT).expand('Author')<Row>());
  }
}
