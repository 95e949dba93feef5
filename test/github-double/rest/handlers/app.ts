/**
 * The app's own endpoints (JWT-authenticated), installation tokens, the installation's repository
 * list, and /rate_limit.
 */
import { fail, notFound, paginate, type Handler, type RestContext } from '../context.ts';
import { APP_PERMISSIONS, type InstallationRecord, type RepoRecord } from '../../state/store.ts';
import { credentialOf } from '../../server/env.ts';

/** Operations GitHub authenticates with the app's JWT rather than an installation token. */
export const JWT_OPERATIONS = new Set([
  'apps/create-installation-access-token',
  'apps/get-authenticated',
  'apps/list-installations',
  'apps/get-installation',
  'apps/get-repo-installation',
  'apps/get-org-installation',
]);

function installation(ctx: RestContext): InstallationRecord {
  const found = ctx.world.installations.get(Number(ctx.params.installation_id));
  return found ?? notFound(ctx);
}

/** `GET /installation/repositories`: a workflow token's installation holds its one repository. */
function repositoryList(ctx: RestContext, visible: RepoRecord[], selection: 'all' | 'selected') {
  const page = paginate(ctx, visible);
  return {
    status: 200,
    headers: page.headers,
    body: {
      total_count: visible.length,
      repository_selection: selection,
      repositories: page.items.map((repo) => ctx.objects.repository(repo)),
    },
  };
}

export const appHandlers: Record<string, Handler> = {
  'apps/create-installation-access-token'(ctx) {
    const found = installation(ctx);
    const names = Array.isArray(ctx.body.repositories) ? (ctx.body.repositories as string[]) : undefined;
    const ids = Array.isArray(ctx.body.repository_ids) ? (ctx.body.repository_ids as number[]) : undefined;
    let narrowed: RepoRecord[] | undefined;
    if (names || ids) {
      const all = [...ctx.world.repos.values()];
      const requested = [
        ...(names ?? []).map((name) => ctx.world.repo(found.account.login, name)),
        ...(ids ?? []).map((id) => all.find((repo) => repo.id === id)),
      ];
      if (requested.some((repo) => !repo || !ctx.auth.covers(found, repo))) {
        fail(
          422,
          'There is at least one repository that does not exist or is not accessible to the parent installation.',
          ctx,
        );
      }
      narrowed = [...new Set(requested.filter((repo) => repo !== undefined))];
    }
    const permissions = (ctx.body.permissions ?? { ...APP_PERMISSIONS }) as Record<string, string>;
    // A token may ask for less than the installation has, never more.
    const levels = ['read', 'write', 'admin'];
    const granted = APP_PERMISSIONS as Record<string, string>;
    if (
      Object.entries(permissions).some(([name, level]) => levels.indexOf(level) > levels.indexOf(granted[name] ?? ''))
    ) {
      fail(422, 'The permissions requested are not granted to this installation.', ctx);
    }
    const issued = ctx.auth.issueToken(found, narrowed && new Set(narrowed.map((repo) => repo.name.toLowerCase())));
    return {
      status: 201,
      body: {
        token: issued.token,
        expires_at: new Date(issued.expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        permissions,
        repository_selection: narrowed || found.repositories !== 'all' ? 'selected' : 'all',
        ...(narrowed ? { repositories: narrowed.map((repo) => ctx.objects.repository(repo)) } : {}),
      },
    };
  },
  'apps/get-authenticated': (ctx) => ({ status: 200, body: ctx.objects.integration() }),
  'apps/list-installations'(ctx) {
    const page = paginate(ctx, [...ctx.world.installations.values()]);
    return { status: 200, body: page.items.map((i) => ctx.objects.installation(i)), headers: page.headers };
  },
  'apps/get-installation': (ctx) => ({ status: 200, body: ctx.objects.installation(installation(ctx)) }),
  'apps/get-repo-installation'(ctx) {
    const repo = ctx.world.repo(String(ctx.params.owner), String(ctx.params.repo)) ?? notFound(ctx);
    const found = [...ctx.world.installations.values()].find((i) => ctx.auth.covers(i, repo)) ?? notFound(ctx);
    return { status: 200, body: ctx.objects.installation(found) };
  },
  'apps/get-org-installation'(ctx) {
    const org = String(ctx.params.org).toLowerCase();
    const found =
      [...ctx.world.installations.values()].find((i) => i.account.login.toLowerCase() === org) ?? notFound(ctx);
    return { status: 200, body: ctx.objects.installation(found) };
  },
  'apps/list-repos-accessible-to-installation'(ctx) {
    const { caller } = ctx;
    if (caller.kind === 'workflow') return repositoryList(ctx, [caller.workflow.repo], 'selected');
    if (caller.kind !== 'installation') return notFound(ctx);
    const { installation: inst, repositories } = caller;
    const visible = [...ctx.world.repos.values()]
      .filter((repo) => ctx.auth.covers(inst, repo, repositories))
      .sort((a, b) => a.id - b.id);
    return repositoryList(ctx, visible, inst.repositories === 'all' && !repositories ? 'all' : 'selected');
  },
  'rate-limit/get'(ctx) {
    const credential = credentialOf(ctx.caller);
    const resource = (name: 'core' | 'graphql') => {
      const { limit, remaining, used, reset } = ctx.rates.snapshot(credential, name);
      return { limit, remaining, used, reset };
    };
    const fixed = { limit: 30, remaining: 30, used: 0, reset: Math.floor(Date.now() / 1000) + 60 };
    return {
      status: 200,
      body: {
        resources: { core: resource('core'), graphql: resource('graphql'), search: fixed },
        rate: resource('core'),
      },
    };
  },
};
