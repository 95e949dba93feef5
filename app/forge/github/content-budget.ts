/**
 * Paces content-creating requests (REST writes and GraphQL mutations) under GitHub's secondary
 * limits: "no more than 80 content-generating requests per minute and no more than 500 … per
 * hour", and at least a second apart ("wait at least one second between each request"). It
 * waits rather than fails when the budget is spent. Probot makes a new Octokit for every
 * installation token, so the budget lives in a registry the app passes in, one per installation;
 * without one, each Octokit has its own. Reads are never slowed.
 */
import type { Octokit, OctokitOptions } from '@octokit/core';

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface ContentBudgetOptions {
  enabled?: boolean;
  perMinute?: number;
  perHour?: number;
  /** Least time between two content-creating requests. */
  minIntervalMs?: number;
  clock?: Clock;
  /** Budgets shared by the Octokits of one installation (Probot makes one per token). */
  registry?: BudgetRegistry;
}

interface BudgetState {
  sent: number[];
  /** Settles when the last content-creating request in line has been answered. */
  turn: Promise<void>;
}

export interface BudgetRegistry {
  for(key: string): BudgetState;
}

export function createBudgetRegistry(): BudgetRegistry {
  const budgets = new Map<string, BudgetState>();
  return {
    for(key) {
      let state = budgets.get(key);
      if (!state) budgets.set(key, (state = { sent: [], turn: Promise.resolve() }));
      return state;
    },
  };
}

declare module '@octokit/core' {
  interface OctokitOptions {
    contentBudget?: ContentBudgetOptions;
  }
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const DEFAULTS = { enabled: true, perMinute: 80, perHour: 500, minIntervalMs: 1000, clock: realClock } satisfies Omit<
  Required<ContentBudgetOptions>,
  'registry'
>;

const MINUTE = 60_000;
const HOUR = 3_600_000;

export function contentBudget(octokit: Octokit, options: OctokitOptions) {
  const settings = { ...DEFAULTS, ...options.contentBudget };
  // An installation's Octokits share its budget; the key is the installation the token is for.
  const installation = (options.auth as { installationId?: number | string } | undefined)?.installationId;
  const budget = (settings.registry ?? createBudgetRegistry()).for(
    installation === undefined ? 'app' : String(installation),
  );
  const { sent } = budget;

  /** How long until one more content-creating request fits both windows. */
  const waitNeeded = (now: number) => {
    while (sent.length && sent[0]! <= now - HOUR) sent.shift();
    const inMinute = sent.filter((t) => t > now - MINUTE);
    const minuteWait =
      inMinute.length >= settings.perMinute ? inMinute[inMinute.length - settings.perMinute]! + MINUTE - now : 0;
    const hourWait = sent.length >= settings.perHour ? sent[sent.length - settings.perHour]! + HOUR - now : 0;
    const spacing = sent.length ? sent[sent.length - 1]! + settings.minIntervalMs - now : 0;
    return Math.max(minuteWait, hourWait, spacing, 0);
  };

  const takeTurn = async () => {
    for (let wait = waitNeeded(settings.clock.now()); wait > 0; wait = waitNeeded(settings.clock.now())) {
      if (wait > settings.minIntervalMs)
        octokit.log.info?.(`Content-creation budget spent; waiting ${Math.ceil(wait / 1000)} s`);
      await settings.clock.sleep(wait);
    }
    sent.push(settings.clock.now());
  };

  if (settings.enabled) {
    octokit.hook.wrap('request', async (request, requestOptions) => {
      if (isContentCreating(requestOptions)) {
        // One content-creating request at a time, in arrival order, each waiting for the previous to be
        // answered ("make requests for a single user or client ID serially", GitHub's guidance): what the
        // budget counts as sent is what GitHub has received.
        const previous = budget.turn;
        let done!: () => void;
        budget.turn = new Promise<void>((resolve) => (done = resolve));
        try {
          await previous;
          await takeTurn();
          return await request(requestOptions);
        } finally {
          done();
        }
      }
      return request(requestOptions);
    });
  }
  return { contentBudget: { sentInLastHour: () => sent.filter((t) => t > settings.clock.now() - HOUR).length } };
}

/** REST writes (but not obtaining an installation token) and GraphQL mutations create content. */
export function isContentCreating(options: { method?: string; url?: string; query?: unknown }): boolean {
  const url = options.url ?? '';
  if (/\/graphql$/.test(url.split('?')[0]!))
    return typeof options.query === 'string' && /^\s*mutation\b/.test(stripComments(options.query));
  const method = (options.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return false;
  return !/\/app\/installations\/[^/]+\/access_tokens$/.test(url);
}

const stripComments = (query: string) => query.replace(/#[^\n]*/g, '');
