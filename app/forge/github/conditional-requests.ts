/**
 * Conditional REST reads: every GET remembers the answer's ETag, asks again with `If-None-Match`,
 * and on `304 Not Modified` answers from memory. GitHub does not count a 304 against the primary
 * rate limit ("Making a conditional request does not count against your primary rate limit if a
 * 304 response is returned"), so what is read again and again — the catalog repository's head, team
 * listings, a repository listing page — costs nothing while it is unchanged. The answer is never
 * stale: GitHub only says 304 when the ETag still matches. A git object asked by its full SHA
 * cannot change, so it is not asked again at all.
 *
 * Probot makes a new Octokit for every installation token, so the cache lives outside the Octokit
 * (the app passes one in) and is keyed by installation: one installation never sees another's
 * answers. An answer is kept as its JSON text and parsed afresh for each caller, as if it had come
 * over the wire: Octokit's paginate rewrites the answers it is given, and a shared object would
 * carry one caller's rewrite to the next.
 */
import type { Octokit, OctokitOptions } from '@octokit/core';
import { LRUCache } from 'lru-cache';

type Response = Awaited<ReturnType<Octokit['request']>>;

interface Remembered {
  etag: string;
  status: number;
  url: string;
  headers: Response['headers'];
  /** The body as JSON text, or the text itself when GitHub answered text (a bare SHA). */
  body: string;
  json: boolean;
}

export type ResponseCache = LRUCache<string, Remembered>;

/** Answers kept, by approximate size (the body's length); larger answers are not kept. */
export const DEFAULT_CACHE_BYTES = 32 * 1024 * 1024;

export function createResponseCache(maxBytes = DEFAULT_CACHE_BYTES): ResponseCache {
  return new LRUCache<string, Remembered>({
    maxSize: maxBytes,
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 8)),
    sizeCalculation: (r) => Math.max(1, r.body.length),
  });
}

export interface ConditionalRequestOptions {
  /** Answers shared by the Octokits the app makes; without one, each Octokit keeps its own. */
  cache?: ResponseCache;
}

declare module '@octokit/core' {
  interface OctokitOptions {
    conditionalRequests?: ConditionalRequestOptions;
  }
}

export function conditionalRequests(octokit: Octokit, options: OctokitOptions) {
  const cache = options.conditionalRequests?.cache ?? createResponseCache();
  const installation = (options.auth as { installationId?: number | string } | undefined)?.installationId;
  const scope = installation === undefined ? 'app' : `installation:${installation}`;

  octokit.hook.wrap('request', async (request, requestOptions) => {
    const { method, url, headers } = octokit.request.endpoint.parse(requestOptions);
    if (method !== 'GET' || /\/graphql$/.test(url)) return request(requestOptions);
    // The media type is part of the answer (a commit as JSON, or as its bare SHA).
    const key = `${scope} ${headers.accept ?? ''} ${url}`;
    const known = cache.get(key);
    if (known && IMMUTABLE.test(url)) return answerFrom(known);
    if (known) requestOptions.headers = { ...requestOptions.headers, 'if-none-match': known.etag };
    try {
      const response = await request(requestOptions);
      const { etag } = response.headers;
      if (etag) cache.set(key, remember(etag, response));
      else cache.delete(key);
      return response;
    } catch (error) {
      if (!known || (error as { status?: number }).status !== 304) throw error;
      return answerFrom(known);
    }
  });
}

/**
 * A git object named by its id never changes: a tree (or, for `git/trees`, a commit's tree) asked
 * by a full SHA is answered from memory without asking again, not even conditionally. Branch
 * names and short SHAs are asked as any other GET.
 */
const IMMUTABLE = /\/repos\/[^/]+\/[^/]+\/git\/(?:trees|blobs|commits)\/[0-9a-f]{40}(?:\?|$)/;

const answerFrom = (known: Remembered) =>
  ({
    status: known.status,
    url: known.url,
    headers: { ...known.headers },
    data: known.json ? JSON.parse(known.body) : known.body,
  }) as Response;

function remember(etag: string, { status, url, headers, data }: Response): Remembered {
  const json = typeof data !== 'string';
  return {
    etag,
    status,
    url,
    headers: { ...headers },
    body: json ? (JSON.stringify(data ?? null) ?? 'null') : data,
    json,
  };
}
