/** What an installation can see: its repositories, its organisation's teams, and who may write. */
import type { FileListing, ForgeRepository, RepositoryId, Team } from '../types.ts';
import type { CallboardOctokit } from './callboard-octokit.ts';
import { byText } from '../../core/sort.ts';

/** Sorted by full name: GitHub's order is unspecified, and what Callboard derives must be deterministic. */
export async function listRepositories(octokit: CallboardOctokit): Promise<ForgeRepository[]> {
  const repositories = await octokit.paginate('GET /installation/repositories', { per_page: 100 });
  const listed = repositories.map((r): ForgeRepository => ({
    owner: r.owner.login,
    name: r.name,
    fullName: r.full_name,
    defaultBranch: r.default_branch,
    archived: r.archived,
    fork: r.fork,
    visibility: (r.visibility as ForgeRepository['visibility'] | undefined) ?? (r.private ? 'private' : 'public'),
    htmlUrl: r.html_url,
  }));
  return listed.sort((a, b) => byText(a.fullName, b.fullName));
}

export async function listTeams(octokit: CallboardOctokit, org: string): Promise<Team[]> {
  const teams = await octokit.paginate('GET /orgs/{org}/teams', { org, per_page: 100 });
  return Promise.all(
    teams.map(async (t) => {
      const members = await octokit.paginate('GET /orgs/{org}/teams/{team_slug}/members', { org, team_slug: t.slug, per_page: 100 });
      return {
        slug: t.slug,
        name: t.name,
        ...(t.description ? { description: t.description } : {}),
        ...(t.parent?.slug ? { parent: t.parent.slug } : {}),
        members: members.map((m) => m.login).sort(),
      };
    }),
  );
}

/** Write, maintain and admin may write; a user who is not a collaborator may not. */
export async function canWrite(octokit: CallboardOctokit, repository: RepositoryId, login: string): Promise<boolean> {
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
      owner: repository.owner,
      repo: repository.name,
      username: login,
    });
    return data.permission === 'admin' || data.permission === 'write' || data.role_name === 'maintain';
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}

/** One request for a whole repository: the recursive tree of the ref (GitHub's API accepts a branch name). */
export async function listFiles(octokit: CallboardOctokit, repository: RepositoryId, ref?: string): Promise<FileListing | undefined> {
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      owner: repository.owner,
      repo: repository.name,
      tree_sha: ref ?? 'HEAD',
      recursive: '1',
    });
    const paths = data.tree.filter((e) => e.type === 'blob' && e.path).map((e) => e.path!).sort();
    return { paths, truncated: data.truncated };
  } catch (error) {
    if ((error as { status?: number }).status === 404 || (error as { status?: number }).status === 409) return undefined;
    throw error;
  }
}
