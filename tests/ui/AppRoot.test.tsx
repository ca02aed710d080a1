/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { AppRoot } from '../../src/app/AppRoot';
import { offlineServices, sharePointHost, teamsHost } from '../support/hosts';
import { currentViews, offeredViewKeys, viewLink } from '../support/viewNav';

describe('AppRoot', () => {
  it('renders the product navigation in Dutch on a SharePoint page', () => {
    render(<AppRoot host={sharePointHost()} services={offlineServices()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Integriteit CARMA' })).toBeTruthy();
    expect(offeredViewKeys()).toEqual(['beleid', 'plan', 'voorstellen', 'registers', 'klachten', 'melden', 'weerspannigheid', 'opleidingen', 'dashboard', 'verslagen']);
    for (const name of ['Beleid', 'Integriteitsplan', 'Verbetervoorstellen', 'Registers', 'Klachten', 'Integriteitsmelding', 'Weerspannigheid', 'Opleidingen', 'Dashboard', 'Verslagen & nieuwsbrief']) {
      expect(viewLink(name)).toBeTruthy();
    }
    expect(screen.getByText('Aangemeld als Jonas Maes')).toBeTruthy();
    expect(currentViews()).toEqual(['Beleid']);
  });

  it('renders in the Teams host with its language and opens the requested view', () => {
    render(<AppRoot host={teamsHost({ initialView: 'voorstellen' })} services={offlineServices()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Intégrité CARMA' })).toBeTruthy();
    expect(currentViews()).toEqual(["Propositions d'amélioration"]);
    expect(screen.getByRole('main', { name: "Propositions d'amélioration" })).toBeTruthy();
  });

  it('switches views from the navigation, loading the view on demand', async () => {
    render(<AppRoot host={sharePointHost()} services={offlineServices()} />);
    fireEvent.click(viewLink('Klachten'));
    expect(currentViews()).toEqual(['Klachten']);
    // the view's module and its repository's both load on demand (a first transform under jest can take seconds)
    expect(await screen.findByRole('heading', { level: 2, name: 'Klachten' }, { timeout: 15_000 })).toBeTruthy();
  }, 30_000);

  it('keeps element ids apart for two instances on one page', () => {
    const { container } = render(
      <>
        <AppRoot host={sharePointHost({ instanceId: 'a' })} services={offlineServices()} />
        <AppRoot host={sharePointHost({ instanceId: 'b' })} services={offlineServices()} />
      </>,
    );
    const ids = Array.from(container.querySelectorAll('[id]')).map((el) => el.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
