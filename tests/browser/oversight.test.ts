/**
 * Tamper evidence as the korpsleiding sees it: a status set outside the flow with a REST client (the diensthoofd
 * holds the turn, so SharePoint lets him write, but not what the flow allows) shows on the proposal and in the
 * oversight tab, at desktop and phone width.
 */
import { VERBETERVOORSTELLEN } from '../../src/data/schema';
import { itemsOf, rawAs } from '../security/rest';
import { expectNoSeriousA11yViolations, openView, saveScreenshot, testAppPerFile, viewPath } from './support';

const KAREL = 'karel.peeters@pzcarma.be';
const HILDE = 'hilde.goossens@pzcarma.be';

const app = testAppPerFile({ now: new Date('2026-11-25T09:00:00Z') });

describe("the korpsleiding's oversight", () => {
  it('shows a status set outside the app on the proposal and in the check of all proposals', async () => {
    const hilde = await rawAs(app, HILDE);
    const waiting = (await (await hilde.get(`${itemsOf(VERBETERVOORSTELLEN.title)}?$filter=Status eq 'Ingediend' and Dienst eq 'Interventie'&$select=Id,Title`)).json()) as {
      value: { Id: number; Title: string }[];
    };
    const target = waiting.value[0];
    expect(target).toBeDefined();
    const karel = await rawAs(app, KAREL);
    expect((await karel.merge(itemsOf(VERBETERVOORSTELLEN.title, target.Id), { Status: 'Gerealiseerd' })).ok).toBe(true);

    const page = await openView(app, HILDE, 'voorstellen', `voorstel/${target.Id}`);
    await page.getByText('Gewijzigd buiten de app').first().waitFor();
    await page.getByText(/Status "Gerealiseerd" gezet door Karel Peeters op \d\d\/\d\d\/\d{4}/).first().waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'oversight-1-proposal');

    await page.goto(viewPath(app, 'voorstellen'));
    await page.getByRole('tab', { name: 'Controle' }).click();
    await page.getByRole('button', { name: 'Controle uitvoeren' }).click();
    await page.getByText(/van \d+ nagekeken voorstellen zijn gewijzigd buiten de app\./).waitFor();
    await page.getByRole('link', { name: target.Title }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'oversight-2-check');
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, 'oversight-3-check-390');
    // the oversight's own content wraps at phone width (the tab bars are the navigation's business)
    const section = page.getByRole('region', { name: 'Controle' });
    const overflow = await section.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
