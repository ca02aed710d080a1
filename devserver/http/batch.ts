import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { HttpReply } from './context';
import { badRequest } from './errors';

/** One request inside a `$batch` body. */
export interface BatchPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

const boundaryOf = (contentType: string): string | undefined => /boundary="?([^";]+)"?/i.exec(contentType)?.[1];

/** Splits a multipart body on its boundary; each part is returned as [lower-cased MIME headers, content]. */
function splitMultipart(body: string, boundary: string): [Record<string, string>, string][] {
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  const parts: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (line.trimEnd() === `--${boundary}--`) break;
    if (line.trimEnd() === `--${boundary}`) {
      current = [];
      parts.push(current);
    } else {
      current?.push(line);
    }
  }
  return parts.map((part) => {
    const blank = part.findIndex((l) => l.trim() === '');
    const headerLines = blank < 0 ? part : part.slice(0, blank);
    return [parseHeaders(headerLines), (blank < 0 ? [] : part.slice(blank + 1)).join('\n')];
  });
}

function parseHeaders(lines: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** Parses a `$batch` request body (LF or CRLF, changesets nested one level) into its requests, in order. */
export function parseBatch(contentType: string, body: string): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw badRequest('The $batch request has no multipart boundary.');
  const requests: BatchPart[] = [];
  const visit = (text: string, b: string): void => {
    for (const [mime, content] of splitMultipart(text, b)) {
      const nested = boundaryOf(mime['content-type'] ?? '');
      if (/^multipart\/mixed/i.test(mime['content-type'] ?? '') && nested) {
        visit(content, nested);
        continue;
      }
      const lines = content.split('\n');
      const start = lines.findIndex((l) => l.trim() !== '');
      const m = /^(\S+)\s+(\S+)(?:\s+HTTP\/[\d.]+)?\s*$/i.exec(lines[start] ?? '');
      if (!m) throw badRequest('A $batch part has no request line.');
      const rest = lines.slice(start + 1);
      const blank = rest.findIndex((l) => l.trim() === '');
      requests.push({
        method: m[1].toUpperCase(),
        url: m[2],
        headers: parseHeaders(blank < 0 ? rest : rest.slice(0, blank)),
        body: blank < 0 ? '' : rest.slice(blank + 1).join('\n').trim(),
      });
    }
  };
  visit(body, boundary);
  return requests;
}

/** How many requests a `$batch` body carries (for the request log); undefined when it is not a batch one can read. */
export function batchPartCount(contentType: string, body: string): number | undefined {
  try {
    return parseBatch(contentType, body).length;
  } catch {
    return undefined;
  }
}

/**
 * The `$batch` response as SharePoint Online writes it and PnPjs parses it: one flat `--batchresponse_` part per
 * request, in request order (changeset members included), ending with a line break.
 */
export function renderBatch(replies: HttpReply[]): HttpReply {
  const boundary = `batchresponse_${randomUUID()}`;
  const out: string[] = [];
  for (const reply of replies) {
    out.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    out.push(`HTTP/1.1 ${reply.status} ${STATUS_CODES[reply.status] ?? 'Unknown'}`);
    for (const [name, value] of Object.entries(reply.headers)) out.push(`${name.toUpperCase()}: ${value}`);
    out.push('', reply.body.toString());
  }
  out.push(`--${boundary}--`, '');
  return { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` }, body: out.join('\n') };
}
