/**
 * The local SharePoint page's layout: sections with a theme, each holding web part instances with their persisted
 * properties, as a modern page stores them. Shared by the server (which writes the page) and the page application
 * (which loads the web parts); the page's query string sets the first web part's properties.
 */

/** A web part's persisted properties. */
export type WebPartProperties = Record<string, string>;

/** A modern page's section backgrounds: neutral (white), soft (a light tint) and strong (dark, inverted; the zone's blue as accent). */
export type SectionTheme = 'neutral' | 'soft' | 'strong';

/** One web part on the page. */
export interface PageWebPart {
  instanceId: string;
  manifestId: string;
  title: string;
  properties: WebPartProperties;
}

/** One section of the page. */
export interface PageSection {
  theme: SectionTheme;
  label: string;
  webParts: PageWebPart[];
}

/** What the server writes into the page as `window.__localPage`. */
export interface LocalPage {
  canvasId: string;
  sections: PageSection[];
  /**
   * The page is SharePoint's Teams tab page (`_layouts/15/teamshostedapp.aspx`): its web parts load through SPFx's
   * Teams-aware web part host, which gives them `context.sdks.microsoftTeams` when Teams frames the page.
   */
  teamsHosted?: boolean;
}

/** What the page exposes as `window.localPage` for development and tests (the property pane's UI cannot open offline). */
export interface LocalPageApi {
  instances(): { instanceId: string; section: number; properties: WebPartProperties }[];
  /** Sets web part properties through SPFx's own property path (the web part manager's setWebPartData). */
  setProperties(instanceId: string, properties: WebPartProperties): Promise<void>;
  /** Changes a section's theme; its web parts get `onThemeChanged` from their ThemeProvider. */
  setSectionTheme(section: number, theme: SectionTheme): void;
}

/** The web part module's export that holds its Graph seam (a ServiceKey; spfx-webpart/graphSeam.ts). */
export const GRAPH_SEAM_EXPORT = 'graphAccessServiceKey';

/** Ids of the web part instances on the local pages (GUIDs, as SharePoint gives them). */
export const INSTANCE_IDS = ['6a3f1c52-0d4e-4b7a-9c21-5e8f7a9b0c11', '9b2e4d61-7c3a-4f58-8e19-2d6c4b7a5f22'];

/** The pages the local site serves: `?page=` picks one, the home page by default. */
export function pageLayout(name: string | null, manifestId: string, title: string): PageSection[] {
  const part = (index: number, view: string): PageWebPart => ({ instanceId: INSTANCE_IDS[index], manifestId, title, properties: { view, siteUrl: '' } });
  if (name === 'secties') {
    return [
      { theme: 'neutral', label: 'Beleid', webParts: [part(0, 'beleid')] },
      { theme: 'strong', label: 'Integriteitsplan', webParts: [part(1, 'plan')] },
    ];
  }
  return [{ theme: 'neutral', label: 'Integriteit', webParts: [part(0, 'beleid')] }];
}

/** The path of the page SharePoint shows a web part on as a Teams tab (the Teams manifest's `dest`), under a site. */
export const TEAMS_HOSTED_PAGE = '/_layouts/15/teamshostedapp.aspx';

/**
 * The Teams tab page's layout: the web part the query's `componentId` names, alone, with the properties of its
 * manifest's first preconfigured entry (what a newly added web part gets); undefined when the page hosts no such web part.
 */
export function teamsHostedLayout(query: URLSearchParams, manifest: { id: string; preconfiguredEntries?: unknown }, title: string): PageSection[] | undefined {
  const componentId = (query.get('componentId') ?? '').replace(/[{}]/g, '').toLowerCase();
  if (componentId !== manifest.id.toLowerCase()) return undefined;
  const entries = Array.isArray(manifest.preconfiguredEntries) ? (manifest.preconfiguredEntries as { properties?: WebPartProperties }[]) : [];
  const properties = { ...(entries[0]?.properties ?? {}) };
  return [{ theme: 'neutral', label: title, webParts: [{ instanceId: INSTANCE_IDS[0], manifestId: manifest.id, title, properties }] }];
}

/** Applies the page's query string to the first web part's properties (`?view=plan`), as the property pane would. */
export function withQueryProperties(sections: PageSection[], query: URLSearchParams): PageSection[] {
  const first = sections[0]?.webParts[0];
  if (!first) return sections;
  const properties = { ...first.properties };
  for (const key of Object.keys(properties)) {
    const value = query.get(key);
    if (value !== null) properties[key] = value;
  }
  return sections.map((section, i) => (i === 0 ? { ...section, webParts: section.webParts.map((p, j) => (j === 0 ? { ...p, properties } : p)) } : section));
}

/** SharePoint's section themes as the ThemeProvider hands them to web parts (`IReadonlyTheme`). */
export const SECTION_PALETTES: Record<SectionTheme, { palette: Record<string, string>; semanticColors: Record<string, string>; isInverted: boolean }> = {
  neutral: {
    isInverted: false,
    palette: { themePrimary: '#1f4e8c', themeDark: '#183d6d', themeLighterAlt: '#f3f6fb', white: '#ffffff', neutralPrimary: '#323130', neutralLighter: '#f3f2f1' },
    semanticColors: { bodyBackground: '#ffffff', bodyText: '#323130' },
  },
  soft: {
    isInverted: false,
    palette: { themePrimary: '#1f4e8c', themeDark: '#183d6d', themeLighterAlt: '#f3f6fb', white: '#f3f6fb', neutralPrimary: '#323130', neutralLighter: '#e8edf5' },
    semanticColors: { bodyBackground: '#f3f6fb', bodyText: '#323130' },
  },
  strong: {
    isInverted: true,
    palette: { themePrimary: '#1f4e8c', themeDark: '#183d6d', themeLighterAlt: '#0d1f38', white: '#201f1e', neutralPrimary: '#ffffff', neutralLighter: '#2b2a29' },
    semanticColors: { bodyBackground: '#201f1e', bodyText: '#ffffff' },
  },
};
