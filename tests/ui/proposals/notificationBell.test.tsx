/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Inbox, NotificationRepository } from '../../../src/data/notifications/types';
import type { AppNotification } from '../../../src/data/notifications/types';
import { FakeProposalRepository, LOTTE, proposalItem } from './fakeRepository';
import { renderProposals } from './render';

const notification = (itemId: number, over: Partial<AppNotification>): AppNotification => ({
  itemId,
  etag: '"1"',
  title: 'Bodycams',
  body: '',
  activity: 'proposalDecided',
  status: 'Gevalideerd',
  proposalId: 1,
  actorName: 'Karel Peeters',
  at: '2026-11-26T10:00:00.000Z',
  isRead: false,
  ...over,
});

class FakeInbox implements NotificationRepository {
  public read: number[] = [];
  public constructor(public items: AppNotification[]) {}
  public async inbox(): Promise<Inbox> {
    return { latest: this.items.map((n) => ({ ...n, isRead: n.isRead || this.read.indexOf(n.itemId) >= 0 })), unreadCount: this.items.filter((n) => !n.isRead && this.read.indexOf(n.itemId) < 0).length };
  }
  public async markRead(n: AppNotification): Promise<void> {
    this.read.push(n.itemId);
  }
}

describe('the notification bell', () => {
  it('counts the unread notifications, shows them in the reader’s language and opens the proposal, marking it read', async () => {
    const inbox = new FakeInbox([
      notification(1, { body: 'Prima voorstel.' }),
      notification(2, { activity: 'proposalAssigned', status: 'Toegewezen aan uitvoerder', actorName: 'Tom Vermeulen', isRead: true }),
    ]);
    const view = renderProposals(new FakeProposalRepository(LOTTE, [proposalItem(1, { title: 'Bodycams' })]), { notifications: inbox });
    fireEvent.click(await screen.findByRole('button', { name: 'Meldingen, 1 ongelezen' }));
    expect(await screen.findByRole('heading', { name: 'Meldingen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Tom Vermeulen heeft "Bodycams" aan jou toegewezen\./ })).toBeTruthy();
    const unread = screen.getByRole('button', { name: /^Karel Peeters besliste over "Bodycams": Gevalideerd\. Prima voorstel\. 26\/11\/2026 11:00\s?, ongelezen$/ });
    // the unread state is read out, not shown as a word in front of every line
    const state = within(unread).getByText(/ongelezen/);
    expect(state.style.position).toBe('absolute');
    expect([state.style.width, state.style.height, state.style.overflow]).toEqual(['1px', '1px', 'hidden']);
    expect(screen.queryByText(/^Ongelezen/)).toBeNull();
    // each notification carries its own date and time of day
    expect(within(unread).getByText('26/11/2026 11:00').getAttribute('datetime')).toBe('2026-11-26T10:00:00.000Z');
    fireEvent.click(unread);
    await waitFor(() => expect(inbox.read).toEqual([1]));
    expect(view.routes).toEqual([{ view: 'voorstellen', item: 'voorstel/1' }]);
    expect(await screen.findByRole('button', { name: 'Meldingen' })).toBeTruthy();
  });

  it('gives the focus back to the bell when its list closes with the focus in it, not when the user put it elsewhere', async () => {
    renderProposals(new FakeProposalRepository(LOTTE), { notifications: new FakeInbox([notification(1, {})]) });
    const bell = await screen.findByRole('button', { name: 'Meldingen, 1 ongelezen' });
    fireEvent.click(bell);
    const markAll = await screen.findByRole('button', { name: 'Alles als gelezen markeren' });
    markAll.focus();
    fireEvent.keyDown(markAll, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Meldingen' })).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(bell));

    // closed by a click on another control (which takes the focus): the focus stays there
    fireEvent.click(bell);
    await screen.findByRole('heading', { name: 'Meldingen' });
    const elsewhere = document.body.appendChild(Object.assign(document.createElement('button'), { textContent: 'Elders op de pagina' }));
    elsewhere.focus();
    fireEvent.mouseDown(elsewhere);
    fireEvent.mouseUp(elsewhere);
    fireEvent.click(elsewhere);
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Meldingen' })).toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });

  it('marks every notification read at once', async () => {
    const inbox = new FakeInbox([notification(1, {}), notification(2, { at: '2026-11-20T08:30:00.000Z' }), notification(3, { isRead: true })]);
    renderProposals(new FakeProposalRepository(LOTTE), { notifications: inbox });
    fireEvent.click(await screen.findByRole('button', { name: 'Meldingen, 2 ongelezen' }));
    expect(await screen.findByText('20/11/2026 09:30')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Alles als gelezen markeren' }));
    await waitFor(() => expect(inbox.read.sort()).toEqual([1, 2]));
    expect(await screen.findByRole('button', { name: 'Meldingen' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Alles als gelezen markeren' })).toBeNull();
    expect(screen.queryByText(/ongelezen/)).toBeNull();
  });

  it('speaks English to an English reader', async () => {
    renderProposals(new FakeProposalRepository(LOTTE), { notifications: new FakeInbox([notification(1, {})]), locale: 'en-US' });
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    expect(await screen.findByRole('button', { name: /Karel Peeters decided on "Bodycams": Validated\./ })).toBeTruthy();
  });
});
