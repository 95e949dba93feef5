/**
 * Organization teams and their members. A token sees only its own installation's organization;
 * any other answers 404, as GitHub does for what a token may not see.
 */
import { fail, notFound, paginate, str, type Handler, type RestContext } from '../context.ts';
import type { RepoSettings, TeamRecord } from '../../state/store.ts';

function orgTeams(ctx: RestContext): Map<string, TeamRecord> {
  const org = ctx.world.findAccount(String(ctx.params.org));
  if (!org || org.type !== 'Organization') return notFound(ctx);
  if (ctx.caller.kind !== 'installation' || ctx.caller.installation.account !== org) return notFound(ctx);
  return ctx.world.teamsOf(org.login);
}

/** The settings `POST /orgs/{org}/repos` takes, which the repository then shows under the same names. */
const CREATE_SETTINGS = [
  'description',
  'homepage',
  'has_issues',
  'has_projects',
  'has_wiki',
  'allow_squash_merge',
  'allow_merge_commit',
  'allow_rebase_merge',
  'allow_auto_merge',
  'delete_branch_on_merge',
];

export const orgHandlers: Record<string, Handler> = {
  /**
   * A repository of the organisation, made by its installation (which can then see it, as GitHub
   * adds a repository an app creates to its installation); `auto_init` gives it GitHub's first
   * commit, a README on `main`. A name taken answers GitHub's 422.
   */
  'repos/create-in-org'(ctx) {
    const org = ctx.world.findAccount(String(ctx.params.org));
    if (!org || org.type !== 'Organization') return notFound(ctx);
    if (ctx.caller.kind !== 'installation' || ctx.caller.installation.account !== org) return notFound(ctx);
    const name = String(ctx.body.name);
    if (ctx.world.repo(org.login, name))
      return fail(422, 'Repository creation failed.', ctx, {
        errors: [
          { resource: 'Repository', code: 'custom', field: 'name', message: 'name already exists on this account' },
        ],
      });
    const visibility = str(ctx.body.visibility) ?? (ctx.body.private === true ? 'private' : 'public');
    const settings: RepoSettings = { visibility };
    for (const key of CREATE_SETTINGS) {
      const value = ctx.body[key];
      if (typeof value === 'string' || typeof value === 'boolean') settings[key] = value;
    }
    const repo = ctx.world.createRepo({ owner: org.login, name, private: visibility !== 'public', settings });
    if (ctx.body.auto_init === true) {
      const description = str(ctx.body.description);
      const readme = `# ${name}\n${description ? `${description}\n` : ''}`;
      ctx.world.commit(repo, repo.defaultBranch, { 'README.md': readme }, 'Initial commit', ctx.app.bot.login);
    }
    const { installation } = ctx.caller;
    if (installation.repositories !== 'all') installation.repositories.add(name.toLowerCase());
    return { status: 201, body: ctx.objects.fullRepository(repo) };
  },

  'teams/list'(ctx) {
    const page = paginate(
      ctx,
      [...orgTeams(ctx).values()].sort((a, b) => a.id - b.id),
    );
    return { status: 200, headers: page.headers, body: page.items.map((team) => ctx.objects.team(team)) };
  },

  /** Every team of the organisation has the permission it was given on the repository (`push` unless seeded). */
  'repos/list-teams'(ctx) {
    const repo = ctx.repo();
    const teams = [...ctx.world.teamsOf(repo.owner.login).values()].sort((a, b) => a.id - b.id);
    const page = paginate(ctx, teams);
    return {
      status: 200,
      headers: page.headers,
      body: page.items.map((team) => ({
        ...ctx.objects.team(team),
        permission: team.repositoryPermissions?.get(repo.name.toLowerCase()) ?? 'push',
      })),
    };
  },

  'teams/list-members-in-org'(ctx) {
    const team = orgTeams(ctx).get(String(ctx.params.team_slug).toLowerCase()) ?? notFound(ctx);
    // Every member is a plain member: maintainers are not modelled.
    const members = ctx.query.role === 'maintainer' ? [] : team.members;
    const page = paginate(ctx, members);
    return {
      status: 200,
      headers: page.headers,
      body: page.items.map((login) => ctx.objects.user(ctx.world.findAccount(login) ?? ctx.world.account(login))),
    };
  },
};
