import type { pages } from '@microsoft/teams-js';
import { isViewKey, viewLabel, type ViewKey } from '../src/app/views';
import { format, type Strings } from '../src/loc';
import type { TabStrings } from './strings';

/** The view a new channel tab opens when nobody picks another: teams propose improvements from their channel. */
export const DEFAULT_CHANNEL_VIEW: ViewKey = 'voorstellen';

/** The view a channel tab already shows (its entity id) when its configuration is edited, else the default. */
export function configuredView(entityId: string | undefined): ViewKey {
  return isViewKey(entityId) ? entityId : DEFAULT_CHANNEL_VIEW;
}

/** What the configuration page saves for a view: the tab URL `?view=<view>` beside the configuration page. */
export function tabInstanceConfig(view: ViewKey, configPageUrl: string, strings: TabStrings['configPage'], appStrings: Strings): pages.InstanceConfig {
  const contentUrl = new URL(`./?view=${view}`, configPageUrl).toString();
  return {
    entityId: view,
    contentUrl,
    websiteUrl: contentUrl,
    suggestedDisplayName: format(strings.tabName, { view: viewLabel(appStrings, view) }),
  };
}
