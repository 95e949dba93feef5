/**
 * A migration campaign end to end against the GitHub double, with GitHub's secondary limits (80
 * content-creating requests a minute, 500 an hour) enforced by the double on a simulated clock that
 * Callboard's content budget shares: hours of pacing run in seconds, and any request over a limit is
 * counted. The app's own jobs run (the migrations feature, on the in-process job queue), against the
 * real GitHub forge. Half-way, the app "crashes": its queue and memory are dropped, and a new app
 * runs the campaign again from what GitHub shows.
 */
import Bottleneck from 'bottleneck';
import { CallboardOctokit } from '../app/forge/github/callboard-octokit.ts';
import { createBudgetRegistry } from '../app/forge/github/content-budget.ts';
import { createGithubForge } from '../app/forge/github/github-forge.ts';
import { createCatalogUpdates } from '../app/features/catalog/catalog-updates.ts';
import { updateCatalog } from '../app/features/catalog/update-catalog.ts';
import { migrations } from '../app/features/migrations/index.ts';
import { runCampaignJob } from '../app/features/migrations/run-campaign.ts';
import { isContentCreating } from '../app/forge/github/content-budget.ts';
import { jobsOn, registerJobs } from '../app/queue/job-kinds.ts';
import { createMemoryJobQueue } from '../app/queue/memory-job-queue.ts';
import { startGithubDouble } from '../test/github-double/index.ts';
import { APP } from '../test/support/github.ts';
import { testServices } from '../test/support/app-services.ts';
import { SimulatedClock } from '../test/support/simulated-clock.ts';

const LIMITS = { perMinute: 80, perHour: 500 };
const SECOND = 1000;

type Line = (name: string, value: number | string, unit?: string) => void;

