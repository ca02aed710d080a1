import { SPComplaintsRepository } from '../../../src/data/complaints/SPComplaintsRepository';
import { brusselsDateOf } from '../../../src/domain/dates';
import { startSite, type TestSite } from '../registers/localSite';
import { GRIET, KOEN } from '../registers/logins';

const KATRIEN = 'katrien.wuyts@pzcarma.be';
const today = brusselsDateOf(new Date());
let site: TestSite;

beforeAll(async () => {
  site = await startSite({ themes: true });
  const griet = new SPComplaintsRepository(await site.as(GRIET), 'Griet Van Damme');
  await griet.createComplaint({ title: 'Parkeerboete', reference: 'ISLP-2026-0412', receivedOn: today, channel: 'Brief', complainantName: 'X', complainantContact: '', facts: 'Feiten.', themeId: '', dienst: 'Verkeer', involvedStaff: [], evidence: '' });
}, 120000);

afterAll(async () => {
  await site?.close();
});

describe('the dossiers’ administration (CaLog support role)', () => {
  it('is created with the dossier, kept by Dossierbeheer with checked dates and the ETag read, unseen by an investigator', async () => {
    const katrien = new SPComplaintsRepository(await site.as(KATRIEN), 'Katrien Wuyts');
    const { page } = await katrien.loadAdministration(null);
    expect(page.items.map((r) => [r.number, r.receivedOn])).toEqual([['ISLP-2026-0412', today]]);
    const record = page.items[0];
    await expect(katrien.saveAdministration(record, { nextDeadline: 'morgen', deadlineNote: '', documents: '', archivedOn: '2999-01-01' })).rejects.toMatchObject({
      problems: { nextDeadline: 'invalidDate', archivedOn: 'inFuture' },
    });
    const saved = await katrien.saveAdministration(record, { nextDeadline: '2026-12-31', deadlineNote: 'Terugkoppeling opvolgen', documents: '05/12/2026 · klacht · brief · ISLP', archivedOn: '' });
    expect(saved).toMatchObject({ nextDeadline: '2026-12-31', deadlineNote: 'Terugkoppeling opvolgen' });
    await expect(katrien.saveAdministration(record, { nextDeadline: '', deadlineNote: 'oud', documents: '', archivedOn: '' })).rejects.toMatchObject({ status: 412 });
    // the investigator and Katrien's own register: nothing of the other side
    expect((await new SPComplaintsRepository(await site.as(KOEN), 'Koen Dubois').loadAdministration(null)).page.items).toEqual([]);
    expect((await katrien.loadRegister({ kind: 'open' })).page.items).toEqual([]);
  });
});
