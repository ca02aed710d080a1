/**
 * The path IT walks on the zone's tenant, on an empty local site (`npm start -- --empty`, in-process): provision with
 * the content, verify, provision again, the zone's changes kept, a permission changed by hand found by verify, and
 * demo data refused for a site that is not local. The tools run as on the command line (sign-in over HTTP).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security/list';
import '@pnp/sp/security/item';
import '@pnp/sp/fields/list';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/folders';
import { allOperationalObjectives, policyContent } from '../../seed/content';
import { ACTIEPUNTEN, AANDACHTSPUNTEN, KLACHTEN, LISTS, VERBETERVOORSTELLEN } from '../../src/data/schema';
import { GROUPS } from '../../src/data/groups';
import { runProvision, type ProvisionResult } from '../../tools/provision';
import { runVerify } from '../../tools/verify';
import { ADMIN, spAs, startSite, type LocalSharePoint } from '../data/localSharePoint';

const NOW = new Date('2026-03-10T09:00:00Z');

/** The empty site: the local SharePoint as `npm start -- --empty` runs it, neither provisioned nor seeded. */
let app: LocalSharePoint;
let admin: SPFI;
let first: ProvisionResult;
let firstOutput: string[];

/** Runs a tool, collecting what it prints. */
async function collect<T>(run: (print: (line: string) => void) => Promise<T>): Promise<{ result: T; output: string[] }> {
  const output: string[] = [];
  const result = await run((line) => output.push(line));
  return { result, output };
}

const provisionLocal = () => collect((print) => runProvision({ site: app.siteUrl, now: NOW, print }));
const verifyLocal = () => collect((print) => runVerify({ site: app.siteUrl, print }));

beforeAll(async () => {
  app = await startSite();
  admin = await spAs(app, ADMIN);
});

afterAll(async () => {
  await app?.close();
});

