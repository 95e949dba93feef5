/**
 * The server's first minute, as an operator meets it: the real process, started with the image's
 * command (the Dockerfile's CMD, which `npm start` runs too), in a directory of its own with or
 * without a `.env`. Each trap found by trying it once: the order of `.env` and the checks, setup
 * mode in production, a key that does not parse, mistakes said one line each, and `.env` kept out of
 * git.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APP } from '../support/github.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { serverCommand } from '../support/server-command.ts';
import { freePort } from './app-server.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A working directory holding these files (a `.env`, a key). */
function workingDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'callboard-start-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const baseEnv = () => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_FORMAT: 'json' as const });

/** Runs the server until it exits or listens (then stops it); what it printed, and how it ended. */
async function start(cwd: string, env: Record<string, string>) {
  const { command, args } = serverCommand();
  const child: ChildProcess = spawn(command, args, {
    cwd,
    env: { ...baseEnv(), PORT: String(await freePort()), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const ended = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = new Promise<'listening'>((resolve) => {
    const check = () => /Listening on|Welcome to Probot/.test(output) && resolve('listening');
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
  });
  const outcome = await Promise.race([ended, listening, timeout(60_000)]);
  if (outcome === 'listening') {
    child.kill('SIGKILL');
    await ended;
  }
  return { outcome, output, lines: output.trim().split('\n') };
}

const timeout = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms).unref());

/** GitHub's key as the setup flow writes it in `.env`: quoted, newlines written \n. */
const dotEnvKey = (pem: string) => `"${pem.trim().replace(/\n/g, '\\n')}"`;

describe('starting the server', () => {
  it('reads .env before checking: a production server with its secret and key only in .env starts', async () => {
    const dir = workingDir({
      '.env': `APP_ID=${APP.id}\nPRIVATE_KEY=${dotEnvKey(APP.privateKey)}\nWEBHOOK_SECRET=from-dot-env\n`,
    });
    const run = await start(dir, { NODE_ENV: 'production', HOST: '127.0.0.1' });
    expect(run.outcome, run.output).toBe('listening');
    expect(run.output).toContain('Listening on');
    expect(run.output).not.toContain('WEBHOOK_SECRET');
  });

  it('never enters setup mode in production: nothing configured is said, and it exits', async () => {
    const run = await start(workingDir(), { NODE_ENV: 'production' });
    expect(run.outcome).toBe(1);
    expect(run.output).toContain('callboard: APP_ID and PRIVATE_KEY are not set');
    expect(run.output).not.toMatch(/Welcome to Probot|Listening/);
  });

  it('refuses a private key that does not parse, in one line, outside production too', async () => {
    const broken = APP.privateKey.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!');
    for (const NODE_ENV of ['production', 'development']) {
      const run = await start(workingDir(), {
        NODE_ENV,
        APP_ID: String(APP.id),
        PRIVATE_KEY: broken,
        WEBHOOK_SECRET: 's',
      });
      expect(run.outcome, run.output).toBe(1);
      expect(run.lines[0]).toMatch(/^callboard: PRIVATE_KEY does not hold a private key that parses: paste the whole/);
      expect(run.output).not.toContain('Welcome to Probot');
      expect(run.output).not.toContain('    at ');
    }
  });

  it('says every mistake at once, one line each with its fix, and starts nothing', async () => {
    const run = await start(workingDir(), {
      NODE_ENV: 'production',
      APP_ID: 'my-app',
      PRIVATE_KEY: APP.privateKey,
      PORT: 'eighty',
      CALLBOARD_WORKERS: '0',
      GHE_HOST: 'https://ghe.example.com/',
    });
    expect(run.outcome).toBe(1);
    expect(run.lines).toEqual([
      'callboard: PORT is "eighty": it must be a whole number, 0 or more (the port to listen on).',
      'callboard: CALLBOARD_WORKERS is "0": it must be a whole number, 1 or more (worker threads for repository content).',
      'callboard: APP_ID is "my-app": it must be the app\'s numeric id (the app\'s settings page, "App ID").',
      expect.stringMatching(/^callboard: WEBHOOK_SECRET is not set: in production/),
      expect.stringMatching(
        /^callboard: GHE_HOST is "https:\/\/ghe.example.com\/": it must be the server's host name alone/,
      ),
      'callboard: not started. docs/deploying.md lists every setting.',
    ]);
  });

  it('outside production with nothing configured, runs the setup flow and says how to register on the organisation', async () => {
    const run = await start(workingDir(), { NODE_ENV: 'development', HOST: '127.0.0.1' });
    expect(run.outcome, run.output).toBe('listening');
    expect(run.output).toContain('start again with GH_ORG=<organisation>');
  });
});

describe('what the setup flow writes stays out of git', () => {
  it('ignores .env and private keys', () => {
    const ignored = spawnSync('git', ['check-ignore', '--no-index', '.env', 'callboard.2026-12-03.private-key.pem'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(ignored.stdout.trim().split('\n')).toEqual(['.env', 'callboard.2026-12-03.private-key.pem']);
  });
});

describe('the container image', () => {
  it('runs the command npm start runs', () => {
    const { scripts } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const { args } = serverCommand();
    expect(scripts.start).toBe(`exec node ${args.map((a) => a.replace(`${REPO_ROOT}/`, '')).join(' ')}`);
  });
});
