/** What an installation can see: its repositories, its organisation's teams, and who may write. */
import { despiteNotFound } from './graphql-not-found.ts';
import type { FileListing, ForgeRepository, RepositoryId, Team, RepositoryTeam } from '../types.ts';
import type { CallboardOctokit } from './callboard-octokit.ts';
import { byText } from '../../core/sort.ts';
import { trimChars } from '../../core/trim-chars.ts';

/** Sorted by full name: GitHub's order is unspecified, and what Callboard derives must be deterministic. */
/** A repository as GitHub's REST API gives it, as the forge speaks of it. */
export interface RepositoryData {
  owner: { login: string };
  name: string;
  full_name: string;
  default_branch: string;
  archived: boolean;
  fork: boolean;
  private: boolean;
  visibility?: string;
  html_url: string;
  pushed_at?: string | null;
  created_at?: string | null;
}

export function forgeRepository(r: RepositoryData): ForgeRepository {
  return {
    owner: r.owner.login,
    name: r.name,
    fullName: r.full_name,
    defaultBranch: r.default_branch,
    archived: r.archived,
    fork: r.fork,
    visibility: (r.visibility as ForgeRepository['visibility'] | undefined) ?? (r.private ? 'private' : 'public'),
    htmlUrl: r.html_url,
    ...(r.pushed_at ? { pushedAt: r.pushed_at } : {}),
    ...(r.created_at ? { createdAt: r.created_at } : {}),
  };
}

export async function listRepositories(octokit: CallboardOctokit): Promise<ForgeRepository[]> {
  const repositories = await octokit.paginate('GET /installation/repositories', { per_page: 100 });
  const listed = repositories.map(forgeRepository);
  return listed.sort((a, b) => byText(a.fullName, b.fullName));
}

/** Repositories asked for per GraphQL query. */
const REPOSITORIES_PER_QUERY = 100;

interface RepositoryNode {
  nameWithOwner: string;
  owner: { login: string };
  name: string;
  isArchived: boolean;
  isFork: boolean;
  visibility: 'PUBLIC' | 'PRIVATE' | 'INTERNAL';
  url: string;
  pushedAt: string | null;
  createdAt: string;
  defaultBranchRef: { name: string } | null;
}

/**
 * Repositories by name, a hundred per GraphQL query. GitHub answers an old name with the renamed
 * repository: that counts as not found under the old name.
 */
export async function getRepositories(
  octokit: CallboardOctokit,
  repositories: readonly RepositoryId[],
): Promise<(ForgeRepository | undefined)[]> {
  const found: (ForgeRepository | undefined)[] = [];
  for (let i = 0; i < repositories.length; i += REPOSITORIES_PER_QUERY) {
    const batch = repositories.slice(i, i + REPOSITORIES_PER_QUERY);
    const query = `query CallboardRepositories {\n${batch
      .map(
        (r, j) =>
          `  r${j}: repository(owner: ${JSON.stringify(r.owner)}, name: ${JSON.stringify(r.name)}) { ...repository }`,
      )
      .join(
        '\n',
      )}\n}\nfragment repository on Repository { nameWithOwner owner { login } name isArchived isFork visibility url pushedAt createdAt defaultBranchRef { name } }`;
    const data = await despiteNotFound(() => octokit.graphql<Record<string, RepositoryNode | null>>(query));
    batch.forEach((asked, j) => {
      const node = data[`r${j}`];
      const same = node && node.nameWithOwner.toLowerCase() === `${asked.owner}/${asked.name}`.toLowerCase();
      found.push(same && node.defaultBranchRef ? fromNode(node, node.defaultBranchRef.name) : undefined);
    });
  }
  return found;
}

const fromNode = (node: RepositoryNode, defaultBranch: string): ForgeRepository => ({
  owner: node.owner.login,
  name: node.name,
  fullName: node.nameWithOwner,
  defaultBranch,
  archived: node.isArchived,
  fork: node.isFork,
  visibility: node.visibility.toLowerCase() as ForgeRepository['visibility'],
  htmlUrl: node.url,
  ...(node.pushedAt ? { pushedAt: node.pushedAt } : {}),
  createdAt: node.createdAt,
});

