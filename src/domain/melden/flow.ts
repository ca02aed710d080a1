import type { ReportOutcome, ReportStatus } from './report';

/** What a contact does with a report. */
export type ReportAction = 'confirmReceipt' | 'giveFeedback' | 'close';

/** Why an action is refused (the UI says it in the user's language). */
export type ReportRefusal = 'notHandler' | 'wrongStatus' | 'messageRequired' | 'outcomeRequired' | 'feedbackFirst';

/** The statuses from which each action may be taken. */
const FROM: Record<ReportAction, readonly ReportStatus[]> = {
  confirmReceipt: ['Ontvangen'],
  // feedback may follow the receipt, and be given again (a further update) until the report is closed
  giveFeedback: ['Ontvangst bevestigd', 'Feedback gegeven'],
  close: ['Feedback gegeven'],
};

/** The status an action leads to. */
export const NEXT_STATUS: Record<ReportAction, ReportStatus> = {
  confirmReceipt: 'Ontvangst bevestigd',
  giveFeedback: 'Feedback gegeven',
  close: 'Afgesloten',
};

/** The actions a contact may take on a report in this status. */
export function allowedActions(status: ReportStatus, isHandler: boolean): ReportAction[] {
  if (!isHandler) return [];
  return (Object.keys(FROM) as ReportAction[]).filter((action) => FROM[action].indexOf(status) >= 0);
}

/**
 * Checks an action before anything is written: only a contact acts; the order is received → receipt confirmed →
 * feedback (again if needed) → closed; the receipt and the feedback carry a message for the reporter; closing names
 * the outcome. Returns the refusal, or null when the action may go ahead.
 */
export function checkAction(
  action: ReportAction,
  report: { status: ReportStatus },
  input: { isHandler: boolean; message?: string; outcome?: ReportOutcome | '' },
): ReportRefusal | null {
  if (!input.isHandler) return 'notHandler';
  if (FROM[action].indexOf(report.status) < 0) return action === 'close' && report.status === 'Ontvangst bevestigd' ? 'feedbackFirst' : 'wrongStatus';
  if ((action === 'confirmReceipt' || action === 'giveFeedback') && !(input.message || '').trim()) return 'messageRequired';
  if (action === 'close' && !input.outcome) return 'outcomeRequired';
  return null;
}
