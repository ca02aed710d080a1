import { request } from 'node:https';
import type { BrowserContext, Frame, Page } from 'playwright-core';

/** A Teams theme name as teams-js reports it. */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

/** What the fake host tells the tab (the legacy flat context teams-js maps to `app.Context`). */
export interface FakeTeamsContext {
  locale: string;
  theme: TeamsThemeName;
  entityId: string;
  subEntityId?: string;
  loginHint: string;
  userPrincipalName: string;
  tid: string;
  teamName?: string;
  channelName?: string;
}

/** The context of a channel tab for a signed-in user, in Dutch and the light theme unless overridden. */
export function fakeTeamsContext(login: string, overrides: Partial<FakeTeamsContext> = {}): FakeTeamsContext {
  return {
    locale: 'nl-be',
    theme: 'default',
    entityId: 'beleid',
    loginHint: login,
    userPrincipalName: login,
    tid: '7f3c1b9a-0000-4000-8000-00000000ca11',
    teamName: 'Interventie',
    channelName: 'Q&W',
    ...overrides,
  };
}

/** What the host's Nested App Authentication broker answers (msal-browser's bridge protocol, naa/*.d.ts). */
export interface FakeNaaBroker {
  /** `token` of a `NestedAppAuthResponse`: access_token, expires_in, id_token, scope… */
  token: Record<string, unknown>;
  /** `account` of a `NestedAppAuthResponse`: homeAccountId, environment, tenantId, username, localAccountId, name. */
  account: Record<string, unknown>;
  /** Other tokens by the scope the tab asks for (`tokenParams.scope`), e.g. a Graph token for `…/TeamsActivity.Send`. */
  tokensByScope?: Record<string, Record<string, unknown>>;
  /**
   * When set, the broker gets each access token from this OpenID Connect provider's token endpoint (the test
   * provider's broker grant, tests/browser/oidc/provider.ts) for the scope and client id the tab asked for, as Teams
   * asks Entra ID; `token.id_token` and `account` still come from above.
   */
  issuer?: { tokenUrl: string; grantType: string; loginHint: string };
}

/** Options of the fake host page. */
export interface FakeTeamsHostOptions {
  /** The page Teams frames (the tab, or the configuration page). */
  tabUrl: string;
  /** `content` for a tab, `settings` for a configuration page. */
  frameContext: 'content' | 'settings';
  context: FakeTeamsContext;
  /** When set, the host offers Nested App Authentication and its broker signs the user in silently with this answer. */
  naa?: FakeNaaBroker;
}

/** One message the tab sent to its host (`data` carries a Nested App Authentication request). */
export interface HostMessage {
  func: string;
  args: unknown[];
  data?: unknown;
}

/** A running fake host: the page, the tab's frame, and ways to act as Teams would. */
export interface FakeTeamsHost {
  page: Page;
  tab: Frame;
  /** Requests the tab sent (teams-js `func` names with their arguments). */
  messages(): Promise<HostMessage[]>;
  /** Pushes a theme change, as Teams does when the user switches theme. */
  pushTheme(theme: TeamsThemeName): Promise<void>;
  /** Presses Teams' "Save" on a configuration page; resolves with what the page stored and how it answered. */
  save(): Promise<{ settings: unknown; result: string }>;
}

/** Where the fake host page is served: on the app's own origin (teams-js trusts same-origin hosts). */
export const FAKE_HOST_PATH = '/_test/teams-host.html';

/**
 * The name Teams gives the frame of a tab's page; SPFx tells by it that SharePoint runs inside Teams
 * (`_BrowserUtilities.isTeamsHosted()` in @microsoft/sp-core-library).
 */
export const TEAMS_TAB_FRAME_NAME = 'embedded-page-container';

// The Teams look around the tab, per theme (app bar, rail, page background), so screenshots show the tab as users see it.
const CHROME: Record<TeamsThemeName, { bar: string; rail: string; page: string; text: string }> = {
  default: { bar: '#ebebeb', rail: '#ebebeb', page: '#f5f5f5', text: '#242424' },
  dark: { bar: '#0a0a0a', rail: '#0a0a0a', page: '#1f1f1f', text: '#ffffff' },
  contrast: { bar: '#000000', rail: '#000000', page: '#000000', text: '#ffff00' },
};

