/**
 * GitHub's secondary limits, enforced by the double on a simulated clock, and Callboard's content
 * budget on the same clock: the budget waits for the windows, so a burst of hundreds of writes gets no
 * limit error, however long it has to wait (simulated: it runs in a moment).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Bottleneck from 'bottleneck';
import { CallboardOctokit } from '../../app/forge/github/callboard-octokit.ts';
import { startGithubDouble, type GithubDouble } from './index.ts';
import { APP } from '../support/github.ts';
import { SimulatedClock } from '../support/simulated-clock.ts';
import { checkedDouble } from './checked-doubles.ts';

const clock = new SimulatedClock();
let double: GithubDouble;
let installationId: number;

beforeAll(async () => {
  double = checkedDouble(
    await startGithubDouble({
      appId: APP.id,
      privateKey: APP.privateKey,
      appSlug: APP.slug,
      secondaryLimits: { perMinute: 80, perHour: 500, clock },
    }),
  );
  double.addOrganization('acme');
  double.addRepository({ owner: 'acme', name: 'svc' });
  installationId = double.addInstallation({ account: 'acme' }).id;
});
afterAll(() => double.close());

const octokit = (budget: boolean) =>
  new CallboardOctokit({
    baseUrl: `${double.url}/api/v3`,
    auth: { appId: APP.id, privateKey: APP.privateKey, installationId },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    retry: { enabled: false },
    contentBudget: budget ? { perMinute: 80, perHour: 500, minIntervalMs: 1000, clock } : { enabled: false },
    throttle: {
      enabled: false,
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    } as never,
  });
const createIssue = (client: CallboardOctokit, n: number) =>
  client.request('POST /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'svc', title: `Issue ${n}` });

describe('the simulated clock', () => {
  it('moves only when someone sleeps, waking sleepers in order', async () => {
    const woken: string[] = [];
    const start = clock.now();
    await Promise.all([
      clock.sleep(3000).then(() => woken.push(`b ${clock.now() - start}`)),
      clock.sleep(1000).then(() => woken.push(`a ${clock.now() - start}`)),
      clock.sleep(0).then(() => woken.push(`now ${clock.now() - start}`)),
    ]);
    expect(woken).toEqual(['now 0', 'a 1000', 'b 3000']);
  });
});

describe('secondary limits', () => {
  it('refuse the 81st content-creating request in a minute, with retry-after, and serve it once the minute is over', async () => {
    const client = octokit(false);
    for (let n = 0; n < 80; n++) await createIssue(client, n);
    await expect(createIssue(client, 80)).rejects.toMatchObject({
      status: 403,
      response: { headers: expect.objectContaining({ 'retry-after': '60' }) },
    });
    expect(double.secondaryLimitHits).toBe(1);
    // Reads are never limited.
    await client.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'svc' });
    await clock.sleep(60_000);
    await createIssue(client, 81);
  });

  it('are never hit by Callboard’s content budget, which waits for them instead', async () => {
    // An hour later: the writes of the test above are out of the windows (this budget never saw them).
    await clock.sleep(3_600_000);
    const before = double.secondaryLimitHits;
    const started = clock.now();
    const client = octokit(true);
    for (let n = 0; n < 600; n++) await createIssue(client, n);
    expect(double.secondaryLimitHits).toBe(before);
    // 600 writes at 500 an hour: more than an hour passed, on the simulated clock.
    expect(clock.now() - started).toBeGreaterThan(3_600_000);
  }, 60_000);
});
