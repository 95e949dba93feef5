/**
 * Primary rate limits, kept as GitHub keeps them: one bucket per credential and resource (`core`
 * for REST, `graphql` for GraphQL), a fixed one-hour window from the first request, and the
 * `x-ratelimit-*` headers on every answer, so a client's own throttling sees real numbers.
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

export function createRateLimits() {
  const buckets = new Map<string, Bucket>();
  const bucket = (credential: string, resource: Resource): Bucket => {
    const key = `${resource}:${credential}`;
    const now = Math.floor(Date.now() / 1000);
    let found = buckets.get(key);
    if (!found || found.reset <= now) buckets.set(key, (found = { used: 0, reset: now + WINDOW_S }));
    return found;
  };
  const limitFor = (credential: string) => (credential === 'anonymous' ? ANONYMOUS_LIMIT : LIMIT);
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
