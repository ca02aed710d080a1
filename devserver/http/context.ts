import type { Db } from '../store/db';
import { badRequest } from './errors';
import type { Mask } from '../auth/mask';
import type { Segment } from '../query/segments';

/** The site this server hosts (one site collection with one web). */
export interface Site {
  /** e.g. http://127.0.0.1:4300 */
  origin: string;
  /** e.g. /sites/integriteit */
  path: string;
  /** origin + path */
  url: string;
  title: string;
  siteId: string;
  webId: string;
  created: string;
  /** HMAC key for request digests. */
  secret: string;
}

/** The signed-in principal a request runs as. */
export interface Caller {
  id: number;
  login: string;
  title: string;
  email: string;
  isSiteAdmin: boolean;
}

/** Response flavour chosen from the Accept header (sp-rest-surface.md §1.3). */
export type Format = 'minimal' | 'nometadata' | 'verbose';

/** The verbs a resource answers; POST with `X-HTTP-Method` is folded into MERGE or DELETE first. */
export type Verb = 'GET' | 'POST' | 'MERGE' | 'DELETE';

/** One `_api` request as the router sees it, from HTTP or from inside a `$batch`. */
export interface Ctx {
  db: Db;
  site: Site;
  caller: Caller;
  verb: Verb;
  url: URL;
  headers: Record<string, string>;
  rawBody: Buffer;
  format: Format;
  /** Effective permission masks computed during this request, by scope key. */
  permCache: Map<string, Mask>;
}

/** The request body as JSON (an empty body is `{}`); throws SharePoint's 400 on invalid JSON. */
export function jsonBody(ctx: Ctx): Record<string, unknown> {
  const text = ctx.rawBody.toString('utf8');
  if (!text.trim()) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // fall through to SharePoint's error
  }
  throw badRequest('Invalid JSON. A token was not recognized in the JSON content.');
}

/** An OData entity (with `path`) or complex value (without); rendered per format by format.ts. */
export class Entity {
  constructor(
    readonly type: string,
    readonly props: Record<string, unknown>,
    readonly opts: {
      /** Relative edit link, e.g. `Web/Lists(guid'…')`; absent for complex values. */
      path?: string;
      /** `odata.id` when it is not the absolute URL of `path` (list items use a GUID). */
      id?: string;
      etag?: string;
      /** Navigation properties `$expand` can pull in. */
      nav?: Record<string, () => Entity | Entity[] | null>;
    } = {},
  ) {}
}

/** What a resource handler returns; the router renders it in the requested format. */
export type ApiResult =
  | {
      kind: 'entity';
      entity: Entity;
      status?: number;
      /** Verbose wraps method results as `{d:{<wrap>:{…}}}` (contextinfo, permissions). */
      wrap?: string;
      /** Already projected by the handler (list items); otherwise `$select`/`$expand` apply generically. */
      shaped?: boolean;
    }
  | { kind: 'collection'; entities: Entity[]; set: string; nextLink?: string; shaped?: boolean }
  | { kind: 'value'; value: unknown; edmType: string; name: string }
  | { kind: 'void'; status: 200 | 204; name?: string; etag?: string }
  /** File content (`$value`), sent as is. */
  | { kind: 'raw'; body: Buffer; contentType: string };

/** A node of the `_api` path: it resolves child segments and answers the verbs it supports. */
export interface Resource {
  child?(segment: Segment): Resource | undefined;
  get?(): ApiResult;
  post?(): ApiResult;
  merge?(): ApiResult;
  delete?(): ApiResult;
}

/** A finished HTTP answer. */
export interface HttpReply {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

/** `{ kind: 'void' }` for a method that returns nothing (200 `{"odata.null":true}`). */
export const voidResult = (name: string): ApiResult => ({ kind: 'void', status: 200, name });
/** 204 with an optional ETag, as MERGE and DELETE answer. */
export const noContent = (etag?: string): ApiResult => ({ kind: 'void', status: 204, etag });
