/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { stringsFor } from '../../src/loc';
import { ConfigPage } from '../../teams-app/ConfigPage';
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
    render(
      <FluentProvider theme={teamsLightTheme}>
        <ConfigPage strings={tabStringsFor('nl-BE').configPage} appStrings={stringsFor('nl-BE')} initialView="voorstellen" inTeams onSelect={(v) => picked.push(v)} />
      </FluentProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Integriteit CARMA toevoegen aan dit kanaal' })).toBeTruthy();
    const group = screen.getByRole('radiogroup', { name: 'Onderdeel dat het tabblad opent' });
    expect(group).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Verbetervoorstellen' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Klachten' }));
    expect(picked).toEqual(['klachten']);
    expect((screen.getByRole('radio', { name: 'Klachten' }) as HTMLInputElement).checked).toBe(true);
  });

  it('explains outside Teams that the page belongs in Teams', () => {
    render(
      <FluentProvider theme={teamsLightTheme}>
        <ConfigPage strings={tabStringsFor('en-US').configPage} appStrings={stringsFor('en-US')} initialView="voorstellen" inTeams={false} onSelect={() => undefined} />
      </FluentProvider>,
    );
    expect(screen.getByText('This page sets up a Teams tab and only works inside Microsoft Teams.')).toBeTruthy();
    expect(screen.queryByRole('radiogroup')).toBeNull();
  });
});
