/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AppRoot } from '../../src/app/AppRoot';
import type { LogEntry, Logger } from '../../src/data/logging';
import type { PolicyRepository } from '../../src/data/policy/PolicyRepository';
import { fakeServices, sharePointHost } from '../support/hosts';
import { viewLink } from '../support/viewNav';

function recordingLog(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  return { entries, log: (entry) => entries.push(entry) };
}

/** A policy repository whose home answers with something the view cannot render (a bug, not a SharePoint error). */
function brokenPolicy(calls: { count: number }): PolicyRepository {
  return new Proxy({} as PolicyRepository, {
    get: (_target, method) =>
      method === 'loadHome'
        ? async () => {
            calls.count++;
            return null;
          }
        : undefined,
  });
}

describe('the error boundary of each view', () => {
  let consoleError: jest.SpyInstance;
  // React logs every caught render error to the console in development; the test reads the app's own log instead
  beforeEach(() => (consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined)));
  afterEach(() => consoleError.mockRestore());

  it('shows a render error of one view in Dutch with a retry, logs it, and keeps the other views working', async () => {
    const log = recordingLog();
    const calls = { count: 0 };
    render(<AppRoot host={sharePointHost()} services={fakeServices({ policy: brokenPolicy(calls), log })} />);

    const alert = await screen.findByText(/Dit onderdeel kon niet getoond worden door een fout in de app\. Je gegevens zijn niet verloren\./);
    expect(alert).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Integriteit CARMA' })).toBeTruthy();
    const logged = log.entries.filter((e) => e.level === 'error');
    expect(logged.map((e) => e.source)).toEqual(['view:beleid']);
    expect(logged[0].error).toBeInstanceOf(Error);

    // retry renders the view anew (and loads again)
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    await waitFor(() => expect(calls.count).toBe(2));
    await screen.findByText(/Dit onderdeel kon niet getoond worden/);

    // another view starts without the failed view's error
    fireEvent.click(viewLink('Klachten'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Klachten' })).toBeTruthy();
    expect(screen.queryByText(/Dit onderdeel kon niet getoond worden/)).toBeNull();
  });

  it('says it in French for a French-speaking user', async () => {
    render(<AppRoot host={sharePointHost({ locale: 'fr-BE' })} services={fakeServices({ policy: brokenPolicy({ count: 0 }) })} />);
    expect(await screen.findByText(/Cette partie n'a pas pu être affichée/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });

  it('logs a failed load as a warning while the view shows it with a retry', async () => {
    const log = recordingLog();
    render(<AppRoot host={sharePointHost()} services={fakeServices({ log })} />);
    await screen.findByRole('button', { name: 'Opnieuw proberen' });
    expect(log.entries.some((e) => e.level === 'warning' && e.source === 'load')).toBe(true);
    expect(log.entries.some((e) => e.level === 'error')).toBe(false);
  });
});
