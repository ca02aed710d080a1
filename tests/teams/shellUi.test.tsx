/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { teamsDarkTheme, teamsLightTheme } from '@fluentui/react-components';
import { createShellUi } from '../../teams-app/shellUi';

function mountRoot(): HTMLElement {
  document.body.innerHTML = '<div id="root"><p data-loading>Integriteit CARMA wordt geladen…</p></div>';
  return document.getElementById('root')!;
}

describe('the tab shell UI', () => {
  it('shows a Dutch "Aanmelden" prompt whose click runs the sign-in, then goes away', async () => {
    const root = mountRoot();
    const shell = createShellUi(root, 'nl-BE', teamsLightTheme);
    let clicked = 0;
    let finish: (token: string) => void = () => undefined;
    const token = shell.gate.request('https://pzcarma.sharepoint.com', () => {
      clicked += 1;
      return new Promise<string>((resolve) => (finish = resolve));
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Aanmelden bij SharePoint' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Aanmelden bij SharePoint' })).toBeTruthy();
    expect(clicked).toBe(0);
    const loading = root.querySelector<HTMLElement>('[data-loading]')!;
    expect(loading.hidden).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect(clicked).toBe(1);
    expect(screen.getByText('Bezig met aanmelden…')).toBeTruthy();
    await act(async () => finish('t'));
    await expect(token).resolves.toBe('t');
    expect(screen.queryByRole('button', { name: 'Aanmelden' })).toBeNull();
    // The app's own root was left alone and its loading line is back until the app replaces it.
    expect(root.textContent).toBe('Integriteit CARMA wordt geladen…');
    expect(loading.hidden).toBe(false);
  });

  it('says in French that the window was closed and offers the button again', async () => {
    const shell = createShellUi(mountRoot(), 'fr-BE', teamsDarkTheme);
    let attempts = 0;
    void shell.gate.request('k', () => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(Object.assign(new Error('closed'), { errorCode: 'user_cancelled' })) : new Promise<never>(() => undefined);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('La fenêtre de connexion a été fermée. Cliquez sur Se connecter pour réessayer.'));
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(attempts).toBe(2);
  });

  it('replaces the app area with a notice in the user language', () => {
    const root = mountRoot();
    const shell = createShellUi(root, 'en-US', teamsLightTheme);
    act(() => shell.showNotice(root, 'Integrity CARMA is not set up yet', 'Please contact the IT department.'));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Integrity CARMA is not set up yet');
    expect(alert.textContent).toContain('Please contact the IT department.');
    expect(root.textContent).not.toContain('wordt geladen');
  });
});
