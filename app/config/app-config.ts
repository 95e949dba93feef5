/**
 * The app's configuration, read from the environment (after `.env`, as Probot applies it) and checked
 * before anything starts: every mistake is one line naming the variable, what is wrong and how to fix
 * it, all of them at once. The server and `callboard doctor` read it the same way. Probot left alone
 * prints a stack trace for a key that does not parse and then, outside production, its setup flow,
 * which listens as if all were well and never receives a webhook. Here the setup flow runs only on a
 * machine with nothing configured at all, and never in production.
 */
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { load } from 'js-yaml';
import { getPrivateKey } from '@probot/get-private-key';
import { DEFAULT_CATALOG_REPOSITORY } from '../core/catalog/catalog-config.ts';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The numeric settings: what each is, and its least value (no worker, no room in the queue or no write allowed would
 * stop the app without a word). The docs list them in docs/deploying.md.
 */
const NUMBERS = {
  PORT: ['the port to listen on', 0],
  CALLBOARD_WORKERS: ['worker threads for repository content', 1],
  CALLBOARD_QUEUE_LIMIT: ['jobs the queue lets wait', 1],
  CALLBOARD_RECONCILE_HOURS: ['hours between full reconciles (0: none)', 0],
  CALLBOARD_STATE_CACHE: ['organisations whose catalog repository reads are kept (0: none)', 0],
  CALLBOARD_DASHBOARD_INTERVAL_MS: ["least time between two updates of a migration's dashboard", 0],
  CALLBOARD_WRITE_INTERVAL_MS: ['least time between two writes to GitHub', 0],
  CALLBOARD_WRITES_PER_MINUTE: ['writes to GitHub a minute', 1],
  CALLBOARD_WRITES_PER_HOUR: ['writes to GitHub an hour', 1],
} as const satisfies Record<string, readonly [string, number]>;
export type NumericSetting = keyof typeof NUMBERS;

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];
const REPOSITORY_NAME = /^[\w.-]{1,100}$/;
const HOST_NAME = /^[a-z0-9.-]+(?::\d{1,5})?$/i;

/** `.env` in `cwd` over the environment, as Probot's `run` applies it; nothing when there is none. */
export function applyDotEnv(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): void {
  try {
    Object.assign(env, parseEnv(readFileSync(join(cwd, '.env'), 'utf8')));
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
  }
}

/** What app.yml asks for. The manifest sits two folders up from here and from every bundle (dist/<name>/). */
export function appManifest(): { permissions: Record<string, string>; events: string[] } {
  const manifest = load(readFileSync(new URL('../../app.yml', import.meta.url), 'utf8')) as {
    default_permissions?: Record<string, string>;
    default_events?: string[];
  };
  return { permissions: manifest.default_permissions ?? {}, events: manifest.default_events ?? [] };
}

export interface ServerConfig {
  production: boolean;
  /** Absent on a machine with no app yet: Probot's setup flow registers one (never in production). */
  app?: { id: number; privateKey: string };
  /** The webhook secret; "development" (Probot's default) outside production when unset. */
  webhookSecret: string;
  webhookPath: string;
  port: number;
  host: string;
  catalogRepository: string;
  /** The forge's web address (https://github.com, or the GitHub Enterprise Server). */
  webUrl: string;
  /** Its REST API's root (https://api.github.com, or <GHES>/api/v3). */
  apiUrl: string;
  /** The numeric settings that were set. */
  numbers: Partial<Record<NumericSetting, number>>;
}

export type ConfigCheck = { ok: true; config: ServerConfig; warnings: string[] } | { ok: false; problems: string[] };

/**
 * Reads and checks the configuration. `readKey` finds the private key as Probot does
 * (PRIVATE_KEY, PRIVATE_KEY_PATH, or the one `.pem` file in `cwd`).
 */
export function checkServerConfig(env: Env, cwd: string = process.cwd()): ConfigCheck {
  const problems: string[] = [];
  const warnings: string[] = [];
  const production = env.NODE_ENV === 'production';

  const numbers: Partial<Record<NumericSetting, number>> = {};
  for (const name of Object.keys(NUMBERS) as NumericSetting[]) {
    const value = env[name]?.trim();
    if (!value) continue;
    const [what, least] = NUMBERS[name];
    const n = Number(value);
    if (Number.isInteger(n) && n >= least) numbers[name] = n;
    else problems.push(`${name} is "${clip(value)}": it must be a whole number, ${least} or more (${what}).`);
  }

  const app = appCredentials(env, cwd, production, problems);

  const secret = env.WEBHOOK_SECRET;
  if (production && (!secret || secret === 'development'))
    problems.push(
      "WEBHOOK_SECRET is not set: in production Callboard checks every webhook against the secret GitHub signs it with. Copy it from the app's settings (Settings → Developer settings → GitHub Apps → Callboard → Webhook secret).",
    );
  else if (!secret && app)
    warnings.push(
      'WEBHOOK_SECRET is not set; webhook signatures are checked against "development". Never do this in production.',
    );

  const level = env.LOG_LEVEL;
  if (level && !LOG_LEVELS.includes(level))
    problems.push(`LOG_LEVEL is "${clip(level)}": it must be one of ${LOG_LEVELS.join(', ')}.`);
  if (env.LOG_FORMAT && !['json', 'pretty'].includes(env.LOG_FORMAT))
    problems.push(`LOG_FORMAT is "${clip(env.LOG_FORMAT)}": it must be json or pretty.`);
  const webhookPath = env.WEBHOOK_PATH || '/api/github/webhooks';
  if (!webhookPath.startsWith('/'))
    problems.push(`WEBHOOK_PATH is "${clip(webhookPath)}": it must be a path starting with "/".`);
  const catalogRepository = env.CALLBOARD_CATALOG_REPOSITORY || DEFAULT_CATALOG_REPOSITORY;
  if (!REPOSITORY_NAME.test(catalogRepository))
    problems.push(
      `CALLBOARD_CATALOG_REPOSITORY is "${clip(catalogRepository)}": it must be a repository's name (letters, digits, ".", "-", "_"), without its owner.`,
    );
  const { webUrl, apiUrl } = forgeUrls(env, problems);

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    warnings,
    config: {
      production,
      ...(app ? { app } : {}),
      webhookSecret: secret || 'development',
      webhookPath,
      port: numbers.PORT ?? 3000,
      host: env.HOST || 'localhost',
      catalogRepository,
      webUrl,
      apiUrl,
      numbers,
    },
  };
}

