import { teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { app } from '@microsoft/teams-js';
import type { HostContext, HostUser } from '../src/app/host';
import { carmaLightTheme } from '../src/app/theme';
import { isViewKey, type ViewKey } from '../src/app/views';
import { tabLocale, type DetectedHost } from './hostDetect';

/** The view a tab opens: `?view=` of the tab URL, else the Teams entity id of a static tab. */
export function initialViewOf(search: string, context?: app.Context): ViewKey | undefined {
  const fromUrl = new URLSearchParams(search).get('view');
  if (isViewKey(fromUrl)) return fromUrl;
  const entityId = context?.page.id;
  return isViewKey(entityId) ? entityId : undefined;
}

/**
 * The Fluent theme for a Teams theme name: Teams' light theme at once (it is in the tab's first load), the dark and the
 * high-contrast one from their own chunk (their tokens load only for a user who sees them, or when Teams switches).
 */
export function loadTeamsTheme(name: string | undefined): Promise<Theme> {
  if (name !== 'dark' && name !== 'contrast') return Promise.resolve(teamsLightTheme);
  return import('../src/app/teamsTheme').then((m) => m.teamsTheme(name));
}

/** The tab's theme: the Teams theme inside Teams, the zone's light theme otherwise. */
export function tabTheme(detected: DetectedHost): Promise<Theme> {
  return detected.kind === 'teams' ? loadTeamsTheme(detected.context.app.theme) : Promise.resolve(carmaLightTheme);
}

/** Builds the host context of the tab from what teams-js reported (or the browser, when standalone), in its theme ({@link tabTheme}). */
export function hostFromTab(detected: DetectedHost, theme: Theme, siteUrl: string, user: HostUser, search: string): HostContext {
  const teams = detected.kind === 'teams' ? detected.context : undefined;
  return {
    kind: teams ? 'teams' : 'local',
    locale: tabLocale(detected),
    theme,
    siteUrl,
    user,
    instanceId: 'tab',
    initialView: initialViewOf(search, teams),
    deepLink: teams?.page.subPageId || new URLSearchParams(search).get('item') || undefined,
    // standalone the tab keeps its route in its address (`?view=…&item=…`); in Teams the route travels in deep links
    ownsUrl: !teams,
  };
}
