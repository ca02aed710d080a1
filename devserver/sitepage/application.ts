/**
 * The local SharePoint page's stand-in for SharePoint's page application (`@microsoft/sp-application-base`, not on
 * npm). SPFx's loader (`spModuleLoader.start`) loads it as the page's client-side application and calls
 * `new _Navigator(serviceScope).navigateToApplication(preloadedData)`; it then does what a modern page does before
 * its web parts load: it initialises the root scope's PageContext from the page's `_spPageContextInfo`, gives each
 * section a ThemeProvider with the section's theme, and has SharePoint's own web part manager load each web part
 * instance from its manifest (the one the `.sppkg` carries) with its persisted properties. On the Teams tab page
 * (`teamshostedapp.aspx`) it loads them through SPFx's Teams-aware web part host (`_TeamsAwareWebPartHost`), as
 * SharePoint does for a Teams tab: framed by Teams, SPFx initialises its teams-js and hands the web part
 * `context.sdks.microsoftTeams`.
 *
 * Built by tools/build-web.ts into an AMD module (dist/local/local-page-application.js) whose dependencies are the
 * framework libraries below; it uses SPFx's internal APIs (`_MinimalWebPartHost`, `_ClientSideWebPartManagerFactory`,
 * `SharePointPageContextDataProvider._createPageContextData`, `ThemeProvider._setTheme`), checked in {@link required}
 * so that an SPFx upgrade that changes them fails with an error naming what changed.
 */
import { localGraph } from '../../src/data/notifications/graph';
import { GRAPH_SEAM_EXPORT, SECTION_PALETTES, type LocalPage, type LocalPageApi, type SectionTheme, type WebPartProperties } from './page';

/* eslint-disable @typescript-eslint/no-explicit-any -- SPFx's internal APIs have no published types */
type Any = any;

/** The framework libraries the AMD wrapper passes in (see tools/build-web.ts). */
export interface FrameworkModules {
  core: Any;
  pageContext: Any;
  componentBase: Any;
  webPartBase: Any;
  loader: Any;
}

/** The member of a framework module the page relies on, or an error naming the module and member. */
function required(module: Any, moduleName: string, member: string): Any {
  const value = module?.[member];
  if (value === undefined) throw new Error(`SPFx runtime changed: ${moduleName} no longer exports ${member} (the local page relies on it; see devserver/sitepage/).`);
  return value;
}

/** A web part instance on the page. */
interface Instance {
  instanceId: string;
  section: number;
  manifest: Any;
  domElement: HTMLElement;
  webPartData: { id: string; instanceId: string; title: string; dataVersion: string; properties: WebPartProperties };
  scope: Any;
}

