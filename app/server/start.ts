/**
 * `npm start`: the Callboard GitHub App server, configured by Probot's own environment (APP_ID,
 * PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, WEBHOOK_PATH, GHE_HOST, PORT, HOST, LOG_LEVEL,
 * LOG_FORMAT; a `.env` file is applied first, as Probot does). It refuses to start in production
 * without a real webhook secret: signatures would otherwise be checked against the well-known
 * default "development".
 *
 * Probot runs the handlers; the HTTP server is Callboard's (webhook-server.ts), so every delivery
 * goes through the webhook front (webhook-front.ts) and none reaches Probot's own middleware, which
 * reads bodies whole and logs them. Without APP_ID or a private key, Probot's setup flow runs instead.
 */
import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { createProbot, run, type Probot, type ProbotOctokit } from 'probot';
import type { Logger } from 'pino';
import { CallboardOctokit } from '../forge/github/callboard-octokit.ts';
import { createResponseCache } from '../forge/github/conditional-requests.ts';
import { createBudgetRegistry } from '../forge/github/content-budget.ts';
import type { JobQueue } from '../queue/job-queue.ts';
import { pooledWork } from '../workers/pooled-work.ts';
import { createUnitPool } from '../workers/unit-pool.ts';
import { createCallboardApp } from './callboard-app.ts';
import { createServerLog } from './server-log.ts';
import { createWebhookFront } from './webhook-front.ts';
import { createWebhookServer } from './webhook-server.ts';

/** On SIGTERM: in-flight deliveries get this long, then running jobs this long (GRACE_MS). */
const REQUEST_GRACE_MS = 1000;
const GRACE_MS = 5000;

function startupProblem(env: Record<string, string | undefined>): string | undefined {
  const production = env.NODE_ENV === 'production';
  const secret = env.WEBHOOK_SECRET;
  if (production && (!secret || secret === 'development')) {
    return 'WEBHOOK_SECRET is not set. Callboard refuses to start in production without the secret the GitHub App signs its webhooks with (Settings → Developer settings → GitHub Apps → Callboard → Webhook secret).';
  }
  return undefined;
}

/** `.env` over the environment, as Probot's `run` applies it. */
function applyDotEnv() {
  try {
    Object.assign(process.env, parseEnv(readFileSync('.env', 'utf8')));
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
  }
}

/** `{ [key]: n }` when the variable holds a number, else nothing (the default stands). */
function numberFrom<K extends string>(value: string | undefined, key: K): Partial<Record<K, number>> {
  const n = Number(value);
  return value && Number.isFinite(n) && n >= 0 ? ({ [key]: n } as Record<K, number>) : {};
}

/** Probot from the environment, or undefined when it has no app id or private key yet (the setup flow). */
function probotFromEnv(log: Logger): Probot | undefined {
  // One content-creation budget per installation, and one cache of conditional reads, shared by every Octokit Probot
  // makes.
  const Octokit = CallboardOctokit.defaults({
    contentBudget: {
      registry: createBudgetRegistry(),
      // GitHub's secondary limits and its "one second apart"; a GitHub Enterprise Server with other limits, or a
      // test, sets its own.
      ...numberFrom(process.env.CALLBOARD_WRITE_INTERVAL_MS, 'minIntervalMs'),
      ...numberFrom(process.env.CALLBOARD_WRITES_PER_MINUTE, 'perMinute'),
      ...numberFrom(process.env.CALLBOARD_WRITES_PER_HOUR, 'perHour'),
    },
    conditionalRequests: { cache: createResponseCache() },
  }) as unknown as typeof ProbotOctokit;
  try {
    return createProbot({ overrides: { log, Octokit } });
  } catch (error) {
    if (/^(?:appId|privateKey) option is required/.test((error as Error).message)) return undefined;
    throw error;
  }
}

applyDotEnv();
const env = process.env;
const problem = startupProblem(env);
if (problem) {
  console.error(`callboard: ${problem}`);
  process.exit(1);
}
if (!env.WEBHOOK_SECRET && env.APP_ID) {
  console.warn(
    'callboard: WEBHOOK_SECRET is not set; webhook signatures are checked against "development". Never do this in production.',
  );
}

const log = await createServerLog(env);
const probot = probotFromEnv(log);
if (probot) await serve(probot);
else await run(() => {}, { log });

async function serve(probot: Probot) {
  let queue: JobQueue | undefined;
  // Repository content is parsed, validated and scored in worker threads, so this one stays free to take webhooks.
  const units = createUnitPool(env.CALLBOARD_WORKERS ? { size: Number(env.CALLBOARD_WORKERS) } : {});
  await probot.load(
    createCallboardApp({
      work: pooledWork(units),
      onQueue: (q) => (queue = q),
      ...(env.CALLBOARD_QUEUE_LIMIT ? { queueLimit: Number(env.CALLBOARD_QUEUE_LIMIT) } : {}),
      ...(env.CALLBOARD_CATALOG_REPOSITORY ? { catalogRepository: env.CALLBOARD_CATALOG_REPOSITORY } : {}),
      webUrl: env.GHE_HOST ? `${env.GHE_PROTOCOL ?? 'https'}://${env.GHE_HOST}` : 'https://github.com',
      ...(env.CALLBOARD_RECONCILE_HOURS ? { reconcileHours: Number(env.CALLBOARD_RECONCILE_HOURS) } : {}),
      ...(env.CALLBOARD_STATE_CACHE ? { stateCacheSize: Number(env.CALLBOARD_STATE_CACHE) } : {}),
      ...numberFrom(env.CALLBOARD_DASHBOARD_INTERVAL_MS, 'dashboardIntervalMs'),
    }),
  );
  const front = createWebhookFront({
    path: probot.webhookPath,
    secret: env.WEBHOOK_SECRET || 'development',
    // Probot's handlers, without Probot's `receive`, which logs the whole event at debug level.
    receive: (event) => probot.webhooks.receive(event as Parameters<Probot['webhooks']['receive']>[0]),
    log: log.child({ name: 'webhooks' }),
  });
  const server = createWebhookServer(front, log.child({ name: 'server' }));
  log.info(`Running Probot v${probot.version} (Node.js: ${process.version})`);
  await server.listen(Number(env.PORT) || 3000, env.HOST || 'localhost');

  // On SIGTERM (a deploy, a scale-down): no more webhooks, running jobs get a few seconds, queued ones are counted,
  // exit.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), 3 * GRACE_MS).unref();
    log.info(`${signal}: taking no more webhooks; running jobs get ${GRACE_MS / 1000} s`);
    await server.stop(REQUEST_GRACE_MS);
    const { dropped, unfinished, peak } = (await queue?.close({ graceMs: GRACE_MS })) ?? {
      dropped: 0,
      unfinished: 0,
      peak: 0,
    };
    log.info(
      { dropped, unfinished, peak },
      `Stopped: ${dropped} queued jobs not run, ${unfinished} running jobs cut off (at most ${peak} waited at once); the next event or reconcile finds their work again (docs/operating.md)`,
    );
    await Promise.race([units.close(), new Promise((resolve) => setTimeout(resolve, REQUEST_GRACE_MS))]);
    // The log goes out through a stream: give its last lines a moment.
    setTimeout(() => process.exit(0), 100);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
