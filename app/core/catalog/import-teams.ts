/**
 * The GitHub organisation's teams and their members as Backstage `Group` and `User` entities, as
 * Backstage's GitHub org provider makes them: the team slug as the group's name, the hierarchy as
 * parent and children, `github.com/team-slug` and `github.com/user-login` annotations. Only what no
 * descriptor defines is imported: a team described in a repository is described there.
 */
import { stringifyEntityRef } from '../model/entity-ref.ts';
import { DEFAULT_NAMESPACE } from '../model/entity.ts';
import { isValidObjectName } from '../validation/field-formats.ts';
import type { SourcedEntity } from './types.ts';

export interface OrganizationTeam {
  slug: string;
  name: string;
  description?: string;
  parent?: string;
  members: string[];
}

export function importTeams(
  organization: string,
  teams: readonly OrganizationTeam[],
  webUrl = 'https://github.com',
): SourcedEntity[] {
  const bySlug = new Map(teams.map((t) => [t.slug, t]));
  const source = (path: string) => ({
    repository: `${organization} (GitHub teams)`,
    path,
    document: 1,
    line: 1,
    url: `${webUrl}/${path}`,
  });
  const groups = teams
    .filter((t) => isValidObjectName(t.slug))
    .map((team): SourcedEntity => {
      const children = teams
        .filter((t) => t.parent === team.slug)
        .map((t) => t.slug)
        .sort();
      const members = team.members.filter((m) => isValidObjectName(m)).sort();
      return {
        ref: stringifyEntityRef({ kind: 'Group', namespace: DEFAULT_NAMESPACE, name: team.slug }),
        entity: {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Group',
          metadata: {
            name: team.slug,
            ...(team.description ? { description: team.description } : {}),
            annotations: { 'github.com/team-slug': `${organization}/${team.slug}` },
          },
          spec: {
            type: 'team',
            profile: { displayName: team.name },
            ...(team.parent && bySlug.has(team.parent) ? { parent: team.parent } : {}),
            children,
            members,
          },
        },
        source: source(`orgs/${organization}/teams/${team.slug}`),
      };
    });
  const logins = [...new Set(teams.flatMap((t) => t.members))].filter((m) => isValidObjectName(m)).sort();
  const users = logins.map((login): SourcedEntity => ({
    ref: stringifyEntityRef({ kind: 'User', namespace: DEFAULT_NAMESPACE, name: login }),
    entity: {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: login, annotations: { 'github.com/user-login': login } },
      spec: {
        memberOf: teams
          .filter((t) => t.members.includes(login) && isValidObjectName(t.slug))
          .map((t) => t.slug)
          .sort(),
      },
    },
    source: source(login),
  }));
  return [...groups, ...users];
}
