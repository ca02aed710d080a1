import { isIn, type Membership } from '../membership';
import type { ComplaintActor } from './complaintFlow';

/** The roles the complaint flow knows the user in, from their groups. */
export function complaintActor(me: Membership): ComplaintActor {
  const roles: ComplaintActor['roles'][number][] = [];
  if (isIn(me, 'internToezicht')) roles.push('internToezicht');
  if (isIn(me, 'korpsleiding')) roles.push('korpsleiding');
  if (isIn(me, 'korpschef')) roles.push('korpschef');
  if (isIn(me, 'diensthoofden')) roles.push('diensthoofd');
  if (isIn(me, 'hinp')) roles.push('hinp');
  return { id: String(me.userId), name: me.name, roles, dienst: null };
}

/** Whether the user sees every dossier and manages their permissions (korpsleiding, Intern Toezicht). */
export const managesComplaints = (me: Membership): boolean => isIn(me, 'korpsleiding', 'internToezicht');
