/**
 * The forge port over a folder of repositories on disk (one sub-folder per repository), for the
 * CLI: what needs no GitHub works locally. Files are read from each repository's working tree
 * (confined to it) and written there atomically; what only GitHub can hold (pull requests, check
 * runs, comments, issues) is recorded in an outbox the CLI can print, as Renovate's local platform does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repositoryPathOf } from '../../core/validation/placeholders.ts';
import { applyChanges } from './apply-changes.ts';
import { gitBlobSha } from '../git-blob-sha.ts';
import { createRepositoryReader } from './repository-reader.ts';
import { walkFiles } from './walk-files.ts';
import {
  changesOf,
  type CheckRunRequest,
  type CommentRequest,
  type FileContent,
  type FileRequest,
  type Forge,
  type ForgeRepository,
  type IssueRequest,
  type PullRequestRequest,
  type BranchRewrite,
  type RepositoryId,
} from '../types.ts';
import { byText } from '../../core/sort.ts';
import { readFileTree } from './file-tree.ts';

export type OutboxEntry =
  | { kind: 'pull-request'; request: PullRequestRequest }
  | { kind: 'check-run'; request: CheckRunRequest }
  | { kind: 'comment'; request: CommentRequest }
  | { kind: 'issue'; request: IssueRequest }
  | { kind: 'branch-rewrite'; request: BranchRewrite }
  | { kind: 'pull-request-update'; repository: RepositoryId; number: number; fields: Record<string, unknown> };

export interface LocalForge extends Forge {
  outbox(): readonly OutboxEntry[];
}

export interface LocalForgeOptions {
  root: string;
  owner: string;
  /** Where the repositories live on the web, for links (default: a file:// link to the folder). */
  webUrl?: string;
}

