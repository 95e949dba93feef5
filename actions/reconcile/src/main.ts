/**
 * The reconcile action (actions/reconcile/action.yml): Callboard without a server. Run on a schedule
 * or by hand in the catalog repository, it does what the app's scheduled reconcile does for one
 * organisation (the catalog build, then, on its event, the scoring run, the migrations and the golden
 * paths' forms and updates) with the same features, the same GitHub forge and the same
 * compare-and-swap commits, through a token the workflow hands it. Only what reacts to a pull
 * request or an issue as it happens needs the app (or the per-repository actions).
 */
import { DEFAULT_CATALOG_REPOSITORY } from '../../../app/core/catalog/catalog-config.ts';
import { createCallboard } from '../../../app/features/callboard.ts';
import type { Logger } from '../../../app/features/feature.ts';
import { createGithubForge } from '../../../app/forge/github/github-forge.ts';
import { UsageError, asUsageError } from '../../../app/forge/local/usage-error.ts';
import type { Job } from '../../../app/queue/job-queue.ts';
import { createMemoryJobQueue } from '../../../app/queue/memory-job-queue.ts';
import { workflowRepository, type ActionIO } from '../../shared/action-io.ts';

/** The features with a reconcile, in the order a full reconcile runs them. */
const RECONCILING = ['catalog', 'scorecards', 'migrations', 'golden-paths'];
/** The token's installation, for the features' job ids and forge: the action has one token, so one. */
const INSTALLATION = 0;

export async function run(io: ActionIO): Promise<void> {
  try {
    const settings = readInputs(io);
    const finished = await reconcile(io, settings);
    io.setOutput('jobs', finished.done.length);
    io.setOutput('failed', finished.failed.length);
    await io.writeSummary(summary(settings, finished));
    if (finished.failed.length > 0)
      io.setFailed(
        `${finished.failed.length} of ${finished.done.length + finished.failed.length} jobs failed: ${finished.failed.map((f) => f.name).join(', ')}. What the others did has landed; the next run tries again.`,
      );
  } catch (error) {
    const mistake = asUsageError(error);
    io.setFailed(
      mistake
        ? mistake.message
        : `Callboard failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
}

interface ReconcileSettings {
  token: string;
  appSlug: string;
  organization: string;
  catalogRepository: string;
  features: string[];
}

function readInputs(io: ActionIO): ReconcileSettings {
  const token = io.getInput('token').trim();
  if (!token)
    throw new UsageError(
      'Input token is empty: give the token of the GitHub App installed on the organisation (actions/create-github-app-token, owner: the organisation).',
    );
  const appSlug = io.getInput('app-slug').trim();
  if (!appSlug)
    throw new UsageError(
      "Input app-slug is empty: give the app's slug (actions/create-github-app-token's output app-slug), so Callboard recognises what it wrote.",
    );
  const repository = workflowRepository(io.context);
  const organization = io.getInput('organization').trim() || repository?.owner;
  if (!organization) throw new UsageError('Input organization is empty and the workflow names no repository.');
  const features = (io.getInput('features') || RECONCILING.join(',')).split(/[\s,]+/).filter(Boolean);
  const unknown = features.filter((name) => !RECONCILING.includes(name));
  if (unknown.length > 0)
    throw new UsageError(`Input features names ${unknown.join(', ')}: each must be one of ${RECONCILING.join(', ')}.`);
  return {
    token,
    appSlug,
    organization,
    catalogRepository:
      io.getInput('catalog-repository').trim() ||
      (repository?.owner === organization ? repository.repo : DEFAULT_CATALOG_REPOSITORY),
    features,
  };
}

interface Finished {
  done: Job[];
  failed: { name: string; error: string }[];
}

/** One reconcile of the organisation by the chosen features, and everything it queued, run to the end. */
async function reconcile(io: ActionIO, settings: ReconcileSettings): Promise<Finished> {
  const finished: Finished = { done: [], failed: [] };
  const queue = createMemoryJobQueue({
    events: {
      completed: (job, ms) => {
        finished.done.push(job);
        io.log(`${job.name} done (${Math.round(ms)} ms)\n`);
      },
      failed: (job, error, attempt, willRetry) => {
        io.log(`${job.name} failed (attempt ${attempt}${willRetry ? ', retrying' : ''}): ${firstLine(error)}\n`);
        if (!willRetry) finished.failed.push({ name: job.name, error: firstLine(error) });
      },
    },
  });
  const octokit = io.octokit(settings.token);
  const forge = createGithubForge({ octokit, identity: { login: `${settings.appSlug}[bot]` } });
  const log: Logger = {
    info: (message) => io.log(`${message}\n`),
    warn: (message) => io.log(`::warning title=Callboard::${message}\n`),
    error: (message) => io.log(`::error title=Callboard::${message}\n`),
  };
  const callboard = createCallboard({
    forgeFor: async () => forge,
    work: io.work,
    queue,
    settings: {
      catalogRepository: settings.catalogRepository,
      webUrl: io.context.serverUrl,
      // A run is short: a migration's dashboard is brought up to date once at its end, not held back.
      dashboardIntervalMs: 0,
    },
    log,
    only: settings.features,
  });
  await callboard.reconcile({
    installationId: INSTALLATION,
    organization: settings.organization,
    id: `run-${io.context.runId}-${io.context.runAttempt}`,
  });
  await queue.drain();
  await queue.close();
  return finished;
}

function summary(settings: ReconcileSettings, finished: Finished): string {
  const counts = new Map<string, number>();
  for (const job of finished.done) counts.set(job.name, (counts.get(job.name) ?? 0) + 1);
  return [
    `## Callboard reconcile of ${settings.organization}`,
    '',
    `Catalog repository: ${settings.organization}/${settings.catalogRepository}. Features: ${settings.features.join(', ')}.`,
    '',
    '| job | done |',
    '|---|---|',
    ...[...counts].map(([name, n]) => `| ${name} | ${n} |`),
    ...(finished.failed.length > 0
      ? ['', '**Failed**', '', ...finished.failed.map((f) => `- ${f.name}: ${f.error.replace(/[\r\n]+/g, ' ')}`)]
      : []),
    '',
  ].join('\n');
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
