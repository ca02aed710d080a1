/**
 * Replaces the page's content with a start-up failure message, in Dutch: the app could not load its strings yet. Its
 * own small module, so a page that only needs this (the Teams configuration page) does not load the whole app.
 */
export function showStartupError(root: HTMLElement, error: unknown): void {
  root.innerHTML = '';
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.style.padding = '16px';
  p.textContent = `Integriteit CARMA kon niet starten: ${error instanceof Error ? error.message : String(error)}`;
  root.appendChild(p);
}
