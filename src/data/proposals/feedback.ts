import type { SPFI } from '@pnp/sp';
import { FEEDBACK_CASCADE, type CascadeStepKey } from '../../domain/proposal/cascade';
import { mayRecordCascadeStep } from '../../domain/proposal/cascadeDuties';
import { brusselsDateOf } from '../../domain/dates';
import { createOnce } from '../createOnce';
import type { Dienst } from '../groups';
import { BERICHTEN, BESLISSINGEN, fieldNames } from '../schema';
import { DecisionRefusedError } from './errors';
import { cascadeChoice } from './mapper';
import type { BerichtText } from './repository';
import type { ProposalItem, ProposalUser } from './types';

const BERICHT = fieldNames(BERICHTEN);

/** The text of a Bericht as the rich-text field stores it: every paragraph escaped. */
function berichtHtml(body: string): string {
  const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return body
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => `<p>${escape(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Ticks a step of the feedback cascade for a decision (once per decision, step and dienst), if the user may. */
export async function recordCascadeStep(
  sp: SPFI,
  proposal: ProposalItem,
  decisionId: number,
  step: CascadeStepKey,
  dienst: Dienst | null,
  heldOn: string,
  user: ProposalUser,
): Promise<void> {
  const definition = FEEDBACK_CASCADE.filter((s) => s.key === step)[0];
  const forDienst = definition.perDienst ? dienst : null;
  if (!mayRecordCascadeStep(definition, { groups: user.groups, dienst: user.actor.dienst }, forDienst)) {
    throw new DecisionRefusedError({ code: 'cascadeNotAllowed' });
  }
  const B = fieldNames(BESLISSINGEN);
  const tick = {
    [B.Title]: `${definition.name}: ${proposal.title}`.slice(0, 255),
    // one tick per decision, step and dienst: ticking twice finds the first
    ClientId: `fb-${decisionId}-${step}-${forDienst || 'korps'}`.slice(0, 64),
    [B.EntryKind]: 'Terugkoppeling',
    [B.ProposalId]: proposal.itemId,
    [B.DecisionId]: decisionId,
    [B.CascadeStep]: cascadeChoice(step),
    [B.ActorName]: user.name,
  };
  if (forDienst === null) {
    await createOnce(sp, BESLISSINGEN.title, { ...tick, [B.At]: heldOn });
    return;
  }
  // a dienst's tick goes into its folder, where only its diensthoofd and middenkader may add (SharePoint refuses the
  // others); created through form values, so its day travels as a number, not in the site's regional date format
  await createOnce(sp, BESLISSINGEN.title, { ...tick, [B.Dienst]: forDienst, [B.HeldOnDay]: Number(brusselsDateOf(heldOn).replace(/-/g, '')) }, { folder: forDienst });
}

/** Publishes a decision as a Bericht (once per decision) and ticks the cascade's push message step. */
export async function publishDecision(
  sp: SPFI,
  now: Date,
  proposal: ProposalItem, decisionId: number, text: BerichtText, user: ProposalUser,
): Promise<void> {
  const at = now.toISOString();
  await createOnce(sp, BERICHTEN.title, {
    [BERICHT.Title]: text.title.trim().slice(0, 255),
    ClientId: `bericht-besl-${decisionId}`,
    [BERICHT.Body]: berichtHtml(text.body),
    [BERICHT.PublishedAt]: at,
    [BERICHT.Category]: 'Beslissing',
    [BERICHT.ProposalId]: proposal.itemId,
  });
  await recordCascadeStep(sp, proposal, decisionId, 'pushbericht', null, at, user);
}
