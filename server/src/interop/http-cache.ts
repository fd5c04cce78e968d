import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

/** A strong validator of the exact bytes sent. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 32)}"`;
}

/** Whether an `If-None-Match` list (`*`, or tags, weak or strong) names this tag. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const bare = etag.replace(/^W\//, '');
  return header
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag.replace(/^W\//, '') === bare);
}

/** Whether the copy a client has (`If-Modified-Since`) is still current at `lastModified`. */
function notModifiedSince(header: string | undefined, lastModified: Date): boolean {
  if (header === undefined) return false;
  const since = Date.parse(header);
  // HTTP dates have whole seconds; compare at that precision.
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export interface CachedBody {
  body: string;
  contentType: string;
  lastModified: Date | null;
  /** `public` when anyone may read it, `private` when a token was needed. */
  visibility: 'public' | 'private';
}

/**
 * Sends a body with `ETag` and `Last-Modified`, or `304 Not Modified` when the client's copy
 * matches. `If-None-Match` wins over `If-Modified-Since`, as RFC 9110 says.
 */
export function sendCached(req: Request, res: Response, cached: CachedBody): void {
  const etag = etagOf(cached.body);
  res.setHeader('ETag', etag);
  if (cached.lastModified) res.setHeader('Last-Modified', cached.lastModified.toUTCString());
  // Clients may keep it, but must ask again (cheaply, with the validators) before reusing it.
  res.setHeader('Cache-Control', `${cached.visibility}, max-age=0, must-revalidate`);
  const inm = req.get('if-none-match');
  const fresh =
    inm !== undefined
      ? matchesEtag(inm, etag)
      : cached.lastModified !== null &&
        notModifiedSince(req.get('if-modified-since'), cached.lastModified);
  if (fresh) {
    res.status(304).end();
    return;
  }
  res.status(200).type(cached.contentType).send(cached.body);
}
