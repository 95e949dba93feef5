/**
 * Asks GitHub whether the app can work, as an operator would check it by hand: the id and key are
 * the app's, the app is installed, each installation accepted the permissions and events the
 * manifest asks for, and each has its catalog repository, which it can write to. Read-only: nothing
 * is written to find out. Every check says what it found and, when it fails, how to fix it. Behind
 * `callboard doctor` and the server's readiness endpoint. Never includes a token or the key.
 */
import { createAppAuth } from '@octokit/auth-app';
import { Octokit } from '@octokit/core';

export interface DoctorInput {
  appId: number;
  privateKey: string;
  /** The REST API's root: https://api.github.com, or https://<GHES host>/api/v3. */
  apiUrl: string;
  /** The web address, for the links in fixes: https://github.com, or the GHES host. */
  webUrl: string;
  catalogRepository: string;
  /** What app.yml asks for. */
  manifest: { permissions: Record<string, string>; events: string[] };
  /** Longest wait for one answer from GitHub. */
  timeoutMs?: number;
}

export interface DoctorCheck {
  name: string;
  ok: boolean;
  detail: string;
  fix?: string;
}

interface Installation {
  id: number;
  account: { login?: string; type?: string } | null;
  permissions: Record<string, string | undefined>;
  events: string[];
  suspended_at?: string | null;
}

const TIMEOUT_MS = 10_000;
const LEVELS: Record<string, number> = { read: 1, write: 2, admin: 3 };

export async function diagnoseApp(input: DoctorInput): Promise<DoctorCheck[]> {
  const octokit = new Octokit({
    baseUrl: input.apiUrl,
    authStrategy: createAppAuth,
    auth: { appId: input.appId, privateKey: input.privateKey },
    request: { fetch: timedFetch(input.timeoutMs ?? TIMEOUT_MS) },
  });
  const app = await appCheck(octokit, input);
  if (!app.ok) return [app.check];
  const listed = await installationsCheck(octokit, input, app.slug);
  if (!listed.ok) return [app.check, listed.check];
  const checks = [app.check, ...app.registration, listed.check];
  for (const installation of listed.installations)
    checks.push(...(await installationChecks(octokit, input, installation)));
  return checks;
}

/** GET /app with the app's JWT: whether the id and key belong together, and what the app is registered to ask. */
async function appCheck(octokit: Octokit, input: DoctorInput) {
  try {
    const { data } = await octokit.request('GET /app');
    const slug = data?.slug ?? String(input.appId);
    const registration = missingOf(input.manifest, data?.permissions ?? {}, data?.events ?? []).map(
      (missing): DoctorCheck => ({
        name: 'app registration',
        ok: false,
        detail: `The app is not registered to ask for ${missing}, which app.yml asks for.`,
        fix: `Add it on the app's settings page (${input.webUrl}/settings/apps/${slug}/permissions); installations then accept it.`,
      }),
    );
    return {
      ok: true as const,
      slug,
      registration,
      check: {
        name: 'app',
        ok: true,
        detail: `${data?.name ?? slug} (${slug}), id ${input.appId}: the key is its own.`,
      },
    };
  } catch (error) {
    const status = statusOf(error);
    const detail =
      status === 401
        ? `GitHub refuses the key for app id ${input.appId}: the key is another app's, or was deleted.`
        : status === 404
          ? `GitHub knows no app with id ${input.appId}.`
          : `GitHub did not answer GET /app at ${input.apiUrl}: ${reasonOf(error)}.`;
    const fix =
      status === 401 || status === 404
        ? `Set APP_ID to the "App ID" and PRIVATE_KEY to a key generated on the same app's settings page (${input.webUrl}/settings/apps).`
        : 'Check GHE_HOST (and GHE_PROTOCOL), and that this machine reaches GitHub (proxy, firewall).';
    return { ok: false as const, check: { name: 'app', ok: false, detail, fix } };
  }
}

async function installationsCheck(octokit: Octokit, input: DoctorInput, slug: string) {
  const installations: Installation[] = [];
  try {
    for (let page = 1; ; page++) {
      const { data } = await octokit.request('GET /app/installations', { per_page: 100, page });
      installations.push(...(data as Installation[]));
      if (data.length < 100) break;
    }
  } catch (error) {
    return {
      ok: false as const,
      check: { name: 'installations', ok: false, detail: `GET /app/installations failed: ${reasonOf(error)}.` },
    };
  }
  const names = installations.map((i) => i.account?.login ?? `#${i.id}`);
  return installations.length === 0
    ? {
        ok: false as const,
        check: {
          name: 'installations',
          ok: false,
          detail: 'The app is installed nowhere.',
          fix: `Install it on the organisation: ${input.webUrl}/apps/${slug}/installations/new`,
        },
      }
    : {
        ok: true as const,
        installations,
        check: { name: 'installations', ok: true, detail: `Installed on ${names.join(', ')}.` },
      };
}

