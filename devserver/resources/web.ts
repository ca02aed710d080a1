import { Entity, type Ctx, type Resource } from '../http/context';
import { accessDenied } from '../http/errors';
import { webFolderResource } from './folders';
import { recycleBinResource } from './recycle-bin';
import { listByIdResource, listByUrlResource, listsResource } from './lists';
import { callerMask, WEB } from '../auth/permissions';
import { roleDefinitionsResource, securableChild } from './security';
import {
  associatedGroupResource,
  currentUserResource,
  ensureUser,
  groupsResource,
  principalEntity,
  userByIdResource,
  usersResource, userInfoListResource,
  getPrincipal,
  type PrincipalRow,
} from './users';

function webEntity(ctx: Ctx): Entity {
  const { site } = ctx;
  return new Entity(
    'SP.Web',
    {
      AllowRssFeeds: true,
      Configuration: 0,
      Created: site.created,
      Description: '',
      HasUniqueRoleAssignments: true,
      Id: site.webId,
      IsMultilingual: false,
      Language: 1033,
      LastItemModifiedDate: ctx.db.get<{ m: string | null }>('SELECT max(modified) AS m FROM lists')?.m ?? site.created,
      ServerRelativeUrl: site.path,
      SiteLogoUrl: null,
      Title: site.title,
      Url: site.url,
      WebTemplate: 'STS',
    },
    {
      path: 'Web',
      nav: {
        CurrentUser: () => principalEntity(ctx, getPrincipal(ctx.db, ctx.caller.id) as PrincipalRow),
      },
    },
  );
}

/** `_api/web`: reachable with any permission on the web (limited access included), like SharePoint. */
export function webResource(ctx: Ctx): Resource {
  const mask = callerMask(ctx, WEB);
  if (!mask.high && !mask.low) throw accessDenied();
  return {
    get: () => ({ kind: 'entity', entity: webEntity(ctx) }),
    child: (seg) => {
      switch (seg.name) {
        case 'lists':
          return seg.call ? listByIdResource(ctx, seg.arg) : listsResource(ctx);
        case 'getlist':
          return listByUrlResource(ctx, seg.arg);
        case 'recyclebin':
          return seg.call ? recycleBinResource(ctx).child?.(seg) : recycleBinResource(ctx);
        case 'getfolderbyserverrelativepath':
        case 'getfolderbyserverrelativeurl':
          return webFolderResource(ctx, seg);
        case 'currentuser':
          return currentUserResource(ctx);
        case 'siteusers':
          return seg.call ? usersResource(ctx).child?.(seg) : usersResource(ctx);
        case 'siteuserinfolist':
          return userInfoListResource(ctx);
        case 'sitegroups':
          return seg.call ? groupsResource(ctx).child?.(seg) : groupsResource(ctx);
        case 'getuserbyid':
          return userByIdResource(ctx, seg.arg);
        case 'ensureuser':
          return ensureUser(ctx);
        case 'roledefinitions':
          return seg.call ? roleDefinitionsResource(ctx).child?.(seg) : roleDefinitionsResource(ctx);
        case 'associatedownergroup':
          return associatedGroupResource(ctx, 'owner');
        case 'associatedmembergroup':
          return associatedGroupResource(ctx, 'member');
        case 'associatedvisitorgroup':
          return associatedGroupResource(ctx, 'visitor');
        default:
          return securableChild(ctx, WEB, seg);
      }
    },
  };
}

/** `_api/site`: the site collection. */
export function siteResource(ctx: Ctx): Resource {
  return {
    get: () => ({
      kind: 'entity',
      entity: new Entity('SP.Site', { Id: ctx.site.siteId, ServerRelativeUrl: ctx.site.path, Url: ctx.site.url }, { path: 'Site' }),
    }),
    child: (seg) => {
      if (seg.name === 'rootweb') return webResource(ctx);
      if (seg.name === 'recyclebin') return seg.call ? recycleBinResource(ctx).child?.(seg) : recycleBinResource(ctx);
      return undefined;
    },
  };
}