/**
 * The host side of the teams-js postMessage protocol (teams-tab.md §1): answers `initialize`, `getContext`,
 * `settings.setSettings`, records every request, and lets the test push `themeChange` and `settings.save`.
 * It runs inside the host page, so it must not use anything from this module's scope.
 */
function runFakeHost(options: FakeTeamsHostOptions): void {
  type Message = { id?: number; uuidAsString?: string; func?: string; args?: unknown[]; data?: unknown };
  const frame = document.getElementById('tab') as HTMLIFrameElement;
  const log: Array<{ func: string; args: unknown[]; data?: unknown }> = [];
  let settings: unknown;
  let saveResult: ((result: string) => void) | undefined;
  const runtimeConfig = {
    apiVersion: 4,
    supports: {
      app: {},
      appInitialization: {},
      pages: { config: {}, tabs: {}, backStack: {} },
      teamsCore: {},
      dialog: { url: {} },
      ...(options.naa ? { nestedAppAuth: {} } : {}),
    },
  };
  const toTab = (message: Message): void => frame.contentWindow!.postMessage(message, '*');
  const reply = (request: Message, args: unknown[]): void => toTab({ id: request.id, uuidAsString: request.uuidAsString, args });
  // The broker: teams-js relays msal-browser's bridge requests as `nestedAppAuth.execute` with the request as JSON in
  // `data`; the answer goes back as the second argument of a plain message.
  const answerNaa = async (data: unknown): Promise<void> => {
    const request = JSON.parse(String(data)) as { requestId: string; method: string; tokenParams?: { scope?: string; clientId?: string } };
    const base = { messageType: 'NestedAppAuthResponse', requestId: request.requestId };
    // the broker hands out the token for the scope asked for: each scope its own token, as Entra ID issues them
    const scope = (request.tokenParams?.scope || '').split(' ').filter((s) => !['openid', 'profile', 'offline_access'].includes(s)).join(' ');
    let token = (options.naa!.tokensByScope || {})[scope] || options.naa!.token;
    const issuer = options.naa!.issuer;
    if (issuer && request.method !== 'GetInitContext') {
      const form = new URLSearchParams({ grant_type: issuer.grantType, client_id: request.tokenParams?.clientId || '', login_hint: issuer.loginHint, scope });
      // the host's own channel to the identity provider (Teams' broker is not a web page): the test process posts it
      const post = (window as unknown as { fakeBrokerPost: (url: string, form: string) => Promise<string> }).fakeBrokerPost;
      const issued = JSON.parse(await post(issuer.tokenUrl, form.toString())) as { access_token?: string; expires_in?: number; error?: string };
      if (!issued.access_token) throw new Error(`the provider refused the broker: ${issued.error}`);
      token = { ...options.naa!.token, access_token: issued.access_token, expires_in: issued.expires_in, scope };
    }
    const response =
      request.method === 'GetInitContext'
        ? { ...base, success: true, initContext: { sdkName: 'fake-teams-host', sdkVersion: '1.0.0', capabilities: { queryAccount: false } } }
        : { ...base, success: true, token, account: options.naa!.account };
    toTab({ args: [undefined, JSON.stringify(response)] });
  };
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== frame.contentWindow) return;
    const request = event.data as Message;
    if (!request || typeof request.func !== 'string') return;
    log.push({ func: request.func, args: request.args || [], data: request.data });
    switch (request.func) {
      case 'initialize':
        // Current hosts send the SDK version third and the runtime config fourth (teams-js reads the NAA support there).
        reply(request, [options.frameContext, 'web', '2.0.0', JSON.stringify(runtimeConfig)]);
        break;
      case 'getContext':
        reply(request, [{ ...options.context, frameContext: options.frameContext, hostClientType: 'web', hostName: 'Teams' }]);
        break;
      case 'settings.setSettings':
        settings = (request.args || [])[0];
        reply(request, [true]);
        break;
      case 'nestedAppAuth.execute':
        if (options.naa) void answerNaa(request.data);
        break;
      case 'settings.save.success':
        saveResult?.('success');
        break;
      case 'settings.save.failure':
        saveResult?.(`failure: ${String((request.args || [])[0])}`);
        break;
      default:
        break;
    }
  });
  const host = {
    log,
    pushTheme(theme: string) {
      document.body.dataset.theme = theme;
      toTab({ func: 'themeChange', args: [theme] });
    },
    save(): Promise<{ settings: unknown; result: string }> {
      return new Promise((resolve) => {
        saveResult = (result) => resolve({ settings, result });
        toTab({ func: 'settings.save', args: [{}] });
      });
    },
  };
  (window as unknown as { fakeTeamsHost: typeof host }).fakeTeamsHost = host;
  frame.src = options.tabUrl;
}

