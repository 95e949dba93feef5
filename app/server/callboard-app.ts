/**
 * Callboard as a Probot application function: it builds the job queue and the forge factory, and
 * registers the handlers. No logic lives here; handlers translate events into jobs, jobs do the work.
 */
import type { ApplicationFunction, Probot } from 'probot';
import { createGithubForge } from '../forge/github/github-forge.ts';
import type { CallboardOctokit } from '../forge/github/callboard-octokit.ts';
import type { ForgeIdentity } from '../forge/github/identity.ts';
import { DEFAULT_CATALOG_REPOSITORY } from '../core/catalog/catalog-config.ts';
import type { ContentWork } from '../core/content-work.ts';
import { onCatalogEvents } from '../features/catalog/on-catalog-events.ts';
import { onCheckRerequested } from '../features/descriptor-checks/on-check-rerequested.ts';
import { onPullRequest } from '../features/descriptor-checks/on-pull-request.ts';
import { onPush } from '../features/descriptor-checks/on-push.ts';
import { onScorecardEvents, scoreOrganizationJob } from '../features/scorecards/on-scorecard-events.ts';
import { createCatalogIndexReader } from '../catalog-repo/catalog-index-reader.ts';
import { createCatalogStateCache } from '../catalog-repo/catalog-state-cache.ts';
import { createCatalogUpdates } from '../features/catalog/catalog-updates.ts';
import type { JobQueue } from '../queue/job-queue.ts';
import { createMemoryJobQueue } from '../queue/memory-job-queue.ts';
import { reconcileRequest } from '../features/catalog/reconcile-request.ts';
import { updateCatalog, updateCatalogJob } from '../features/catalog/update-catalog.ts';
import { createScoreRecorder, type RecordedScores } from '../catalog-repo/record-scores.ts';
import { checkScorecardFiles } from '../features/scorecards/check-scorecard-files.ts';
import { createScoreResultsReader } from '../catalog-repo/score-results-reader.ts';
import { scoreCommit, scoreOrganization, type ScoreOrganizationData } from '../features/scorecards/score-commit.ts';
import { createScorecardsReader } from '../catalog-repo/scorecards-reader.ts';
import { validateDescriptors } from '../features/descriptor-checks/validate-descriptors.ts';

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
  /** Hours between full reconciles of every installation (CALLBOARD_RECONCILE_HOURS); 0 turns them off. */
  reconcileHours?: number;
  /** How many organisations' catalog states this process keeps between builds (CALLBOARD_STATE_CACHE); 0 keeps none. */
  stateCacheSize?: number;
}

export function createCallboardApp(options: CallboardAppOptions): ApplicationFunction {
  return (app: Probot) => {
    const queue =
      options.queue ??
      createMemoryJobQueue({
        ...(options.queueLimit ? { limit: options.queueLimit } : {}),
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
    options.onQueue?.(queue);
    const identity = appIdentity(app);
    const forgeFor = async (installationId: number) =>
      createGithubForge({
        octokit: (await app.auth(installationId)) as unknown as CallboardOctokit,
        identity: await identity(),
      });

    const updates = createCatalogUpdates();
    const stateCache = createCatalogStateCache(options.stateCacheSize);
    const catalogRepository = options.catalogRepository ?? DEFAULT_CATALOG_REPOSITORY;
    const webUrl = options.webUrl ?? 'https://github.com';

    const catalogIndex = createCatalogIndexReader(catalogRepository, options.stateCacheSize);
    const { work } = options;
    queue.process(
      'validate-descriptors',
      validateDescriptors({ forgeFor, work, catalogIndex, log: (message) => app.log.warn(message) }),
    );
    const scorecards = createScorecardsReader(catalogRepository, options.stateCacheSize);
    // Entity pages show the levels: recorded scores update the catalog. No repository is read again
    // (their descriptors did not change); only the pages whose levels moved are rendered.
    const updateAfterScores = async ({ installationId, organization, commit }: RecordedScores) => {
      updates.add(installationId, { reason: 'scores recorded' });
      await queue.add(updateCatalogJob(`scores:${installationId}:${commit}`, installationId, organization));
    };
    const record = createScoreRecorder(catalogRepository, options.stateCacheSize, updateAfterScores);
    const scoring = {
      forgeFor,
      work,
      scorecards,
      catalogIndex,
      record,
      log: (message: string) => app.log.info(message),
    };
    queue.process('score-commit', scoreCommit(scoring));
    queue.process('score-organization', scoreOrganization(scoring));
    queue.process('check-scorecard-files', checkScorecardFiles({ forgeFor }));
    queue.process(
      'update-catalog',
      updateCatalog({
        forgeFor,
        work,
        updates,
        catalogRepository,
        webUrl,
        stateCache,
        scoreResults: createScoreResultsReader(options.stateCacheSize),
        log: (message, details) => app.log.info(details ?? {}, message),
      }),
    );

    onPullRequest(app, queue);
    onCheckRerequested(app, queue);
    onPush(app, queue);
    queue.process(
      'reconcile-request',
      reconcileRequest({ forgeFor, updates, queue, log: (message) => app.log.info(message) }),
    );
    onCatalogEvents(app, { queue, updates, catalogRepository });
    // After the catalog's handlers: on installation, the organisation is scored once its catalog is built.
    onScorecardEvents(app, queue, catalogRepository);
    scheduleReconciles(app, queue, updates, options.reconcileHours ?? 6);
  };
}

/**
 * A full reconcile of every installation now and then: it finds what no event announces (a
 * repository deleted: GitHub Apps are not told) and heals anything an event missed.
 */
function scheduleReconciles(
  app: Probot,
  queue: JobQueue,
  updates: ReturnType<typeof createCatalogUpdates>,
  hours: number,
) {
  if (!(hours > 0)) return;
  const timer = setInterval(async () => {
    try {
      const octokit = await app.auth();
      const installations = await octokit.paginate('GET /app/installations', { per_page: 100 });
      for (const installation of installations) {
        const organization = (installation.account as { login?: string } | null)?.login ?? '';
        updates.add(installation.id, { full: true, reason: 'scheduled reconcile' });
        await queue.add(updateCatalogJob(`reconcile:${installation.id}:${Date.now()}`, installation.id, organization));
        await queue.add<ScoreOrganizationData>(
          scoreOrganizationJob(`reconcile-scores:${installation.id}:${Date.now()}`, installation.id, organization),
        );
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
