/**
 * A stateful double of GitHub's API (REST and GraphQL) on loopback, for end-to-end tests and
 * benchmarks. Every REST request and response is checked against GitHub's OpenAPI description and
 * every GraphQL query against GitHub's schema; what GitHub would refuse, and anything the double
 * cannot do as GitHub does, lands in `violations`, which the test setup checks is empty after every
 * test (test/support/double-violations.setup.ts). See README.md.
 */
import { createNodes } from './graphql/nodes.ts';
import { createCoreObjects } from './rest/objects/core.ts';
import { createWorkObjects } from './rest/objects/work.ts';
import { createAuth } from './server/auth.ts';
import { jsonReply, WORKFLOW_CREDENTIAL, type Env } from './server/env.ts';
import { createFaults } from './server/faults.ts';
import { listen } from './server/http.ts';
import { createSecondaryLimits } from './server/secondary-limits.ts';
import { createPipeline } from './server/pipeline.ts';
import { createRateLimits, installationLimit, WORKFLOW_TOKEN_LIMIT } from './server/rate-limit.ts';
import { createSeeding } from './state/seed.ts';
import { createWorld } from './state/store.ts';
import type { GithubDouble, GithubDoubleOptions, RequestRecord, WorkflowTokenOptions } from './types.ts';

export type * from './types.ts';

export async function startGithubDouble(options: GithubDoubleOptions): Promise<GithubDouble> {
  const world = createWorld({
    appId: options.appId,
    appSlug: options.appSlug ?? 'callboard',
    treeEntryLimit: options.treeEntryLimit ?? 100_000,
    ...(options.appPermissions ? { appPermissions: options.appPermissions } : {}),
    ...(options.appEvents ? { appEvents: options.appEvents } : {}),
  });
  const requests: RequestRecord[] = [];
  const violations: string[] = [];
  const faults = createFaults((owner, repo, branch, nth) => {
    const record = world.repo(owner, repo);
    // Another writer: a commit by someone else, touching a file of its own.
    if (record)
      world.commit(
        record,
        branch,
        { [`concurrent/${nth}.txt`]: `concurrent write ${nth}\n` },
        `Concurrent write ${nth}`,
        'concurrent-writer',
      );
  });
  // The pipeline needs the URL, which needs the listening server: it is set right after listen().
  const ready: { handle?: ReturnType<typeof createPipeline> } = {};
  let inFlight = 0;
  const server = await listen(async (call) => {
    inFlight++;
    try {
      if (!ready.handle) throw new Error('the double is not ready');
      return await ready.handle(call);
    } catch (error) {
      violations.push(
        `the double failed on ${call.method} ${call.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return jsonReply(500, { message: 'Server Error' });
    } finally {
      inFlight--;
    }
  });
  const url = `http://127.0.0.1:${server.port}`;
  const core = createCoreObjects(world, url);
  const auth = createAuth(world, options.privateKey);
  const env: Env = {
    world,
    auth,
    rates: createRateLimits((credential) =>
      credential.startsWith(WORKFLOW_CREDENTIAL) ? WORKFLOW_TOKEN_LIMIT : installationLimitOf(world, credential),
    ),
    objects: { ...core, ...createWorkObjects(world, core) },
    faults,
    violations,
    ...(options.secondaryLimits ? { secondaryLimits: createSecondaryLimits(options.secondaryLimits) } : {}),
  };
  ready.handle = createPipeline(env, createNodes(world, url), requests);

  return {
    url,
    host: `127.0.0.1:${server.port}`,
    ...createSeeding(world),
    issueWorkflowToken: (options) => issueWorkflowToken(world, auth, options),
    requests,
    inFlight: () => inFlight,
    violations,
    get secondaryLimitHits() {
      return env.secondaryLimits?.hits() ?? 0;
    },
    faults: faults.api,
    reset() {
      requests.length = 0;
    },
    close: () => server.close(),
  };
}

/**
 * What a workflow running Callboard's Action declares (`permissions:`). GitHub's own default
 * depends on the repository's settings, so a test that means something else says so.
 */
const DEFAULT_WORKFLOW_PERMISSIONS = {
  checks: 'write',
  contents: 'read',
  metadata: 'read',
  pull_requests: 'read',
} as const;
// Workflow permissions that grant nothing the REST API of the double serves (OIDC tokens, models).
const OUTSIDE_THE_API = new Set(['id_token', 'models']);

/**
 * A GITHUB_TOKEN for a workflow run in one repository. Permissions use the API's names, or the
 * workflow file's (`pull-requests`); `none` drops one; metadata is always readable, as on GitHub.
 */
function issueWorkflowToken(
  world: ReturnType<typeof createWorld>,
  auth: ReturnType<typeof createAuth>,
  options: WorkflowTokenOptions,
): { token: string } {
  const repo = world.repo(options.owner, options.repo);
  if (!repo)
    throw new Error(`github-double: no repository ${options.owner}/${options.repo} (seed it with addRepository)`);
  const permissions: Record<string, 'read' | 'write'> = {};
  for (const [name, level] of Object.entries(options.permissions ?? DEFAULT_WORKFLOW_PERMISSIONS)) {
    const key = name.replace(/-/g, '_');
    if (OUTSIDE_THE_API.has(key)) continue;
    if (!(key in world.actions.permissions))
      throw new Error(`github-double: a workflow cannot be given the permission ${name}`);
    if (level === 'none') delete permissions[key];
    else permissions[key] = level;
  }
  permissions.metadata = 'read';
  return { token: auth.issueWorkflowToken(repo, permissions).token };
}

/**
 * An organisation installation's hourly limit, from its repositories and its teams' members (counted once per size of
 * the world).
 */
const limits = new WeakMap<object, { key: string; limit: number }>();
function installationLimitOf(world: ReturnType<typeof createWorld>, credential: string): number | undefined {
  const installation = credential.startsWith('installation:')
    ? world.installations.get(Number(credential.slice('installation:'.length)))
    : undefined;
  if (!installation || installation.account.type !== 'Organization') return undefined;
  const org = installation.account.login.toLowerCase();
  const teams = [...world.teamsOf(org).values()];
  const key = `${world.repos.size}:${teams.length}:${teams.reduce((n, t) => n + t.members.length, 0)}`;
  const known = limits.get(installation);
  if (known?.key === key) return known.limit;
  const repositories = [...world.repos.values()].filter((r) => r.owner.login.toLowerCase() === org).length;
  const users = new Set(teams.flatMap((t) => t.members.map((m) => m.toLowerCase()))).size;
  const limit = installationLimit(repositories, users);
  limits.set(installation, { key, limit });
  return limit;
}
