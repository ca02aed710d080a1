/**
 * Brings a site to the Integriteit CARMA schema (lists, fields, views, groups, permissions) and loads the zone's
 * content from seed/content/ (the 10 aandachtspunten, the plan with its owners, the policy texts, the organisation of
 * SD2), then prints the report.
 *
 *   npm run provision -- --site http://localhost:4300/sites/integriteit [--personas] [--demo]
 *   npm run provision -- --site https://contoso.sharepoint.com/sites/integriteit --client-id <app id> --tenant <tenant id>
 *   SP_ACCESS_TOKEN=… npm run provision -- --site https://contoso.sharepoint.com/sites/integriteit [--schema-only]
 *
 * Idempotent: a second run changes nothing. Content the zone changed since it was loaded (a status, an edited text)
 * is reported and left as it is. The local SharePoint signs in as its site-admin persona; on SharePoint Online the
 * admin signs in with a device code and the zone's Entra app, or gives a token in `SP_ACCESS_TOKEN` (tools/signin.ts,
 * docs/provisioning.md). `--personas` puts the demo personas in their groups
 * and `--demo` also loads the demo data: both only on the local SharePoint (localhost, 127.0.0.1).
 */
import { PERSONAS } from '../devserver/auth/personas';
import { totals, type ProvisionKind } from '../src/data/provision';
import { CONTENT_SETS } from '../seed';
import { setUpSite, type SiteSetupReport } from '../seed/setup';
import { describeDifference } from '../seed/sync';
import { argument, connect, counted, flag, isLocal, seedContextOn, runCommand, signInOptionsOf, siteUrlOf, tokenFor, type TokenSource } from './site';

const USAGE =
  'Usage: npm run provision -- --site <site url> [--schema-only] [--personas] [--demo] [--client-id <app id> --tenant <tenant id>] [--scope <scope>] [--device-code]';

/** What to provision, as the command line says it. */
export interface ProvisionCommand {
  site: string;
  /** Load the zone's content (default); false with `--schema-only`. */
  content?: boolean;
  /** Put the demo personas in their groups (local SharePoint only). */
  personas?: boolean;
  /** Also load the demo data (local SharePoint only; implies `personas`). */
  demo?: boolean;
  /** A bearer token; by default the local site-admin persona's, `SP_ACCESS_TOKEN`, or the device-code sign-in's. */
  token?: string;
  /** How to sign in when no token is given (tools/signin.ts). */
  signIn?: TokenSource;
  /** "Now" for the content's publication dates and the demo data. */
  now?: Date;
  /** Receives the report's lines (default: stdout). */
  print?: (line: string) => void;
}

/** The outcome: the exit code for the command line and the full report. */
export interface ProvisionResult {
  exitCode: number;
  report: SiteSetupReport;
}

/** The command from the command line's arguments. */
export function provisionCommand(argv: readonly string[]): ProvisionCommand {
  const site = argument(argv, '--site');
  if (!site) throw new Error(USAGE);
  return {
    site,
    content: !flag(argv, '--schema-only'),
    personas: flag(argv, '--personas'),
    demo: flag(argv, '--demo'),
    signIn: { signIn: signInOptionsOf(argv) },
  };
}

/** Refuses demo identities and data for a site that is not the local SharePoint, before anything is sent. */
export function checkDemoAllowed(site: URL, command: Pick<ProvisionCommand, 'demo' | 'personas'>): void {
  if (isLocal(site)) return;
  if (command.demo) throw new Error(`--demo loads demo people, proposals and dossiers: only on the local SharePoint (localhost, 127.0.0.1), not on ${site.host}.`);
  if (command.personas) throw new Error(`--personas puts demo identities in groups: only on the local SharePoint (localhost, 127.0.0.1), not on ${site.host}.`);
}

/** Provisions the site and loads the content (and on request the demo data); prints the report. */
export async function runProvision(command: ProvisionCommand): Promise<ProvisionResult> {
  const print = command.print ?? ((line: string) => console.log(line));
  const site = siteUrlOf(command.site, USAGE);
  checkDemoAllowed(site, command);
  if (command.demo && command.content === false) throw new Error('--demo needs the content: leave out --schema-only.');
  const sp = connect(site, command.token ?? (await tokenFor(site, command.signIn)));
  // the seeders' own lines are left out: the report below says what was loaded
  const ctx = seedContextOn(site, sp, { now: command.now });

  print(`Provisioning ${site.href}`);
  const { result: report, requests, ms } = await counted(() =>
    setUpSite(ctx, {
      content: command.content !== false,
      demo: !!command.demo,
      members: command.personas || command.demo ? PERSONAS : undefined,
      log: (line) => print(`  ${line}`),
    }),
  );
  printReport(report, print, command.content !== false);
  print(`\nDone in ${(ms / 1000).toFixed(1)} s with ${requests} HTTP requests ($batch counts once). Check the site with: npm run verify -- --site ${site.href}`);

  const conflicts = report.provision.conflicts;
  if (conflicts.length > 0) print(`\n${conflicts.length} conflict(s) need a person:\n${conflicts.map((c) => `  - ${c}`).join('\n')}`);
  return { exitCode: conflicts.length > 0 ? 1 : 0, report };
}

/** The schema counts, the content loaded and the content kept as the zone changed it. */
function printReport(report: SiteSetupReport, print: (line: string) => void, content: boolean): void {
  const kinds = Object.keys(report.provision.counts) as ProvisionKind[];
  const row = (name: string, c: { created: number; updated: number; unchanged: number }): string =>
    `  ${name.padEnd(16)}${String(c.created).padStart(8)}${String(c.updated).padStart(8)}${String(c.unchanged).padStart(10)}`;
  print('\nSchema');
  print(`  ${''.padEnd(16)}${'created'.padStart(8)}${'updated'.padStart(8)}${'unchanged'.padStart(10)}`);
  kinds.forEach((kind) => print(row(kind, report.provision.counts[kind])));
  print(row('total', totals(report.provision)));
  const flow = report.provision.flow;
  if (flow) print(`  proposal and notification folders: ${flow.foldersCreated} created, ${flow.foldersSecured} checked; ${flow.proposalsSecured} proposals re-secured`);
  if (report.members) print(`  persona memberships: ${report.members.added} added, ${report.members.unchanged} already there`);
  if (!content) return;

  print('\nContent (seed/content/)');
  CONTENT_SETS.forEach((set) => {
    const added = report.content.added.filter((a) => a.indexOf(`${set.list.title} `) === 0).length;
    const kept = new Set(report.content.differences.filter((d) => d.list === set.list.title).map((d) => d.key)).size;
    print(`  ${set.list.title.padEnd(16)} ${set.noun}: ${added} added${kept ? `, ${kept} changed on the site (kept)` : ''}`);
  });
  report.content.differences.forEach((d) => print(`  kept ${describeDifference(d)}`));
  report.content.secured.forEach((s) => print(`  re-secured ${s}: its item permissions as the schema derives them from its values`));
  const keptRows = new Set(report.content.differences.map((d) => `${d.list} ${d.key}`)).size;
  print(`  total: ${report.content.added.length} added, ${report.content.unchanged} unchanged, ${keptRows} kept as the zone changed them`);
  if (report.demo.length > 0) print(`  demo data: ${report.demo.join('; ')}`);
}

if (require.main === module) runCommand(() => runProvision(provisionCommand(process.argv.slice(2))));
