import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/recycle-bin';
import { policyContentSeeder } from '../../../seed/policy';
import { policyDemoSeeder } from '../../../seed/policy-demo';
import { DuplicateDirectiveNumberError } from '../../../src/data/policy/PolicyRepository';
import { SPPolicyRepository } from '../../../src/data/policy/SPPolicyRepository';
import { needsAcknowledgement } from '../../../src/domain/policy/directiveRules';
import type { DirectiveDraft } from '../../../src/data/policy/types';
import { KENNISNAMES, KORPSRICHTLIJNEN, RICHTLIJNCONCEPTEN } from '../../../src/data/schema';
import { requestsOf as requestsOfSite, spAs, statusOf, type LocalSharePoint } from '../localSharePoint';
import { JONAS, SARAH, SOFIE, seedContext, startProvisionedSite } from './support';

let ls: LocalSharePoint;
let admin: SPFI;
let staff: SPPolicyRepository;
let jurist: SPPolicyRepository;

beforeAll(async () => {
  ({ ls, admin } = await startProvisionedSite());
  const ctx = seedContext(ls, admin);
  await policyContentSeeder.run(ctx);
  await policyDemoSeeder.run(ctx);
  staff = new SPPolicyRepository(await spAs(ls, JONAS));
  jurist = new SPPolicyRepository(await spAs(ls, SARAH));
}, 120000);

afterAll(async () => {
  await ls?.close();
});

/** The `_api` requests a load sends (a `$batch` is one). */
const requestsOf = <T>(work: () => Promise<T>): Promise<{ result: T; requests: string[] }> => requestsOfSite(ls, work);

const byNumber = async (repository: SPPolicyRepository, number: string, status: 'Gepubliceerd' | 'Concept' | 'Gearchiveerd' = 'Gepubliceerd') =>
  (await repository.findDirectives({ status, text: number })).items.filter((d) => d.number === number)[0];

