import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IItem, IItems } from '@pnp/sp/items';
import type { ProposalStatus } from '../../domain/proposal/statuses';
import { BESLISSINGEN, VERBETERVOORSTELLEN, WERKGROEPEN, fieldNames } from '../schema';

const F = fieldNames(VERBETERVOORSTELLEN);
const B = fieldNames(BESLISSINGEN);
const W = fieldNames(WERKGROEPEN);

/** Most items one status of one flow step holds at a time; far below the list view threshold. */
export const STEP_LIMIT = 200;

/** An OData string literal. */
export const literal = (value: string): string => `'${value.replace(/'/g, "''")}'`;

const EXPAND = ['Author', 'Editor', F.Werkgroep];

/** The columns of a proposal in a list (the long texts stay out). */
const SUMMARY = [
  'Id', F.Title, F.ClientId, F.Dienst, F.Topic, F.CostEstimate, F.Status, F.Comite, F.UitvoerderKind, F.Overleggroep,
  `${F.Werkgroep}Id`, `${F.Werkgroep}/Title`, F.SubmittedAt, F.AgendaDate, F.LastDecisionAt, F.LastDecisionReason, F.Origin, F.MeetingDate,
  'Created', 'Modified', 'AuthorId', 'Author/Title', 'EditorId', 'Editor/Title', 'Attachments',
];

/** Every column of a proposal (its page, and the lists whose decisions read the texts: routing suggestions). */
const FULL = SUMMARY.concat([F.Description, F.Problem, F.Improvement, F.ProposerTeam, F.ValidatedAt, F.ProgressNotes, F.Outcome]);

/** The proposals list's items. */
export const proposalItems = (sp: SPFI): IItems => sp.web.lists.getByTitle(VERBETERVOORSTELLEN.title).items;

/** Proposals with the summary columns. */
export const summaryOf = (items: IItems): IItems => items.select(...SUMMARY).expand(...EXPAND);

/** Proposals with every column. */
const fullOf = (items: IItems): IItems => items.select(...FULL).expand(...EXPAND);

/** One proposal with every column (`getById` starts a new query: the columns are chosen after it). */
export const proposalById = (sp: SPFI, itemId: number): IItem => proposalItems(sp).getById(itemId).select(...FULL).expand(...EXPAND);

/** The proposals of one dienst, newest first (the first filter is the indexed Dienst, the order the item id). */
export const ofDienst = (sp: SPFI, dienst: string): IItems =>
  summaryOf(proposalItems(sp)).filter(`${F.Dienst} eq ${literal(dienst)}`).orderBy('ID', false);

/** The proposals in one status (indexed), optionally narrowed further; ordered on an indexed date. */
export const inStatus = (sp: SPFI, status: ProposalStatus, orderBy: string, and?: string): IItems =>
  fullOf(proposalItems(sp))
    .filter(`${F.Status} eq ${literal(status)}${and ? ` and (${and})` : ''}`)
    .orderBy(orderBy, true);

/** The decision log and cascade entries of one proposal (indexed ProposalId), in the order they were written. */
export const logOf = (sp: SPFI, proposalId: number): IItems =>
  sp.web.lists
    .getByTitle(BESLISSINGEN.title)
    .items.select(
      'Id', B.ClientId, B.EntryKind, B.ProposalId, B.Action, B.FromStatus, B.ToStatus, B.ActingAs, B.Reason, B.ActorName, B.At,
      B.Comite, B.UitvoerderKind, B.Overleggroep, B.UitvoerderName, B.AgendaDate, B.CascadeStep, B.DecisionId, B.HeldOnDay, B.Dienst,
      'FileDirRef', 'AuthorId', 'Author/Title',
    )
    .expand('Author')
    .filter(`${B.ProposalId} eq ${proposalId}`)
    .orderBy('ID', true);

/** The active executors (indexed Active), by comité. */
export const activeWerkgroepen = (sp: SPFI): IItems =>
  sp.web.lists
    .getByTitle(WERKGROEPEN.title)
    .items.select('Id', W.Title, W.Comite, W.UitvoerderKind, W.Overleggroep, W.AdHoc, W.Mandate, `${W.Chair}Id`, W.Active)
    .filter(`${W.Active} eq 1`)
    .orderBy(W.Comite, true);
