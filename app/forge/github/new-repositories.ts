/**
 * Repositories Callboard creates from templates, and the folders templates are read from.
 *
 * GitHub's git data API refuses to write objects into an empty repository, so a repository is
 * created with GitHub's first commit (`auto_init`), and its contents are then written as one new
 * root commit — text inline in one tree request, binary files as blobs, modes kept (executables,
 * symbolic links) — the default branch moved to it by compare-and-swap from GitHub's commit. The
 * repository's history is that one commit; a retry finds the branch moved and writes nothing twice.
 */
import { isBinaryFileSync } from 'isbinaryfile';
import type { FileTree, TreeFile } from '../../core/scaffold/workspace.ts';
import type {
  CommitResult,
  ContentsReplacement,
  ForgeRepository,
  IssueState,
  Outcome,
  RepositoryConfiguration,
  RepositoryCreation,
  RepositoryId,
} from '../types.ts';
import type { CallboardOctokit } from './callboard-octokit.ts';
import { updateRef } from './branches.ts';
import { forgeRepository } from './repositories.ts';
import { readFiles, type ReadBatching } from './read-files.ts';

/** Creates the repository, or says it exists (a name taken, or one made by an earlier attempt). */
export async function createRepository(
  octokit: CallboardOctokit,
  request: RepositoryCreation,
): Promise<{ outcome: 'created' | 'exists'; repository: ForgeRepository }> {
  const { settings } = request;
  try {
    const { data } = await octokit.request('POST /orgs/{org}/repos', {
      org: request.owner,
      name: request.name,
      auto_init: true,
      // `internal` exists on GitHub Enterprise only; github.com answers that it is not allowed.
      visibility: settings.visibility as 'private',
      ...(settings.description !== undefined ? { description: settings.description } : {}),
      ...(settings.homepage !== undefined ? { homepage: settings.homepage } : {}),
      ...flag('has_issues', settings.hasIssues),
      ...flag('has_wiki', settings.hasWiki),
      ...flag('has_projects', settings.hasProjects),
      ...flag('allow_merge_commit', settings.allowMergeCommit),
      ...flag('allow_squash_merge', settings.allowSquashMerge),
      ...flag('allow_rebase_merge', settings.allowRebaseMerge),
      ...flag('allow_auto_merge', settings.allowAutoMerge),
      ...flag('delete_branch_on_merge', settings.deleteBranchOnMerge),
    });
    return { outcome: 'created', repository: forgeRepository(data) };
  } catch (error) {
    if (!isNameTaken(error)) throw error;
    const { data } = await octokit.request('GET /repos/{owner}/{repo}', { owner: request.owner, repo: request.name });
    return { outcome: 'exists', repository: forgeRepository(data) };
  }
}

const flag = (name: string, value: boolean | undefined) => (value === undefined ? {} : { [name]: value });

const isNameTaken = (error: unknown) =>
  (error as { status?: number }).status === 422 &&
  ((error as { response?: { data?: { errors?: { field?: string }[] } } }).response?.data?.errors ?? []).some(
    (e) => e.field === 'name',
  );

const MODES = { file: '100644', executable: '100755', symlink: '120000' } as const;

/** The branch replaced by one root commit of `files`, if it still points at `expectedHead`. */
export async function replaceContents(
  octokit: CallboardOctokit,
  request: ContentsReplacement,
): Promise<CommitResult | 'moved'> {
  const { repository, branch } = request;
  const base = { owner: repository.owner, repo: repository.name };
  const tree = [];
  for (const [path, file] of request.files.files)
    tree.push({ path, mode: MODES[file.kind], type: 'blob' as const, ...(await blobOf(octokit, repository, file)) });
  const { data: made } = await octokit.request('POST /repos/{owner}/{repo}/git/trees', { ...base, tree });
  const { data: commit } = await octokit.request('POST /repos/{owner}/{repo}/git/commits', {
    ...base,
    message: request.message,
    tree: made.sha,
    parents: [],
  });
  const { data: repo } = await octokit.request('GET /repos/{owner}/{repo}', base);
  if (!(await updateRef(octokit, repo.node_id, branch, request.expectedHead, commit.sha))) return 'moved';
  return { outcome: 'created', sha: commit.sha, retries: 0 };
}

/** Text goes inline in the tree (one request for all of it); binary files are uploaded as blobs. */
async function blobOf(octokit: CallboardOctokit, repository: RepositoryId, file: TreeFile) {
  const bytes = Buffer.from(file.content);
  if (file.kind === 'symlink' || !isBinaryFileSync(bytes)) {
    const text = bytes.toString('utf8');
    // Bytes that are not valid UTF-8 would not survive JSON: such a file goes as a blob too.
    if (Buffer.from(text, 'utf8').equals(bytes)) return { content: text };
  }
  const { data } = await octokit.request('POST /repos/{owner}/{repo}/git/blobs', {
    owner: repository.owner,
    repo: repository.name,
    content: bytes.toString('base64'),
    encoding: 'base64',
  });
  return { sha: data.sha };
}