/** The host page: a Teams-like frame (app bar, app rail, tab header) around an iframe for the tab. */
function hostPage(options: FakeTeamsHostOptions): string {
  const css = (Object.keys(CHROME) as TeamsThemeName[])
    .map((t) => `body[data-theme=${t}]{background:${CHROME[t].page};color:${CHROME[t].text}} body[data-theme=${t}] header,body[data-theme=${t}] nav{background:${CHROME[t].bar};color:${CHROME[t].text}}`)
    .join('\n');
  return `<!doctype html>
<html lang="${options.context.locale}">
<head><meta charset="utf-8"><title>Microsoft Teams (test host)</title>
<style>
html,body{margin:0;height:100%;font-family:'Segoe UI',sans-serif}
body{display:grid;grid-template-rows:48px 40px 1fr;grid-template-columns:68px 1fr;height:100vh}
header{grid-column:1/3;display:flex;align-items:center;padding:0 16px;font-size:14px}
nav{grid-row:2/4;}
.tabbar{display:flex;align-items:center;padding:0 16px;font-weight:600;font-size:16px}
main{position:relative}
iframe{border:0;position:absolute;inset:0;width:100%;height:100%}
${css}
</style></head>
<body data-theme="${options.context.theme}">
<header>Microsoft Teams</header>
<nav aria-label="Apps"></nav>
<div class="tabbar">Integriteit CARMA</div>
<main><iframe id="tab" name="${TEAMS_TAB_FRAME_NAME}" title="Integriteit CARMA"></iframe></main>
<script>(${runFakeHost.toString()})(${JSON.stringify(options)});</script>
</body></html>`;
}

/** POSTs a form to the local provider over https (its self-signed certificate is the test's own) and returns the body. */
function postForm(url: string, form: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', rejectUnauthorized: false, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(form);
  });
}

/** Opens the tab inside the fake Teams host in a browser context (signed in or not) and waits for the tab's frame. */
export async function openInFakeTeamsHost(context: BrowserContext, origin: string, options: FakeTeamsHostOptions): Promise<FakeTeamsHost> {
  const hostUrl = `${origin}${FAKE_HOST_PATH}`;
  // The broker's requests to the identity provider leave from the host itself (Teams' native broker), not from a page.
  if (options.naa?.issuer) await context.exposeBinding('fakeBrokerPost', (_source, url: string, form: string) => postForm(url, form));
  await context.route(hostUrl, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostPage(options) }));
  const page = await context.newPage();
  await page.goto(hostUrl);
  // the tab's frame once it navigates (a SharePoint-hosted tab then redirects from TeamsLogon.aspx to its page)
  let tab: Frame | undefined;
  for (let i = 0; i < 100 && !tab; i++) {
    tab = page.frames().find((f) => f.name() === TEAMS_TAB_FRAME_NAME && f.url() !== 'about:blank');
    if (!tab) await page.waitForTimeout(50);
  }
  if (!tab) throw new Error(`the tab frame ${options.tabUrl} did not load`);
  return {
    page,
    tab,
    messages: () => page.evaluate(() => (window as unknown as { fakeTeamsHost: { log: HostMessage[] } }).fakeTeamsHost.log.slice()),
    pushTheme: (theme) => page.evaluate((t) => (window as unknown as { fakeTeamsHost: { pushTheme(t: string): void } }).fakeTeamsHost.pushTheme(t), theme),
    save: () => page.evaluate(() => (window as unknown as { fakeTeamsHost: { save(): Promise<{ settings: unknown; result: string }> } }).fakeTeamsHost.save()),
  };
}
