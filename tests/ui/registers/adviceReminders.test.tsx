/** @jest-environment jsdom */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { zoneSettingsOf } from '../../support/hosts';
import { activity, fakeRegisters, member, RegistersApp } from './fakes';

const LUC = member('Luc Hermans', 20, 'politiecollege');
/** The zone's own reminder days: 14 and 5 days before the 45-day deadline (the defaults are 10 and 3). */
const ZONE = zoneSettingsOf({ adviceFirstReminderDaysBefore: 14, adviceLastReminderDaysBefore: 5 });

describe("the advice reminders of a side activity are the zone's choice", () => {
  beforeEach(() => window.localStorage.clear());

  // received 30/06/2026 at 23:45 Brussels time: the deadline is 14/08/2026 whatever the zone chose
  const ops = activity({ kader: 'Ops', status: 'Schriftelijk gemeld', receivedAt: '2026-06-30T21:45:00Z' });

  it.each([
    ['the defaults', undefined, /^Herinneringen op 04\/08\/2026, 11\/08\/2026\./],
    ['a zone that chose 14 and 5 days', ZONE, /^Herinneringen op 31\/07\/2026, 09\/08\/2026\./],
  ])('puts the reminders of %s on the advice clock, marked as the zone\'s choice', async (_, settings, reminders) => {
    const repo = fakeRegisters({ me: LUC });
    repo.loadSideActivity = async () => ({ me: LUC, activity: ops, absences: [] });
    render(<RegistersApp repo={repo} route={{ view: 'registers', item: 'nevenactiviteit/4' }} settings={settings} />);
    const line = await screen.findByText(reminders, undefined, { timeout: 5000 });
    expect(screen.getAllByText('14/08/2026').length).toBeGreaterThan(0);
    expect(within(line).getByRole('button', { name: 'keuze van de zone' })).toBeTruthy();
  });

  it("warns the politiecollege from the zone's first reminder day on, and says it is the zone's choice", async () => {
    // received 33 days ago: 12 days left, on time with the default 10 days, due soon with the zone's 14
    const awaiting = [activity({ kader: 'Ops', status: 'Schriftelijk gemeld', receivedAt: new Date(Date.now() - 33 * 86400000).toISOString() })];
    const withDefaults = render(<RegistersApp repo={fakeRegisters({ me: LUC, awaitingAdvice: awaiting })} route={{ view: 'registers' }} />);
    await screen.findByRole('heading', { level: 3, name: 'Nevenactiviteiten' }, { timeout: 5000 });
    expect(screen.queryByText('Herinnering: adviezen over nevenactiviteiten')).toBeNull();
    withDefaults.unmount();

    render(<RegistersApp repo={fakeRegisters({ me: LUC, awaitingAdvice: awaiting })} route={{ view: 'registers' }} settings={ZONE} />);
    const notice = (await screen.findByText('Herinnering: adviezen over nevenactiviteiten', undefined, { timeout: 5000 })).closest('.fui-MessageBar') as HTMLElement;
    expect(notice.textContent).toMatch(/1 advies vervalt binnen 14 dagen, 0 termijnen zijn verstreken\./);
    expect(within(notice).getByRole('button', { name: 'keuze van de zone' })).toBeTruthy();
  });
});
