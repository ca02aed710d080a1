import type { Ctx, HttpReply, Resource } from './context';
import { resourceNotFound, SpError } from './errors';
import { renderError, renderResult } from './format';
import { applyQueryOptions } from '../query/query-options';
import type { Segment } from '../query/segments';
import { siteResource, webResource } from '../resources/web';

/** `_api/` itself: the web and the site collection. */
const root = (ctx: Ctx): Resource => ({
  child: (seg) => (seg.name === 'web' ? webResource(ctx) : seg.name === 'site' ? siteResource(ctx) : undefined),
});

/**
 * Walks the path segments from `_api/`, runs the verb on the resource reached (atomically: a failing request changes
 * nothing) and renders the result or SharePoint's error.
 */
export function dispatch(ctx: Ctx, segments: Segment[]): HttpReply {
  try {
    return ctx.db.transaction(() => {
      let resource = root(ctx);
      for (const seg of segments) {
        const next = resource.child?.(seg);
        if (!next) throw resourceNotFound(seg.raw);
        resource = next;
      }
      const handler = { GET: resource.get, POST: resource.post, MERGE: resource.merge, DELETE: resource.delete }[ctx.verb];
      if (!handler) throw new SpError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The HTTP method '${ctx.verb}' is not supported for this resource.`);
      const result = handler();
      return renderResult(ctx.verb === 'GET' ? applyQueryOptions(ctx, result) : result, ctx.format, ctx.site);
    });
  } catch (e) {
    if (e instanceof SpError) return renderError(e, ctx.format);
    throw e;
  }
}