/** One installation: suspended or not, what it has not accepted, and its catalog repository. */
async function installationChecks(
  octokit: Octokit,
  input: DoctorInput,
  installation: Installation,
): Promise<DoctorCheck[]> {
  const login = installation.account?.login ?? `#${installation.id}`;
  const settings = `${input.webUrl}/${installation.account?.type === 'Organization' ? `organizations/${login}/` : ''}settings/installations/${installation.id}`;
  if (installation.suspended_at)
    return [
      {
        name: login,
        ok: false,
        detail: `The installation on ${login} is suspended: the app receives nothing from it.`,
        fix: `Unsuspend it: ${settings}`,
      },
    ];
  const missing = missingOf(input.manifest, installation.permissions, installation.events);
  const accepted: DoctorCheck = missing.length
    ? {
        name: `${login}: permissions`,
        ok: false,
        detail: `${login} has not accepted ${missing.join(', ')}.`,
        fix: `An owner of ${login} reviews and accepts the app's requested permissions: ${settings}`,
      }
    : { name: `${login}: permissions`, ok: true, detail: 'Every permission and event of app.yml accepted.' };
  return [accepted, await catalogCheck(octokit, input, installation, login)];
}

/** The catalog repository, seen with the installation's own token: there, not archived, writable. */
async function catalogCheck(
  octokit: Octokit,
  input: DoctorInput,
  installation: Installation,
  login: string,
): Promise<DoctorCheck> {
  const name = `${login}: catalog repository`;
  const full = `${login}/${input.catalogRepository}`;
  try {
    const { token } = (await octokit.auth({ type: 'installation', installationId: installation.id })) as {
      token: string;
    };
    const asInstallation = new Octokit({
      baseUrl: input.apiUrl,
      auth: token,
      request: { fetch: timedFetch(input.timeoutMs ?? TIMEOUT_MS) },
    });
    const { data } = await asInstallation.request('GET /repos/{owner}/{repo}', {
      owner: login,
      repo: input.catalogRepository,
    });
    if (data.archived)
      return { name, ok: false, detail: `${full} is archived: nothing can be committed to it.`, fix: 'Unarchive it.' };
    if (installation.permissions.contents !== 'write')
      return {
        name,
        ok: false,
        detail: `${full} is there, but the installation may not write contents.`,
        fix: 'Accept the contents: write permission (above).',
      };
    return { name, ok: true, detail: `${full} is there, and the app can write to it.` };
  } catch (error) {
    if (statusOf(error) === 404)
      return {
        name,
        ok: false,
        detail: `${full} does not exist, or the installation does not include it.`,
        fix: `Create ${full} with a first commit (a README), and install the app on it too (or on all repositories); or set CALLBOARD_CATALOG_REPOSITORY to the catalog repository's name.`,
      };
    return { name, ok: false, detail: `Could not look at ${full}: ${reasonOf(error)}.` };
  }
}

/** What the manifest asks that was not granted: permissions (or granted lower) and events. */
function missingOf(
  manifest: DoctorInput['manifest'],
  permissions: Record<string, string | undefined>,
  events: readonly string[],
): string[] {
  const low = Object.entries(manifest.permissions)
    .filter(([name, level]) => (LEVELS[permissions[name] ?? ''] ?? 0) < (LEVELS[level] ?? 0))
    .map(([name, level]) => `${name}: ${level}`);
  const unheard = manifest.events.filter((event) => !events.includes(event)).map((event) => `the ${event} event`);
  return [...low, ...unheard];
}

function timedFetch(ms: number): typeof fetch {
  return (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(ms) });
}

const statusOf = (error: unknown) => (error as { status?: number }).status;

/** Why a request failed, in a few words: GitHub's status and message, or the network's. */
function reasonOf(error: unknown): string {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const cause = (error as { cause?: { message?: string } }).cause?.message;
  return (status ? `${status} ${message}` : cause ? `${message} (${cause})` : message).split('\n')[0]!.slice(0, 200);
}
