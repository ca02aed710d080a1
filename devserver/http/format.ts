import { Entity, type ApiResult, type Format, type HttpReply, type Site } from './context';
import type { SpError } from './errors';

const CONTENT_TYPES: Record<Format, string> = {
  minimal: 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8',
  nometadata: 'application/json;odata=nometadata;streaming=true;charset=utf-8',
  verbose: 'application/json;odata=verbose;charset=utf-8',
};

/** Picks the response flavour from Accept: verbose, nometadata, else minimalmetadata (what SPO does for `application/json`). */
export function formatFromAccept(accept: string | undefined): Format {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose') || a.includes('odata.metadata=full')) return 'verbose';
  if (a.includes('odata=nometadata') || a.includes('odata.metadata=none')) return 'nometadata';
  return 'minimal';
}

/** Renders a handler result as SharePoint would send it in the given format. */
export function renderResult(result: ApiResult, format: Format, site: Site): HttpReply {
  const api = `${site.url}/_api/`;
  const headers: Record<string, string> = { 'Content-Type': CONTENT_TYPES[format] };
  const json = (status: number, body: unknown): HttpReply => ({ status, headers, body: JSON.stringify(body) });
  switch (result.kind) {
    case 'entity': {
      if (result.entity.opts.etag) headers.ETag = result.entity.opts.etag;
      const body = entityJson(result.entity, format, api);
      const status = result.status ?? 200;
      if (format === 'verbose') return json(status, { d: result.wrap ? { [result.wrap]: body } : body });
      if (format === 'minimal') return json(status, { 'odata.metadata': `${api}$metadata#${result.entity.type}/@Element`, ...body });
      return json(status, body);
    }
    case 'collection': {
      const items = result.entities.map((e) => entityJson(e, format, api));
      if (format === 'verbose') return json(200, { d: { results: items, ...(result.nextLink ? { __next: result.nextLink } : {}) } });
      const next = result.nextLink ? { 'odata.nextLink': result.nextLink } : {};
      if (format === 'minimal') return json(200, { 'odata.metadata': `${api}$metadata#${result.set}`, value: items, ...next });
      return json(200, { value: items, ...next });
    }
    case 'value':
      if (format === 'verbose') return json(200, { d: { [result.name]: result.value } });
      if (format === 'minimal') return json(200, { 'odata.metadata': `${api}$metadata#${result.edmType}`, value: result.value });
      return json(200, { value: result.value });
    case 'raw':
      return { status: 200, headers: { 'Content-Type': result.contentType }, body: result.body };
    case 'void':
      if (result.etag) headers.ETag = result.etag;
      if (result.status === 204 || !result.name) return { status: result.status, headers, body: '' };
      return json(200, format === 'verbose' ? { d: { [result.name]: null } } : { 'odata.null': true });
  }
}

/** Renders a SharePoint error as `odata.error` (or verbose `error`). */
export function renderError(error: SpError, format: Format): HttpReply {
  const inner = { code: error.code, message: { lang: 'en-US', value: error.message } };
  return {
    status: error.status,
    headers: { 'Content-Type': CONTENT_TYPES[format], ...error.headers },
    body: JSON.stringify(format === 'verbose' ? { error: inner } : { 'odata.error': inner }),
  };
}

function entityJson(entity: Entity, format: Format, api: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const { path, id, etag } = entity.opts;
  if (format === 'verbose') {
    out.__metadata = {
      ...(path ? { id: id ?? `${api}${path}`, uri: `${api}${path}` } : {}),
      ...(etag ? { etag } : {}),
      type: entity.type,
    };
  } else if (format === 'minimal') {
    out['odata.type'] = entity.type;
    if (path) out['odata.id'] = id ?? `${api}${path}`;
    if (etag) out['odata.etag'] = etag;
    if (path) out['odata.editLink'] = path;
  }
  for (const [key, value] of Object.entries(entity.props)) out[key] = valueJson(value, format, api);
  return out;
}

function valueJson(value: unknown, format: Format, api: string): unknown {
  if (value instanceof Entity) return entityJson(value, format, api);
  if (!Array.isArray(value)) return value;
  const items = value.map((v) => valueJson(v, format, api));
  if (format !== 'verbose') return items;
  if (value.some((v) => v instanceof Entity)) return { results: items };
  const edm = typeof value[0] === 'number' ? 'Edm.Int32' : 'Edm.String';
  return { __metadata: { type: `Collection(${edm})` }, results: items };
}
