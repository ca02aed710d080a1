import { ServiceKey } from '@microsoft/sp-core-library';
import type { GraphAccess } from '../src/data/notifications/graph';

/** What a host page can put in the web part's service scope for Microsoft Graph. */
export interface GraphSeam {
  /** Graph access the page provides; absent on SharePoint, where the web part asks SPFx's AAD token provider. */
  graph?: GraphAccess;
}

/**
 * The web part's Graph seam: a service in SPFx's service scope. SharePoint leaves it empty (the web part then reaches
 * Microsoft Graph with tokens from `aadTokenProviderFactory`); the local SharePoint page, whose runtime cannot get
 * tokens offline, provides its Graph stand-in here. Exported by the web part module so a page can find the key.
 */
export const graphAccessServiceKey: ServiceKey<GraphSeam> = ServiceKey.createCustom<GraphSeam>('IntegriteitCarma.GraphAccess', () => ({}));