/**
 * The default branch renamed (GitHub names it after the organisation's setting; a template may ask
 * for another), topics, and the default branch's protection (a pull request with one review, as
 * Backstage protects it).
 */
export async function configureRepository(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  settings: RepositoryConfiguration,
): Promise<void> {
  const base = { owner: repository.owner, repo: repository.name };
  if (settings.renameBranch && settings.renameBranch.from !== settings.renameBranch.to)
    await octokit.request('POST /repos/{owner}/{repo}/branches/{branch}/rename', {
      ...base,
      branch: settings.renameBranch.from,
      new_name: settings.renameBranch.to,
    });
  if (settings.topics?.length)
    await octokit.request('PUT /repos/{owner}/{repo}/topics', { ...base, names: [...settings.topics] });
  if (settings.protectBranch)
    await octokit.request('PUT /repos/{owner}/{repo}/branches/{branch}/protection', {
      ...base,
      branch: settings.protectBranch,
      required_status_checks: null,
      enforce_admins: true,
      required_pull_request_reviews: { required_approving_review_count: 1 },
      restrictions: null,
    });
}

/** Limits on a template's folder: far above any real one, so a wrong path fails fast. */
export const FOLDER_LIMITS = { files: 2_000, bytes: 20_000_000 } as const;

/**
 * Every file under `folder` at `ref`, with its mode and bytes: text from one batched read, binary
 * files blob by blob. Undefined when the ref does not exist; an error past FOLDER_LIMITS.
 */
export async function readFolder(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  ref: string,
  folder: string,
  batching?: ReadBatching,
): Promise<FileTree | undefined> {
  const base = { owner: repository.owner, repo: repository.name };
  let listing;
  try {
    listing = (
      await octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
        ...base,
        tree_sha: ref,
        recursive: '1',
      })
    ).data;
  } catch (error) {
    if ((error as { status?: number }).status === 404 || (error as { status?: number }).status === 422)
      return undefined;
    throw error;
  }
  const prefix = folder ? `${folder}/` : '';
  const entries = listing.tree.filter((e) => e.type === 'blob' && e.path?.startsWith(prefix));
  if (listing.truncated || entries.length > FOLDER_LIMITS.files)
    throw new Error(
      `${repository.owner}/${repository.name}/${folder} holds more than ${FOLDER_LIMITS.files} files: too many for a template`,
    );
  const bytes = entries.reduce((sum, e) => sum + (e.size ?? 0), 0);
  if (bytes > FOLDER_LIMITS.bytes)
    throw new Error(
      `${repository.owner}/${repository.name}/${folder} holds more than ${FOLDER_LIMITS.bytes / 1e6} MB: too much for a template`,
    );
  // Text in batched GraphQL reads; what comes back without text (binary, or too large) blob by blob.
  const texts = await readFiles(
    octokit,
    entries.map((e) => ({ repository, path: e.path!, ref })),
    batching,
  );
  const files = new Map<string, TreeFile>();
  for (const [i, entry] of entries.entries()) {
    const text = texts[i]?.text;
    const content =
      text !== undefined
        ? new TextEncoder().encode(text)
        : Buffer.from(
            (await octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...base, file_sha: entry.sha! }))
              .data.content,
            'base64',
          );
    const kind = entry.mode === '100755' ? 'executable' : entry.mode === '120000' ? 'symlink' : 'file';
    files.set(entry.path!.slice(prefix.length), { content: new Uint8Array(content), kind });
  }
  return { files };
}

type IssueData = {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  html_url: string;
  created_at: string;
  user: { login: string } | null;
  labels: (string | { name?: string })[];
  pull_request?: unknown;
};

/** An issue as it is now (a webhook's copy may be older than an edit). */
export async function getIssue(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  number: number,
): Promise<IssueState | undefined> {
  try {
    const { data } = (await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      owner: repository.owner,
      repo: repository.name,
      issue_number: number,
    })) as { data: IssueData };
    return {
      number: data.number,
      title: data.title,
      body: data.body ?? '',
      state: data.state === 'closed' ? 'closed' : 'open',
      url: data.html_url,
      author: data.user?.login ?? '',
      createdAt: data.created_at,
      labels: data.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
    };
  } catch (error) {
    if ((error as { status?: number }).status === 404 || (error as { status?: number }).status === 410)
      return undefined;
    throw error;
  }
}

/** Closes an issue as done; nothing when it is closed already. */
export async function closeIssue(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  number: number,
): Promise<Outcome> {
  const issue = await getIssue(octokit, repository, number);
  if (!issue || issue.state === 'closed') return 'unchanged';
  await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
    owner: repository.owner,
    repo: repository.name,
    issue_number: number,
    state: 'closed',
    state_reason: 'completed',
  });
  return 'updated';
}
