/**
 * `npm start`: the Callboard GitHub App server (Probot), configured by Probot's own environment
 * (APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, GHE_HOST, PORT, HOST, LOG_LEVEL).
 * It refuses to start in production without a real webhook secret: Probot would otherwise verify
 * signatures against the well-known default "development".
 */
import { run, type ProbotOctokit } from 'probot';
import { CallboardOctokit } from '../forge/github/callboard-octokit.ts';
import { createResponseCache } from '../forge/github/conditional-requests.ts';
import { createBudgetRegistry } from '../forge/github/content-budget.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { pooledWork } from '../workers/pooled-work.ts';
import { createUnitPool } from '../workers/unit-pool.ts';
import { createCallboardApp } from './callboard-app.ts';

function startupProblem(env: Record<string, string | undefined>): string | undefined {
  const production = env.NODE_ENV === 'production';
  const secret = env.WEBHOOK_SECRET;
  if (production && (!secret || secret === 'development')) {
    return 'WEBHOOK_SECRET is not set. Callboard refuses to start in production without the secret the GitHub App signs its webhooks with (Settings → Developer settings → GitHub Apps → Callboard → Webhook secret).';
  }
  return undefined;
}

const problem = startupProblem(process.env);
if (problem) {
  console.error(`callboard: ${problem}`);
  process.exit(1);
}
if (!process.env.WEBHOOK_SECRET && process.env.APP_ID) {
  console.warn('callboard: WEBHOOK_SECRET is not set; webhook signatures are checked against "development". Never do this in production.');
}

let queue: JobQueue | undefined;
const env = process.env;
// Repository content is parsed, validated and scored in worker threads, so this one stays free to take webhooks.
const units = createUnitPool(env.CALLBOARD_WORKERS ? { size: Number(env.CALLBOARD_WORKERS) } : {});
const server = await run(
  createCallboardApp({
    work: pooledWork(units),
    onQueue: (q) => (queue = q),
    ...(env.CALLBOARD_CATALOG_REPOSITORY ? { catalogRepository: env.CALLBOARD_CATALOG_REPOSITORY } : {}),
    webUrl: env.GHE_HOST ? `${env.GHE_PROTOCOL ?? 'https'}://${env.GHE_HOST}` : 'https://github.com',
    ...(env.CALLBOARD_RECONCILE_HOURS ? { reconcileHours: Number(env.CALLBOARD_RECONCILE_HOURS) } : {}),
    ...(env.CALLBOARD_STATE_CACHE ? { stateCacheSize: Number(env.CALLBOARD_STATE_CACHE) } : {}),
  }),
  // One content-creation budget per installation, and one cache of conditional reads, shared by every Octokit Probot makes.
  { Octokit: CallboardOctokit.defaults({ contentBudget: { registry: createBudgetRegistry() }, conditionalRequests: { cache: createResponseCache() } }) as unknown as typeof ProbotOctokit },
);

// On SIGTERM (a deploy, a scale-down) stop taking webhooks, finish the jobs in hand, then exit.
process.once('SIGTERM', async () => {
  await server.stop();
  await queue?.close();
  await units.close();
  process.exit(0);
});