/** The page application module: `_Navigator` as SharePoint's page application exports it. */
export function createApplication(fx: FrameworkModules): { _Navigator: new (scope: Any) => { navigateToApplication(preloadedData: Any): Promise<void> } } {
  const ServiceScope = required(fx.core, '@microsoft/sp-core-library', 'ServiceScope');
  const DisplayMode = required(fx.core, '@microsoft/sp-core-library', 'DisplayMode');
  const PageContext = required(fx.pageContext, '@microsoft/sp-page-context', 'PageContext');
  const DataProvider = required(fx.pageContext, '@microsoft/sp-page-context', 'SharePointPageContextDataProvider');
  const ThemeProvider = required(fx.componentBase, '@microsoft/sp-component-base', 'ThemeProvider');
  const MinimalHost = required(fx.webPartBase, '@microsoft/sp-webpart-base', '_MinimalWebPartHost');
  const ManagerFactory = required(fx.webPartBase, '@microsoft/sp-webpart-base', '_ClientSideWebPartManagerFactory');
  const SPComponentLoader = required(fx.loader, '@microsoft/sp-loader', 'SPComponentLoader');
  if (typeof DataProvider._createPageContextData !== 'function') throw new Error('SPFx runtime changed: SharePointPageContextDataProvider._createPageContextData is gone.');
  if (typeof ThemeProvider.prototype._setTheme !== 'function') throw new Error('SPFx runtime changed: ThemeProvider._setTheme is gone.');

  class Navigator {
    constructor(private readonly rootScope: Any) {}

    async navigateToApplication(preloadedData: Any): Promise<void> {
      const info = preloadedData.spPageContextInfo;
      const page = (window as unknown as { __localPage: LocalPage }).__localPage;
      const rootScope = this.rootScope ?? ServiceScope.startNewRoot();
      await new Promise<void>((resolve) => rootScope.whenFinished(resolve));
      rootScope.consume(PageContext.serviceKey).initialize(DataProvider._createPageContextData(info), info);

      const manifests: Any[] = preloadedData.manifests;
      const instances: Instance[] = [];
      const themes: Any[] = [];
      const canvas = document.getElementById(page.canvasId);
      if (!canvas) throw new Error(`The page has no #${page.canvasId}.`);
      // SharePoint's Teams tab page loads its web parts through the Teams-aware host: framed by Teams, it initialises
      // SPFx's own teams-js and gives each web part `context.sdks.microsoftTeams`.
      const Host = page.teamsHosted ? required(fx.webPartBase, '@microsoft/sp-webpart-base', '_TeamsAwareWebPartHost') : MinimalHost;
      const host = new Host(rootScope);
      const manager = ManagerFactory.create(host);
      const graphSeams = new Map<string, Any>();

      const loads = page.sections.map(async (section, sectionIndex) => {
        const sectionElement = document.createElement('section');
        sectionElement.className = `section section-${section.theme}`;
        sectionElement.dataset.sectionTheme = section.theme;
        sectionElement.setAttribute('aria-label', section.label);
        canvas.appendChild(sectionElement);
        const scope = rootScope.startNewChild();
        const themeProvider = scope.createAndProvide(ThemeProvider.serviceKey, ThemeProvider);
        themeProvider._setTheme(SECTION_PALETTES[section.theme]);
        themes[sectionIndex] = themeProvider;
        // The web part's Graph seam: fill it with the local Graph stand-in (the runtime's token provider cannot get tokens offline).
        const seams = await Promise.all(
          section.webParts.map(async (part) => {
            const manifest = manifests.find((m) => m.id === part.manifestId);
            if (!manifest) throw new Error(`No manifest ${part.manifestId} on the page.`);
            if (!graphSeams.has(manifest.id)) graphSeams.set(manifest.id, await SPComponentLoader.loadComponent(manifest));
            return { part, manifest, module: graphSeams.get(manifest.id) };
          }),
        );
        for (const { module } of seams) {
          const key = module?.[GRAPH_SEAM_EXPORT];
          if (key) scope.provide(key, { graph: localGraph(window.location.origin) });
        }
        scope.finish();
        for (const { part, manifest } of seams) {
          const domElement = document.createElement('div');
          domElement.className = 'webpart';
          domElement.dataset.instanceId = part.instanceId;
          sectionElement.appendChild(domElement);
          const instance: Instance = {
            instanceId: part.instanceId,
            section: sectionIndex,
            manifest,
            domElement,
            scope,
            webPartData: { id: manifest.id, instanceId: part.instanceId, title: part.title, dataVersion: '1.0', properties: { ...part.properties } },
          };
          instances.push(instance);
          await manager.loadWebPart(managerContext(instance));
        }
      });

      const managerContext = (instance: Instance): Any => ({
        domElement: instance.domElement,
        instanceId: instance.instanceId,
        manifest: instance.manifest,
        displayMode: DisplayMode.Read,
        webPartData: instance.webPartData,
        addedFromPersistedData: true,
        serviceScope: instance.scope,
      });

      const api: LocalPageApi = {
        instances: () => instances.map((i) => ({ instanceId: i.instanceId, section: i.section, properties: { ...i.webPartData.properties } })),
        // SPFx's own property path: the manager hands the new data to the web part, which deserialises and renders it.
        setProperties: async (instanceId, properties) => {
          const instance = instances.find((i) => i.instanceId === instanceId);
          if (!instance) throw new Error(`No web part ${instanceId} on the page.`);
          instance.webPartData = { ...instance.webPartData, properties: { ...instance.webPartData.properties, ...properties } };
          await manager.setWebPartData(managerContext(instance), instanceId);
        },
        setSectionTheme: (section, theme: SectionTheme) => {
          const provider = themes[section];
          if (!provider) throw new Error(`No section ${section} on the page.`);
          const element = canvas.children[section] as HTMLElement;
          element.className = `section section-${theme}`;
          element.dataset.sectionTheme = theme;
          provider._setTheme(SECTION_PALETTES[theme]);
        },
      };
      (window as unknown as { localPage: LocalPageApi }).localPage = api;
      await Promise.all(loads);
      document.documentElement.dataset.spfxBooted = 'true';
    }
  }

  return { _Navigator: Navigator };
}
