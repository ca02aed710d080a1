/**
 * Provisions the Integriteit CARMA lists, groups and permissions on a site and prints the report.
 *
 *   npm run provision -- --site http://localhost:4321/sites/integriteit [--personas]
 *   SP_ACCESS_TOKEN=… npm run provision -- --site https://contoso.sharepoint.com/sites/integriteit
 *
 * The local SharePoint signs in as its site-admin persona; SharePoint Online takes a bearer token from
 * `SP_ACCESS_TOKEN` (see docs/provisioning.md). `--personas` also puts the demo personas in their groups (local only).
 */
import { BearerToken } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';
import { PERSONAS } from '../devserver/personas';
import { provision, totals, type ProvisionKind } from '../src/data/provision';
import { seedPersonaMemberships } from '../src/data/seedMembers';

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

function argument(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : null;
}

/** A bearer token: the site-admin persona's on the local SharePoint, `SP_ACCESS_TOKEN` elsewhere. */
async function tokenFor(site: URL): Promise<string> {
  if (LOCAL_HOSTS.indexOf(site.hostname) >= 0) {
    const admin = PERSONAS.filter((p) => p.siteAdmin)[0];
    const response = await fetch(`${site.origin}/_dev/signin`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login: admin.login }),
    });
    if (!response.ok) throw new Error(`Sign-in on the local SharePoint failed: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { token: string }).token;
  }
  const token = process.env.SP_ACCESS_TOKEN;
  if (!token) throw new Error('Set SP_ACCESS_TOKEN to an access token for the SharePoint tenant (see docs/provisioning.md).');
  return token;
}

async function main(): Promise<void> {
  const siteArg = argument('--site');
  if (!siteArg) throw new Error('Usage: npm run provision -- --site <site url> [--personas]');
  const site = new URL(siteArg.replace(/\/+$/, ''));
  const local = LOCAL_HOSTS.indexOf(site.hostname) >= 0;
  const sp = spfi(site.href).using(SPBrowser({ baseUrl: site.href }), BearerToken(await tokenFor(site)));

  let requests = 0;
  const send = globalThis.fetch;
  globalThis.fetch = ((...args: Parameters<typeof fetch>) => {
    requests++;
    return send(...args);
  }) as typeof fetch;
  const started = Date.now();
  const report = await provision(sp, { log: (line) => console.log(`  ${line}`) });
  const ms = Date.now() - started;

  console.log(`\nProvisioned ${site.href} in ${ms} ms with ${requests} HTTP requests ($batch counts once).`);
  console.table(
    (Object.keys(report.counts) as ProvisionKind[]).reduce<Record<string, object>>((rows, kind) => ({ ...rows, [kind]: report.counts[kind] }), {
      total: totals(report),
    }),
  );
  if (process.argv.indexOf('--personas') >= 0) {
    if (!local) throw new Error('--personas puts demo identities in groups: only on the local SharePoint.');
    const members = await seedPersonaMemberships(sp, PERSONAS);
    console.log(`Persona memberships: ${members.added} added, ${members.unchanged} already there.`);
  }
  if (report.conflicts.length > 0) {
    console.error(`\n${report.conflicts.length} conflict(s) need a person:\n${report.conflicts.map((c) => `  - ${c}`).join('\n')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
