/**
 * GitHub down, deliveries pouring in: the real server (`npm start`) with a queue limit of 40 and
 * the GitHub double dropping every connection. Every delivery is still answered at once, the queue
 * never holds more than its limit (what comes beyond is dropped, one log line each), and SIGTERM
 * ends the process within seconds,
 * saying in one line how much queued work the next reconcile has to find.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GithubDouble } from '../github-double/index.ts';
import { componentYaml } from '../support/descriptors.ts';
import { startDouble } from '../support/github.ts';
import { startAppServer, type AppServer } from './app-server.ts';
import { pullRequestPayload } from '../support/payloads.ts';

const LIMIT = 40;
const PULL_REQUESTS = 300;

let double: GithubDouble;
let server: AppServer;
let installationId: number;

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  double.addRepository({ owner: 'acme', name: 'svc', files: { 'catalog-info.yaml': componentYaml('svc') } });
  installationId = double.addInstallation({ account: 'acme' }).id;
  server = await startAppServer(double, { CALLBOARD_QUEUE_LIMIT: String(LIMIT) });
}, 90_000);
afterAll(async () => {
  await server?.stop();
  await double?.close();
});

const sha = (n: number) => n.toString(16).padStart(40, '0');
const logged = (message: RegExp) =>
  server
    .output()
    .split('\n')
    .filter((line) => message.test(line))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('the server while GitHub is unreachable', () => {
  it('answers a burst of deliveries, keeps its queue within its limit, and stops on SIGTERM within seconds', async () => {
    double.faults.add({ kind: 'drop-connection', count: 1_000_000 });
    const pullRequest = (number: number) =>
      pullRequestPayload('opened', {
        installationId,
        owner: 'acme',
        repo: 'svc',
        number,
        headSha: sha(number),
        head: `change-${number}`,
        base: 'main',
        baseUrl: double.url,
      });
    // 300 pull requests opened, 20 at a time.
    const deliveries = Array.from(
      { length: PULL_REQUESTS },
      (_, i) => () => server.deliver('pull_request', pullRequest(i + 1)),
    );
    const statuses: number[] = [];
    for (let i = 0; i < deliveries.length; i += 20)
      statuses.push(...(await Promise.all(deliveries.slice(i, i + 20).map((send) => send()))).map((d) => d.status));
    expect(statuses.filter((status) => status !== 200)).toEqual([]);

    // Two jobs per pull request, four slots: most are dropped, each in one line saying how many wait.
    const drops = logged(/Job queue full/);
    expect(drops.length).toBeGreaterThan(PULL_REQUESTS);
    expect(Math.max(...drops.map((d) => d.waiting as number))).toBe(LIMIT);
    expect(double.requests.length).toBeGreaterThan(0);

    const started = performance.now();
    await server.stop();
    const stoppedMs = performance.now() - started;
    expect(stoppedMs).toBeLessThan(15_000);
    const [stopped] = logged(/Stopped: \d+ queued jobs not run/);
    // At most the limit waits, and the retries of the four jobs that were running.
    expect(stopped!.dropped).toBeGreaterThan(0);
    expect(stopped!.dropped).toBeLessThanOrEqual(LIMIT + 4);
    expect(stopped!.peak).toBeGreaterThanOrEqual(LIMIT);
    expect(stopped!.peak).toBeLessThanOrEqual(LIMIT + 4);
    expect(stopped!.msg).toMatch(/the next event or reconcile finds their work again/);
    console.log(
      `[e2e] ${PULL_REQUESTS} deliveries with GitHub unreachable: ${drops.length} jobs dropped at the limit of ${LIMIT}; SIGTERM to exit ${Math.round(stoppedMs)} ms, ${stopped!.dropped} queued jobs reported, at most ${stopped!.peak} waited`,
    );
  });
});
