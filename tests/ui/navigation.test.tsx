/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AppRoot } from '../../src/app/AppRoot';
import { routeFromSearch, searchOfRoute } from '../../src/app/navigation';
import { fakeServices, sharePointHost } from '../support/hosts';
import { FakePolicyRepository } from './policy/fakes';

/** Back or Forward as the browser does it: the address changes, then popstate. */
async function historyGo(step: -1 | 1): Promise<void> {
  await act(async () => {
    const popped = new Promise<void>((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));
    window.history.go(step);
    await popped;
  });
}

beforeEach(() => {
  window.history.replaceState(null, '', '/sites/integriteit');
});

describe('the address of a route', () => {
  it('is the query string the app has always linked with, other parameters kept', () => {
    expect(searchOfRoute({ view: 'voorstellen', item: 'voorstel/12' })).toBe('?view=voorstellen&item=voorstel/12');
    expect(searchOfRoute({ view: 'beleid' }, '?lang=fr&view=plan&item=x')).toBe('?lang=fr&view=beleid');
    expect(routeFromSearch('?view=voorstellen&item=voorstel%2F12')).toEqual({ view: 'voorstellen', item: 'voorstel/12' });
    expect(routeFromSearch('?item=voorstellen:voorstel/12')).toEqual({ view: 'voorstellen', item: 'voorstel/12' });
    expect(routeFromSearch('?view=registers')).toEqual({ view: 'registers' });
    expect(routeFromSearch('?view=onbekend')).toBeUndefined();
    expect(routeFromSearch('?page=secties')).toBeUndefined();
  });
});

describe('navigation in the address of the page', () => {
  it('opens the route of the address, pushes each navigation and restores it on Back and Forward, focus on the heading', async () => {
    window.history.replaceState(null, '', '/sites/integriteit?lang=nl&view=beleid&item=richtlijnen');
    const policy = new FakePolicyRepository();
    render(<AppRoot host={sharePointHost({ ownsUrl: true })} services={fakeServices({ policy })} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Korpsrichtlijnen' })).toBeTruthy();

    fireEvent.click(await screen.findByRole('button', { name: 'Gebruik van sociale media' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Gebruik van sociale media' });
    expect(window.location.search).toBe('?lang=nl&view=beleid&item=richtlijn/2');
    await waitFor(() => expect(document.activeElement).toBe(heading));

    fireEvent.click(screen.getByRole('tab', { name: 'Klachten' }));
    expect(window.location.search).toBe('?lang=nl&view=klachten');
    // a tab keeps the focus (the tab pattern)
    expect(document.activeElement).not.toBe(heading);

    await historyGo(-1);
    const again = await screen.findByRole('heading', { level: 2, name: 'Gebruik van sociale media' });
    expect(screen.getByRole('tab', { name: 'Beleid' }).getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(again));

    await historyGo(-1);
    expect(await screen.findByRole('heading', { level: 2, name: 'Korpsrichtlijnen' })).toBeTruthy();
    expect(window.location.search).toBe('?lang=nl&view=beleid&item=richtlijnen');

    await historyGo(1);
    await historyGo(1);
    expect(screen.getByRole('tab', { name: 'Klachten' }).getAttribute('aria-selected')).toBe('true');
    expect(window.location.search).toBe('?lang=nl&view=klachten');
  });

  it('links a Bericht to the korpsrichtlijn or the proposal it is about', async () => {
    const policy = new FakePolicyRepository();
    const home = policy.loadHome.bind(policy);
    policy.loadHome = async () => ({
      ...(await home()),
      messages: [
        { id: 2, title: 'Nieuwe versie: sociale media', body: '<p>Herzien.</p>', publishedAt: '2026-03-09T09:00:00Z', category: 'Algemeen', directiveId: 2 },
        { id: 3, title: 'Directiecomité: bodycams', body: '<p>Goedgekeurd.</p>', publishedAt: '2026-03-08T09:00:00Z', category: 'Beslissing', proposalId: 12 },
      ],
    });
    render(<AppRoot host={sharePointHost({ ownsUrl: true })} services={fakeServices({ policy })} />);
    const proposal = await screen.findByRole('link', { name: 'Bekijk het voorstel: Directiecomité: bodycams' });
    expect(proposal.getAttribute('href')).toBe('/sites/integriteit?view=voorstellen&item=voorstel/12');
    const directive = screen.getByRole('link', { name: 'Lees de korpsrichtlijn: Nieuwe versie: sociale media' });
    expect(directive.getAttribute('href')).toBe('/sites/integriteit?view=beleid&item=richtlijn/2');
    fireEvent.click(directive);
    const heading = await screen.findByRole('heading', { level: 2, name: 'Gebruik van sociale media' });
    expect(window.location.search).toBe('?view=beleid&item=richtlijn/2');
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('leaves the address alone in an instance that does not own it', async () => {
    window.history.replaceState(null, '', '/sites/integriteit?page=secties');
    const length = window.history.length;
    render(<AppRoot host={sharePointHost({ ownsUrl: false, initialView: 'plan' })} services={fakeServices({ policy: new FakePolicyRepository() })} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Klachten' }));
    expect(screen.getByRole('tab', { name: 'Klachten' }).getAttribute('aria-selected')).toBe('true');
    expect(window.location.search).toBe('?page=secties');
    expect(window.history.length).toBe(length);
  });

  it('goes back to the host view when Back reaches the address without a route', async () => {
    render(<AppRoot host={sharePointHost({ ownsUrl: true, initialView: 'registers' })} services={fakeServices({ policy: new FakePolicyRepository() })} />);
    expect(screen.getByRole('tab', { name: 'Registers' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('tab', { name: 'Klachten' }));
    expect(window.location.search).toBe('?view=klachten');
    await historyGo(-1);
    expect(window.location.search).toBe('');
    expect(screen.getByRole('tab', { name: 'Registers' }).getAttribute('aria-selected')).toBe('true');
  });
});
