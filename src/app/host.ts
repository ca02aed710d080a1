import type { Theme } from '@fluentui/react-components';
import type { Locale } from '../loc';
import type { ViewKey } from './views';

/** Where the app runs: a SharePoint page (SPFx), a Teams tab, or the local SharePoint for development. */
export type HostKind = 'sharepoint' | 'teams' | 'local';

/** The signed-in user as the host knows them. */
export interface HostUser {
  loginName: string;
  displayName: string;
  email?: string;
}

/** Everything the shared app needs to know about its host; each host shell builds one. */
export interface HostContext {
  kind: HostKind;
  locale: Locale;
  theme: Theme;
  /** Absolute URL of the SharePoint site that holds the lists. */
  siteUrl: string;
  user: HostUser;
  /** Unique per mounted instance, so several web parts on one page never share element ids. */
  instanceId: string;
  /** The view to open first (web part setting, tab configuration or deep link). */
  initialView?: ViewKey;
  /** A deep link into one item, e.g. `voorstel/12` (Teams `subEntityId`, which teams-js v2 calls `page.subPageId`). */
  deepLink?: string;
  /**
   * Whether this instance keeps its route in the page's address (`?view=…&item=…`, Back and Forward, reload): one
   * instance per page (the first web part, the standalone tab); the others navigate in memory.
   */
  ownsUrl?: boolean;
}
