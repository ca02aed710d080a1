import type { SPFI } from '@pnp/sp';
import { createOnce } from '../createOnce';
import { WERKGROEPEN, fieldNames } from '../schema';
import { comiteChoice, overleggroepChoice, toWerkgroep, uitvoerderKindChoice, type WerkgroepJson } from './mapper';
import { activeWerkgroepen, STEP_LIMIT } from './queries';
import type { NewWerkgroep } from './repository';
import type { WerkgroepInfo } from './types';

/** The active werkgroepen (and uitvoerders) a comité can assign a proposal to. */
export async function readWerkgroepen(sp: SPFI): Promise<WerkgroepInfo[]> {
  const rows: WerkgroepJson[] = await activeWerkgroepen(sp).top(STEP_LIMIT)();
  return rows.map(toWerkgroep).filter((w): w is WerkgroepInfo => w !== null);
}

/** Creates an ad-hoc werkgroep (once: a retry finds the first). */
export async function createWerkgroep(sp: SPFI, werkgroep: NewWerkgroep): Promise<WerkgroepInfo> {
  const W = fieldNames(WERKGROEPEN);
  const created = await createOnce(sp, WERKGROEPEN.title, {
    [W.Title]: werkgroep.name.trim().slice(0, 255),
    ClientId: newWerkgroepClientId(werkgroep),
    [W.Comite]: comiteChoice(werkgroep.comite),
    [W.UitvoerderKind]: uitvoerderKindChoice(werkgroep.kind),
    [W.Overleggroep]: overleggroepChoice(werkgroep.overleggroep),
    [W.AdHoc]: true,
    [W.Mandate]: werkgroep.mandate.trim(),
    [W.Active]: true,
  });
  const info = toWerkgroep(created as unknown as WerkgroepJson);
  if (!info) throw new Error('The new werkgroep could not be read back.');
  return info;
}

/** One werkgroep per comité and name: creating it again (a retry, a double click) finds the first. */
function newWerkgroepClientId(werkgroep: NewWerkgroep): string {
  const name = werkgroep.name.trim().toLowerCase().replace(/\s+/g, '-');
  return `wg-${werkgroep.comite}-${name}`.slice(0, 64);
}
