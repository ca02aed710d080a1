import { allowedActions, checkAction, handlingCounts, receivedOnOf } from '../../../src/domain/melden';

describe('who handles a report and in which order', () => {
  test('only a contact acts', () => {
    expect(allowedActions('Ontvangen', false)).toEqual([]);
    expect(checkAction('confirmReceipt', { status: 'Ontvangen' }, { isHandler: false, message: 'ok' })).toBe('notHandler');
  });

  test('received → receipt confirmed → feedback (again if needed) → closed', () => {
    expect(allowedActions('Ontvangen', true)).toEqual(['confirmReceipt']);
    expect(allowedActions('Ontvangst bevestigd', true)).toEqual(['giveFeedback']);
    expect(allowedActions('Feedback gegeven', true)).toEqual(['giveFeedback', 'close']);
    expect(allowedActions('Afgesloten', true)).toEqual([]);
  });

  test('steps out of order are refused', () => {
    expect(checkAction('giveFeedback', { status: 'Ontvangen' }, { isHandler: true, message: 'x' })).toBe('wrongStatus');
    expect(checkAction('close', { status: 'Ontvangst bevestigd' }, { isHandler: true, outcome: 'Gegrond' })).toBe('feedbackFirst');
    expect(checkAction('confirmReceipt', { status: 'Afgesloten' }, { isHandler: true, message: 'x' })).toBe('wrongStatus');
  });

  test('the receipt and the feedback carry a message; closing names the outcome', () => {
    expect(checkAction('confirmReceipt', { status: 'Ontvangen' }, { isHandler: true, message: '  ' })).toBe('messageRequired');
    expect(checkAction('giveFeedback', { status: 'Ontvangst bevestigd' }, { isHandler: true, message: '' })).toBe('messageRequired');
    expect(checkAction('close', { status: 'Feedback gegeven' }, { isHandler: true, outcome: '' })).toBe('outcomeRequired');
    expect(checkAction('close', { status: 'Feedback gegeven' }, { isHandler: true, outcome: 'Doorverwezen' })).toBeNull();
  });
});

describe('what counts of a report as stored', () => {
  test('handling values count only when a contact created or last edited the item', () => {
    expect(handlingCounts({ authorIsHandler: false, editorIsHandler: false })).toBe(false);
    expect(handlingCounts({ authorIsHandler: false, editorIsHandler: true })).toBe(true);
    expect(handlingCounts({ authorIsHandler: true, editorIsHandler: false })).toBe(true);
  });

  test("the clocks run from SharePoint's creation date, unless a contact registered the day it was received", () => {
    expect(receivedOnOf({ createdOn: '2026-03-02', registeredReceivedOn: '2020-01-01', authorIsHandler: false })).toBe('2026-03-02');
    expect(receivedOnOf({ createdOn: '2026-03-02', registeredReceivedOn: '2026-02-27', authorIsHandler: true })).toBe('2026-02-27');
  });
});
