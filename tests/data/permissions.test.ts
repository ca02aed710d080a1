import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { PERSONAS } from '../../devserver/auth/personas';
import { GROUPS } from '../../src/data/groups';
import { secureItem } from '../../src/data/itemSecurity';
import { loadSecurityContext } from '../../src/data/permissions';
import { provision } from '../../src/data/provision';
import { listSchema } from '../../src/data/schema';
import { claimsOf, seedPersonaMemberships } from '../../src/data/seedMembers';
import { ADMIN, persona, spAs, startSite, statusOf, type LocalSharePoint } from './localSharePoint';

let ls: LocalSharePoint;
let admin: SPFI;
const as: Record<string, SPFI> = {};

const STAFF = persona('Medewerker Interventie'); // Jonas: Medewerkers only
const COLLEAGUE = persona('Medewerker Verkeer'); // Sofie: Medewerkers only
const HR = persona('HR-medewerker'); // Wim: Medewerkers + HR
const TOEZICHT = persona('Intern Toezicht (TIWK)'); // Griet
const KORPSCHEF = persona('Korpschef'); // Hilde: Korpsleiding
const HINP = persona('Hoofdinspecteur Interventie'); // Koen
const OTHER_HINP = persona('Hoofdinspecteur Verkeer'); // Ann
const TEAM_QW = persona('Team Q&W Interventie'); // Lotte
const COMMUNICATIE = persona('Communicatiemedewerker'); // Eva: Medewerkers + Communicatie

let clientIds = 0;
const clientId = (): string => `test-${Date.now()}-${++clientIds}`;

beforeAll(async () => {
  ls = await startSite();
  admin = await spAs(ls, ADMIN);
  await provision(admin);
  await seedPersonaMemberships(admin, PERSONAS);
  for (const login of [STAFF, COLLEAGUE, HR, TOEZICHT, KORPSCHEF, HINP, OTHER_HINP, TEAM_QW, COMMUNICATIE]) as[login] = await spAs(ls, login);
});

afterAll(async () => {
  await ls.close();
});

