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
import { VIEW_KEYS, isViewKey, viewLabel } from '../src/app/views';
import { createSP } from '../src/data/pnp';
import { resolveLocale, stringsFor } from '../src/loc';

/** Web part properties set in the property pane. */
export interface IIntegriteitCarmaWebPartProps {
  /** The part to open first. */
  view: string;
  /** The site that holds the lists, when not the current site. */
  siteUrl: string;
}

/** The SharePoint host: composes PnPjs from the SPFx context, builds the host context and mounts the shared app. */
export default class IntegriteitCarmaWebPart extends BaseClientSideWebPart<IIntegriteitCarmaWebPartProps> {
  private themeVariant: IReadonlyTheme | undefined;

  public render(): void {
    const siteUrl = this.properties.siteUrl || this.context.pageContext.web.absoluteUrl;
    const host: HostContext = {
      kind: 'sharepoint',
      locale: resolveLocale(this.context.pageContext.cultureInfo.currentUICultureName),
      theme: sharePointTheme(this.themeVariant?.palette, Boolean(this.themeVariant?.isInverted)),
      siteUrl,
      user: {
        loginName: this.context.pageContext.user.loginName,
        displayName: this.context.pageContext.user.displayName,
        email: this.context.pageContext.user.email,
      },
      instanceId: this.context.instanceId,
      initialView: isViewKey(this.properties.view) ? this.properties.view : undefined,
    };
    const services = { sp: createSP(siteUrl, SPFx(this.context)) };
    ReactDom.render(React.createElement(AppRoot, { host, services }), this.domElement);
  }

  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this.themeVariant = theme;
    if (this.renderedOnce) this.render();
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const labels = stringsFor(resolveLocale(this.context.pageContext.cultureInfo.currentUICultureName));
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
                }),
              ],
            },
          ],
        },
      ],
    };
  }
}
