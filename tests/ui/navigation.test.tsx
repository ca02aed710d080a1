/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AppRoot } from '../../src/app/AppRoot';
import { routeFromSearch, searchOfRoute } from '../../src/app/navigation';
import { fakeServices, offlineServices, sharePointHost, teamsHost } from '../support/hosts';
import { currentViews, viewLink } from '../support/viewNav';
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

describe("the frame's bar of views", () => {
  it('is a named navigation landmark of links: each the address of its view, the current one marked as the page', async () => {
    window.history.replaceState(null, '', '/sites/integriteit?lang=nl');
    render(<AppRoot host={sharePointHost({ ownsUrl: true })} services={fakeServices({ policy: new FakePolicyRepository() })} />);
    const nav = screen.getByRole('navigation', { name: 'Onderdelen van Integriteit CARMA' });
    const links = within(within(nav).getByRole('list')).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Beleid', '/sites/integriteit?lang=nl&view=beleid'],
      ['Integriteitsplan', '/sites/integriteit?lang=nl&view=plan'],
      ['Verbetervoorstellen', '/sites/integriteit?lang=nl&view=voorstellen'],
      ['Registers', '/sites/integriteit?lang=nl&view=registers'],
      ['Klachten', '/sites/integriteit?lang=nl&view=klachten'],
      ['Integriteitsmelding', '/sites/integriteit?lang=nl&view=melden'],
      ['Weerspannigheid', '/sites/integriteit?lang=nl&view=weerspannigheid'],
      ['Opleidingen', '/sites/integriteit?lang=nl&view=opleidingen'],
      ['Dashboard', '/sites/integriteit?lang=nl&view=dashboard'],
      ['Verslagen & nieuwsbrief', '/sites/integriteit?lang=nl&view=verslagen'],
    ]);
    expect(links.filter((link) => link.hasAttribute('aria-current')).map((link) => [link.textContent, link.getAttribute('aria-current')])).toEqual([['Beleid', 'page']]);
    // the main region is named after the view it shows
    expect(screen.getByRole('main', { name: 'Beleid' })).toBeTruthy();

    // a plain click opens the view in place (no page load: the browser's own navigation is prevented)
    const registers = viewLink('Registers');
    expect(fireEvent.click(registers)).toBe(false);
    expect(window.location.search).toBe('?lang=nl&view=registers');
    expect(currentViews()).toEqual(['Registers']);
    expect(screen.getByRole('main', { name: 'Registers' })).toBeTruthy();
    expect(viewLink('Beleid').hasAttribute('aria-current')).toBe(false);
    await screen.findByRole('heading', { level: 2, name: 'Registers' }, { timeout: 15_000 });

    // a click with a modifier (a new tab or window) or with another button is the browser's: the app stays where it is
    for (const click of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
      expect({ click, handled: !fireEvent.click(viewLink('Klachten'), click) }).toEqual({ click, handled: false });
    }
    expect(window.location.search).toBe('?lang=nl&view=registers');
    expect(currentViews()).toEqual(['Registers']);
  }, 30_000);

  it("is named in the user's language", () => {
    render(<AppRoot host={teamsHost({ initialView: 'plan' })} services={offlineServices()} />);
    const nav = screen.getByRole('navigation', { name: "Parties d'Intégrité CARMA" });
    expect(within(nav).getByRole('link', { name: "Plan d'intégrité" }).getAttribute('aria-current')).toBe('page');
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

    fireEvent.click(viewLink('Klachten'));
    expect(window.location.search).toBe('?lang=nl&view=klachten');
    // a link of the bar opens its page as a page loads: the focus goes to its heading
    const complaints = await screen.findByRole('heading', { level: 2, name: 'Klachten' }, { timeout: 15_000 });
    await waitFor(() => expect(document.activeElement).toBe(complaints));

    await historyGo(-1);
    const again = await screen.findByRole('heading', { level: 2, name: 'Gebruik van sociale media' });
    expect(currentViews()).toEqual(['Beleid']);
    await waitFor(() => expect(document.activeElement).toBe(again));

    await historyGo(-1);
    expect(await screen.findByRole('heading', { level: 2, name: 'Korpsrichtlijnen' })).toBeTruthy();
    expect(window.location.search).toBe('?lang=nl&view=beleid&item=richtlijnen');

    await historyGo(1);
    await historyGo(1);
    expect(currentViews()).toEqual(['Klachten']);
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
    fireEvent.click(viewLink('Klachten'));
    expect(currentViews()).toEqual(['Klachten']);
    expect(window.location.search).toBe('?page=secties');
    expect(window.history.length).toBe(length);
  });

  it('goes back to the host view when Back reaches the address without a route', async () => {
    render(<AppRoot host={sharePointHost({ ownsUrl: true, initialView: 'registers' })} services={fakeServices({ policy: new FakePolicyRepository() })} />);
    expect(currentViews()).toEqual(['Registers']);
    fireEvent.click(viewLink('Klachten'));
    expect(window.location.search).toBe('?view=klachten');
    await historyGo(-1);
    expect(window.location.search).toBe('');
    expect(currentViews()).toEqual(['Registers']);
  });
});
