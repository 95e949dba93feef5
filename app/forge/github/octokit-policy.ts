/**
 * Callboard's policy for every GitHub client, whoever authenticates it (the app through Probot, or an
 * action with a workflow's token): the content-creation budget, a request counter and conditional
 * reads (ETags; registered last, so it is the outermost and the counter sees each 304 it turns into
 * an answer); secondary limits retried after `retry-after` (Probot's default gives up), the primary
 * limit waited out when its reset is near; requests that hang cut off, so a slow answer turns into a
 * retry instead of a stuck job. No Probot here: the actions bundle this without it.
 *
 * plugin-throttling sends writes and every GraphQL query, reads included, through one module-wide
 * queue spaced a second apart, and writes that notify people (issues, pull requests, comments)
 * through another spaced three seconds apart, for every installation at once. Here each Octokit gets
 * its own serial queues without that spacing: the content budget spaces what creates content under
 * GitHub's documented limits (a second apart, 80 a minute, 500 an hour per installation), so reads
 * are not slowed to one a second, and one installation's campaign does not slow another's.
 */
import Bottleneck from 'bottleneck';
import type { OctokitOptions } from '@octokit/core';
import { conditionalRequests } from './conditional-requests.ts';
import { contentBudget } from './content-budget.ts';
import { requestCounter } from './request-counter.ts';

/** Give up on one request after this long; plugin-retry then tries again. */
export const REQUEST_TIMEOUT_MS = 30_000;
/**
 * plugin-retry sleeps (n+1)² times this between its three tries of a failed request (5xx, or no
 * answer at all): 0.25, 1 and 2.25 s, not its default 1, 4 and 9 s. Those sleeps happen inside a
 * running job's slot: with GitHub unreachable each attempt of each job held its slot 14 s. A blip
 * is still retried in place; an outage fails the attempt within seconds and the job queue retries
 * it later, outside its slots (app/queue/job-queue.ts).
 */
export const RETRY_BASE_MS = 250;
/** Wait out a primary rate limit only when it resets within this many seconds. */
export const MAX_PRIMARY_WAIT_SECONDS = 15 * 60;

type RetryOptions = { method?: string; url?: string };
type Logger = { warn?: (msg: string) => void };

const throttlePolicy = {
  onSecondaryRateLimit: (retryAfter: number, options: RetryOptions, octokit: { log: Logger }, retryCount: number) => {
    octokit.log.warn?.(
      `Secondary rate limit on ${options.method} ${options.url}; retry ${retryCount + 1} in ${retryAfter} s`,
    );
    return retryCount < 3;
  },
  onRateLimit: (retryAfter: number, options: RetryOptions, octokit: { log: Logger }, retryCount: number) => {
    octokit.log.warn?.(`Rate limit exhausted on ${options.method} ${options.url}; resets in ${retryAfter} s`);
    return retryAfter <= MAX_PRIMARY_WAIT_SECONDS && retryCount < 2;
  },
};

/** What every Callboard client adds to Octokit, whoever authenticates it (Probot's app, or a workflow's token). */
export const CALLBOARD_PLUGINS = [contentBudget, requestCounter, conditionalRequests] as const;

/** Callboard's options over the caller's: the retry and rate-limit policy, the queues, and a time limit on requests. */
export function callboardOptions(options: OctokitOptions): OctokitOptions {
  const fetchImpl: typeof fetch = (options.request?.fetch as typeof fetch | undefined) ?? globalThis.fetch;
  return {
    ...options,
    retry: { retryAfterBaseValue: RETRY_BASE_MS, ...options.retry },
    throttle: {
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      ...options.throttle,
      ...throttlePolicy,
    },
    request: {
      ...options.request,
      fetch: (input: Parameters<typeof fetch>[0], init?: RequestInit) =>
        fetchImpl(input, {
          ...init,
          signal: init?.signal
            ? AbortSignal.any([init.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)])
            : AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        }),
    },
  };
}
