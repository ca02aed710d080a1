import type { ProposalActivity } from '../../domain/proposal/activity';

/** Microsoft Graph in production; the local SharePoint serves a stand-in of the activity feed on its own origin. */
export const GRAPH_BASE_URL = 'https://graph.microsoft.com';

/** How the app reaches Microsoft Graph for Teams activity-feed notifications; each host composes one. */
export interface GraphAccess {
  /** `https://graph.microsoft.com` in production, the local SharePoint's origin locally. */
  baseUrl: string;
  /** Sends a request to Graph with the host's credentials (a bearer token in production, the session cookie locally). */
  fetch(url: string, init: RequestInit): Promise<Response>;
  /** The link that opens the app's tab on an item: a Teams deep link with `subEntityId`, or the local tab's URL. */
  tabLink(subEntityId: string): string;
}

/** One Teams activity-feed notification as Graph's `sendActivityNotification` takes it. */
export interface ActivityNotification {
  activityType: ProposalActivity;
  /** What Teams shows under the template text (at most 150 characters are shown). */
  previewText: string;
  /** The values of the template's placeholders other than `{actor}`. */
  templateParameters: Record<string, string>;
  /** Where the notification leads (a link into the tab). */
  webUrl: string;
  /** The topic's title in the feed. */
  topic: string;
}

/** The entity id of the proposals tab in the Teams manifest (`staticTabs`). */
export const PROPOSALS_TAB = 'voorstellen';

/**
 * The Teams app's manifest id (manifest/manifest.json `id`). Deep links name the app by its id in the tenant's catalog:
 * for an app uploaded in the Teams admin center that is the org-catalog id, not this one (the tab reads it from
 * config.json `teamsAppId`, docs/deployment.md); this id is only the fallback.
 */
export const TEAMS_APP_ID = '8b5d2c71-4e0a-4f6b-9c3d-7a1e2f4b6c80';

/** The delegated scope the activity feed needs; the token must be issued to the Entra app in the Teams manifest's `webApplicationInfo`. */
export const TEAMS_ACTIVITY_SCOPE = `${GRAPH_BASE_URL}/TeamsActivity.Send`;

/** A Teams deep link into a static tab of the app with a sub-entity (`subEntityId`, read back as `page.subPageId`). */
export function teamsDeepLink(teamsAppId: string, entityId: string, subEntityId: string): string {
  return `https://teams.microsoft.com/l/entity/${teamsAppId}/${entityId}?context=${encodeURIComponent(JSON.stringify({ subEntityId }))}`;
}

/** Graph access for the local SharePoint: its Graph stand-in on the same origin, with the persona's session cookie. */
export function localGraph(origin: string): GraphAccess {
  return {
    baseUrl: origin,
    fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin' }),
    tabLink: (subEntityId) => `${origin}/teams/?item=${encodeURIComponent(subEntityId)}`,
  };
}

/**
 * Graph access with a bearer token (the hosted tab's Graph token through Nested App Authentication); deep links name
 * the app by `teamsAppId` (its org-catalog id). `baseUrl` is Microsoft Graph except in the local sign-in test.
 */
export function microsoftGraph(getToken: () => Promise<string>, teamsAppId: string = TEAMS_APP_ID, baseUrl: string = GRAPH_BASE_URL): GraphAccess {
  return {
    baseUrl: baseUrl.replace(/\/$/, ''),
    fetch: async (url, init) => {
      const token = await getToken();
      return fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` } });
    },
    tabLink: (subEntityId) => teamsDeepLink(teamsAppId, PROPOSALS_TAB, subEntityId),
  };
}

/** Teams shows only the first 150 characters of a preview. */
const PREVIEW_MAX = 150;

/**
 * Sends one activity-feed notification to a user (by user principal name) through Graph `sendActivityNotification`;
 * throws on any answer but 204/202 so the caller can count it as not delivered.
 */
export async function sendActivityNotification(graph: GraphAccess, recipient: string, notification: ActivityNotification): Promise<void> {
  const preview = notification.previewText.length > PREVIEW_MAX ? `${notification.previewText.slice(0, PREVIEW_MAX - 1)}…` : notification.previewText;
  const response = await graph.fetch(`${graph.baseUrl}/v1.0/users/${encodeURIComponent(recipient)}/teamwork/sendActivityNotification`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({
      topic: { source: 'text', value: notification.topic, webUrl: notification.webUrl },
      activityType: notification.activityType,
      previewText: { content: preview },
      templateParameters: Object.keys(notification.templateParameters).map((name) => ({ name, value: notification.templateParameters[name] })),
    }),
  });
  if (response.status !== 204 && response.status !== 202) {
    // the status rides along so a passing failure (429, 5xx) is kept for a retry, a refusal is not
    throw Object.assign(new Error(`Graph sendActivityNotification answered ${response.status}`), { status: response.status });
  }
}