describe('the policy repository on the local SharePoint', () => {
  it('reads the Beleid home in one batched round trip', async () => {
    const { result: home, requests } = await requestsOf(() => staff.loadHome());
    expect(requests).toEqual(['POST /sites/integriteit/_api/$batch']);
    expect(home.themes.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(home.texts.filter((t) => t.section === 'Visie')[0].detail).toBe('Integrity is doing the right thing when no one is watching');
    expect(home.messages[0].title).toBe('Kick-off communicatiecampagne 10 thema’s');
    expect(home.recentDirectives.map((d) => d.number)).toEqual(['KR-2020-04', 'KR-2022-05', 'KR-2021-01', 'KR-2019-02', 'KR-2018-03']);
    // what is still to read comes in the same batch: every published korpsrichtlijn asking for it, minus what was acknowledged
    expect(home.toAcknowledge.length).toBeGreaterThan(0);
    expect(home.toAcknowledge.every((d) => d.status === 'Gepubliceerd' && d.requiresAcknowledgement)).toBe(true);
  });

  it('reads a theme page, the korpsrichtlijnen list and a korpsrichtlijn in one round trip each', async () => {
    const theme = await requestsOf(() => staff.loadTheme(1));
    expect(theme.requests).toHaveLength(1);
    expect(theme.result.theme.title).toBe('Attenties, aanbiedingen en incidentele vergoedingen, corruptie');
    expect(theme.result.directives.items.map((d) => d.number)).toEqual(['KR-2015-01', 'KR-2018-03']);

    const list = await requestsOf(() => staff.loadDirectiveList({ status: 'Gepubliceerd' }));
    expect(list.requests).toHaveLength(1);
    expect(list.result.page.items.map((d) => d.number)).toEqual(['KR-2015-01', 'KR-2018-03', 'KR-2019-02', 'KR-2020-04', 'KR-2021-01', 'KR-2022-05']);

    const id = list.result.page.items[0].id;
    const detail = await requestsOf(() => staff.loadDirective(id));
    expect(detail.requests).toHaveLength(1);
    expect(detail.result.directive.body).toContain('<h3>Meldplichten</h3>');
    expect(detail.result.me.name).toBe('Jonas Maes');
  });

  it('answers an unknown theme with a 404', async () => {
    expect(await statusOf(staff.loadTheme(42))).toBe(404);
  });

  it('keeps concepts in their own list, hidden from staff by SharePoint permissions, not by the screen', async () => {
    const concept = await byNumber(jurist, 'KR-2026-01', 'Concept');
    expect(concept.status).toBe('Concept');
    expect((await jurist.loadConcept(concept.id)).directive.number).toBe('KR-2026-01');
    expect([403, 404]).toContain(await statusOf(staff.loadConcept(concept.id)));
    expect((await staff.findDirectives({ status: 'Concept' })).items).toEqual([]);
    const jonas = await spAs(ls, JONAS);
    expect([403, 404]).toContain(await statusOf(jonas.web.lists.getByTitle(RICHTLIJNCONCEPTEN.title).items.getById(concept.id)()));
    const published = await jonas.web.lists.getByTitle(KORPSRICHTLIJNEN.title).items.select('DirectiveNumber', 'Status').top(5000)<{ DirectiveNumber: string; Status: string }[]>();
    expect(published.map((d) => d.DirectiveNumber)).not.toContain('KR-2026-01');
    expect(published.filter((d) => d.Status === 'Concept')).toEqual([]);
  });

  it('searches number, title and text, ignoring case and accents, and filters on a theme', async () => {
    expect((await staff.findDirectives({ status: 'Gepubliceerd', text: 'WHATSAPP' })).items.map((d) => d.number)).toEqual(['KR-2020-04']);
    expect((await staff.findDirectives({ status: 'Gepubliceerd', text: 'kr-2021' })).items.map((d) => d.number)).toEqual(['KR-2021-01']);
    expect((await staff.findDirectives({ status: 'Gepubliceerd', text: 'geweldsbeheersing' })).items.map((d) => d.number)).toEqual(['KR-2022-05']);
    const theme10 = (await staff.loadTheme(10)).theme;
    expect((await staff.findDirectives({ status: 'Gepubliceerd', themeId: theme10.id })).items.map((d) => d.number)).toEqual(['KR-2015-01', 'KR-2022-05']);
    expect((await staff.findDirectives({ status: 'Gearchiveerd' })).items.map((d) => d.number)).toEqual(['KR-2012-02']);
  });

  it('acknowledges once per major version, and asks again after a new major version only', async () => {
    const social = await byNumber(staff, 'KR-2020-04');
    const detail = await staff.loadDirective(social.id);
    expect(detail.directive.versionMajor).toBe(2);
    expect(detail.myAcknowledgements.map((a) => a.versionMajor)).toEqual([1]);
    expect(needsAcknowledgement(detail.directive, detail.myAcknowledgements)).toBe(true);
    const first = await staff.acknowledge(detail.directive, detail.me);
    expect(first).toMatchObject({ authorId: detail.me.userId, versionMajor: 2 });
    const again = await staff.acknowledge(detail.directive, detail.me);
    expect(again.id).toBe(first.id);
    const after = await staff.loadDirective(social.id);
    expect(needsAcknowledgement(after.directive, after.myAcknowledgements)).toBe(false);
    const gifts = await byNumber(staff, 'KR-2018-03');
    expect(gifts.versionMinor).toBe(2);

    const sofie = new SPPolicyRepository(await spAs(ls, SOFIE));
    const sofieGifts = await sofie.loadDirective(gifts.id);
    expect(needsAcknowledgement(sofieGifts.directive, sofieGifts.myAcknowledgements)).toBe(false);
  });

  it('lets staff add only their own acknowledgements and read only their own', async () => {
    const jonas = await spAs(ls, JONAS);
    const all = await jonas.web.lists.getByTitle(KENNISNAMES.title).items.select('EmployeeId').top(5000)<{ EmployeeId: number }[]>();
    expect(new Set(all.map((a) => a.EmployeeId)).size).toBe(1);
    const one = await jonas.web.lists.getByTitle(KENNISNAMES.title).items.select('Id').top(1)<{ Id: number }[]>();
    expect(await statusOf(jonas.web.lists.getByTitle(KENNISNAMES.title).items.getById(one[0].Id).update({ VersionMajor: 9 }))).toBe(403);
  });

  it('runs the flow concept → gepubliceerd → gearchiveerd with the ETag it read', async () => {
    const draft: DirectiveDraft = {
      number: 'KR-2026-07',
      title: 'Cameratoezicht in de gebouwen',
      summary: 'Wie de beelden van de camera’s in de gebouwen mag bekijken.',
      body: 'Alleen de dienst Intern Toezicht bekijkt de beelden.\n\n- bij een klacht\n- bij schade',
      themeIds: [],
      requiresAcknowledgement: true,
    };
    await expect(jurist.createDirective({ ...draft, number: 'KR-2015-01' })).rejects.toBeInstanceOf(DuplicateDirectiveNumberError);
    await expect(jurist.createDirective({ ...draft, number: 'KR-2026-01' })).rejects.toBeInstanceOf(DuplicateDirectiveNumberError);
    const conceptId = await jurist.createDirective(draft);
    expect([403, 404]).toContain(await statusOf(staff.loadConcept(conceptId)));
    const concept = (await jurist.loadConcept(conceptId)).directive;
    expect(concept).toMatchObject({ status: 'Concept', versionMajor: 1, versionMinor: 0 });
    expect(concept.body).toBe('<p>Alleen de dienst Intern Toezicht bekijkt de beelden.</p><ul><li>bij een klacht</li><li>bij schade</li></ul>');

    await jurist.saveConcept(concept, { ...draft, title: 'Cameratoezicht' });
    expect(await statusOf(jurist.publishDirective(concept))).toBe(412);
    const fresh = (await jurist.loadConcept(conceptId)).directive;
    expect(fresh).toMatchObject({ title: 'Cameratoezicht', versionMajor: 1, versionMinor: 0 });
    const id = await jurist.publishDirective(fresh, new Date('2026-03-10T09:00:00Z'));
    expect(await statusOf(jurist.loadConcept(conceptId))).toBe(404);
    const published = (await staff.loadDirective(id)).directive;
    expect(published).toMatchObject({ status: 'Gepubliceerd', title: 'Cameratoezicht', versionMajor: 1, versionMinor: 0, publishedAt: '2026-03-10T09:00:00Z' });
    // a retry after the concept is gone changes nothing
    expect(await statusOf(jurist.publishDirective(fresh))).toBe(404);

    // a new version is a concept of its own: staff keep reading the published text until it is published
    expect(await statusOf(staff.reviseDirective(published))).not.toBe('ok');
    const revisionId = await jurist.reviseDirective(published);
    expect(await jurist.reviseDirective(published)).toBe(revisionId);
    const revision = (await jurist.loadConcept(revisionId)).directive;
    expect(revision).toMatchObject({ number: 'KR-2026-07', versionMajor: 1, versionMinor: 1, revision: { directiveId: id, baseMajor: 1, baseMinor: 0, change: 'minor' } });
    await jurist.saveConcept(revision, { ...draft, title: 'Cameratoezicht', body: 'Ook Logistiek bekijkt de beelden.' }, 'major');
    expect((await staff.loadDirective(id)).directive.body).toContain('Alleen de dienst Intern Toezicht');
    const ready = (await jurist.loadConcept(revisionId)).directive;
    expect(ready).toMatchObject({ versionMajor: 2, versionMinor: 0 });
    expect(await jurist.publishDirective(ready, new Date('2026-03-11T09:00:00Z'))).toBe(id);
    const v2 = (await staff.loadDirective(id)).directive;
    expect(v2).toMatchObject({ versionMajor: 2, versionMinor: 0, publishedAt: '2026-03-11T09:00:00Z', body: '<p>Ook Logistiek bekijkt de beelden.</p>' });

    // a minor correction keeps the publication date and asks nobody again
    const minorId = await jurist.reviseDirective(v2);
    const minor = (await jurist.loadConcept(minorId)).directive;
    await jurist.saveConcept(minor, { ...draft, title: 'Cameratoezicht in de gebouwen' }, 'minor');
    await jurist.publishDirective((await jurist.loadConcept(minorId)).directive);
    expect((await staff.loadDirective(id)).directive).toMatchObject({ versionMajor: 2, versionMinor: 1, publishedAt: '2026-03-11T09:00:00Z', title: 'Cameratoezicht in de gebouwen' });

    // a discarded concept leaves the published korpsrichtlijn as it is
    const dropId = await jurist.reviseDirective((await jurist.loadDirective(id)).directive);
    await jurist.discardConcept((await jurist.loadConcept(dropId)).directive);
    expect(await statusOf(jurist.loadConcept(dropId))).toBe(404);

    const current = (await jurist.loadDirective(id)).directive;
    expect(await statusOf(staff.archiveDirective(current))).toBe(403);
    await jurist.archiveDirective(current);
    expect((await staff.loadDirective(id)).directive.status).toBe('Gearchiveerd');
  });

  it('publishes a concept once, even when it is published again after coming back from the recycle bin', async () => {
    const conceptId = await jurist.createDirective({ number: 'KR-2026-08', title: 'Dubbel gepubliceerd', summary: '', body: 'Tekst.', themeIds: [], requiresAcknowledgement: false });
    const concept = (await jurist.loadConcept(conceptId)).directive;
    const id = await jurist.publishDirective(concept);
    const sarah = await spAs(ls, SARAH);
    const bin = await sarah.web.recycleBin.select('Id', 'Title')<{ Id: string; Title: string }[]>();
    await sarah.web.recycleBin.getById(bin.filter((b) => b.Title === 'Dubbel gepubliceerd')[0].Id).restore();
    const restored = (await jurist.loadConcept(conceptId)).directive;
    expect(await jurist.publishDirective(restored)).toBe(id);
    expect((await staff.findDirectives({ status: 'Gepubliceerd', text: 'KR-2026-08' })).items).toHaveLength(1);
    expect(await statusOf(jurist.loadConcept(conceptId))).toBe(404);
    await jurist.archiveDirective((await jurist.loadDirective(id)).directive);
  });

  it('shows the Juridische dienst who has not acknowledged, per dienst', async () => {
    const integrity = await byNumber(jurist, 'KR-2015-01');
    const report = await jurist.loadAcknowledgementReport((await jurist.loadDirective(integrity.id)).directive);
    expect(report.acknowledged).toBe(5);
    const interventie = report.perDienst.filter((g) => g.dienst === 'Interventie')[0];
    expect(interventie.acknowledged.map((m) => m.title)).toEqual(['Karel Peeters', 'Lotte Wouters']);
    expect(interventie.missing.map((m) => m.title)).toContain('Jonas Maes');
    expect(report.total).toBe(24);
    expect(report.misattributed).toEqual([]);
  });

  it('pages through many korpsrichtlijnen by number and searches their text across pages', async () => {
    const many = Array.from({ length: 70 }, (_, i) => ({
      ClientId: `bulk-${i}`,
      Title: `Werkafspraak ${i + 1}`,
      DirectiveNumber: `WA-2024-${String(i + 1).padStart(3, '0')}`,
      Body: i === 64 ? '<p>Over de zeldzame sleutelkluis.</p>' : '<p>Een werkafspraak.</p>',
      Status: 'Gepubliceerd',
      VersionMajor: 1,
      VersionMinor: 0,
      PublishedAt: '2024-01-01T09:00:00Z',
    }));
    ls.bulkInsertItemsForTests(KORPSRICHTLIJNEN.title, many);
    const numbers: string[] = [];
    let page = await staff.findDirectives({ status: 'Gepubliceerd' });
    const sizes = [page.items.length];
    numbers.push(...page.items.map((d) => d.number));
    while (page.next) {
      page = await staff.findDirectives({ status: 'Gepubliceerd' }, page.next);
      sizes.push(page.items.length);
      numbers.push(...page.items.map((d) => d.number));
    }
    expect(sizes).toEqual([20, 20, 20, 16]);
    expect(numbers).toEqual([...numbers].sort());
    expect(new Set(numbers).size).toBe(76);

    const found = await requestsOf(() => staff.findDirectives({ status: 'Gepubliceerd', text: 'sleutelkluis' }));
    expect(found.result.items.map((d) => d.number)).toEqual(['WA-2024-065']);
    expect(found.requests).toHaveLength(2);
  });

  it('drops a korpsrichtlijn from what is still to read once the reader acknowledged its current version', async () => {
    const reader = new SPPolicyRepository(await spAs(ls, SOFIE));
    const before = await reader.loadHome();
    const first = before.toAcknowledge[0];
    const { directive, me } = await reader.loadDirective(first.id);
    await reader.acknowledge(directive, me);
    const after = await reader.loadHome();
    expect(after.toAcknowledge.map((d) => d.id)).toEqual(before.toAcknowledge.map((d) => d.id).filter((id) => id !== first.id));
    // someone else's acknowledgements never count for this reader
    const other = await staff.loadHome();
    expect(other.toAcknowledge.map((d) => d.id)).toContain(first.id);
  });
});
