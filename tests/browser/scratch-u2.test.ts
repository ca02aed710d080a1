import AxeBuilder from '@axe-core/playwright';
import type { RunningApp } from '../../devserver/app';
import { closeBrowser, openAs, startTestApp } from './support';
let app: RunningApp;
beforeAll(async () => { app = await startTestApp({ now: new Date('2026-11-25T09:00:00Z') }); }, 300_000);
afterAll(async () => { await closeBrowser(); await app?.close(); });
it('probe', async () => {
  for (const [login, path, heading] of [['lotte.wouters@pzcarma.be', '/teams/?view=voorstellen', 'Voorstellen van Interventie'], ['jonas.maes@pzcarma.be', app.sitePath, 'Ons integriteitsbeleid']] as const) {
    const page = await openAs(app, login, path);
    await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('[data-tabster-dummy]').analyze();
    console.log(login, JSON.stringify(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.html.slice(0, 150)) })), null, 1));
  }
}, 120000);
