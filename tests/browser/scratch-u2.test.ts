import type { RunningApp } from '../../devserver/app';
import { closeBrowser, openAs, saveScreenshot, startTestApp } from './support';
let app: RunningApp;
beforeAll(async () => { app = await startTestApp({ now: new Date('2026-11-25T09:00:00Z') }); }, 300_000);
afterAll(async () => { await closeBrowser(); await app?.close(); });
it('probe', async () => {
  const lotte = await openAs(app, 'lotte.wouters@pzcarma.be', '/teams/?view=voorstellen&item=nieuw');
  lotte.on('console', (m) => console.log('CONSOLE', m.type(), m.text().slice(0, 300)));
  lotte.on('response', (r) => { if (r.status() >= 400) console.log('HTTP', r.status(), r.url().slice(0, 200)); });
  await lotte.getByRole('heading', { level: 2, name: 'Nieuw verbetervoorstel' }).waitFor();
  await lotte.getByRole('textbox', { name: /^Titel/ }).fill('Test');
  await lotte.getByRole('textbox', { name: /^Het probleem vandaag/ }).fill('p');
  await lotte.getByRole('textbox', { name: /^Het voorstel/ }).fill('i');
  await lotte.getByRole('combobox', { name: /^Onderwerp/ }).selectOption('Aankoop of investering');
  await lotte.getByRole('button', { name: 'Voorstel indienen' }).click();
  await lotte.waitForTimeout(5000);
  await saveScreenshot(lotte, 'scratch-after-submit');
  console.log('TEXT', (await lotte.locator('main').innerText()).slice(0, 1500));
}, 120000);
