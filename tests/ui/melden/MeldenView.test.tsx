/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AppRoot } from '../../../src/app/AppRoot';
import type { Route } from '../../../src/app/navigation';
import type { MeldenHome, MeldenRepository } from '../../../src/data/melden/MeldenRepository';
import { annualFigures, type IntegrityReport } from '../../../src/domain/melden';
import { fakeServices, sharePointHost } from '../../support/hosts';
import { member } from '../registers/fakes';

const report = (over: Partial<IntegrityReport> = {}): IntegrityReport => ({
  id: 3,
  etag: '"1"',
  subject: 'Tankkaart voor privéritten',
  category: 'Inbreuk op regels of procedures',
  facts: 'Getankt in het weekend.',
  whenWhere: '',
  involved: '',
  channel: 'App',
  feedbackPreference: 'In de app',
  receivedOn: '2026-03-02',
  status: 'Ontvangen',
  receiptConfirmedOn: null,
  receiptMessage: '',
  feedbackOn: null,
  feedbackText: '',
  closedOn: null,
  outcome: null,
  reporterName: '',
  reporterContact: '',
  authorId: 7,
  authorName: 'Jonas Maes',
  handlingTrusted: true,
  ...over,
});

/** A fake channel for a member (own report) or a contact (the register); records the calls. */
function fakeMelden(handler: boolean): MeldenRepository & { calls: string[] } {
  const calls: string[] = [];
  const me = handler ? member('Nadia El Amrani', 50, 'medewerkers', 'integriteitscontact') : member('Jonas Maes', 7, 'medewerkers');
  const home: MeldenHome = {
    me,
    isHandler: handler,
    contacts: ['Nadia El Amrani'],
    mine: { items: handler ? [] : [report()], nextAfter: null },
    running: handler ? [report()] : null,
    register: handler ? { items: [report()], nextAfter: null } : null,
  };
  return {
    calls,
    newClientId: () => 'client-1',
    loadHome: async () => home,
    loadPage: async () => ({ items: [], nextAfter: null }),
    loadReport: async () => ({ me, isHandler: handler, report: report() }),
    submitReport: async (draft, clientId) => {
      calls.push(`submit ${draft.subject} ${clientId}`);
      return 12;
    },
    registerReport: async () => 13,
    confirmReceipt: async (r, message) => {
      calls.push(`confirm ${message}`);
      return { ...r, status: 'Ontvangst bevestigd', receiptConfirmedOn: '2026-03-03', receiptMessage: message };
    },
    giveFeedback: async (r) => r,
    close: async (r) => r,
    figures: async () => {
      throw new Error('not in this test');
    },
  };
}

const App = (props: { repo: MeldenRepository; route: Route }) => (
  <AppRoot
    host={sharePointHost({ initialView: props.route.view, deepLink: props.route.item ? `${props.route.view}:${props.route.item}` : undefined })}
    services={fakeServices({ melden: props.repo })}
  />
);

describe('MeldenView', () => {
  it('tells a member what the channel is for, what goes elsewhere, Comité P and what the app promises about identity', async () => {
    render(<App repo={fakeMelden(false)} route={{ view: 'melden' }} />);
    const mine = await screen.findByRole('table', { name: 'Mijn meldingen' });
    expect(within(mine).getByRole('link', { name: 'Tankkaart voor privéritten' })).toBeTruthy();
    expect(screen.getByText(/SharePoint registreert altijd wie een item aanmaakt/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Extern melden: Comité P' })).toBeTruthy();
    expect(screen.getByText(/Pesterijen, geweld of ongewenst seksueel gedrag/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Register van de meldingen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Jaarcijfers' })).toBeNull();
  });

  it('shows a contact the running clocks and the register', async () => {
    render(<App repo={fakeMelden(true)} route={{ view: 'melden' }} />);
    const running = await screen.findByRole('table', { name: 'Lopende termijnen' });
    expect(within(running).getAllByText(/uiterlijk \d\d\/\d\d\/\d{4}/).length).toBe(2);
    expect(screen.getByRole('table', { name: 'Register van de meldingen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Jaarcijfers' })).toBeTruthy();
  });

  it('refuses a report without its facts, then sends it once with the client id it keeps', async () => {
    const repo = fakeMelden(false);
    render(<App repo={repo} route={{ view: 'melden', item: 'nieuw' }} />);
    await screen.findByRole('heading', { level: 2, name: 'Een integriteitsschending melden' });
    fireEvent.change(screen.getByLabelText(/^Onderwerp/), { target: { value: 'Wapenkluis open' } });
    fireEvent.click(screen.getByRole('button', { name: 'Melding versturen' }));
    expect(screen.getAllByText('Vul dit veld in.').length).toBeGreaterThan(0);
    expect(repo.calls).toEqual([]);
    fireEvent.change(screen.getByLabelText(/^Soort schending/), { target: { value: 'Inbreuk op regels of procedures' } });
    fireEvent.change(screen.getByLabelText(/^Wat heb je vastgesteld/), { target: { value: 'De kluis blijft open.' } });
    fireEvent.click(screen.getByLabelText('In de app'));
    fireEvent.click(screen.getByRole('button', { name: 'Melding versturen' }));
    await screen.findByText('Je melding is ontvangen.');
    expect(repo.calls).toEqual(['submit Wapenkluis open client-1']);
  });

  it('lets a contact confirm receipt with a message for the reporter', async () => {
    const repo = fakeMelden(true);
    render(<App repo={repo} route={{ view: 'melden', item: 'melding/3' }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ontvangst bevestigen' }));
    fireEvent.change(screen.getByLabelText(/^Bericht aan de melder/), { target: { value: 'Goed ontvangen.' } });
    const form = screen.getByLabelText(/^Bericht aan de melder/).closest('form') as HTMLFormElement;
    fireEvent.click(within(form).getByRole('button', { name: 'Ontvangst bevestigen' }));
    await waitFor(() => expect(repo.calls).toEqual(['confirm Goed ontvangen.']));
    expect(await screen.findByText('Goed ontvangen.')).toBeTruthy();
  });

  it("shows the annual figures with the zone's anonymity threshold, marked as the zone's choice", async () => {
    const repo = fakeMelden(true);
    // six reports of one kind and two of another; a zone that chose 3 hides the two as "<3" (and what would reveal them)
    const reports = [...Array.from({ length: 6 }, () => report({ receivedOn: '2025-03-02' })), ...Array.from({ length: 2 }, () => report({ receivedOn: '2025-04-02', category: 'Ernstige tekortkoming in beroepsplichten of beheer' }))];
    repo.figures = async (year) => annualFigures(reports, year, new Date('2026-01-15T10:00:00Z'), 3);
    render(<App repo={repo} route={{ view: 'melden', item: 'jaarcijfers/2025' }} />);
    const table = await screen.findByRole('table', { name: 'Per soort schending' }, { timeout: 5000 });
    expect(within(table).getByText('<3')).toBeTruthy();
    expect(within(table).queryByText('<5')).toBeNull();
    const legend = screen.getByText(/^<3: minder dan 3, niet getoond; x: verborgen/);
    expect(within(legend).getByRole('button', { name: 'keuze van de zone' })).toBeTruthy();
  });
});
