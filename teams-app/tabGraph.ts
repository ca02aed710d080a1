import { localGraph, microsoftGraph, TEAMS_ACTIVITY_SCOPE, TEAMS_APP_ID, type GraphAccess } from '../src/data/notifications/graph';
import type { TabAuth } from './auth';
import type { TabConfig } from './config';

/**
 * How the hosted tab reaches Microsoft Graph for activity-feed notifications. Signed in with MSAL, it asks for a
 * second token, `https://graph.microsoft.com/TeamsActivity.Send`, from the same Entra app (in Teams through Nested App
 * Authentication): Graph accepts the notification because that app is the one the Teams manifest names in
 * `webApplicationInfo`. Deep links name the app by its org-catalog id (`teamsAppId`). On the local SharePoint (no
 * MSAL) the Graph stand-in on the tab's own origin takes the persona's session cookie.
 */
export function tabGraph(config: TabConfig, auth: TabAuth, origin: string = window.location.origin): GraphAccess | undefined {
  const teamsAppId = (config.teamsAppId || '').trim() || TEAMS_APP_ID;
  const tokenFor = auth.tokenFor;
  if (tokenFor) return microsoftGraph(() => tokenFor([TEAMS_ACTIVITY_SCOPE]), teamsAppId, config.graphUrl || undefined);
  return new URL(config.siteUrl).origin === origin ? localGraph(origin) : undefined;
}
