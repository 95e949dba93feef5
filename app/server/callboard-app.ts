/**
 * Callboard as a Probot application function: the features composed (app/features/callboard.ts)
 * with Probot's ports: a forge per installation from the app's credentials, the in-process queue,
 * Probot's log. It routes each GitHub event the features listen to into their dispatcher and runs
 * their reconcile on a schedule. No feature logic lives here.
 */
import type { ApplicationFunction, Probot } from 'probot';
import type { EmitterWebhookEventName } from '@octokit/webhooks';
import { DEFAULT_CATALOG_REPOSITORY } from '../core/catalog/catalog-config.ts';
import type { ContentWork } from '../core/content-work.ts';
import { createCallboard, type Callboard } from '../features/callboard.ts';
import type { FeatureFactory, Logger } from '../features/feature.ts';
import type { CallboardOctokit } from '../forge/github/callboard-octokit.ts';
import { createGithubForge } from '../forge/github/github-forge.ts';
import type { ForgeIdentity } from '../forge/github/identity.ts';
import type { JobQueue } from '../queue/job-queue.ts';
import { createMemoryJobQueue } from '../queue/memory-job-queue.ts';

export interface CallboardAppOptions {
  /** Where repository content is checked and scored: worker threads with budgets (see app/workers). */
  work: ContentWork;
  /** The job queue; an in-process one by default. */
  queue?: JobQueue;
  /** How many jobs the in-process queue lets wait (CALLBOARD_QUEUE_LIMIT); beyond it new jobs are dropped. */
  queueLimit?: number;
  /** Called with the queue once it is ready (the server closes it on shutdown). */
  onQueue?(queue: JobQueue): void;
  /** The catalog repository's name in each organisation (CALLBOARD_CATALOG_REPOSITORY). */
  catalogRepository?: string;
  /** The forge's web address, for links (https://github.com, or the GHES host). */
  webUrl?: string;
  /** Least time between two updates of a migration's dashboard, in ms (CALLBOARD_DASHBOARD_INTERVAL_MS). */
  dashboardIntervalMs?: number;
  /** Hours between full reconciles of every installation (CALLBOARD_RECONCILE_HOURS); 0 turns them off. */
  reconcileHours?: number;
  /** How many organisations' catalog repositories this process keeps reads of (CALLBOARD_STATE_CACHE); 0 keeps none. */
  stateCacheSize?: number;
  /** The features to run; all of them by default. */
  features?: readonly FeatureFactory[];
}

export function createCallboardApp(options: CallboardAppOptions): ApplicationFunction {
  return (app: Probot) => {
    const queue = options.queue ?? createQueue(app, options.queueLimit);
    options.onQueue?.(queue);
    const identity = appIdentity(app);
    const log: Logger = {
      info: (message, details) => app.log.info(details ?? {}, message),
      warn: (message, details) => app.log.warn(details ?? {}, message),
      error: (message, details) => app.log.error(details ?? {}, message),
    };
    const callboard = createCallboard({
      forgeFor: async (installationId) =>
        createGithubForge({
          octokit: (await app.auth(installationId)) as unknown as CallboardOctokit,
          identity: await identity(),
        }),
      work: options.work,
      queue,
      settings: {
        catalogRepository: options.catalogRepository ?? DEFAULT_CATALOG_REPOSITORY,
        webUrl: options.webUrl ?? 'https://github.com',
        ...(options.dashboardIntervalMs !== undefined ? { dashboardIntervalMs: options.dashboardIntervalMs } : {}),
      },
      log,
      ...(options.stateCacheSize !== undefined ? { stateCacheSize: options.stateCacheSize } : {}),
      ...(options.features ? { features: options.features } : {}),
    });
    for (const name of callboard.webhookEvents)
      app.on(name as EmitterWebhookEventName, (context) => callboard.dispatch(name, context));
    scheduleReconciles(app, callboard, options.reconcileHours ?? 6);
  };
}

function createQueue(app: Probot, limit: number | undefined) {
  return createMemoryJobQueue({
    ...(limit ? { limit } : {}),
    events: {
      dropped: (job, waiting) =>
        app.log.warn(
          { job: job.name, id: job.id, waiting },
          `Job queue full (${waiting} waiting): ${job.name} ${job.id} dropped; the next event or reconcile finds its work again (docs/operating.md)`,
        ),
      failed: (job, error, attempt, willRetry) =>
        app.log[willRetry ? 'warn' : 'error'](
          { job: job.name, id: job.id, attempt, err: error },
          `Job ${job.name} failed${willRetry ? '; retrying' : ''}`,
        ),
      completed: (job, ms) => app.log.info({ job: job.name, id: job.id, ms }, `Job ${job.name} done`),
    },
  });
}

/**
 * A full reconcile of every installation now and then, by every feature that has one: it finds what
 * no event announces (a repository deleted: GitHub Apps are not told) and heals anything an event missed.
 */
function scheduleReconciles(app: Probot, callboard: Callboard, hours: number) {
  if (!(hours > 0)) return;
  const timer = setInterval(async () => {
    try {
      const octokit = await app.auth();
      const installations = await octokit.paginate('GET /app/installations', { per_page: 100 });
      const id = String(Date.now());
      for (const installation of installations) {
        const organization = (installation.account as { login?: string } | null)?.login ?? '';
        await callboard.reconcile({ installationId: installation.id, organization, id });
      }
    } catch (error) {
      app.log.error({ err: error }, 'Scheduled reconcile failed');
    }
  }, hours * 3_600_000);
  timer.unref();
}

/** The app's id and bot login, asked of GitHub once (GET /app), to recognise what Callboard wrote. */
function appIdentity(app: Probot): () => Promise<ForgeIdentity> {
  let identity: Promise<ForgeIdentity> | undefined;
  return () =>
    (identity ??= app.auth().then(async (octokit) => {
      const { data } = await octokit.request('GET /app');
      return { appId: data!.id, login: `${data!.slug}[bot]` };
    })).catch((error) => {
      identity = undefined;
      throw error;
    });
}