export async function listTeams(octokit: CallboardOctokit, org: string): Promise<Team[]> {
  const teams = await octokit.paginate('GET /orgs/{org}/teams', { org, per_page: 100 });
  return Promise.all(
    teams.map(async (t) => {
      const members = await octokit.paginate('GET /orgs/{org}/teams/{team_slug}/members', {
        org,
        team_slug: t.slug,
        per_page: 100,
      });
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

/** Subtree requests a listing may make when GitHub cuts a recursive tree short, before it gives up and says so. */
const MAX_SUBTREE_REQUESTS = 500;

type TreeEntry = { path?: string; type?: string; sha?: string };

/**
 * The files of a repository at a ref, or under one folder: one request for the recursive tree
 * (GitHub accepts a branch name or a commit), or two for a folder (its tree's id by GraphQL, then
 * that tree). GitHub cuts a recursive tree past 100,000 entries; then the tree is listed a level
 * at a time, as GitHub's documentation advises, within a budget of requests.
 */
export async function listFiles(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  ref = 'HEAD',
  folder?: string,
): Promise<FileListing | undefined> {
  const prefix = folder === undefined ? '' : trimChars(folder, '/', 'both');
  const root = prefix ? await folderTree(octokit, repository, ref, prefix) : ref;
  if (root === undefined) return undefined;
  if (root === null) return { paths: [], shas: new Map(), truncated: false };
  const first = await getTree(octokit, repository, root, true);
  if (!first) return undefined;
  const found = new Map<string, string>();
  const add = (base: string, entries: TreeEntry[]) => {
    for (const e of entries) if (e.type === 'blob' && e.path && e.sha) found.set(`${base}${e.path}`, e.sha);
  };
  const base = prefix ? `${prefix}/` : '';
  let truncated = first.truncated;
  if (!truncated) add(base, first.tree);
  else {
    // A level at a time: each subtree listed recursively (most fit), or a level at a time again when it does not.
    const queue: { path: string; sha: string; whole: boolean }[] = [{ path: base, sha: first.sha, whole: false }];
    let requests = 0;
    truncated = false;
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (++requests > MAX_SUBTREE_REQUESTS) {
        truncated = true;
        break;
      }
      const listed = await getTree(octokit, repository, next.sha, next.whole);
      if (!listed) continue;
      if (next.whole && !listed.truncated) {
        add(next.path, listed.tree);
        continue;
      }
      if (next.whole) {
        queue.push({ ...next, whole: false });
        continue;
      }
      add(next.path, listed.tree);
      for (const e of listed.tree)
        if (e.type === 'tree' && e.path && e.sha)
          queue.push({ path: `${next.path}${e.path}/`, sha: e.sha, whole: true });
    }
  }
  const paths = [...found.keys()].sort(byText);
  return { paths, shas: found, truncated };
}

/**
 * The commit a ref points at, asked as GitHub's polling recipe says: the `sha` media type (a bare
 * SHA), conditional on the last answer's ETag (conditional-requests.ts), so asking again while
 * nothing moved costs no rate limit. Undefined when there is no such repository, ref or commit.
 */
export async function headCommit(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  ref = 'HEAD',
): Promise<string | undefined> {
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', {
      owner: repository.owner,
      repo: repository.name,
      ref,
      headers: { accept: 'application/vnd.github.sha' },
    });
    const sha = String(data).trim();
    return /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
  } catch (error) {
    // 404: no repository; 409: an empty one; 422: no such ref.
    if ([404, 409, 422].includes((error as { status?: number }).status ?? 0)) return undefined;
    throw error;
  }
}

async function getTree(octokit: CallboardOctokit, repository: RepositoryId, sha: string, recursive: boolean) {
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      owner: repository.owner,
      repo: repository.name,
      tree_sha: sha,
      ...(recursive ? { recursive: '1' } : {}),
    });
    return data;
  } catch (error) {
    if ((error as { status?: number }).status === 404 || (error as { status?: number }).status === 409)
      return undefined;
    throw error;
  }
}

/** The tree id of a folder at a ref: undefined when there is no such ref, null when the folder is not there. */
async function folderTree(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  ref: string,
  folder: string,
): Promise<string | null | undefined> {
  type Found = { __typename: string; oid?: string } | null;
  const data = await despiteNotFound(() =>
    octokit.graphql<{ repository: { commit: Found; folder: Found } | null }>(
      `query CallboardFolderTree($owner: String!, $name: String!, $commit: String!, $folder: String!) {
      repository(owner: $owner, name: $name) {
        commit: object(expression: $commit) { __typename oid }
        folder: object(expression: $folder) { __typename ... on Tree { oid } }
      }
    }`,
      { owner: repository.owner, name: repository.name, commit: ref, folder: `${ref}:${folder}` },
    ),
  );
  if (!data.repository?.commit) return undefined;
  return data.repository.folder?.__typename === 'Tree' ? (data.repository.folder.oid ?? null) : null;
}

/** The organisation's teams with access to a repository, with their permission. */
export async function repositoryTeams(octokit: CallboardOctokit, repository: RepositoryId): Promise<RepositoryTeam[]> {
  const teams = await octokit.paginate('GET /repos/{owner}/{repo}/teams', {
    owner: repository.owner,
    repo: repository.name,
    per_page: 100,
  });
  return teams.map((t) => ({ slug: t.slug, permission: t.permission as RepositoryTeam['permission'] }));
}
