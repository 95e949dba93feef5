/**
 * `npm start`: the Callboard GitHub App server, configured by Probot's own environment (APP_ID,
 * PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, WEBHOOK_PATH, GHE_HOST, PORT, HOST, LOG_LEVEL,
 * LOG_FORMAT) and Callboard's (CALLBOARD_*). A `.env` file is applied first, as Probot does, then
 * everything is checked (app/config/app-config.ts) and every mistake said in one line, before
 * anything starts.
 *
 * Probot runs the handlers; the HTTP server is Callboard's (webhook-server.ts), so every delivery
 * goes through the webhook front (webhook-front.ts) and none reaches Probot's own middleware, which
 * reads bodies whole and logs them. With nothing configured, outside production, Probot's setup flow
 * runs instead.
 */
import { createProbot, run, type Probot, type ProbotOctokit } from 'probot';
import type { Logger } from 'pino';
import { appManifest, applyDotEnv, checkServerConfig, type ServerConfig } from '../config/app-config.ts';
import { diagnoseApp } from '../forge/github/app-doctor.ts';
import { CallboardOctokit } from '../forge/github/callboard-octokit.ts';
import { createResponseCache } from '../forge/github/conditional-requests.ts';
import { createBudgetRegistry } from '../forge/github/content-budget.ts';
import type { JobQueue } from '../queue/job-queue.ts';
import { pooledWork } from '../workers/pooled-work.ts';
import { createUnitPool } from '../workers/unit-pool.ts';
import { createCallboardApp } from './callboard-app.ts';
import { createReadiness } from './readiness.ts';
import { createServerLog } from './server-log.ts';
import { createWebhookFront } from './webhook-front.ts';
import { createWebhookServer } from './webhook-server.ts';

/** On SIGTERM: in-flight deliveries get this long, then running jobs this long (GRACE_MS). */
const REQUEST_GRACE_MS = 1000;
const GRACE_MS = 5000;

/**
 * Probot for the app, with one content-creation budget per installation and one cache of conditional reads, shared by
 * every Octokit Probot makes.
 */
function probotFor(config: ServerConfig, app: NonNullable<ServerConfig['app']>, log: Logger): Probot {
  const { numbers } = config;
  const Octokit = CallboardOctokit.defaults({
    contentBudget: {
      registry: createBudgetRegistry(),
      // GitHub's secondary limits and its "one second apart"; a GitHub Enterprise Server with other limits, or a
      // test, sets its own.
      ...defined({
        minIntervalMs: numbers.CALLBOARD_WRITE_INTERVAL_MS,
        perMinute: numbers.CALLBOARD_WRITES_PER_MINUTE,
        perHour: numbers.CALLBOARD_WRITES_PER_HOUR,
      }),
    },
    conditionalRequests: { cache: createResponseCache() },
  }) as unknown as typeof ProbotOctokit;
  return createProbot({
    overrides: { log, Octokit, appId: app.id, privateKey: app.privateKey, secret: config.webhookSecret },
  });
}

applyDotEnv();
const checked = checkServerConfig(process.env);
if (!checked.ok) {
  for (const problem of checked.problems) console.error(`callboard: ${problem}`);
  console.error('callboard: not started. docs/deploying.md lists every setting.');
  process.exit(1);
}
for (const warning of checked.warnings) console.warn(`callboard: ${warning}`);
const log = await createServerLog(process.env);
const { config } = checked;
if (config.app) await serve(config, config.app, probotFor(config, config.app, log), log);
else await setUp(log);

/** Nothing configured, outside production: Probot's setup flow registers the app from app.yml. */
async function setUp(log: Logger) {
  const org = process.env.GH_ORG;
  log.warn(
    org
      ? `No app configured: Probot's setup flow will register Callboard on the organisation ${org}. It writes APP_ID, PRIVATE_KEY and WEBHOOK_SECRET to .env (git ignores it); start again after.`
      : "No app configured: Probot's setup flow will register Callboard on your own account, where no organisation can install it (app.yml is private). Stop, and start again with GH_ORG=<organisation> to register it on the organisation.",
  );
  await run(() => {}, { log });
}

/** The entries whose value is set. */
function defined<T extends Record<string, number | undefined>>(values: T): { [K in keyof T]?: number } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: number };
}

async function serve(config: ServerConfig, app: NonNullable<ServerConfig['app']>, probot: Probot, log: Logger) {
  const { numbers } = config;
  let queue: JobQueue | undefined;
  // Repository content is parsed, validated and scored in worker threads, so this one stays free to take webhooks.
  const units = createUnitPool(defined({ size: numbers.CALLBOARD_WORKERS }));
  await probot.load(
    createCallboardApp({
      work: pooledWork(units),
      onQueue: (q) => (queue = q),
      catalogRepository: config.catalogRepository,
      webUrl: config.webUrl,
      ...defined({
        queueLimit: numbers.CALLBOARD_QUEUE_LIMIT,
        reconcileHours: numbers.CALLBOARD_RECONCILE_HOURS,
        stateCacheSize: numbers.CALLBOARD_STATE_CACHE,
        dashboardIntervalMs: numbers.CALLBOARD_DASHBOARD_INTERVAL_MS,
      }),
    }),
  );
  const front = createWebhookFront({
    path: config.webhookPath,
    secret: config.webhookSecret,
    // Probot's handlers, without Probot's `receive`, which logs the whole event at debug level.
    receive: (event) => probot.webhooks.receive(event as Parameters<Probot['webhooks']['receive']>[0]),
    log: log.child({ name: 'webhooks' }),
  });
  // Asked once at start, so a key or an installation that does not work is in the log at once, not at the first event.
  const ready = createReadiness(
    () =>
      diagnoseApp({
        appId: app.id,
        privateKey: app.privateKey,
        apiUrl: config.apiUrl,
        webUrl: config.webUrl,
        catalogRepository: config.catalogRepository,
        manifest: appManifest(),
      }),
    log.child({ name: 'readiness' }),
  );
  void ready();
  const server = createWebhookServer(front, log.child({ name: 'server' }), ready);
  log.info(`Running Probot v${probot.version} (Node.js: ${process.version})`);
  await server.listen(config.port, config.host);

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
