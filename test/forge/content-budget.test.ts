import { Octokit } from '@octokit/core';
import { describe, expect, it } from 'vitest';
import {
  contentBudget,
  createBudgetRegistry,
  isContentCreating,
  type BudgetRegistry,
  type Clock,
} from '../../app/forge/github/content-budget.ts';

/** A clock that only moves when someone sleeps, so an hour of pacing takes no time. */
function fakeClock(): Clock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

/** Octokit with the budget plugin over a fetch that answers 200 at once (the HTTP boundary). */
function octokitWith(
  clock: Clock,
  perMinute: number,
  perHour: number,
  more: { minIntervalMs?: number; registry?: BudgetRegistry; installationId?: number; sentAt?: number[] } = {},
) {
  const sentAt: number[] = more.sentAt ?? [];
  const fetch = async () => {
    sentAt.push(clock.now());
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const octokit = new (Octokit.plugin(contentBudget))({
    contentBudget: {
      perMinute,
      perHour,
      clock,
      minIntervalMs: more.minIntervalMs ?? 0,
      ...(more.registry ? { registry: more.registry } : {}),
    },
    request: { fetch },
    ...(more.installationId ? { auth: { installationId: more.installationId } } : {}),
    // The budget reads the installation from the auth options; no real authentication happens here.
    authStrategy: () => ({ hook: (request: (o: unknown) => unknown, options: unknown) => request(options) }),
  } as never);
  return { octokit, sentAt };
}

describe('the content-creation budget', () => {
  it('lets reads through and spaces writes to stay within the per-minute budget', async () => {
    const clock = fakeClock();
    const { octokit, sentAt } = octokitWith(clock, 3, 500);
    for (let i = 0; i < 5; i++) await octokit.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' });
    for (let i = 0; i < 7; i++)
      await octokit.request('POST /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r', title: 't' });
    expect(sentAt.slice(5)).toEqual([0, 0, 0, 60_000, 60_000, 60_000, 120_000]);
  });

  it('keeps within the hourly budget too', async () => {
    const clock = fakeClock();
    const { octokit, sentAt } = octokitWith(clock, 80, 100);
    for (let i = 0; i < 101; i++)
      await octokit.request('POST /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r', title: 't' });
    // 80 in the first minute, 20 in the second; the 101st waits for the first to leave the hour.
    expect(sentAt[79]).toBe(0);
    expect(sentAt[80]).toBe(60_000);
    expect(sentAt[100]).toBe(3_600_000);
  });

  it('serves concurrent writers in order without overspending', async () => {
    const clock = fakeClock();
    const { octokit, sentAt } = octokitWith(clock, 2, 500);
    await Promise.all(
      Array.from({ length: 5 }, () =>
        octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
          owner: 'o',
          repo: 'r',
          issue_number: 1,
        }),
      ),
    );
    expect(sentAt).toEqual([0, 0, 60_000, 60_000, 120_000]);
  });

  it('keeps writes a second apart, reads not at all', async () => {
    const clock = fakeClock();
    const { octokit, sentAt } = octokitWith(clock, 80, 500, { minIntervalMs: 1000 });
    await octokit.request('POST /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r', title: 't' });
    await octokit.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' });
    await octokit.request('POST /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r', title: 't' });
    expect(sentAt).toEqual([0, 0, 1000]);
  });

  it('shares one budget between the Octokits of one installation, not between installations', async () => {
    const clock = fakeClock();
    const registry = createBudgetRegistry();
    const sentAt: number[] = [];
    const first = octokitWith(clock, 2, 500, { registry, installationId: 7, sentAt }).octokit;
    const second = octokitWith(clock, 2, 500, { registry, installationId: 7, sentAt }).octokit;
    const other = octokitWith(clock, 2, 500, { registry, installationId: 8, sentAt }).octokit;
    const write = (o: typeof first) =>
      o.request('POST /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r', title: 't' });
    await write(first);
    await write(second);
    await write(other);
    await write(second);
    expect(sentAt).toEqual([0, 0, 0, 60_000]);
  });

  it('counts REST writes and GraphQL mutations, not reads, queries or token requests', () => {
    expect(isContentCreating({ method: 'POST', url: '/repos/o/r/check-runs' })).toBe(true);
    expect(isContentCreating({ method: 'DELETE', url: '/repos/o/r/issues/comments/1' })).toBe(true);
    expect(isContentCreating({ method: 'GET', url: '/repos/o/r' })).toBe(false);
    expect(isContentCreating({ method: 'POST', url: '/app/installations/7/access_tokens' })).toBe(false);
    expect(isContentCreating({ method: 'POST', url: '/graphql', query: '# read\nquery { viewer { login } }' })).toBe(
      false,
    );
    expect(
      isContentCreating({
        method: 'POST',
        url: '/graphql',
        query: '  mutation M { createCommitOnBranch(input: {}) { commit { oid } } }',
      }),
    ).toBe(true);
  });
});