/**
 * The app's id and key, both or neither. Neither is the setup flow's case outside production; one
 * without the other, a key that does not parse or an id that is not a number is a mistake to say.
 */
function appCredentials(
  env: Env,
  cwd: string,
  production: boolean,
  problems: string[],
): ServerConfig['app'] | undefined {
  const idText = env.APP_ID?.trim();
  let key: string | null;
  try {
    key = getPrivateKey({ env: { ...env } as NodeJS.ProcessEnv, cwd });
  } catch (error) {
    problems.push(keyProblem(env, (error as Error).message));
    return undefined;
  }
  if (!idText && !key) {
    if (production)
      problems.push(
        "APP_ID and PRIVATE_KEY are not set: in production Callboard does not run Probot's setup flow. Register the app (docs/deploying.md) and set both (or PRIVATE_KEY_PATH).",
      );
    return undefined;
  }
  const id = Number(idText);
  if (!idText)
    problems.push(
      'APP_ID is not set, but a private key is: set APP_ID to the app\'s id (the app\'s settings page, "App ID").',
    );
  else if (!Number.isInteger(id) || id <= 0)
    problems.push(`APP_ID is "${clip(idText)}": it must be the app's numeric id (the app's settings page, "App ID").`);
  if (!key) {
    problems.push(
      'No private key: set PRIVATE_KEY to the .pem file GitHub gave you (its whole text), or PRIVATE_KEY_PATH to its path.',
    );
    return undefined;
  }
  const parsed = parsedKey(key);
  if (parsed) {
    problems.push(`${keySource(env)} ${parsed}`);
    return undefined;
  }
  return problems.length > 0 ? undefined : { id, privateKey: key };
}

/** Why a key that looks like a PEM is not an RSA private key GitHub could have made, if it is not. */
function parsedKey(pem: string): string | undefined {
  try {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType !== 'rsa')
      return `holds a ${key.asymmetricKeyType ?? 'non-RSA'} key; a GitHub App's private key is RSA: generate one on the app's settings page ("Private keys").`;
    return undefined;
  } catch {
    return 'does not hold a private key that parses: paste the whole .pem file GitHub gave you, "-----BEGIN RSA PRIVATE KEY-----" to "-----END RSA PRIVATE KEY-----" (newlines as they are, or written \\n), or set PRIVATE_KEY_PATH to the file.';
  }
}

function keyProblem(env: Env, message: string): string {
  if (/does not exists?/i.test(message))
    return `PRIVATE_KEY_PATH is "${clip(env.PRIVATE_KEY_PATH ?? '')}", and there is no file there: give the path of the .pem file GitHub gave you.`;
  if (/More than one file/i.test(message))
    return 'No PRIVATE_KEY or PRIVATE_KEY_PATH, and more than one .pem file in the working directory: set PRIVATE_KEY_PATH to the one to use.';
  return `${keySource(env)} is not a private key in PEM form: paste the whole .pem file GitHub gave you (newlines as they are, or written \\n), or set PRIVATE_KEY_PATH to the file.`;
}

const keySource = (env: Env) =>
  env.PRIVATE_KEY ? 'PRIVATE_KEY' : env.PRIVATE_KEY_PATH ? `The file at PRIVATE_KEY_PATH` : 'The .pem file found';

/** github.com's web and API addresses, or a GitHub Enterprise Server's (`GHE_PROTOCOL://GHE_HOST`), as Probot's. */
function forgeUrls(env: Env, problems: string[]): { webUrl: string; apiUrl: string } {
  const host = env.GHE_HOST?.trim();
  const protocol = env.GHE_PROTOCOL || 'https';
  if (!['http', 'https'].includes(protocol))
    problems.push(`GHE_PROTOCOL is "${clip(protocol)}": it must be https (or http).`);
  if (!host) return { webUrl: 'https://github.com', apiUrl: 'https://api.github.com' };
  if (!HOST_NAME.test(host))
    problems.push(
      `GHE_HOST is "${clip(host)}": it must be the server's host name alone, as ghe.example.com (no https://, no path).`,
    );
  return { webUrl: `${protocol}://${host}`, apiUrl: `${protocol}://${host}/api/v3` };
}

/** A value as shown in a message: it may be anything someone typed. */
const clip = (value: string) => {
  const printable = value.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
};
