import type { Theme } from '@fluentui/react-components';
import type { app } from '@microsoft/teams-js';
import type { HostContext, HostUser } from '../src/app/host';
import { carmaLightTheme, teamsTheme } from '../src/app/theme';
import { isViewKey, type ViewKey } from '../src/app/views';
import { tabLocale, type DetectedHost } from './hostDetect';

/** The view a tab opens: `?view=` of the tab URL, else the Teams entity id of a static tab. */
export function initialViewOf(search: string, context?: app.Context): ViewKey | undefined {
  const fromUrl = new URLSearchParams(search).get('view');
  if (isViewKey(fromUrl)) return fromUrl;
  const entityId = context?.page.id;
  return isViewKey(entityId) ? entityId : undefined;
}

/** The tab's theme: the Teams theme inside Teams, the zone's light theme otherwise. */
export function tabTheme(detected: DetectedHost): Theme {
  return detected.kind === 'teams' ? teamsTheme(detected.context.app.theme) : carmaLightTheme;
}

/** Builds the host context of the tab from what teams-js reported (or the browser, when standalone). */
export function hostFromTab(detected: DetectedHost, siteUrl: string, user: HostUser, search: string): HostContext {
  const teams = detected.kind === 'teams' ? detected.context : undefined;
  return {
    kind: teams ? 'teams' : 'local',
    locale: tabLocale(detected),
    theme: tabTheme(detected),
    siteUrl,
    user,
    instanceId: 'tab',
    initialView: initialViewOf(search, teams),
    deepLink: teams?.page.subPageId || new URLSearchParams(search).get('item') || undefined,
    // standalone the tab keeps its route in its address (`?view=…&item=…`); in Teams the route travels in deep links
    ownsUrl: !teams,
  };
}
