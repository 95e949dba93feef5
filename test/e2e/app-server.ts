/**
 * The real Callboard server (`npm start`, a separate process) pointed at the GitHub double through
 * GHE_HOST, and a sender of HMAC-signed webhooks, as GitHub sends them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { sign } from '@octokit/webhooks-methods';
import type { GithubDouble } from '../github-double/index.ts';
import { APP } from '../support/github.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { installationCreatedPayload } from '../support/payloads.ts';

export const WEBHOOK_SECRET = 'e2e-webhook-secret';

export interface AppServer {
  url: string;
  /** The server's own process (`npm start` runs it as its child), as its log says. */
  pid: number;
  /** The server process's peak resident memory so far, in MB (VmHWM in /proc/<pid>/status: Linux). */
  peakMb(): number;
  output(): string;
  exited(): boolean;
  deliver(
    event: string,
    payload: unknown,
    options?: { id?: string; signature?: 'valid' | 'wrong' | 'missing' },
  ): Promise<{ status: number; body: string; id: string }>;
  stop(): Promise<void>;
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

/** Runs `npm start` with Probot's own environment and waits until it listens. */
export async function startAppServer(double: GithubDouble, env: Record<string, string> = {}): Promise<AppServer> {
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn('npm', ['start', '--silent'], {
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
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    () => child.exitCode !== null || /Listening on/.test(output),
    60_000,
    () => `the server did not start:\n${output}`,
  );
  if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
  const listening = JSON.parse(output.split('\n').find((line) => line.includes('Listening on'))!) as { pid: number };
  return {
    url,
    pid: listening.pid,
    peakMb: () =>
      Math.round(
        Number(/^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${listening.pid}/status`, 'utf8'))?.[1]) / 1024,
      ),
    output: () => output,
    exited: () => child.exitCode !== null,
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
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await waitFor(
        () => child.exitCode !== null,
        30_000,
        () => 'the server did not stop',
      );
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
): Promise<{ server: AppServer; installationId: number }> {
  const installationId = double.addInstallation({ account }).id;
  const server = await startAppServer(double);
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
