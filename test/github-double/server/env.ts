/**
 * Everything a request needs, built once per double and shared by the REST and GraphQL sides.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { CoreObjects } from '../rest/objects/core.ts';
import type { WorkObjects } from '../rest/objects/work.ts';
import type { AppRecord, RepoRecord, World } from '../state/store.ts';
import type { Auth, Caller } from './auth.ts';
import type { FaultRegistry } from './faults.ts';
import type { RateLimits } from './rate-limit.ts';
import type { SecondaryLimits } from './secondary-limits.ts';

export interface Env {
  world: World;
  auth: Auth;
  rates: RateLimits;
  objects: CoreObjects & WorkObjects;
  faults: FaultRegistry;
  violations: string[];
  /** GitHub's secondary limits, when the test asked for them. */
  secondaryLimits?: SecondaryLimits;
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

/**
 * The rate-limit bucket a caller spends from: an installation's tokens share one, and so do the
 * workflow tokens of one repository (GitHub counts GITHUB_TOKEN per repository), as on GitHub.
 */
export function credentialOf(caller: Caller): string {
  if (caller.kind === 'installation') return `installation:${caller.installation.id}`;
  if (caller.kind === 'workflow') return `${WORKFLOW_CREDENTIAL}${caller.workflow.repo.id}`;
  return caller.kind;
}
export const WORKFLOW_CREDENTIAL = 'workflow:';

/** Whom GitHub names when the primary limit is spent: "API rate limit exceeded for <who>." */
export function limitedWho(world: World, caller: Caller): string {
  if (caller.kind === 'installation') return `installation ID ${caller.installation.id}`;
  if (caller.kind === 'workflow') return `installation ID ${caller.workflow.installationId}`;
  return `app ID ${world.appId}`;
}

/** Whether a caller may see a repository: an installation token covering it, or a workflow token of it. */
export function visibleTo(env: Env, caller: Caller, repo: RepoRecord | undefined): repo is RepoRecord {
  if (!repo) return false;
  if (caller.kind === 'workflow') return caller.workflow.repo === repo;
  return caller.kind === 'installation' && env.auth.covers(caller.installation, repo, caller.repositories);
}

/** The app a token acts as: what it writes is that app's, and so are its check runs. */
export function actingApp(world: World, caller: Caller): AppRecord {
  return caller.kind === 'workflow' ? world.actions : world.app;
}

export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: body === undefined ? undefined : Buffer.from(JSON.stringify(body)),
  };
}
