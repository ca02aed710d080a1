import type { app } from '@microsoft/teams-js';
import type { HostContext, HostUser } from '../src/app/host';
import { carmaLightTheme, teamsTheme } from '../src/app/theme';
import { isViewKey, type ViewKey } from '../src/app/views';
import { resolveLocale } from '../src/loc';
import type { DetectedHost } from './hostDetect';

/** The view a tab opens: `?view=` of the tab URL, else the Teams entity id of a static tab. */
export function initialViewOf(search: string, context?: app.Context): ViewKey | undefined {
  const fromUrl = new URLSearchParams(search).get('view');
  if (isViewKey(fromUrl)) return fromUrl;
  const entityId = context?.page.id;
  return isViewKey(entityId) ? entityId : undefined;
}

/** Builds the host context of the tab from what teams-js reported (or the browser, when standalone). */
export function hostFromTab(detected: DetectedHost, siteUrl: string, user: HostUser, search: string): HostContext {
  const teams = detected.kind === 'teams' ? detected.context : undefined;
  return {
    kind: teams ? 'teams' : 'local',
    locale: resolveLocale(teams ? teams.app.locale : navigator.language),
    theme: teams ? teamsTheme(teams.app.theme) : carmaLightTheme,
    siteUrl,
    user,
    instanceId: 'tab',
    initialView: initialViewOf(search, teams),
    deepLink: teams?.page.subPageId || new URLSearchParams(search).get('item') || undefined,
  };
}
