/**
 * The real Callboard server (a separate process, started with the container image's command, which
 * is `npm start`'s too) pointed at the GitHub double through GHE_HOST, and a sender of HMAC-signed
 * webhooks, as GitHub sends them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { sign } from '@octokit/webhooks-methods';
import type { GithubDouble } from '../github-double/index.ts';
import { APP } from '../support/github.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { serverCommand } from '../support/server-command.ts';
import { installationCreatedPayload } from '../support/payloads.ts';

export const WEBHOOK_SECRET = 'e2e-webhook-secret';

export interface AppServer {
  url: string;
  /** The server's process, as its log says. */
  pid: number;
  /** The server process's peak resident memory so far, in MB (VmHWM in /proc/<pid>/status: Linux). */
  peakMb(): number;
  output(): string;
  /** How many `Job <name> done` lines the server logged (with this job id, when given). */
  jobsDone(name: string, id?: string): number;
  /** Waits for the server to log `Job <name> done` for the job with this id. */
  jobDone(name: string, id: string): Promise<void>;
  /**
   * Waits until the server has no work in hand: every job it took is done (see `idle` below). A test
   * that asserts nothing happened calls it first; it costs a short quiet window, or a second after a write.
   */
  idle(): Promise<void>;
  exited(): boolean;
  deliver(
    event: string,
    payload: unknown,
    options?: { id?: string; signature?: 'valid' | 'wrong' | 'missing' },
  ): Promise<{ status: number; body: string; id: string }>;
  /** SIGTERM, as a deploy stops it: it takes no more webhooks and gives running jobs a few seconds. */
  stop(): Promise<void>;
  /** SIGKILL, for a file that leaves work running that no test looks at: no grace period to wait out. */
  kill(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts the server with Probot's own environment and waits until it listens. */
export async function startAppServer(double: GithubDouble, env: Record<string, string> = {}): Promise<AppServer> {
  const port = await freePort();
  let output = '';
  const { command, args } = serverCommand();
  const child: ChildProcess = spawn(command, args, {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      APP_ID: String(APP.id),
      PRIVATE_KEY: APP.privateKey,
      WEBHOOK_SECRET,
      GHE_HOST: double.host,
      GHE_PROTOCOL: 'http',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ended = () => child.exitCode !== null || child.signalCode !== null;
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    () => ended() || /Listening on/.test(output),
    60_000,
    () => `the server did not start:\n${output}`,
  );
  if (ended()) throw new Error(`the server exited (${child.exitCode ?? child.signalCode}):\n${output}`);
  // The readiness checks it asks GitHub at start: done before a test counts requests.
  await waitFor(
    () => /(?:Ready|Not ready): /.test(output),
    60_000,
    () => `the server did not check its readiness:\n${output}`,
  );
  const listening = JSON.parse(output.split('\n').find((line) => line.includes('Listening on'))!) as { pid: number };
  const jobsDone = (name: string, id?: string) =>
    logLines(output, `Job ${name} done`).filter(
      (line) => line.msg === `Job ${name} done` && (id ?? line.id) === line.id,
    ).length;
  return {
    url,
    pid: listening.pid,
    peakMb: () =>
      Math.round(
        Number(/^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${listening.pid}/status`, 'utf8'))?.[1]) / 1024,
      ),
    output: () => output,
    jobsDone,
    jobDone: (name, id) =>
      waitFor(
        () => jobsDone(name, id) > 0,
        120_000,
        () => `no "Job ${name} done" for ${id}:\n${output.slice(-4000)}`,
      ),
    idle: () => idle(double, listening.pid, () => output),
    exited: ended,
    async deliver(event, payload, options = {}) {
      const id = options.id ?? randomUUID();
      const body = JSON.stringify(payload);
      const signature = options.signature ?? 'valid';
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'x-github-event': event,
        'x-github-delivery': id,
      };
      if (signature !== 'missing')
        headers['x-hub-signature-256'] = await sign(signature === 'valid' ? WEBHOOK_SECRET : 'not-the-secret', body);
      const response = await fetch(`${url}/api/github/webhooks`, { method: 'POST', headers, body });
      return { status: response.status, body: await response.text(), id };
    },
    async stop() {
      if (ended()) return;
      child.kill('SIGTERM');
      await waitFor(ended, 30_000, () => 'the server did not stop');
    },
    async kill() {
      if (ended()) return;
      // The server itself: npm, its parent, cannot pass SIGKILL on, and exits when its child does.
      process.kill(listening.pid, 'SIGKILL');
      await waitFor(ended, 30_000, () => 'the server was not killed');
    },
  };
}

/**
 * The app installed on an organisation already in the double, as GitHub does it: the installation,
 * the server started, the signed `installation.created` delivered, and its first catalog committed.
 */
export async function installedOn(
  double: GithubDouble,
  account: string,
  env: Record<string, string> = {},
): Promise<{ server: AppServer; installationId: number }> {
  const installationId = double.addInstallation({ account }).id;
  const server = await startAppServer(double, env);
  const delivered = await server.deliver('installation', installationCreatedPayload(installationId, account));
  if (delivered.status !== 200) throw new Error(`installation.created answered ${delivered.status}: ${delivered.body}`);
  await waitFor(
    () => double.commits(account, 'callboard-catalog', 'main').some((c) => c.author === 'callboard[bot]'),
    90_000,
    () => `no catalog:\n${server.output()}`,
  );
  return { server, installationId };
}

export async function waitFor(condition: () => boolean, timeoutMs: number, message: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(message());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface LogLine {
  time: number;
  msg: string;
  id?: string;
  attempt?: number;
}

/** The server's JSON log lines (that contain `text`); what else it wrote, npm's banner, is skipped. */
function logLines(output: string, text = ''): LogLine[] {
  return output.split('\n').flatMap((line) => {
    if (!line.startsWith('{') || !line.includes(text)) return [];
    try {
      return [JSON.parse(line) as LogLine];
    } catch {
      return [];
    }
  });
}

/** A quiet this long, with nothing else pending, means the server is idle. */
const QUIET_MS = 150;
/**
 * Pauses the server takes inside its work with no request out and no thread running: the content budget keeps
 * content-creating requests a second apart (app/forge/github/content-budget.ts), and Octokit's throttling keeps writes
 * that notify people (issues, pull requests, comments) three seconds apart (@octokit/plugin-throttling); a failed job
 * waits 1 s, then 2 s, before it runs again (app/queue/memory-job-queue.ts), and Octokit retries an error answer
 * within 2.25 s (@octokit/plugin-retry).
 */
const WRITE_SPACING_MS = 1000;
const NOTIFYING_WRITE_SPACING_MS = 3000;
const RETRY_BACKOFF_MS = 1000;
const REQUEST_RETRY_MS = 2500;

/**
 * Waits until the server has no work in hand, seen from outside (the server says nothing when it queues or starts a
 * job): the double has no request open, no thread of the server process is running, and for a quiet window neither the
 * double got a request nor the server wrote a line; the window is stretched over every pause the app takes by design
 * (the constants above: after a write, a job's "failed; retrying", an error answer, and for as long as the content
 * budget says it waits). A delivery's jobs are queued before it is answered, so once the test has its
 * answers, each of their jobs is done, or running, or in one of those pauses.
 */
async function idle(double: GithubDouble, pid: number, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  let seen = { output: -1, requests: -1 };
  let active = Date.now();
  for (;;) {
    const now = Date.now();
    const text = output();
    if (
      text.length !== seen.output ||
      double.requests.length !== seen.requests ||
      double.inFlight() > 0 ||
      running(pid)
    )
      active = now;
    seen = { output: text.length, requests: double.requests.length };
    if (now >= Math.max(active + QUIET_MS, pausesEnd(double, text) + QUIET_MS)) return;
    if (now > deadline) throw new Error(`the server did not go idle:\n${text.slice(-4000)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** When the last pause the app takes by design ends (epoch ms). */
function pausesEnd(double: GithubDouble, output: string): number {
  const requests = double.requests.slice(-200);
  const writes = requests.filter(
    (r) =>
      (r.graphql ? r.graphql.mutation : r.method !== 'GET' && r.method !== 'HEAD') &&
      r.route !== '/app/installations/{installation_id}/access_tokens',
  );
  const write = writes.at(-1);
  // Writes to issues, pull requests and comments: the notifying routes Callboard writes to, and a few more.
  const notifying = writes.findLast((r) => /\/(?:issues|pulls|comments)\b/.test(r.route ?? ''));
  const failed = requests.findLast((r) => r.status === 0 || r.status === 429 || r.status >= 500);
  const lines = logLines(output.slice(-20_000));
  const retry = lines.findLast((line) => line.msg?.endsWith('failed; retrying'));
  // Past its minute's or hour's budget the content budget waits longer, and says how long.
  const budget = lines.findLast((line) => line.msg?.startsWith('Content-creation budget spent'));
  return Math.max(
    write ? write.at + WRITE_SPACING_MS : 0,
    notifying ? notifying.at + NOTIFYING_WRITE_SPACING_MS : 0,
    budget ? budget.time + Number(/waiting (\d+) s/.exec(budget.msg)?.[1] ?? 0) * 1000 : 0,
    failed ? failed.at + failed.durationMs + REQUEST_RETRY_MS : 0,
    retry ? retry.time + RETRY_BACKOFF_MS * 2 ** ((retry.attempt ?? 1) - 1) : 0,
  );
}

/** Whether a thread of the process is running or waiting for the CPU (state R in /proc/<pid>/task/<tid>/stat). */
function running(pid: number): boolean {
  try {
    return readdirSync(`/proc/${pid}/task`).some((tid) => {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      return stat[stat.lastIndexOf(')') + 2] === 'R';
    });
  } catch {
    return false; // the process or a thread just ended
  }
}
