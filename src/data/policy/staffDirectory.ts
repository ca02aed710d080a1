import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import { GROUPS, type Dienst } from '../groups';
import { toDienst, toStaffMember } from './mapper';
import type { StaffMember } from './types';

/** SharePoint's User Information List keeps each user's department (synchronised from Microsoft Entra ID). */
const DEPARTMENT = 'Department';
/** More users than a police zone has; the User Information List is read in one page. */
const USER_INFO_PAGE = 5000;

interface UserJson {
  Id: number;
  Title: string;
}

/**
 * Queues the reads of every staff member (the Medewerkers group) with the dienst SharePoint knows for them on a root
 * that may be batched; await the returned promise after the batch ran.
 */
export function readRoster(sp: SPFI): Promise<StaffMember[]> {
  return Promise.all([
    sp.web.siteGroups.getByName(GROUPS.medewerkers).users.select('Id', 'Title')<UserJson[]>(),
    sp.web.siteUserInfoList.items.select('Id', DEPARTMENT).top(USER_INFO_PAGE)<{ Id: number; Department?: string | null }[]>(),
  ]).then(([members, info]) => {
    const departments: { [id: number]: string | null | undefined } = {};
    info.forEach((row) => {
      departments[row.Id] = row.Department;
    });
    return members.map((m) => toStaffMember(m, departments[m.Id]));
  });
}

/** Queues the read of one user's dienst, as SharePoint knows it (undefined when it is not one of the zone's diensten). */
export function readDienst(sp: SPFI, userId: number): Promise<Dienst | undefined> {
  return sp.web.siteUserInfoList.items.getById(userId).select(DEPARTMENT)<{ Department?: string | null }>().then((row) => toDienst(row.Department));
}
