/**
 * Primary rate limits, kept as GitHub keeps them: one bucket per credential and resource (`core`
 * for REST, `graphql` for GraphQL), a fixed one-hour window from the first request, and the
 * `x-ratelimit-*` headers on every answer, so a client's own throttling sees real numbers. An
 * installation's tokens share its bucket, and its limit grows with the organisation as GitHub's
 * does: 5,000 an hour, plus 50 per repository and 50 per user beyond 20 of each, at most 12,500.
 * A workflow's GITHUB_TOKEN gets 1,000 an hour per repository.
 */

export type Resource = 'core' | 'graphql';

export interface RateSnapshot {
  limit: number;
  remaining: number;
  used: number;
  /** Epoch seconds. */
  reset: number;
  resource: Resource;
}

interface Bucket {
  used: number;
  reset: number;
}

export type RateLimits = ReturnType<typeof createRateLimits>;

const WINDOW_S = 3600;
export const LIMIT = 5000;
const ANONYMOUS_LIMIT = 60;
/** GitHub's limit for GITHUB_TOKEN, per repository (outside Enterprise Cloud). */
export const WORKFLOW_TOKEN_LIMIT = 1000;

/** GitHub's limit for an installation on an organisation outside Enterprise Cloud. */
export function installationLimit(repositories: number, users: number): number {
  return Math.min(MAX_INSTALLATION_LIMIT, LIMIT + 50 * Math.max(0, repositories - 20) + 50 * Math.max(0, users - 20));
}
const MAX_INSTALLATION_LIMIT = 12_500;

/** `limitOf` gives a credential's hourly limit when it is not the default (an installation's, a workflow token's). */
export function createRateLimits(limitOf: (credential: string) => number | undefined = () => undefined) {
  const buckets = new Map<string, Bucket>();
  const bucket = (credential: string, resource: Resource): Bucket => {
    const key = `${resource}:${credential}`;
    const now = Math.floor(Date.now() / 1000);
    let found = buckets.get(key);
    if (!found || found.reset <= now) buckets.set(key, (found = { used: 0, reset: now + WINDOW_S }));
    return found;
  };
  const limitFor = (credential: string) =>
    credential === 'anonymous' ? ANONYMOUS_LIMIT : (limitOf(credential) ?? LIMIT);
  const snapshot = (credential: string, resource: Resource): RateSnapshot => {
    const found = bucket(credential, resource);
    const limit = limitFor(credential);
    return { limit, remaining: Math.max(0, limit - found.used), used: found.used, reset: found.reset, resource };
  };
  return {
    snapshot,
    /** Counts one request (or GraphQL point); `exceeded` when the window was already spent. */
    take(credential: string, resource: Resource, cost = 1): RateSnapshot & { exceeded: boolean } {
      const before = snapshot(credential, resource);
      if (before.remaining <= 0) return { ...before, exceeded: true };
      bucket(credential, resource).used += cost;
      return { ...snapshot(credential, resource), exceeded: false };
    },
  };
}

export function rateHeaders(rate: RateSnapshot): Record<string, string> {
  return {
    'x-ratelimit-limit': String(rate.limit),
    'x-ratelimit-remaining': String(rate.remaining),
    'x-ratelimit-used': String(rate.used),
    'x-ratelimit-reset': String(rate.reset),
    'x-ratelimit-resource': rate.resource,
  };
}
