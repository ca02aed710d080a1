/** @jest-environment jsdom */
import { act, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { teamsTheme } from '../../src/app/teamsTheme';
import { sharePointTheme } from '../../src/app/theme';
import { currentViews } from '../support/viewNav';

// The SPFx runtime only exists inside SharePoint Online: the base class and the property-pane helpers are stood in for
// with the few members the web part uses (STYLE.md: jest.mock only for what cannot be injected).
jest.mock('@microsoft/sp-webpart-base', () => ({
  BaseClientSideWebPart: class {
    public context: unknown;
    public domElement: HTMLElement = document.createElement('div');
    public properties: unknown;
    protected async onInit(): Promise<void> {
      return undefined;
    }
  },
}));
jest.mock('@microsoft/sp-core-library', () => ({
  Version: { parse: (v: string) => v },
  // SharePoint's service scope hands out a service's default (no page-provided Graph on SharePoint)
  ServiceKey: { createCustom: (_name: string, create: () => unknown) => ({ create }) },
}));
jest.mock('@microsoft/sp-property-pane', () => ({
  PropertyPaneDropdown: (targetProperty: string, properties: unknown) => ({ type: 'Dropdown', targetProperty, properties }),
  PropertyPaneTextField: (targetProperty: string, properties: unknown) => ({ type: 'TextField', targetProperty, properties }),
}));
// The property-pane strings are the web part's AMD language file, read as SharePoint would for a Dutch page.
jest.mock(
  'IntegriteitCarmaWebPartStrings',
  () => {
    const source = readFileSync(path.resolve(__dirname, '../../spfx-webpart/loc/nl-nl.js'), 'utf8');
    let strings: unknown;
    new Function('define', source)((_deps: unknown, factory: () => unknown) => (strings = factory()));
    return strings;
  },
  { virtual: true },
);

import IntegriteitCarmaWebPart from '../../spfx-webpart/IntegriteitCarmaWebPart';

const SITE = 'https://pzcarma.sharepoint.com/sites/integriteit';
const palette = { themePrimary: '#0078d4', themeDark: '#005a9e' };

/** A fake SPFx context: the page, the user, the culture and (when hosted in Teams) the Teams SDK. */
function context(instanceId: string, teamsJs?: unknown) {
  return {
    instanceId,
    pageContext: {
      web: { absoluteUrl: SITE },
      user: { loginName: 'i:0#.f|membership|jonas.maes@pzcarma.be', displayName: 'Jonas Maes', email: 'jonas.maes@pzcarma.be' },
      cultureInfo: { currentUICultureName: 'nl-NL' },
      legacyPageContext: {},
    },
    sdks: teamsJs ? { microsoftTeams: { teamsJs } } : {},
    serviceScope: { consume: (key: { create: () => unknown }) => key.create() },
    // the web part must never ask SPFx for an Entra token (a Graph token would belong to SharePoint's principal)
    aadTokenProviderFactory: { getTokenProvider: () => ((tokenRequests += 1), Promise.reject(new Error('no Entra token from the web part'))) },
    msGraphClientFactory: { getClient: () => ((tokenRequests += 1), Promise.reject(new Error('no Graph client from the web part'))) },
  };
}

let tokenRequests = 0;

/** The members of the web part the tests drive (the SPFx base class is a stand-in). */
type Part = {
  context: ReturnType<typeof context>;
  render(): void;
  domElement: HTMLElement;
  properties: { view: string; siteUrl: string };
  onInit(): Promise<void>;
  onThemeChanged(theme: unknown): void;
  getPropertyPaneConfiguration(): any;
};

async function mount(
  instanceId: string,
  properties = { view: 'beleid', siteUrl: '' },
  teamsJs?: unknown,
  WebPart: typeof IntegriteitCarmaWebPart = IntegriteitCarmaWebPart,
): Promise<Part> {
  const part = new WebPart() as unknown as Part;
  part.context = context(instanceId, teamsJs);
  part.properties = properties;
  document.body.appendChild(part.domElement);
  await part.onInit();
  act(() => part.render());
  return part;
}

/** The value a CSS variable of the theme gets on the Fluent provider of a web part. */
function providerVariable(part: Part, name: string): string | undefined {
  const provider = part.domElement.querySelector('.fui-FluentProvider')!;
  const classes = Array.from(provider.classList);
  const css = Array.from(document.querySelectorAll('style'))
    .flatMap((style) => Array.from((style as HTMLStyleElement).sheet?.cssRules ?? []).map((rule) => rule.cssText))
    .filter((text) => classes.some((c) => text.startsWith(`.${c} `) || text.startsWith(`.${c}{`)));
  for (const text of css) {
    const match = new RegExp(`--${name}:\\s*([^;]+);`).exec(text);
    if (match) return match[1].trim();
  }
  return undefined;
}

beforeAll(() => {
  // Views may start loading data; there is no SharePoint here.
  (globalThis as { fetch?: unknown }).fetch = () => Promise.reject(new Error('offline'));
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the SharePoint web part', () => {
  it('renders two instances on one page without clashing element ids, even from separately loaded bundles', async () => {
    // Each web part bundle on a page carries its own Fluent id counter (both start at 0): a second copy of the module
    // stands for a second bundle, so only the per-instance id prefix keeps the ids apart.
    let SecondBundle: typeof IntegriteitCarmaWebPart = IntegriteitCarmaWebPart;
    jest.isolateModules(() => {
      // reason: jest.isolateModules loads a fresh copy only through a synchronous require.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      SecondBundle = require('../../spfx-webpart/IntegriteitCarmaWebPart').default;
    });
    expect(SecondBundle).not.toBe(IntegriteitCarmaWebPart);
    const first = await mount('5d1c0b0e-0001');
    const second = await mount('5d1c0b0e-0002', { view: 'voorstellen', siteUrl: '' }, undefined, SecondBundle);
    const ids = Array.from(document.querySelectorAll('[id]')).map((el) => el.id);
    // at least the provider's and a spinner's in each, from the same counter value in both bundles
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ids).size).toBe(ids.length);
    // Each instance's bar marks its own view, and its main region is named after it.
    expect(currentViews(first.domElement)).toEqual(['Beleid']);
    expect(within(first.domElement).getByRole('main', { name: 'Beleid' })).toBeTruthy();
    expect(currentViews(second.domElement)).toEqual(['Verbetervoorstellen']);
    expect(within(second.domElement).getByRole('main', { name: 'Verbetervoorstellen' })).toBeTruthy();
  });

  it('takes the section theme and renders dark in an inverted section', async () => {
    const part = await mount('wp-theme');
    expect(providerVariable(part, 'colorNeutralBackground1')).toBe(sharePointTheme(undefined, false).colorNeutralBackground1);
    part.onThemeChanged({ palette, isInverted: true });
    act(() => part.render());
    const dark = sharePointTheme(palette, true);
    expect(providerVariable(part, 'colorNeutralBackground1')).toBe(dark.colorNeutralBackground1);
    expect(providerVariable(part, 'colorBrandBackground')).toBe(dark.colorBrandBackground);
  });

  it('follows Teams theme changes and the deep link when SharePoint runs it as a Teams tab', async () => {
    let onTheme: (theme: string) => void = () => undefined;
    const teamsJs = {
      app: {
        getContext: async () => ({ app: { theme: 'dark' }, page: { id: 'x', subPageId: 'voorstellen:voorstel/12' } }),
        registerOnThemeChangeHandler: (handler: (theme: string) => void) => (onTheme = handler),
      },
    };
    const part = await mount('wp-teams', { view: 'beleid', siteUrl: '' }, teamsJs);
    expect(providerVariable(part, 'colorNeutralBackground1')).toBe(teamsTheme('dark').colorNeutralBackground1);
    expect(currentViews(part.domElement)).toEqual(['Verbetervoorstellen']);
    act(() => onTheme('contrast'));
    expect(providerVariable(part, 'colorNeutralBackground1')).toBe(teamsTheme('contrast').colorNeutralBackground1);
  });

  it('as a personal tab of its SharePoint-hosted Teams app opens the view of the tab, and asks for no Graph token', async () => {
    const teamsJs = {
      app: {
        getContext: async () => ({ app: { theme: 'default' }, page: { id: 'registers', subPageId: '' } }),
        registerOnThemeChangeHandler: () => undefined,
      },
    };
    tokenRequests = 0;
    const part = await mount('wp-teams-personal', { view: 'beleid', siteUrl: '' }, teamsJs);
    expect(currentViews(part.domElement)).toEqual(['Registers']);
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(tokenRequests).toBe(0);
  });

  it('offers the views in the property pane and checks the lists site before using it', async () => {
    const part = await mount('wp-pane');
    const fields = part.getPropertyPaneConfiguration().pages[0].groups[0].groupFields;
    const view = fields.find((f: any) => f.targetProperty === 'view');
    expect(view.properties.label).toBe('Onderdeel om te tonen');
    expect(view.properties.options.map((o: any) => o.text)).toEqual(['Beleid', 'Integriteitsplan', 'Verbetervoorstellen', 'Registers', 'Klachten', 'Integriteitsmelding', 'Weerspannigheid', 'Opleidingen', 'Dashboard', 'Verslagen & nieuwsbrief']);
    const site = fields.find((f: any) => f.targetProperty === 'siteUrl').properties;
    expect(site.label).toBe('Site met de lijsten');
    expect(site.onGetErrorMessage('')).toBe('');
    expect(site.onGetErrorMessage('https://pzcarma.sharepoint.com/sites/beleid')).toBe('');
    expect(site.onGetErrorMessage('/sites/beleid')).toBe('Geef een volledig adres op dat begint met https://.');
    expect(site.onGetErrorMessage('http://pzcarma.sharepoint.com/sites/beleid')).toBe('Het adres moet met https:// beginnen.');
    expect(site.onGetErrorMessage('https://contoso.sharepoint.com/sites/x')).toBe(
      'De site moet op dezelfde SharePoint-omgeving staan als deze pagina (pzcarma.sharepoint.com).',
    );
  });
});
