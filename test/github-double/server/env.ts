/**
 * Everything a request needs, built once per double and shared by the REST and GraphQL sides.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { CoreObjects } from '../rest/objects/core.ts';
import type { WorkObjects } from '../rest/objects/work.ts';
import type { RepoRecord, World } from '../state/store.ts';
import type { Auth, Caller } from './auth.ts';
import type { FaultRegistry } from './faults.ts';
import type { RateLimits } from './rate-limit.ts';

export interface Env {
  world: World;
  auth: Auth;
  rates: RateLimits;
  objects: CoreObjects & WorkObjects;
  faults: FaultRegistry;
  violations: string[];
}

export interface IncomingCall {
  method: string;
  /** The URL path as received. */
  path: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body?: Buffer;
}

/** The rate-limit bucket a caller spends from: an installation's tokens share one, as on GitHub. */
export function credentialOf(caller: Caller): string {
  return caller.kind === 'installation' ? `installation:${caller.installation.id}` : caller.kind;
}

/** Whether a caller may see a repository: an installation token covering it. */
export function visibleTo(env: Env, caller: Caller, repo: RepoRecord | undefined): repo is RepoRecord {
  return !!repo && caller.kind === 'installation' && env.auth.covers(caller.installation, repo, caller.repositories);
}

export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: body === undefined ? undefined : Buffer.from(JSON.stringify(body)),
  };
}
