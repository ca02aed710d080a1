/**
 * Checks a site against the Integriteit CARMA schema and content, read-only, and prints a checklist (✓ / ✗). The
 * check IT runs after installing and after each upgrade; exit code 1 on any gap, each gap named.
 *
 *   npm run verify -- --site http://localhost:4300/sites/integriteit
 *   npm run verify -- --site https://contoso.sharepoint.com/sites/integriteit --client-id <app id> --tenant <tenant id>
 *   SP_ACCESS_TOKEN=… npm run verify -- --site https://contoso.sharepoint.com/sites/integriteit
 *
 * The checks themselves are in tools/verify-checks.ts (one small function each).
 */
import type { SPFI } from '@pnp/sp';
import { readLists, readSiteSecurity } from '../src/data/provisioning/snapshot';
import { CONTENT_SETS } from '../seed';
import { compareContent } from '../seed/sync';
import { argument, connect, counted, runCommand, signInOptionsOf, siteUrlOf, tokenFor, type TokenSource } from './site';
import { CONTENT_CHECKS, LIST_CHECKS, SCHEMA_LISTS, SITE_CHECKS, type CheckLine, type SiteSnapshot } from './verify-checks';

const USAGE = 'Usage: npm run verify -- --site <site url> [--client-id <app id> --tenant <tenant id>] [--scope <scope>] [--device-code]';

/** The checklist, in sections. */
export interface VerifyReport {
  site: string;
  sections: { title: string; lines: CheckLine[] }[];
  /** Every gap, prefixed with what it concerns. */
  gaps: string[];
  checks: number;
}

/** Reads what the checks need: the site's security, every list of the schema, the content compared. */
export async function readSnapshot(sp: SPFI): Promise<SiteSnapshot> {
  const [security, lists] = await Promise.all([readSiteSecurity(sp), readLists(sp, SCHEMA_LISTS.map((l) => l.title))]);
  const present = CONTENT_SETS.filter((set) => lists[set.list.title]);
  const compared = await compareContent(sp, present);
  const content = CONTENT_SETS.map((set) => compared.filter((c) => c.set === set)[0] || { set, error: `list ${set.list.title} is missing` });
  return { sp, security, lists, content };
}

/** Runs every check on a site. */
export async function verify(sp: SPFI, siteUrl: string): Promise<VerifyReport> {
  const site = await readSnapshot(sp);
  const sections: VerifyReport['sections'] = [];

  const siteLines: CheckLine[] = [];
  for (const check of SITE_CHECKS) siteLines.push(await check(site));
  sections.push({ title: 'Site', lines: siteLines });

  const listLines: CheckLine[] = [];
  for (const list of SCHEMA_LISTS) {
    const state = site.lists[list.title];
    if (!state) {
      listLines.push({ label: list.title, gaps: [`list ${list.title} is missing`] });
      continue;
    }
    const checked: string[] = [];
    const gaps: string[] = [];
    for (const check of LIST_CHECKS) {
      const finding = await check(list, state, site);
      if (!finding) continue;
      checked.push(finding.checked);
      gaps.push(...finding.gaps);
    }
    listLines.push({ label: `${list.title}: ${checked.join(', ')}`, gaps });
  }
  sections.push({ title: 'Lists', lines: listLines });

  const contentLines: CheckLine[] = [];
  for (const check of CONTENT_CHECKS) contentLines.push(...(await check(site)));
  sections.push({ title: 'Content (seed/content/)', lines: contentLines });

  const gaps: string[] = [];
  sections.forEach((section) =>
    section.lines.forEach((line) => line.gaps.forEach((gap) => gaps.push(section.title === 'Lists' && !gap.startsWith('list ') ? `${line.label.split(':')[0]}: ${gap}` : gap))),
  );
  return { site: siteUrl, sections, gaps, checks: sections.reduce((n, s) => n + s.lines.length, 0) };
}

/** The checklist as printed: a ✓ or ✗ line per check, each gap under its ✗ line, and the verdict. */
export function checklist(report: VerifyReport): string[] {
  const out = [`Verifying ${report.site}`];
  report.sections.forEach((section) => {
    out.push('', section.title);
    section.lines.forEach((line) => {
      out.push(`  ${line.gaps.length === 0 ? '✓' : '✗'} ${line.label}`);
      line.gaps.forEach((gap) => out.push(`      - ${gap}`));
    });
  });
  const failed = report.sections.reduce((n, s) => n + s.lines.filter((l) => l.gaps.length > 0).length, 0);
  out.push(
    '',
    failed === 0
      ? `✓ All ${report.checks} checks passed.`
      : `✗ ${failed} of ${report.checks} checks failed, ${report.gaps.length} gap(s). \`npm run provision -- --site ${report.site}\` corrects the schema and adds missing content.`,
  );
  return out;
}

/** What to verify. */
export interface VerifyCommand {
  site: string;
  /** A bearer token; by default the local site-admin persona's, `SP_ACCESS_TOKEN`, or the device-code sign-in's. */
  token?: string;
  /** How to sign in when no token is given (tools/signin.ts). */
  signIn?: TokenSource;
  /** Receives the checklist's lines (default: stdout). */
  print?: (line: string) => void;
}

/** Verifies the site and prints the checklist; exit code 1 when there is a gap. */
export async function runVerify(command: VerifyCommand): Promise<{ exitCode: number; report: VerifyReport }> {
  const print = command.print ?? ((line: string) => console.log(line));
  const site = siteUrlOf(command.site, USAGE);
  const sp = connect(site, command.token ?? (await tokenFor(site, command.signIn)));
  const { result: report, requests, ms } = await counted(() => verify(sp, site.href));
  checklist(report).forEach((line) => print(line));
  print(`(read in ${(ms / 1000).toFixed(1)} s with ${requests} HTTP requests; nothing was changed)`);
  return { exitCode: report.gaps.length > 0 ? 1 : 0, report };
}

if (require.main === module) {
  runCommand(() => {
    const argv = process.argv.slice(2);
    return runVerify({ site: argument(argv, '--site') ?? '', signIn: { signIn: signInOptionsOf(argv) } });
  });
}
