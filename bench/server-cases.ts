/**
 * The cases of bench/hostile.ts that go through the real server (`npm start`, its own process,
 * pointed at the GitHub double): what a hostile sender costs it, and what an outage of GitHub does
 * to its queue and its shutdown. Each measures its own time (not the server's start) and the
 * server's peak memory (VmHWM in /proc/<pid>/status, Linux).
 */
import { startAppServer, WEBHOOK_SECRET, type AppServer } from '../test/e2e/app-server.ts';
import { pullRequestPayload } from '../test/support/payloads.ts';
import type { GithubDouble } from '../test/github-double/index.ts';
import { componentYaml } from '../test/support/descriptors.ts';
import { startDouble } from '../test/support/github.ts';
import { post, stream } from '../test/support/webhook-sender.ts';
import type { HostileCase, Measured } from './hostile-cases.ts';

const MB = 1024 * 1024;
const DELIVERIES = 2_000;
/** 2,000 deliveries in about 20 s: 20 every 200 ms. */
const BATCH = 20;
const BATCH_EVERY_MS = 200;

const size = (bytes: number) => (bytes < MB ? `${Math.round(bytes / 1024)} KB` : `${Math.round(bytes / MB)} MB`);

/** The server's JSON log lines whose message matches. */
const logged = (server: AppServer, message: RegExp) =>
  server
    .output()
    .split('\n')
    .filter((line) => message.test(line))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

async function withServer(
  prepare: (double: GithubDouble) => void,
  measure: (server: AppServer, double: GithubDouble) => Promise<Measured>,
): Promise<Measured> {
  const double = await startDouble();
  let server: AppServer | undefined;
  try {
    double.addOrganization('acme');
    prepare(double);
    server = await startAppServer(double);
    return await measure(server, double);
  } finally {
    await server?.stop();
    await double.close();
  }
}

const unsignedBody: HostileCase = {
  name: 'unsigned-body',
  title:
    "a 200 MB POST (chunked, no declared length) with a wrong signature, to the real server: time to answer, the server's peak memory; normal: a signed 10 KB delivery",
  run: (variant) =>
    withServer(
      () => {},
      async (server) => {
        const url = `${server.url}/api/github/webhooks`;
        const started = performance.now();
        const sent =
          variant === 'hostile'
            ? await stream(url, { event: 'push', signature: { header: `sha256=${'0'.repeat(64)}` } }, 200 * MB)
            : await post(
                url,
                { event: 'ping', signature: { secret: WEBHOOK_SECRET } },
                JSON.stringify({ zen: 'x'.repeat(10 * 1024), hook_id: 1 }),
              );
        const ms = Math.round(performance.now() - started);
        const refusals = logged(server, /Webhook refused/);
        const longest = Math.max(
          0,
          ...server
            .output()
            .split('\n')
            .map((line) => line.length),
        );
        return {
          ms,
          peakMb: server.peakMb(),
          note: `answered ${sent.status} with ${size(sent.sent)} sent; ${refusals.length} refusal logged, longest log line ${longest} characters`,
        };
      },
    ),
};

const queueOutage: HostileCase = {
  name: 'queue-outage',
  title:
    "2,000 pull request deliveries in 20 s with GitHub unreachable, then SIGTERM: the time SIGTERM takes, the server's peak memory; normal: GitHub reachable",
  run: (variant) => {
    const pullRequests: { number: number; headSha: string }[] = [];
    let installationId = 0;
    return withServer(
      (double) => {
        installationId = double.addInstallation({ account: 'acme' }).id;
        double.addRepository({ owner: 'acme', name: 'svc', files: { 'catalog-info.yaml': componentYaml('svc') } });
        for (let i = 0; i < DELIVERIES; i++)
          pullRequests.push(
            double.openPullRequest({
              owner: 'acme',
              repo: 'svc',
              head: `change-${i}`,
              files: { 'catalog-info.yaml': componentYaml(`svc-${i}`) },
            }),
          );
      },
      async (server, double) => {
        if (variant === 'hostile') double.faults.add({ kind: 'drop-connection', count: 1_000_000 });
        const deliver = ({ number, headSha }: { number: number; headSha: string }) =>
          server.deliver(
            'pull_request',
            pullRequestPayload('opened', {
              installationId,
              owner: 'acme',
              repo: 'svc',
              number,
              headSha,
              head: `change-${number}`,
              base: 'main',
              baseUrl: double.url,
            }),
          );
        const statuses = new Map<number, number>();
        const sending = performance.now();
        for (let i = 0; i < pullRequests.length; i += BATCH) {
          const next = new Promise((resolve) => setTimeout(resolve, BATCH_EVERY_MS));
          for (const { status } of await Promise.all(pullRequests.slice(i, i + BATCH).map(deliver)))
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
          await next;
        }
        const sentMs = Math.round(performance.now() - sending);
        const peakMb = server.peakMb();
        const stopping = performance.now();
        await server.stop();
        const ms = Math.round(performance.now() - stopping);
        const drops = logged(server, /Job queue full/).length;
        const [stopped] = logged(server, /Stopped: \d+ queued jobs/);
        const answered = [...statuses].map(([status, n]) => `${n} × ${status}`).join(', ');
        return {
          ms,
          peakMb,
          note: `${DELIVERIES} deliveries sent in ${sentMs} ms (answered ${answered}); queue at most ${stopped?.peak} waiting, ${drops} jobs dropped at its limit; on SIGTERM ${stopped?.dropped} queued jobs reported, ${stopped?.unfinished} running cut off`,
        };
      },
    );
  },
};

export const SERVER_CASES: HostileCase[] = [unsignedBody, queueOutage];
