import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { BrusselsDate } from '../../domain/dates';
import type { ComplaintOutcome, Finding, FindingKind } from '../../domain/complaints';
import { newClientId } from '../clientId';
import { createOnce } from '../createOnce';
import { ONDERZOEKSBEVINDINGEN, fieldNames } from '../schema';
import { fromDateField, toDateField } from '../registers/dateFields';

const F = fieldNames(ONDERZOEKSBEVINDINGEN);

/** What the investigator writes: a finding, or the written feedback they sent (with its outcome and date). */
export interface FindingDraft {
  kind: FindingKind;
  text: string;
  outcome: ComplaintOutcome | null;
  feedbackSentOn: BrusselsDate | null;
}

type FindingJson = { Id: number; Created: string; AuthorId: number; Author?: { Id: number; Title: string } } & Record<string, unknown>;

/** A finding from its list item; the author is SharePoint's `Author`. */
export function toFinding(json: FindingJson): Finding {
  return {
    id: String(json.Id),
    dossierId: Number(json[F.DossierId]),
    kind: json[F.Kind] === 'Terugkoppeling' ? 'Terugkoppeling' : 'Bevinding',
    text: String(json[F.Text] ?? ''),
    outcome: (json[F.Outcome] as ComplaintOutcome) || null,
    feedbackSentOn: fromDateField(json[F.FeedbackDate] as string | null),
    author: { id: String(json.AuthorId), name: json.Author ? json.Author.Title : '' },
    at: json.Created,
  };
}

/** Queues the reading of a dossier's findings (who may read: the investigator their own, the managers all) on a root that may be batched. */
export function readFindings(sp: SPFI, dossierId: number): Promise<Finding[]> {
  return sp.web.lists
    .getByTitle(ONDERZOEKSBEVINDINGEN.title)
    .items.select('Id', 'Created', 'AuthorId', 'Author/Id', 'Author/Title', F.DossierId, F.Kind, F.Text, F.Outcome, F.FeedbackDate)
    .expand('Author')
    .filter(`${F.DossierId} eq ${dossierId}`)
    .orderBy('ID', true)
    .top(500)<FindingJson[]>()
    .then((rows) => rows.map(toFinding));
}

/** Adds a finding to a dossier (add-only: nobody edits or deletes it afterwards). */
export async function addFinding(sp: SPFI, dossierId: number, draft: FindingDraft): Promise<void> {
  await createOnce(sp, ONDERZOEKSBEVINDINGEN.title, {
    ClientId: newClientId(),
    [F.Title]: `${draft.kind} dossier ${dossierId}`,
    [F.DossierId]: dossierId,
    [F.Kind]: draft.kind,
    [F.Text]: draft.text.trim(),
    [F.Outcome]: draft.kind === 'Terugkoppeling' ? draft.outcome : null,
    [F.FeedbackDate]: draft.kind === 'Terugkoppeling' && draft.feedbackSentOn ? toDateField(draft.feedbackSentOn) : null,
  });
}
