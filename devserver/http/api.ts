import { authenticate, checkDigest, DIGEST_TIMEOUT_SECONDS, issueDigest, type Identity } from '../auth/auth';
import { batchPartCount, parseBatch, renderBatch } from './batch';
import { Entity, type Ctx, type HttpReply, type Site, type Verb } from './context';
import type { Db } from '../store/db';
import { badRequest, invalidDigest, resourceNotFound, SpError, spException, unauthenticated } from './errors';
import { formatFromAccept, renderError, renderResult } from './format';
import { dispatch } from './router';
import { parseSegments } from '../query/segments';

/** One `_api` request seen by the server, for counting round trips. */
export interface RequestLogEntry {
  method: string;
  url: string;
  status: number;
  user?: string;
  /** Time the server spent on the request (after the body arrived), in milliseconds. */
  ms: number;
  /** The requests a `$batch` carried. */
  parts?: number;
}

/** What the `_api` pipeline shares across requests. */
export interface ApiState {
  db: Db;
  site: Site;
  /** Fault injection: the next `remaining` requests answer 429 with `Retry-After: retryAfter`. */
  throttle: { remaining: number; retryAfter: number };
  log: RequestLogEntry[];
}

/** An HTTP request as the pipeline needs it (headers lower-cased). */
export interface ApiRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: Buffer;
}

/** Handles one HTTP request to `{site}/_api/…`: throttling, authentication, digest, then the router; logs it. */
export function handleApi(state: ApiState, req: ApiRequest): HttpReply {
  const started = performance.now();
  const format = formatFromAccept(req.headers.accept);
  let reply: HttpReply;
  let user: string | undefined;
  if (state.throttle.remaining > 0) {
    state.throttle.remaining--;
    reply = renderError(
      new SpError(429, '-1, Microsoft.SharePoint.Client.ClientServiceException', 'The request has been throttled. Retry after the time in the Retry-After header.', {
        'Retry-After': String(state.throttle.retryAfter),
      }),
      format,
    );
  } else {
    const identity = authenticate(state.db, req.headers);
    user = identity?.caller.login;
    reply = identity ? run(state, identity, req, true) : renderError(unauthenticated(), format);
  }
  const ms = performance.now() - started;
  const parts = req.url.pathname.endsWith('/$batch') ? batchPartCount(req.headers['content-type'] ?? '', req.body.toString('utf8')) : undefined;
  state.log.push({ method: req.method, url: req.url.pathname + req.url.search, status: reply.status, user, ms, ...(parts === undefined ? {} : { parts }) });
  return reply;
}

function verbOf(req: ApiRequest): Verb {
  const method = (req.method === 'POST' && req.headers['x-http-method'] ? req.headers['x-http-method'] : req.method).toUpperCase();
  if (method === 'PATCH' || method === 'PUT' || method === 'MERGE') return 'MERGE';
  if (method === 'GET' || method === 'POST' || method === 'DELETE') return method;
  throw new SpError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The HTTP method '${method}' is not supported.`);
}

/** Runs a request as an identity; `topLevel` is false inside a `$batch` (the batch itself was checked). */
function run(state: ApiState, identity: Identity, req: ApiRequest, topLevel: boolean): HttpReply {
  const format = formatFromAccept(req.headers.accept);
  try {
    const verb = verbOf(req);
    const prefix = `${state.site.path}/_api`.toLowerCase();
    if (!req.url.pathname.toLowerCase().startsWith(prefix)) throw resourceNotFound(req.url.pathname);
    let path: string;
    try {
      path = decodeURIComponent(req.url.pathname.slice(prefix.length));
    } catch {
      throw badRequest('The request path is not valid.');
    }
    const segments = parseSegments(path, req.url.searchParams);
    const first = segments[0]?.name;
    if (first === 'contextinfo' && verb === 'POST') return contextInfo(state.site, identity, format);
    if (topLevel && verb !== 'GET' && identity.via === 'cookie') {
      const digest = checkDigest(state.site, identity.token, req.headers['x-requestdigest']);
      if (digest !== 'ok') throw invalidDigest(digest);
    }
    if (first === '$batch' && verb === 'POST' && topLevel) {
      const parts = parseBatch(req.headers['content-type'] ?? '', req.body.toString('utf8'));
      return renderBatch(
        parts.map((part) => {
          let url: URL;
          try {
            url = new URL(part.url, req.url);
          } catch {
            return renderError(badRequest(`The $batch part URL '${part.url}' is not valid.`), format);
          }
          return run(state, identity, { method: part.method, url, headers: part.headers, body: Buffer.from(part.body) }, false);
        }),
      );
    }
    const ctx: Ctx = {
      db: state.db,
      site: state.site,
      caller: identity.caller,
      verb,
      url: req.url,
      headers: req.headers,
      rawBody: req.body,
      format,
      permCache: new Map(),
    };
    return dispatch(ctx, segments);
  } catch (e) {
    if (e instanceof SpError) return renderError(e, format);
    // a bug here must not break a whole $batch or look unlike SharePoint to the client
    console.error('local SharePoint:', e);
    return renderError(spException(`Unexpected error in the local SharePoint: ${e instanceof Error ? e.message : String(e)}`), format);
  }
}

/** `POST _api/contextinfo`: a request digest bound to the caller's session (read raw by PnPjs: top-level FormDigestValue). */
function contextInfo(site: Site, identity: Identity, format: ReturnType<typeof formatFromAccept>): HttpReply {
  const entity = new Entity('SP.ContextWebInformation', {
    FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: issueDigest(site, identity.token),
    LibraryVersion: '16.0.0.0',
    SiteFullUrl: site.url,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: site.url,
  });
  return renderResult({ kind: 'entity', entity, wrap: 'GetContextWebInformation' }, format, site);
}