describe('permissions enforced by SharePoint', () => {
  it('lets only the owning group (and the korpsleiding) update an actiepunt; everyone reads it', async () => {
    const objective = await admin.web.lists.getByTitle('Doelstellingen').items.add({ Title: 'Integriteit als basis', Code: 'SD9' });
    const values = { Title: 'Opleidingsplan integriteit', ClientId: clientId(), Code: 'SD9.1', ObjectiveId: objective.Id, OwnerGroup: GROUPS.hr, Status: 'Niet gestart' };
    const item = await admin.web.lists.getByTitle('Actiepunten').items.add(values);
    await secureItem(admin, await loadSecurityContext(admin), listSchema('Actiepunten'), item.Id, values);

    const actiepunt = (login: string) => as[login].web.lists.getByTitle('Actiepunten').items.getById(item.Id);
    expect(await statusOf(actiepunt(STAFF).update({ Status: 'Lopend' }))).toBe(403);
    expect(await statusOf(actiepunt(STAFF)())).toBe('ok');
    expect(await statusOf(actiepunt(HR).update({ Status: 'Lopend', LastUpdate: new Date().toISOString() }))).toBe('ok');
    expect(await statusOf(actiepunt(KORPSCHEF).update({ EvaluationNotes: 'Op schema.' }))).toBe('ok');

    // another owner: the item's permissions follow, the former owner loses its edit right
    const moved = { ...values, OwnerGroup: GROUPS.communicatie };
    await admin.web.lists.getByTitle('Actiepunten').items.getById(item.Id).update({ OwnerGroup: moved.OwnerGroup });
    await secureItem(admin, await loadSecurityContext(admin), listSchema('Actiepunten'), item.Id, moved);
    expect(await statusOf(actiepunt(HR).update({ Status: 'Uitgesteld' }))).toBe(403);
    expect(await statusOf(actiepunt(COMMUNICATIE).update({ Status: 'Uitgesteld' }))).toBe('ok');
  });

  it('keeps klachten from staff entirely, and shows a dossier only to its investigator (read only), Intern Toezicht and the korpsleiding', async () => {
    const investigator = await admin.web.ensureUser(claimsOf(HINP));
    const values = {
      Title: 'Onheus optreden bij controle',
      ClientId: clientId(),
      ReceivedAt: '2026-11-20T00:00:00Z',
      Channel: 'E-mail',
      Facts: 'Klager meldt onheus optreden.',
      Status: 'Ontvangen',
      InvestigatorId: investigator.Id,
    };
    const created = await as[TOEZICHT].web.lists.getByTitle('Klachten').items.add(values);
    await secureItem(as[TOEZICHT], await loadSecurityContext(as[TOEZICHT]), listSchema('Klachten'), created.Id, values);

    // without any access SharePoint does not even admit the list exists (404); with some, it refuses (403)
    const denied = [403, 404];
    const klachten = (login: string) => as[login].web.lists.getByTitle('Klachten');
    expect(denied).toContain(await statusOf(klachten(STAFF).items()));
    expect(denied).toContain(await statusOf(klachten(STAFF).items.getById(created.Id)()));
    expect(denied).toContain(await statusOf(klachten(OTHER_HINP).items.getById(created.Id)()));
    expect((await klachten(HINP).items.select('Id')()).map((i) => i.Id)).toEqual([created.Id]);
    // the investigator reads the dossier, never routes it (docs/security.md section 3); Intern Toezicht does
    expect(denied).toContain(await statusOf(klachten(HINP).items.getById(created.Id).update({ Status: 'In onderzoek' })));
    expect(await statusOf(klachten(TOEZICHT).items.getById(created.Id).update({ Status: 'In onderzoek' }))).toBe('ok');
    expect((await klachten(KORPSCHEF).items.select('Id')()).map((i) => i.Id)).toContain(created.Id);
  });

  it('shows a reporter only their own geschenken, and Intern Toezicht all of them', async () => {
    const gift = (login: string, title: string) =>
      as[login].web.lists.getByTitle('Geschenken').items.add({
        Title: title,
        ClientId: clientId(),
        Giver: 'Handelaar',
        ReceivedOn: '2026-11-20T00:00:00Z',
        WhyNotRefused: 'Achtergelaten aan het onthaal.',
        Kind: listSchema('Geschenken').fields.filter((f) => f.name === 'Kind').map((f) => ('choices' in f ? f.choices[0] : ''))[0],
        Status: 'Gemeld',
      });
    const own = await gift(STAFF, 'Fles wijn');
    const other = await gift(COLLEAGUE, 'Bon');

    const ids = async (login: string) => (await as[login].web.lists.getByTitle('Geschenken').items.select('Id')()).map((i) => i.Id);
    expect(await ids(STAFF)).toEqual([own.Id]);
    expect(await ids(TOEZICHT)).toEqual(expect.arrayContaining([own.Id, other.Id]));
    expect(await statusOf(as[STAFF].web.lists.getByTitle('Geschenken').items.getById(other.Id).update({ Title: 'x' }))).not.toBe('ok');
  });

  it('lets actors add to the decision log but never change or delete an entry', async () => {
    const log = as[TEAM_QW].web.lists.getByTitle('Beslissingen');
    const entry = await log.items.add({ ClientId: clientId(), ProposalId: 1, Action: 'submit', FromStatus: 'Concept', ToStatus: 'Ingediend', ActorName: 'Lotte Wouters', At: new Date().toISOString() });
    expect(await statusOf(log.items.getById(entry.Id).update({ Reason: 'gewijzigd' }))).toBe(403);
    expect(await statusOf(log.items.getById(entry.Id).delete())).toBe(403);
    expect(await statusOf(as[STAFF].web.lists.getByTitle('Beslissingen').items.add({ ClientId: clientId(), ProposalId: 1, ActorName: 'x', At: new Date().toISOString() }))).toBe(403);
  });

  it('refuses a second create with the same client id', async () => {
    const values = {
      Title: 'Betere verlichting parking',
      ClientId: clientId(),
      Problem: 'De parking is donker.',
      Improvement: 'Ledverlichting plaatsen.',
      Dienst: 'Interventie',
      Topic: 'Veiligheid en welzijn',
      Status: 'Concept',
    };
    // a team submits only inside its dienst's folder (tests/security/proposals.test.ts); the root is the beheerders'
    expect(await statusOf(as[TEAM_QW].web.lists.getByTitle('Verbetervoorstellen').items.add(values))).toBe(403);
    const voorstellen = admin.web.lists.getByTitle('Verbetervoorstellen');
    await voorstellen.items.add(values);
    expect(await statusOf(voorstellen.items.add(values))).not.toBe('ok');
    expect(await voorstellen.items.filter(`ClientId eq '${values.ClientId}'`)()).toHaveLength(1);
  });
});
