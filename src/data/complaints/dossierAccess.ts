import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { entitledRouting, readersOf, type DossierVersion, type RoutingEntitlement } from '../../domain/complaints';
import { GROUPS } from '../groups';
import { itemGrants, ItemAccessWriter } from '../itemSecurity';
import { KLACHTEN, TUCHTDOSSIER_GROUPS } from '../schema';
import { KF } from './complaintMapper';
import { readEntitlement, readVersions } from './dossierVersions';

/** How many dossiers' version histories one batch reads. */
const VERSIONS_PER_BATCH = 20;

/**
 * The values a dossier's permissions are derived from: the investigator and the tuchtdossier's diensthoofd as people
 * entitled to assign them set them (the version history's editors), never the fields as they stand now; the Juridische
 * dienst while its legal support is asked and the dossier is open.
 */
export function accessValues(versions: readonly DossierVersion[], who: RoutingEntitlement): Record<string, number | string | null> {
  const readers = readersOf(entitledRouting(versions, who), versions);
  return {
    [`${KF.Investigator}Id`]: readers.investigatorId ? Number(readers.investigatorId) : null,
    [`${KF.DisciplinaryHead}Id`]: readers.disciplinaryHeadId ? Number(readers.disciplinaryHeadId) : null,
    [KF.LegalSupport]: readers.legalSupport ? GROUPS.juridischeDienst : null,
  };
}

/** Whether the dossier is a tuchtdossier as the korpschef made it one: then only the korpschef may edit it (and re-secure it). */
export function isDisciplinary(versions: readonly DossierVersion[], who: RoutingEntitlement): boolean {
  return readersOf(entitledRouting(versions, who), versions).disciplinary;
}

/**
 * Gives one dossier the permissions its entitled routing calls for (see {@link accessValues}); idempotent. A tuchtdossier
 * gets {@link TUCHTDOSSIER_GROUPS} instead of the list's managers: only the korpschef edits it from then on.
 */
export function secureDossier(writer: ItemAccessWriter, dossierId: number, versions: readonly DossierVersion[], who: RoutingEntitlement): Promise<boolean> {
  const groups = isDisciplinary(versions, who) ? TUCHTDOSSIER_GROUPS : KLACHTEN.itemSecurity.groups;
  const values = accessValues(versions, who);
  return writer.grant(KLACHTEN.title, dossierId, (context) => itemGrants(context, { groups, fromFields: KLACHTEN.itemSecurity.fromFields }, values));
}

/** The ids of every dossier, in pages of 5,000 (the list view threshold). */
async function dossierIds(sp: SPFI): Promise<number[]> {
  const ids: number[] = [];
  let after = 0;
  for (;;) {
    const rows = await sp.web.lists.getByTitle(KLACHTEN.title).items.select('Id').filter(`Id gt ${after}`).orderBy('Id', true).top(5000)<{ Id: number }[]>();
    rows.forEach((r) => ids.push(r.Id));
    if (rows.length < 5000) return ids;
    after = rows[rows.length - 1].Id;
  }
}

/**
 * Re-secures every dossier to the security model (docs/security.md section 3): Intern Toezicht and the korpsleiding
 * Dossierbeheer, the investigator and the tuchtdossier's diensthoofd Read, derived from the version history's entitled
 * changes. Provisioning calls it on every run; a second run changes nothing. The caller needs ManagePermissions on the
 * dossiers (the site owner who provisions). Returns how many dossiers it looked at.
 */
export async function resecureDossiers(sp: SPFI): Promise<{ dossiers: number }> {
  const ids = await dossierIds(sp);
  if (!ids.length) return { dossiers: 0 };
  const who = await readEntitlement(sp);
  const writer = new ItemAccessWriter(sp);
  for (let i = 0; i < ids.length; i += VERSIONS_PER_BATCH) {
    const chunk = ids.slice(i, i + VERSIONS_PER_BATCH);
    const [batched, execute] = sp.batched();
    const read = Promise.all(chunk.map((id) => readVersions(batched, id)));
    await execute();
    const histories = await read;
    for (let j = 0; j < chunk.length; j++) await secureDossier(writer, chunk[j], histories[j], who);
  }
  return { dossiers: ids.length };
}
