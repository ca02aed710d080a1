import * as React from 'react';
import * as ReactDom from 'react-dom';
import { FluentProvider, IdPrefixProvider, type Theme } from '@fluentui/react-components';
import type { Locale } from '../src/loc';
import { createSignInGate, type SignInGate, type SignInPromptState } from './signInGate';
import { SignInPrompt } from './SignInPrompt';
import { tabStringsFor } from './strings';
import { TabNotice } from './TabNotice';

/** The tab shell's own UI beside the app: the sign-in prompt and start-up notices, in the host's theme and language. */
export interface ShellUi {
  /** Token requests that need the user go through this gate (it shows and hides the prompt). */
  gate: SignInGate;
  /** Follows a live theme change of the host. */
  setTheme(theme: Theme): void;
  /** Replaces the app area with a notice (the app cannot start). */
  showNotice(root: HTMLElement, title: string, body: string): void;
}

/** Creates the shell UI; the sign-in prompt gets its own element before the app's root so it can show at any time. */
export function createShellUi(root: HTMLElement, locale: Locale, initialTheme: Theme): ShellUi {
  const strings = tabStringsFor(locale);
  const promptArea = document.createElement('div');
  root.parentNode?.insertBefore(promptArea, root);
  let theme = initialTheme;
  let prompt: SignInPromptState | undefined;
  let notice: { root: HTMLElement; title: string; body: string } | undefined;

  const frame = (children: React.ReactNode): React.ReactElement => (
    <IdPrefixProvider value="carma-shell-">
      <FluentProvider theme={theme} lang={locale} dir="ltr">
        {children}
      </FluentProvider>
    </IdPrefixProvider>
  );
  const render = (): void => {
    // The page's static "loading" line would only confuse under the prompt (the app replaces it once it mounts).
    const loading = root.querySelector<HTMLElement>('[data-loading]');
    if (loading) loading.hidden = Boolean(prompt);
    if (prompt) ReactDom.render(frame(<SignInPrompt state={prompt} strings={strings.signIn} />), promptArea);
    else ReactDom.unmountComponentAtNode(promptArea);
    if (notice) ReactDom.render(frame(<TabNotice title={notice.title} body={notice.body} />), notice.root);
  };

  return {
    gate: createSignInGate((state) => {
      prompt = state;
      render();
    }),
    setTheme(next) {
      theme = next;
      render();
    },
    showNotice(target, title, body) {
      target.innerHTML = '';
      notice = { root: target, title, body };
      render();
    },
  };
}
