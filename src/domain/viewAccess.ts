import type { GroupKey } from './groups';
import { isIn, type Membership } from './membership';

/**
 * Who may use each part of the product: the members of the groups named (DOMAIN.md section 1), the same groups the
 * part's lists grant access to (src/data/schema; a test keeps the two in step). The app offers a user only the parts
 * they may use; SharePoint itself refuses the rest. A new part adds one entry here.
 */
export const VIEW_USERS = {
  // the policy, the korpsrichtlijnen and the Berichten: every staff member and the politiecollege
  beleid: ['medewerkers', 'politiecollege', 'juridischeDienst', 'beheerders'],
  plan: ['medewerkers', 'politiecollege', 'korpsleiding', 'beheerders'],
  voorstellen: ['medewerkers', 'beheerders'],
  // declarations by every staff member; the politiecollege advises on side activities
  registers: ['medewerkers', 'politiecollege'],
  // the complaints register: who manages it, the investigators of the dossiers assigned to them, the Juridische dienst
  // for the dossiers whose legal support was asked, and the CaLog support role for the dossiers' administration
  klachten: ['internToezicht', 'korpsleiding', 'diensthoofden', 'hinp', 'juridischeDienst', 'dossierbeheer'],
  // an incident concerns the members involved (their own, read-only) and TIWK, Cel GWB, HR and the korpsleiding (all)
  weerspannigheid: ['medewerkers', 'internToezicht', 'celGWB', 'hr', 'korpsleiding'],
  // the internal reporting channel: every member reports (and reads their own reports); the integrity contacts handle them
  melden: ['medewerkers', 'integriteitscontact'],
  // every member's own trainings and the dilemma sessions; HR and Cel GWB plan them
  opleidingen: ['medewerkers', 'hr', 'celGWB'],
  // the figures for who manages the register, the published reports for their readers
  dashboard: ['internToezicht', 'korpsleiding', 'diensthoofden', 'directiecomite', 'politiecollege'],
  // the published reports and newsletters: every staff member; the drafts: their writers and approvers (REPORT_KINDS)
  verslagen: ['medewerkers', 'juridischeDienst', 'directiecomite', 'comitevoorzitters', 'korpsleiding', 'communicatie', 'beheerders'],
} as const satisfies Record<string, readonly GroupKey[]>;

/** A part of the product named in {@link VIEW_USERS}. */
export type AccessView = keyof typeof VIEW_USERS;

/** Whether the member may use the part. */
export function mayUseView(view: AccessView, member: Membership): boolean {
  return isIn(member, ...VIEW_USERS[view]);
}
