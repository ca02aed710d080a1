import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneDropdown, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { SPFx } from '@pnp/sp';
import * as strings from 'IntegriteitCarmaWebPartStrings';
import { AppRoot } from '../src/app/AppRoot';
import type { HostContext } from '../src/app/host';
import { sharePointTheme } from '../src/app/theme';
import { teamsTheme } from '../src/app/teamsTheme';
import { VIEW_KEYS, isViewKey, viewLabel } from '../src/app/views';
import { consoleLogger } from '../src/data/logging';
import { createSP } from '../src/data/pnp';
import { createServices, type Services } from '../src/data/services';
import { format, loadStrings, resolveLocale, stringsFor } from '../src/loc';
import { graphAccessServiceKey, type GraphSeam } from './graphSeam';
import { pageDeepLink } from './pageDeepLink';
import { BUILT_SITE_URL } from './builtSiteUrl';
import { listsSiteUrl, siteUrlProblem } from './siteUrlSetting';

export { graphAccessServiceKey } from './graphSeam';

/** Web part properties set in the property pane. */
export interface IIntegriteitCarmaWebPartProps {
  /** The part to open first. */
  view: string;
  /** The site that holds the lists, when not the current site. */
  siteUrl: string;
}

/** What the web part learns from Teams when SharePoint hosts it as a Teams tab. */
interface TeamsState {
  theme: string;
  deepLink?: string;
  /** The entity id of the tab Teams opened (a personal tab of the SharePoint-hosted Teams app names a view). */
  entityId?: string;
}

/** The site user id the page context carries (`_spPageContextInfo.userId`), when it does. */
function pageUserId(legacy: unknown): number | undefined {
  const id = legacy && typeof legacy === 'object' ? (legacy as { userId?: unknown }).userId : undefined;
  return typeof id === 'number' && id > 0 ? id : undefined;
}

/** The instance that keeps its route in the page's address: the first web part on the page (the bundle is loaded once per page). */
let urlOwner: string | undefined;

/** The SharePoint host: composes PnPjs from the SPFx context, builds the host context and mounts the shared app. */
export default class IntegriteitCarmaWebPart extends BaseClientSideWebPart<IIntegriteitCarmaWebPartProps> {
  private themeVariant: IReadonlyTheme | undefined;
  private teams: TeamsState | undefined;
  private services: { siteUrl: string; services: Services } | undefined;
  private graphSeam: GraphSeam = {};

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.graphSeam = this.context.serviceScope.consume(graphAccessServiceKey);
    // As a Teams tab SharePoint has already initialised teams-js: follow Teams' theme and deep link instead of the page's.
    const teamsSdk = this.context.sdks.microsoftTeams;
    if (teamsSdk) {
      const context = await teamsSdk.teamsJs.app.getContext();
      this.teams = { theme: context.app.theme, deepLink: context.page.subPageId || undefined, entityId: context.page.id || undefined };
      teamsSdk.teamsJs.app.registerOnThemeChangeHandler((theme: string) => {
        this.teams = { ...this.teams, theme };
        this.render();
      });
    }
    // the user's language (its own chunk), before the first render
    await loadStrings(resolveLocale(this.context.pageContext.cultureInfo.currentUICultureName));
  }

  public render(): void {
    const currentSiteUrl = this.context.pageContext.web.absoluteUrl;
    const siteUrl = listsSiteUrl(this.properties.siteUrl, currentSiteUrl, BUILT_SITE_URL);
    if (!this.services || this.services.siteUrl !== siteUrl) {
      const locale = resolveLocale(this.context.pageContext.cultureInfo.currentUICultureName);
      const sp = createSP(siteUrl, SPFx(this.context));
      const services = createServices({
        sp,
        siteUrl,
        // No Microsoft Graph from the web part: its Graph token would be issued to SharePoint's extensibility principal,
        // not to the Entra app a Teams manifest names, and Graph refuses activity notifications from it. The in-app
        // notifications (Meldingen) carry every event (docs/deployment.md). Only a host page's seam provides Graph.
        graph: this.graphSeam.graph,
        // the page context knows the user's site user id (of this site; another site collection numbers its users
        // itself): the bell's read joins the view's first round trip
        userId: siteUrl === currentSiteUrl ? pageUserId(this.context.pageContext.legacyPageContext) : undefined,
        login: this.context.pageContext.user.loginName,
        userName: this.context.pageContext.user.displayName,
        topic: stringsFor(locale).app.title,
        log: consoleLogger,
      });
      this.services = { siteUrl, services };
    }
    const ownsUrl = !this.teams && this.ownsUrl();
    const host: HostContext = {
      kind: this.teams ? 'teams' : 'sharepoint',
      locale: resolveLocale(this.context.pageContext.cultureInfo.currentUICultureName),
      theme: this.teams ? teamsTheme(this.teams.theme) : sharePointTheme(this.themeVariant?.palette, Boolean(this.themeVariant?.isInverted)),
      siteUrl,
      user: {
        loginName: this.context.pageContext.user.loginName,
        displayName: this.context.pageContext.user.displayName,
        email: this.context.pageContext.user.email,
      },
      instanceId: this.context.instanceId,
      initialView: isViewKey(this.teams?.entityId) ? this.teams.entityId : isViewKey(this.properties.view) ? this.properties.view : undefined,
      // the page's address belongs to one instance; as a Teams tab the route travels in Teams' deep links (subEntityId)
      deepLink: this.teams ? this.teams.deepLink : ownsUrl ? pageDeepLink(window.location.search) : undefined,
      ownsUrl,
    };
    ReactDom.render(React.createElement(AppRoot, { host, services: this.services.services }), this.domElement);
  }

  /** Keeps the section's theme variant; SPFx renders again itself after a change. */
  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this.themeVariant = theme;
  }

  /** Whether this instance owns the page's address: the first one rendered claims it and keeps it until disposed. */
  private ownsUrl(): boolean {
    if (urlOwner === undefined) urlOwner = this.context.instanceId;
    return urlOwner === this.context.instanceId;
  }

  protected onDispose(): void {
    if (urlOwner === this.context.instanceId) urlOwner = undefined;
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const labels = stringsFor(resolveLocale(this.context.pageContext.cultureInfo.currentUICultureName));
    const currentSiteUrl = this.context.pageContext.web.absoluteUrl;
    const messages = {
      notAbsolute: strings.SiteUrlNotAbsolute,
      notHttps: strings.SiteUrlNotHttps,
      otherTenant: format(strings.SiteUrlOtherTenant, { host: new URL(currentSiteUrl).host }),
    };
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.SettingsGroupName,
              groupFields: [
                PropertyPaneDropdown('view', {
                  label: strings.ViewFieldLabel,
                  options: VIEW_KEYS.map((key) => ({ key, text: viewLabel(labels, key) })),
                }),
                PropertyPaneTextField('siteUrl', {
                  label: strings.SiteUrlFieldLabel,
                  description: strings.SiteUrlFieldDescription,
                  placeholder: currentSiteUrl,
                  validateOnFocusOut: true,
                  onGetErrorMessage: (value: string) => {
                    const problem = siteUrlProblem(value, currentSiteUrl);
                    return problem ? messages[problem] : '';
                  },
                }),
              ],
            },
          ],
        },
      ],
    };
  }
}
