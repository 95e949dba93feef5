/**
 * What a REST handler receives and returns, and the answers GitHub gives in many places:
 * "Not Found", "Validation Failed", and paginated lists with a `Link` header.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Auth, Caller } from '../server/auth.ts';
import type { RateLimits } from '../server/rate-limit.ts';
import type { AppRecord, RepoRecord, World } from '../state/store.ts';
import type { CoreObjects } from './objects/core.ts';
import type { WorkObjects } from './objects/work.ts';

export interface RestReply {
  status: number;
  /** JSON body; absent for 204 and 304. */
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (raw file contents), sent as is and not schema-checked. */
  raw?: { contentType: string; data: Buffer };
}

export interface RestContext {
  world: World;
  auth: Auth;
  rates: RateLimits;
  objects: CoreObjects & WorkObjects;
  caller: Caller;
  /** The app the caller acts as: the author of what it writes, the owner of its check runs. */
  app: AppRecord;
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  /** The JSON body, already checked against the operation's schema. */
  body: Record<string, unknown>;
  request: { method: string; path: string; url: URL; headers: IncomingHttpHeaders; documentationUrl: string };
  /** The repository named by {owner}/{repo}, when the caller may see it; else throws GitHub's 404. */
  repo(): RepoRecord;
  /** Gives a move-ref fault its chance, just before a compare-and-swap on a branch. */
  beforeBranchWrite(repo: RepoRecord, branch: string): void;
  /** Records a violation: something GitHub would do that the double does not, or a double bug. */
  violation(message: string): void;
}

export type Handler = (ctx: RestContext) => RestReply | Promise<RestReply>;

/** Thrown by a handler to answer with an error; the dispatcher sends `reply`. */
export class ReplyError extends Error {
  readonly reply: RestReply;
  constructor(reply: RestReply) {
    super(`HTTP ${reply.status}`);
    this.reply = reply;
  }
}

export function fail(status: number, message: string, ctx: RestContext, extra: Record<string, unknown> = {}): never {
  throw new ReplyError({ status, body: { message, documentation_url: ctx.request.documentationUrl, ...extra } });
}

export function notFound(ctx: RestContext): never {
  return fail(404, 'Not Found', ctx);
}

/** GitHub's 422 with field errors: `{ message: 'Validation Failed', errors: [{ resource, code, … }] }`. */
export function validationFailed(ctx: RestContext, errors: Record<string, unknown>[]): never {
  return fail(422, 'Validation Failed', ctx, { errors });
}

export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * One page of `items` as GitHub pages lists: `per_page` (default 30, at most 100) and `page`,
 * with a `Link` header (prev/next/last/first) built on the URL the client used.
 */
export function paginate<T>(ctx: RestContext, items: T[]): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, typeof ctx.query.per_page === 'number' ? ctx.query.per_page : 30));
  const page = Math.max(1, typeof ctx.query.page === 'number' ? ctx.query.page : 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const target = new URL(ctx.request.url.href);
    target.searchParams.set('per_page', String(perPage));
    target.searchParams.set('page', String(n));
    return `<${target.href}>; rel="${rel}"`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) rels.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) rels.push(link(1, 'first'));
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: rels.length ? { link: rels.join(', ') } : {},
  };
}
