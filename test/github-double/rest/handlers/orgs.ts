/**
 * Organization teams and their members. A token sees only its own installation's organization;
 * any other answers 404, as GitHub does for what a token may not see.
 */
import { notFound, paginate, type Handler, type RestContext } from '../context.ts';
import type { TeamRecord } from '../../state/store.ts';

function orgTeams(ctx: RestContext): Map<string, TeamRecord> {
  const org = ctx.world.findAccount(String(ctx.params.org));
  if (!org || org.type !== 'Organization') return notFound(ctx);
  if (ctx.caller.kind !== 'installation' || ctx.caller.installation.account !== org) return notFound(ctx);
  return ctx.world.teamsOf(org.login);
}

export const orgHandlers: Record<string, Handler> = {
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
