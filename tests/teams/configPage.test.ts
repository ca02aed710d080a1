/** @jest-environment jsdom */
import { getByRole, queryByRole, getByText } from '@testing-library/react';
import { stringsFor } from '../../src/loc';
import { renderConfigPage } from '../../teams-app/configPage';
import { tabStringsFor } from '../../teams-app/strings';
import { configuredView, DEFAULT_CHANNEL_VIEW, tabInstanceConfig } from '../../teams-app/tabConfiguration';

describe('channel tab configuration', () => {
  it('saves the tab URL of the picked view beside the configuration page, with a localised name', () => {
    const config = tabInstanceConfig('registers', 'https://integriteit.pzcarma.be/teams/config.html', tabStringsFor('nl-BE').configPage, stringsFor('nl-BE'));
    expect(config).toEqual({
      entityId: 'registers',
      contentUrl: 'https://integriteit.pzcarma.be/teams/?view=registers',
      websiteUrl: 'https://integriteit.pzcarma.be/teams/?view=registers',
      suggestedDisplayName: 'Integriteit – Registers',
    });
    const french = tabInstanceConfig('voorstellen', 'https://h/teams/config.html', tabStringsFor('fr-BE').configPage, stringsFor('fr-BE'));
    expect(french.suggestedDisplayName).toBe("Intégrité – Propositions d'amélioration");
  });

  it('starts from the view of an existing tab, else from the proposals', () => {
    expect(configuredView('klachten')).toBe('klachten');
    expect(configuredView(undefined)).toBe(DEFAULT_CHANNEL_VIEW);
    expect(configuredView('onbekend')).toBe('voorstellen');
  });

  it('lets the user pick a view from a labelled radio group', () => {
    const picked: string[] = [];
    const root = document.body.appendChild(document.createElement('div'));
    renderConfigPage(root, { strings: tabStringsFor('nl-BE').configPage, appStrings: stringsFor('nl-BE'), initialView: 'voorstellen', inTeams: true, onSelect: (v) => picked.push(v) });
    expect(getByRole(root, 'heading', { level: 1, name: 'Integriteit CARMA toevoegen aan dit kanaal' })).toBeTruthy();
    expect(getByRole(root, 'radiogroup', { name: 'Onderdeel dat het tabblad opent' })).toBeTruthy();
    expect((getByRole(root, 'radio', { name: 'Verbetervoorstellen' }) as HTMLInputElement).checked).toBe(true);
    getByRole(root, 'radio', { name: 'Klachten' }).click();
    expect(picked).toEqual(['klachten']);
    expect((getByRole(root, 'radio', { name: 'Klachten' }) as HTMLInputElement).checked).toBe(true);
    expect((getByRole(root, 'radio', { name: 'Verbetervoorstellen' }) as HTMLInputElement).checked).toBe(false);
    root.remove();
  });

  it('explains outside Teams that the page belongs in Teams', () => {
    const root = document.body.appendChild(document.createElement('div'));
    renderConfigPage(root, { strings: tabStringsFor('en-US').configPage, appStrings: stringsFor('en-US'), initialView: 'voorstellen', inTeams: false, onSelect: () => undefined });
    expect(getByText(root, 'This page sets up a Teams tab and only works inside Microsoft Teams.')).toBeTruthy();
    expect(queryByRole(root, 'radiogroup')).toBeNull();
    root.remove();
  });
});