export async function runCampaignBench(line: Line) {
  const N = Number(process.env.BENCH_CAMPAIGN ?? 300);
  const clock = new SimulatedClock();
  const double = await startGithubDouble({
    appId: APP.id,
    privateKey: APP.privateKey,
    appSlug: APP.slug,
    secondaryLimits: { ...LIMITS, clock },
  });
  try {
    double.addOrganization('acme');
    for (let i = 0; i < N; i++)
      double.addRepository({
        owner: 'acme',
        name: `svc-${i}`,
        files: {
          'catalog-info.yaml': `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: svc-${i}\n  tags: [typescript]\nspec:\n  type: service\n  lifecycle: production\n  owner: team-${i % 10}\n`,
          'package.json': `{\n  "name": "svc-${i}",\n  "engines": { "node": ">=20" }\n}\n`,
          '.nvmrc': '20\n',
        },
      });
    double.addRepository({
      owner: 'acme',
      name: 'callboard-catalog',
      files: {
        'migrations/node-24.yaml': `apiVersion: callboard.dev/v1\nkind: Migration\nmetadata:\n  name: node-24\n  title: Move to Node 24\nspec:\n  description: Node 20 reaches its end of life.\n  owner: platform\n  targets:\n    entities: { tags: [typescript] }\n  steps:\n    - files: { from: node-24/files }\n    - edit: { file: package.json, set: engines.node, value: ">=24" }\n  migrated: { file: /.nvmrc, operator: matches, value: "^24" }\n`,
        'migrations/node-24/files/.nvmrc': '24\n',
      },
    });
    const installationId = double.addInstallation({ account: 'acme' }).id;
    const budgets = createBudgetRegistry();
    const octokit = new CallboardOctokit({
      baseUrl: `${double.url}/api/v3`,
      auth: { appId: APP.id, privateKey: APP.privateKey, installationId },
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
      // GitHub's own limits, on the simulated clock.
      contentBudget: { ...LIMITS, minIntervalMs: SECOND, clock, registry: budgets },
      throttle: {
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      } as never,
    });
    const forge = createGithubForge({ octokit, identity: { appId: APP.id, login: `${APP.slug}[bot]` } });

    // The catalog first: the campaign targets its entities.
    const updates = createCatalogUpdates();
    updates.add(installationId, { full: true, reason: 'installation created' });
    await updateCatalog(
      testServices({ forge }),
      updates,
    )({
      name: 'update-catalog',
      id: 'install',
      data: { installationId, organization: 'acme' },
    });

    const started = clock.now();
    double.reset();
    const app = () => {
      const queue = createMemoryJobQueue({ concurrency: 4, limit: 100_000 });
      const services = testServices({ forge, queue });
      registerJobs(queue, migrations(services).jobs);
      return { queue, jobs: jobsOn(queue) };
    };
    const pulls = () =>
      Array.from({ length: N }, (_, i) => double.pullRequests('acme', `svc-${i}`).length).reduce((a, b) => a + b, 0);

    // The first app runs until half the pull requests are open, then stops without finishing its work.
    const first = app();
    await first.jobs.add(runCampaignJob, 'first', {
      installationId,
      organization: 'acme',
      campaign: 'node-24',
      reason: 'bench',
    });
    while (pulls() < N / 2) await new Promise((resolve) => setTimeout(resolve, 20));
    const crash = await first.queue.close({ graceMs: 0 });
    const atCrash = pulls();

    // A new app, with nothing of the first in memory, runs the campaign again.
    const second = app();
    await second.jobs.add(runCampaignJob, 'second', {
      installationId,
      organization: 'acme',
      campaign: 'node-24',
      reason: 'bench',
    });
    await second.queue.drain();
    const elapsed = clock.now() - started;

    const opened = Array.from({ length: N }, (_, i) => double.pullRequests('acme', `svc-${i}`));
    const duplicates = opened.filter((p) => p.length > 1).length;
    const extraCommits = Array.from(
      { length: N },
      (_, i) =>
        double.commits('acme', `svc-${i}`, 'callboard/migrate/node-24').length -
        double.commits('acme', `svc-${i}`, 'main').length,
    ).filter((n) => n !== 1).length;
    const writes = double.requests.filter((r) =>
      isContentCreating({
        method: r.method,
        url: r.graphql ? '/graphql' : r.path,
        query: r.graphql?.mutation ? 'mutation' : '',
      }),
    ).length;
    const minimum = leastTime(writes);
    line(`migration campaign, ${N} repositories: pull requests opened`, opened.filter((p) => p.length).length);
    line('migration campaign: crash after', `${atCrash} pull requests (${crash.dropped} queued jobs lost)`);
    line('migration campaign: duplicate pull requests after the restart', duplicates);
    line('migration campaign: branches with other than one commit', extraCommits);
    line('migration campaign: secondary-limit errors', double.secondaryLimitHits);
    line('migration campaign: content-creating requests', writes, `(${(writes / N).toFixed(1)} a repository)`);
    line(
      'migration campaign: requests',
      double.requests.length,
      `(${(double.requests.length / N).toFixed(1)} a repository)`,
    );
    line('migration campaign: simulated time', (elapsed / 3_600_000).toFixed(2), 'hours');
    line(
      'migration campaign: least time GitHub’s limits allow for those writes',
      (minimum / 3_600_000).toFixed(2),
      'hours',
    );
    line('migration campaign: of the ceiling', `${Math.round((minimum / elapsed) * 100)}%`);
  } finally {
    await double.close();
  }
}

/**
 * The least time `writes` content-creating requests take under the limits: each sent as early as
 * the windows and the one-second spacing allow (sending as early as allowed is optimal for sliding
 * windows), from the first to the last.
 */
function leastTime(writes: number): number {
  const sent: number[] = [];
  let now = 0;
  for (let i = 0; i < writes; i++) {
    const minute = sent.length >= LIMITS.perMinute ? sent[sent.length - LIMITS.perMinute]! + 60 * SECOND : 0;
    const hour = sent.length >= LIMITS.perHour ? sent[sent.length - LIMITS.perHour]! + 3600 * SECOND : 0;
    now = Math.max(now + (sent.length ? SECOND : 0), minute, hour);
    sent.push(now);
  }
  return sent.at(-1) ?? 0;
}
