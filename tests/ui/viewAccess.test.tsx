/** @jest-environment jsdom */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { AppRoot } from '../../src/app/AppRoot';
import type { Membership } from '../../src/domain/membership';
import { fakeServices, sharePointHost } from '../support/hosts';
import { currentViews, offeredViewKeys, viewNav } from '../support/viewNav';

/** A staff member of Interventie: in Medewerkers only. */
const JONAS: Membership = { userId: 7, name: 'Jonas Maes', loginName: 'i:0#.f|membership|jonas.maes@pzcarma.be', groups: ['medewerkers'] };

/** Services that know who is signed in; the views' own reads never answer (the frame is what is tested). */
const servicesFor = (member: Membership) =>
  fakeServices({
    viewer: { membership: () => Promise.resolve(member) },
    complaints: new Proxy({}, { get: (_t, m) => (m === 'then' ? undefined : () => new Promise(() => undefined)) }) as never,
  });

describe('views a user may not use', () => {
  it('are not offered once the user is known', async () => {
    render(<AppRoot host={sharePointHost()} services={servicesFor(JONAS)} />);
    await waitFor(() => expect(offeredViewKeys()).toEqual(['beleid', 'plan', 'voorstellen', 'registers', 'melden', 'weerspannigheid', 'opleidingen', 'verslagen']));
  });

  it('explains calmly, in the user\'s language, a view reached by its address, never with an error', async () => {
    render(<AppRoot host={sharePointHost({ initialView: 'dashboard' })} services={servicesFor(JONAS)} />);
    const explanation = await screen.findByText(/^Het onderdeel Dashboard is er voor wie ermee werkt en hoort niet bij jouw rol in de zone\./);
    expect(explanation).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Dashboard' })).toBeTruthy();
    expect(screen.getByRole('main', { name: 'Dashboard' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    // no link of the bar for it, so none marked as the current page
    expect(viewNav().queryByRole('link', { name: 'Dashboard' })).toBeNull();
    expect(currentViews()).toEqual([]);
  });

  it('in French too', async () => {
    render(<AppRoot host={sharePointHost({ initialView: 'klachten', locale: 'fr-BE' })} services={servicesFor(JONAS)} />);
    expect(await screen.findByText(/^La partie Plaintes est destinée à celles et ceux qui y travaillent/)).toBeTruthy();
  });

  it('offers a view the user may use and opens it', async () => {
    const griet: Membership = { ...JONAS, userId: 9, name: 'Griet Van Damme', groups: ['medewerkers', 'internToezicht'] };
    render(<AppRoot host={sharePointHost({ initialView: 'klachten' })} services={servicesFor(griet)} />);
    await waitFor(() => expect(offeredViewKeys()).toHaveLength(10));
    expect(currentViews()).toEqual(['Klachten']);
    expect(screen.queryByText(/is er voor wie ermee werkt/)).toBeNull();
  });
});
