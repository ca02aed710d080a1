import type { ComplaintRecord, InvestigatorOption } from '../../src/data/complaints/ComplaintsRepository';
import { SPComplaintsRepository } from '../../src/data/complaints/SPComplaintsRepository';
import { brusselsDateOf } from '../../src/domain/dates';
import type { TestSite } from '../data/registers/localSite';
import { GRIET } from '../data/registers/logins';

/** The complaints repository as a persona, through the app's own code (to set up what the raw attacks aim at). */
export const complaintsAs = async (site: TestSite, login: string): Promise<SPComplaintsRepository> => new SPComplaintsRepository(await site.as(login), login);

/**
 * Intern Toezicht registers one complaint per key (titled `<prefix>-<key>`, received today by letter, dienst
 * Interventie) and assigns each investigator named in `investigators` (by key); returns the dossiers by key.
 */
export async function dossiersByKey(
  site: TestSite,
  prefix: string,
  keys: readonly string[],
  investigators: { [key: string]: string },
): Promise<{ dossiers: { [key: string]: ComplaintRecord }; investigators: InvestigatorOption[] }> {
  const griet = await complaintsAs(site, GRIET);
  const today = brusselsDateOf(new Date());
  const dossiers: { [key: string]: ComplaintRecord } = {};
  for (const key of keys) {
    dossiers[key] = await griet.createComplaint({
      title: `${prefix}-${key}`,
      reference: '',
      receivedOn: today,
      channel: 'Brief',
      complainantName: `Klager ${key}`,
      complainantContact: '',
      facts: `Feiten ${key}.`,
      themeId: '',
      dienst: 'Interventie',
      involvedStaff: [],
      evidence: '',
    });
  }
  const opened = await griet.openDossier(dossiers[keys[0]].id);
  const option = (name: string): InvestigatorOption => opened.investigators.filter((i) => i.name === name)[0];
  for (const key of Object.keys(investigators)) {
    dossiers[key] = await griet.decide(dossiers[key], opened.me, { action: 'assignInvestigator', investigator: option(investigators[key]) });
  }
  return { dossiers, investigators: opened.investigators };
}
