/**
 * Counts the requests an Octokit makes (what benchmarks report as "requests per …"), by kind.
 * Retries count: they are requests GitHub receives. Conditional reads answered `304 Not Modified`
 * are counted too, and apart: GitHub does not count them against the rate limit.
 */
import type { Octokit } from '@octokit/core';
import { isContentCreating } from './content-budget.ts';

export interface RequestCounts {
  total: number;
  rest: number;
  graphql: number;
  contentCreating: number;
  /** Conditional GETs answered 304: sent, but free of the primary rate limit. */
  notModified: number;
  byRoute: Record<string, number>;
}

export function requestCounter(octokit: Octokit) {
  const counts: RequestCounts = { total: 0, rest: 0, graphql: 0, contentCreating: 0, notModified: 0, byRoute: {} };
  octokit.hook.before('request', (options) => {
    const route = `${options.method} ${String(options.url).split('?')[0]}`;
    counts.total++;
    if (route.endsWith('/graphql')) counts.graphql++;
    else counts.rest++;
    if (isContentCreating(options as { method?: string; url?: string; query?: unknown })) counts.contentCreating++;
    counts.byRoute[route] = (counts.byRoute[route] ?? 0) + 1;
  });
  octokit.hook.error('request', (error) => {
    if ((error as { status?: number }).status === 304) counts.notModified++;
    throw error;
  });
  return {
    requestCounts: {
      get: (): RequestCounts => structuredClone(counts),
      reset: () =>
        Object.assign(counts, { total: 0, rest: 0, graphql: 0, contentCreating: 0, notModified: 0, byRoute: {} }),
    },
  };
}
