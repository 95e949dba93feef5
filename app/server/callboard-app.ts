/**
 * Callboard as a Probot application function: it builds the job queue and the forge factory, and
 * registers the handlers. No logic lives here; handlers translate events into jobs, jobs do the work.
 */
import type { ApplicationFunction, Probot } from 'probot';
import { createGithubForge } from '../forge/github/github-forge.ts';
import type { CallboardOctokit } from '../forge/github/callboard-octokit.ts';
import type { ForgeIdentity } from '../forge/github/identity.ts';
import { onCheckRerequested } from '../handlers/check-run.ts';
import { onInstallation } from '../handlers/installation.ts';
import { onPullRequest } from '../handlers/pull-request.ts';
import { onPush } from '../handlers/push.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { createMemoryJobQueue } from '../jobs/memory-job-queue.ts';
import { scanInstallation } from '../jobs/scan-installation.ts';
import { validateDescriptors } from '../jobs/validate-descriptors.ts';

export interface CallboardAppOptions {
  /** The job queue; an in-process one by default. */
  queue?: JobQueue;
  /** Called with the queue once it is ready (the server uses it to drain on shutdown). */
  onQueue?(queue: JobQueue): void;
}

export function createCallboardApp(options: CallboardAppOptions = {}): ApplicationFunction {
  return (app: Probot) => {
    const queue =
      options.queue ??
      createMemoryJobQueue({
        events: {
          failed: (job, error, attempt, willRetry) =>
            app.log[willRetry ? 'warn' : 'error']({ job: job.name, id: job.id, attempt, err: error }, `Job ${job.name} failed${willRetry ? '; retrying' : ''}`),
          completed: (job, ms) => app.log.info({ job: job.name, id: job.id, ms }, `Job ${job.name} done`),
        },
      });
    options.onQueue?.(queue);
    const identity = appIdentity(app);
    const forgeFor = async (installationId: number) =>
      createGithubForge({ octokit: (await app.auth(installationId)) as unknown as CallboardOctokit, identity: await identity() });

    queue.process('validate-descriptors', validateDescriptors({ forgeFor }));
    queue.process('scan-installation', scanInstallation({ forgeFor, log: (result) => app.log.info(result, 'Installation scanned') }));

    onPullRequest(app, queue);
    onCheckRerequested(app, queue);
    onPush(app, queue);
    onInstallation(app, queue);
  };
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
