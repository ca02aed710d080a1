/** The dilemmas' content and the resistance and trainings demo load on a fresh local SharePoint, as `npm start` runs them. */
import { dilemmasContentSeeder } from '../../../seed/dilemmas';
import { resistanceDemoSeeder } from '../../../seed/resistance-demo';
import { SPResistanceRepository } from '../../../src/data/resistance/SPResistanceRepository';
import { SPTrainingsRepository } from '../../../src/data/trainings/SPTrainingsRepository';
import { brusselsDateOf } from '../../../src/domain/dates';
import { startSite, type TestSite } from '../registers/localSite';
import { GRIET, JONAS, SOFIE } from '../registers/logins';

let site: TestSite;

beforeAll(async () => {
  site = await startSite({ themes: true });
  const ctx = { admin: site.admin, as: site.as, userId: site.userId, now: new Date(), log: () => undefined };
  await dilemmasContentSeeder.run(ctx);
  await resistanceDemoSeeder.run(ctx);
}, 120000);
afterAll(() => site.close());

test('30 dilemmas, three per aandachtspunt, and the recorded sessions', async () => {
  const page = await new SPTrainingsRepository(await site.as(SOFIE)).loadDilemmas();
  expect(page.dilemmas).toHaveLength(30);
  for (let theme = 1; theme <= 10; theme++) expect(page.dilemmas.filter((d) => d.theme === theme)).toHaveLength(3);
  expect(page.sessions).toHaveLength(3);
  expect(page.sessions.map((s) => s.leader.name).sort()).toEqual(['Els Janssens', 'Karel Peeters', 'Pieter Mertens']);
});

test('TIWK sees every incident and the open clocks; a member involved sees their own; a colleague none', async () => {
  const tiwk = await new SPResistanceRepository(await site.as(GRIET)).loadOverview();
  expect(tiwk.incidents.items).toHaveLength(4);
  expect(tiwk.openEvaluations).toHaveLength(2);
  expect(tiwk.openFollowUps).toEqual([]);
  const jonas = await new SPResistanceRepository(await site.as(JONAS)).loadOverview();
  expect(jonas.incidents.items.map((i) => i.title).sort()).toEqual(['Man met mes bij familiale twist', 'Verzet bij bestuurlijke aanhouding na winkeldiefstal']);
  expect((await new SPResistanceRepository(await site.as(SOFIE)).loadOverview()).incidents.items).toEqual([]);
});

test("the opleidingsplan holds every SD5 theme, the need planned from a lesson, and Jonas's own attendance", async () => {
  const year = Number(brusselsDateOf(new Date()).slice(0, 4));
  const repo = new SPTrainingsRepository(await site.as(JONAS));
  // a session 60 days back lies in last year's plan early in the year, one planned on 31 December in next year's
  const years = await Promise.all([year - 1, year, year + 1].map((y) => repo.loadOverview(y)));
  const trainings = years.reduce<typeof years[0]['trainings']>((all, o) => all.concat(o.trainings), []);
  expect(trainings.map((t) => t.theme)).toEqual(expect.arrayContaining(['Geweldbeheersing', 'Dilemmatraining', 'Excited delirium', 'Prioritair rijden', 'BDO etnisch profileren', 'Bodycams']));
  expect(trainings.filter((t) => t.source !== null && t.status === 'Gepland')).toHaveLength(1);
  const mine = years.reduce<typeof years[0]['mine']>((all, o) => all.concat(o.mine), []);
  expect(mine.map((a) => a.attendance)).toEqual(['Aanwezig']);
});