export function createLocalForge(options: LocalForgeOptions): LocalForge {
  const { root, owner } = options;
  const outbox: OutboxEntry[] = [];
  /** A repository of this folder: one folder name of any letters (nothing that climbs out), not hidden. */
  const isOurs = (repository: RepositoryId) =>
    repository.owner === owner && isFolderName(repository.name) && !repository.name.startsWith('.');
  const dirOf = (repository: RepositoryId) => {
    if (!isOurs(repository)) throw new Error(`No repository ${repository.owner}/${repository.name} in ${root}`);
    return join(root, repository.name);
  };
  const record = <T extends OutboxEntry>(entry: T) => {
    const duplicate = outbox.some((e) => JSON.stringify(e) === JSON.stringify(entry));
    if (!duplicate) outbox.push(entry);
    return duplicate ? ('unchanged' as const) : ('created' as const);
  };
  const repositoryAt = (name: string): ForgeRepository => ({
    owner,
    name,
    fullName: `${owner}/${name}`,
    defaultBranch: defaultBranchOf(join(root, name)),
    archived: false,
    fork: false,
    visibility: 'private',
    htmlUrl: options.webUrl
      ? `${options.webUrl}/${owner}/${encodeURIComponent(name)}`
      : pathToFileURL(join(root, name)).href,
  });
  const readFiles = (requests: readonly FileRequest[]) =>
    Promise.all(
      requests.map(async (request): Promise<FileContent> => {
        const text = await createRepositoryReader(dirOf(request.repository))(request.path);
        return text === undefined ? { ...request } : { ...request, text, sha: gitBlobSha(text) };
      }),
    );
  return {
    async getRepositories(repositories) {
      return repositories.map((r) => (isOurs(r) && existsSync(dirOf(r)) ? repositoryAt(r.name) : undefined));
    },
    async listRepositories() {
      const entries = await readdir(root, { withFileTypes: true });
      return entries
        .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
        .map((e) => repositoryAt(e.name))
        .sort((a, b) => byText(a.name, b.name));
    },
    // A folder of repositories has no settings: no protection or security features to report.
    async repositorySettings() {
      return undefined;
    },
    // A working tree has no commit to name: callers read it whole.
    async headCommit() {
      return undefined;
    },
    async listFiles(repository, _ref, folder) {
      const dir = dirOf(repository);
      if (!existsSync(dir)) return undefined;
      const under = folder ? repositoryPathOf(folder, '') : '';
      if (under === undefined) return { paths: [], truncated: false };
      const { files } = await walkFiles(under ? join(dir, under) : dir);
      return { paths: (under ? files.map((f) => `${under}/${f}`) : files).sort(byText), truncated: false };
    },
    readFiles,
    // A working tree is its own snapshot: no commit to pin (the ref stands for it), and no CI reported check runs on
    // it.
    async commitSnapshots(requests) {
      return Promise.all(
        requests.map(async (request) => {
          if (!existsSync(dirOf(request.repository))) return undefined;
          const files = await readFiles(
            request.paths.map((path) => ({ repository: request.repository, path, ref: request.ref })),
          );
          return { sha: request.ref, files, checkRuns: [] };
        }),
      );
    },
    async commitFiles(request) {
      const head = { branch: request.branch, sha: 'working-tree' };
      const { written, removed } = await applyChanges(
        dirOf(request.repository),
        changesOf(await request.changes(head)),
        { skipUnchanged: true },
      );
      return { outcome: written || removed ? 'updated' : 'unchanged', sha: head.sha, retries: 0 };
    },
    async ensurePullRequest(request) {
      return { outcome: record({ kind: 'pull-request', request }), number: 0, url: '', state: 'open' };
    },
    async listPullRequestFiles() {
      return [];
    },
    async ensureCheckRun(request) {
      return { outcome: record({ kind: 'check-run', request }), id: 0 };
    },
    async ensureComment(request) {
      return { outcome: record({ kind: 'comment', request }) };
    },
    async ensureIssue(request) {
      return { outcome: record({ kind: 'issue', request }), number: 0, url: '' };
    },
    async listTeams() {
      return [];
    },
    async canWrite() {
      return true;
    },
    // A folder of checkouts has no branches kept apart and no pull requests: the CLI commits on branches itself.
    async branchStates(repositories) {
      return repositories.map((repository) =>
        existsSync(dirOf(repository))
          ? { repository, defaultBranch: defaultBranchOf(dirOf(repository)), baseSha: 'working-tree', pullRequests: [] }
          : undefined,
      );
    },
    async rewriteBranch(request) {
      record({ kind: 'branch-rewrite', request });
      return { outcome: 'updated', sha: 'working-tree', retries: 0 };
    },
    async deleteBranch() {
      return false;
    },
    async updatePullRequest(repository, number, fields) {
      return record({ kind: 'pull-request-update', repository, number, fields });
    },
    async requestTeamReview() {
      return 'unchanged';
    },
    async addLabels() {
      return 'unchanged';
    },
    async repositoryTeams() {
      return [];
    },
    // A folder of checkouts creates no repositories and has no issues: `callboard scaffold` writes files instead.
    async createRepository() {
      throw new Error('A local folder cannot create repositories: use callboard scaffold --out DIR');
    },
    async replaceContents() {
      throw new Error('A local folder cannot create repositories: use callboard scaffold --out DIR');
    },
    async configureRepository() {},
    async readFolder(repository, _ref, folder) {
      const dir = join(dirOf(repository), folder);
      return existsSync(dir) ? readFileTree(dir) : undefined;
    },
    async getIssue() {
      return undefined;
    },
    async closeIssue() {
      return 'unchanged';
    },
    outbox: () => outbox,
  };
}

/**
 * The branch a git checkout is on, else "main" (also for a checkout too broken to say: its HEAD a folder, unreadable).
 */
function defaultBranchOf(dir: string): string {
  let head: string;
  try {
    head = readFileSync(join(dir, '.git', 'HEAD'), 'utf8');
  } catch {
    return 'main';
  }
  return /^ref: refs\/heads\/(\S+)/.exec(head)?.[1] ?? 'main';
}

/** One folder name: no separator, not `.` or `..`, no NUL; spaces, dots and any letters are fine. */
const isFolderName = (name: string) => name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