describe('npm run provision and npm run verify on a new site', () => {
  it('starts from a site that is neither provisioned nor seeded (npm start -- --empty): verify fails, naming what is missing', async () => {
    const { result, output } = await verifyLocal();
    expect(result.exitCode).toBe(1);
    expect(result.report.gaps).toEqual(expect.arrayContaining(['list Klachten is missing', 'group Medewerkers does not exist', 'permission level Integriteit - Toevoegen does not exist']));
    expect(output.join('\n')).toContain('  ✗ aandachtspunten (Aandachtspunten)\n      - list Aandachtspunten is missing');
    expect(output[output.length - 2]).toMatch(/^✗ \d+ of \d+ checks failed/);
  });

  it('provisions it: every list created, no conflict', async () => {
    ({ result: first, output: firstOutput } = await provisionLocal());
    expect(first.report.provision.counts.lists.created).toBe(LISTS.length);
    expect(first.report.provision.conflicts).toEqual([]);
    expect(first.exitCode).toBe(0);
  });

  it('loads the zone content: the aandachtspunten, the plan with its owners, the texts and the organisation', async () => {
    const added = first.report.content.added;
    expect(added.filter((a) => a.startsWith(`${AANDACHTSPUNTEN.title} `))).toHaveLength(policyContent.themes.length);
    expect(added.filter((a) => a.startsWith(`${ACTIEPUNTEN.title} `))).toHaveLength(allOperationalObjectives.length);
    expect(first.report.content.differences).toEqual([]);
    expect(first.report.demo).toEqual([]);
    const points = await admin.web.lists.getByTitle(ACTIEPUNTEN.title).items.select('Code', 'OwnerGroup').top(500)<{ Code: string; OwnerGroup: string }[]>();
    expect(points).toHaveLength(36);
    expect(points.every((p) => !!p.OwnerGroup)).toBe(true);
    expect(firstOutput.join('\n')).toMatch(/Actiepunten\s+actiepunten: 36 added/);
  });

  it('verifies green: every check of the schema and the content passes', async () => {
    const { result, output } = await verifyLocal();
    expect(result.report.gaps).toEqual([]);
    expect(result.exitCode).toBe(0);
    const text = output.join('\n');
    expect(text).toContain('✓ 10 aandachtspunten');
    expect(text).toContain('✓ 36 actiepunten with their owners and item permissions');
    expect(text).toMatch(/✓ Klachten: read all items, create and edit all items, \d+ fields, \d+ indexes, \d+ views, permissions of 2 groups/);
    expect(text).toMatch(/✓ All \d+ checks passed\./);
    expect(text).not.toContain('✗');
  });

  it('changes nothing on a second run', async () => {
    const { result } = await provisionLocal();
    expect(result.exitCode).toBe(0);
    expect(result.report.provision.changes).toEqual([]);
    expect(result.report.provision.conflicts).toEqual([]);
    expect(result.report.content.added).toEqual([]);
    expect(result.report.content.differences).toEqual([]);
    expect(result.report.content.secured).toEqual([]);
  });

  it('keeps what the zone changed since (an actiepunt status, its evaluation) and reports it', async () => {
    const items = admin.web.lists.getByTitle(ACTIEPUNTEN.title).items;
    const [point] = await items.filter("Code eq 'SD4.1'").select('Id')<{ Id: number }[]>();
    await items.getById(point.Id).update({ Status: 'Lopend', EvaluationNotes: 'Eerste opleidingen gegeven.' });

    const { result, output } = await provisionLocal();
    expect(result.report.content.added).toEqual([]);
    expect(result.report.content.differences).toEqual([{ list: ACTIEPUNTEN.title, key: 'SD4.1', field: 'Status', site: 'Lopend', content: 'Niet gestart' }]);
    expect(output).toContain('  kept Actiepunten SD4.1: Status is "Lopend" on the site, "Niet gestart" in seed/content (kept as on the site)');
    const after = await items.getById(point.Id).select('Status', 'EvaluationNotes')<{ Status: string; EvaluationNotes: string }>();
    expect(after).toEqual(expect.objectContaining({ Status: 'Lopend', EvaluationNotes: 'Eerste opleidingen gegeven.' }));

    // verify stays green: a change by the zone is no gap
    const verified = await verifyLocal();
    expect(verified.result.exitCode).toBe(0);
    expect(verified.output.join('\n')).toContain('36 actiepunten with their owners and item permissions (1 changed on the site since loaded');
  });

  it('fails verify, naming the gap, when a list permission was changed by hand', async () => {
    const [medewerkers] = await admin.web.siteGroups.filter(`Title eq '${GROUPS.medewerkers}'`).select('Id')<{ Id: number }[]>();
    const reader = (await admin.web.roleDefinitions.filter('RoleTypeKind eq 2')<{ Id: number; Name: string }[]>())[0];
    const klachten = admin.web.lists.getByTitle(KLACHTEN.title);
    await klachten.roleAssignments.add(medewerkers.Id, reader.Id);
    try {
      const { result, output } = await verifyLocal();
      expect(result.exitCode).toBe(1);
      expect(result.report.gaps).toEqual([`Klachten: Medewerkers holds ${reader.Name}, which the schema does not give`]);
      const text = output.join('\n');
      expect(text).toMatch(/✗ Klachten: /);
      expect(text).toContain(`      - Medewerkers holds ${reader.Name}, which the schema does not give`);
      expect(text).toMatch(/✗ 1 of \d+ checks failed, 1 gap\(s\)\./);

      // provisioning puts it right, verify is green again
      const fixed = await provisionLocal();
      expect(fixed.result.report.provision.changes).toEqual(['updated permissions of Klachten (+0 -1)']);
      expect((await verifyLocal()).result.exitCode).toBe(0);
    } finally {
      await klachten.roleAssignments.remove(medewerkers.Id, reader.Id).catch(() => undefined);
    }
  });

  it('names each gap in settings, indexes, item permissions and content; provisioning puts them right', async () => {
    const lists = admin.web.lists;
    await lists.getByTitle(KLACHTEN.title).update({ ReadSecurity: 2 });
    await lists.getByTitle(ACTIEPUNTEN.title).fields.getByInternalNameOrTitle('Horizon').update({ Indexed: false }, 'SP.FieldChoice');
    const [theme] = await lists.getByTitle(AANDACHTSPUNTEN.title).items.filter('ThemeNumber eq 3').select('Id')<{ Id: number }[]>();
    await lists.getByTitle(AANDACHTSPUNTEN.title).items.getById(theme.Id).delete();
    const [point] = await lists.getByTitle(ACTIEPUNTEN.title).items.filter("Code eq 'SD2.1'").select('Id')<{ Id: number }[]>();
    const [medewerkers] = await admin.web.siteGroups.filter(`Title eq '${GROUPS.medewerkers}'`).select('Id')<{ Id: number }[]>();
    const contributor = (await admin.web.roleDefinitions.filter('RoleTypeKind eq 3')<{ Id: number; Name: string }[]>())[0];
    await lists.getByTitle(ACTIEPUNTEN.title).items.getById(point.Id).roleAssignments.add(medewerkers.Id, contributor.Id);

    const { result } = await verifyLocal();
    expect(result.exitCode).toBe(1);
    expect(result.report.gaps.sort()).toEqual(
      [
        'Actiepunten: field Horizon is not indexed',
        `Actiepunten: SD2.1: Medewerkers holds ${contributor.Name}, which the schema does not give`,
        'Aandachtspunten: 3 is missing',
        'Klachten: ReadSecurity is read only own items, the schema says read all items',
      ].sort(),
    );

    const fixed = await provisionLocal();
    expect(fixed.result.report.content.added).toEqual([`${AANDACHTSPUNTEN.title} 3`]);
    expect(fixed.result.report.content.secured).toEqual([`${ACTIEPUNTEN.title} SD2.1`]);
    expect(fixed.output).toContain('  re-secured Actiepunten SD2.1: its item permissions as the schema derives them from its values');
    expect(fixed.result.report.provision.changes.sort()).toEqual(['updated field Actiepunten.Horizon (Indexed)', 'updated list Klachten (ReadSecurity)']);
    expect((await verifyLocal()).result.report.gaps).toEqual([]);
  });

  it("names a flow folder or a proposal whose permissions were changed by hand; provisioning puts them right", async () => {
    const lists = admin.web.lists;
    const [medewerkers] = await admin.web.siteGroups.filter(`Title eq '${GROUPS.medewerkers}'`).select('Id')<{ Id: number }[]>();
    const contributor = (await admin.web.roleDefinitions.filter('RoleTypeKind eq 3')<{ Id: number; Name: string }[]>())[0];
    // the Interventie folder of the proposals opened to every staff member, and a proposal of the first version made inheriting
    const folder = await admin.web.getFolderByServerRelativePath(`${new URL(app.siteUrl).pathname}/Lists/${VERBETERVOORSTELLEN.title}/Interventie`).listItemAllFields.select('Id')<{ Id: number }>();
    await lists.getByTitle(VERBETERVOORSTELLEN.title).items.getById(folder.Id).roleAssignments.add(medewerkers.Id, contributor.Id);
    const old = await lists.getByTitle(VERBETERVOORSTELLEN.title).items.add({ Title: 'Oud voorstel', ClientId: 'oud-1', Problem: 'p', Improvement: 'v', Dienst: 'Wijk', Topic: 'Andere', Status: 'Gevalideerd' });

    const { result } = await verifyLocal();
    expect(result.exitCode).toBe(1);
    expect(result.report.gaps.sort()).toEqual(
      [
        `1 proposal(s) hold permissions other than their status calls for: ${old.Id}`,
        `folder ${VERBETERVOORSTELLEN.title}/Interventie: permissions differ from the Diensten list`,
      ].sort(),
    );
    await provisionLocal();
    expect((await verifyLocal()).result.report.gaps).toEqual([]);
  });

  it('runs from the command line: npx tsx tools/verify.ts --site <url> prints the checklist, exit code 0', async () => {
    const root = path.resolve(__dirname, '../..');
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(path.join(root, 'node_modules/.bin/tsx'), ['tools/verify.ts', '--site', app.siteUrl], { cwd: root, timeout: 90000 }, (error, out) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout: String(out) }),
      );
    });
    expect(stdout).toContain(`Verifying ${app.siteUrl}`);
    expect(stdout).toContain('✓ 10 aandachtspunten');
    expect(stdout).toMatch(/✓ All \d+ checks passed\./);
    expect(code).toBe(0);
  }, 100000);
});

describe('npm run provision refuses demo data off the local SharePoint', () => {
  it.each(['https://pzcarma.sharepoint.com/sites/integriteit', 'http://intranet.pzcarma.be/sites/integriteit'])('refuses --demo for %s before sending anything', async (site) => {
    const send = jest.spyOn(globalThis, 'fetch');
    try {
      await expect(runProvision({ site, demo: true, token: 'not used', print: () => undefined })).rejects.toThrow(/--demo .*only on the local SharePoint \(localhost, 127\.0\.0\.1\)/);
      await expect(runProvision({ site, personas: true, token: 'not used', print: () => undefined })).rejects.toThrow(/--personas/);
      expect(send).not.toHaveBeenCalled();
    } finally {
      send.mockRestore();
    }
  });
});
