import { VIEW_KEYS, viewLabel, type ViewKey } from '../src/app/views';
import type { Strings } from '../src/loc';
import type { TabStrings } from './strings';

/** What {@link renderConfigPage} shows. */
export interface ConfigPageOptions {
  strings: TabStrings['configPage'];
  appStrings: Strings;
  /** The view picked first (the tab's current view when its configuration is edited). */
  initialView: ViewKey;
  /** False outside Teams: the page then only explains where it belongs. */
  inTeams: boolean;
  onSelect: (view: ViewKey) => void;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/**
 * The configuration page of the channel tab: which part of Integriteit CARMA the tab opens. Plain HTML (native radio
 * buttons in a labelled radio group), styled by config.html, so Teams' "add a tab" dialog opens at once: the page
 * loads neither React nor Fluent nor the app.
 */
export function renderConfigPage(root: HTMLElement, options: ConfigPageOptions): void {
  const { strings, appStrings } = options;
  const main = element('main', { class: 'config' }, element('h1', {}, strings.title));
  if (options.inTeams) {
    const group = element('div', { role: 'radiogroup', 'aria-labelledby': 'config-view-label', class: 'views' });
    for (const key of VIEW_KEYS) {
      const input = element('input', { type: 'radio', name: 'view', id: `config-view-${key}`, value: key });
      input.checked = key === options.initialView;
      input.addEventListener('change', () => {
        if (input.checked) options.onSelect(key);
      });
      group.append(element('div', { class: 'view' }, input, element('label', { for: input.id }, viewLabel(appStrings, key))));
    }
    main.append(element('p', {}, strings.intro), element('p', { id: 'config-view-label', class: 'label' }, strings.viewLabel), group);
  } else {
    main.append(element('p', { role: 'note', class: 'notice' }, strings.outsideTeams));
  }
  root.replaceChildren(main);
}
