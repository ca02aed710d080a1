/** @jest-environment jsdom */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { AppRoot } from '../../../src/app/AppRoot';
import type { ResistanceOverview, ResistanceRepository } from '../../../src/data/resistance/types';
import { fakeServices, sharePointHost, zoneSettingsOf } from '../../support/hosts';
import { member } from '../registers/fakes';

/** The resistance overview of a Cel GWB member with nothing open: all the view reads on its first paint. */
const overview: ResistanceOverview = {
  me: member('Stijn De Vos', 30, 'medewerkers', 'celGWB'),
  incidents: { items: [], nextAfter: null },
  openEvaluations: [],
  openFollowUps: [],
};
const resistance = { loadOverview: async () => overview, loadMore: async () => ({ items: [], nextAfter: null }) } as unknown as ResistanceRepository;

describe('the resistance terms', () => {
  it.each([
    ['the defaults', undefined, 'evaluatie binnen 30 dagen, eerste contact binnen 3 dagen, opvolging binnen 30 dagen'],
    ['a zone that chose its own', zoneSettingsOf({ resistanceEvaluationDays: 14, resistanceFirstContactDays: 1, resistanceFollowUpDays: 60 }), 'evaluatie binnen 14 dagen, eerste contact binnen 1 dag, opvolging binnen 60 dagen'],
  ])("are shown as %s, marked as the zone's choice", async (_, settings, terms) => {
    const services = fakeServices({ resistance, ...(settings ? { settings } : {}) });
    render(<AppRoot host={sharePointHost({ initialView: 'weerspannigheid' })} services={services} />);
    const note = await screen.findByText((text) => text.indexOf(terms) >= 0, { selector: 'p' }, { timeout: 5000 });
    expect(within(note).getByRole('button', { name: 'keuze van de zone' })).toBeTruthy();
  });
});
