import { within } from '@testing-library/react';
import { routeFromSearch } from '../../src/app/navigation';
import { VIEW_NAV_NAME } from './viewNavName';

/** The frame's bar of views (its navigation landmark, named in the user's language) in a container, the page by default. */
export function viewNav(container: HTMLElement = document.body, name: string | RegExp = VIEW_NAV_NAME) {
  return within(within(container).getByRole('navigation', { name }));
}

/** The link of a view in the frame's bar. */
export function viewLink(name: string, container?: HTMLElement): HTMLElement {
  return viewNav(container).getByRole('link', { name });
}

/** The views the bar offers, in its order, read from its links' addresses. */
export function offeredViewKeys(container?: HTMLElement): (string | undefined)[] {
  return viewNav(container)
    .getAllByRole('link')
    .map((link) => routeFromSearch((link.getAttribute('href') ?? '').replace(/^[^?]*/, ''))?.view);
}

/** The names of the links the bar marks as the current page (one, the view shown). */
export function currentViews(container?: HTMLElement): string[] {
  return viewNav(container)
    .getAllByRole('link')
    .filter((link) => link.getAttribute('aria-current') === 'page')
    .map((link) => link.textContent ?? '');
}
