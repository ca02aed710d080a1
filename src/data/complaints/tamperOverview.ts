import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { tamperedChanges, type RoutingChange } from '../../domain/complaints';
import { KLACHTEN } from '../schema';
import { KF } from './complaintMapper';
import { readEntitlement, readVersions } from './dossierVersions';
import { sharedRoundTrip } from '../oneRoundTrip';

/** A dossier whose routing someone changed without being entitled to ("gewijzigd buiten de app"). */
export interface TamperedDossier {
  id: string;
  reference: string;
  changes: RoutingChange[];
}

const PER_BATCH = 20;

/**
 * The korpsleiding's overview: every dossier (of those the caller may read) whose routing fields (investigator, status,
 * tuchtdossier) were changed by someone not entitled to, checked against each dossier's version history; the latest
 * `top` dossiers.
 */
export async function tamperedDossiers(sp: SPFI, top: number = 500): Promise<TamperedDossier[]> {
  const [first, run] = sharedRoundTrip(sp);
  const read = Promise.all([
    first.web.lists.getByTitle(KLACHTEN.title).items.select('Id', KF.Reference).orderBy('Id', false).top(top)<{ Id: number; Reference: string | null }[]>(),
    readEntitlement(first),
  ]);
  await run();
  const [dossiers, who] = await read;
  const found: TamperedDossier[] = [];
  for (let i = 0; i < dossiers.length; i += PER_BATCH) {
    const chunk = dossiers.slice(i, i + PER_BATCH);
    const [batched, execute] = sp.batched();
    const read = Promise.all(chunk.map((d) => readVersions(batched, d.Id)));
    await execute();
    const histories = await read;
    for (let j = 0; j < chunk.length; j++) {
      const changes = tamperedChanges(histories[j], who);
      if (changes.length) found.push({ id: String(chunk[j].Id), reference: chunk[j].Reference || `KL-${chunk[j].Id}`, changes });
    }
  }
  return found;
}
