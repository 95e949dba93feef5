/**
 * The forge port: everything Callboard's core needs from GitHub, as one interface. The GitHub
 * adapter (app/forge/github) implements it with Octokit (REST and GraphQL); the local adapter
 * (app/forge/local) implements it over a folder of repositories on disk, for the CLI. The core
 * never imports it: the value types both need (a file change, a check's conclusion, a repository's
 * settings) are the core's, and this port speaks them.
 *
 * Writes are idempotent `ensure*` verbs: each reads, compares, then creates, updates or does
 * nothing, and says which, so a redelivered webhook gives the same result.
 */
import type { CheckConclusion } from '../core/check-conclusion.ts';
import type { CommitFileChange, FileChange } from '../core/file-change.ts';
import type { CampaignPullRequest } from '../core/migration/campaign/campaign-status.ts';
import type { RepositorySettings, SettingsPart } from '../core/scorecard/repository-settings.ts';
import type { RepositorySettings as NewRepositorySettings } from '../core/scaffold/actions/action.ts';
import type { FileTree } from '../core/scaffold/workspace.ts';

export interface RepositoryId {
  owner: string;
  name: string;
}

export interface ForgeRepository extends RepositoryId {
  /** `owner/name` */
  fullName: string;
  defaultBranch: string;
  archived: boolean;
  fork: boolean;
  visibility: 'public' | 'private' | 'internal';
  htmlUrl: string;
  /** When it was created, where the forge says (GitHub does). */
  createdAt?: string;
  /** When anything was last pushed to it (GitHub's `pushed_at`); absent when the forge cannot say. */
  pushedAt?: string;
}

export interface FileRequest {
  repository: RepositoryId;
  /** Repository-relative POSIX path. */
  path: string;
  /** Branch, tag or commit; the default branch when absent. */
  ref?: string;
}

export interface FileContent extends FileRequest {
  /** The text, or undefined when there is no such file (or it is a folder, or binary). */
  text?: string;
  /** Blob id (git SHA-1), when the file exists. */
  sha?: string;
  /** Set when the file exists but was too large for a batched read and was not read. */
  tooLarge?: boolean;
  /** The file is there but is not text (no `text`). */
  binary?: boolean;
}

export interface CommitRequest {
  repository: RepositoryId;
  branch: string;
  message: string;
  /**
   * The changes to make, computed from the branch's current files. Called again (with the new
   * head) when the branch moved between read and write, so nothing another writer did is lost.
   * Returning no changes means there is nothing to commit. It may also return the commit message,
   * when the message describes what the computation found.
   */
  changes(
    head: BranchHead,
  ): Promise<Iterable<CommitFileChange> | ComputedCommit> | Iterable<CommitFileChange> | ComputedCommit;
  /** When the branch does not exist: create it from this branch's head (default: the default branch). */
  createFrom?: string;
}

export interface ComputedCommit {
  /** May be produced as it is taken (a large first build), and taken only once. */
  changes: Iterable<CommitFileChange>;
  message: string;
}

const isComputed = (computed: Iterable<CommitFileChange> | ComputedCommit): computed is ComputedCommit =>
  'message' in computed && 'changes' in computed;
export const changesOf = (computed: Iterable<CommitFileChange> | ComputedCommit): Iterable<CommitFileChange> =>
  isComputed(computed) ? computed.changes : computed;
export const messageOf = (computed: Iterable<CommitFileChange> | ComputedCommit, fallback: string) =>
  isComputed(computed) ? computed.message || fallback : fallback;

export interface BranchHead {
  branch: string;
  /** Commit SHA the branch points at. */
  sha: string;
}

export type Outcome = 'created' | 'updated' | 'unchanged';

export interface CommitResult {
  outcome: Outcome;
  /** The branch's head after the call. */
  sha: string;
  /** How many times the branch moved under us and the changes were recomputed. */
  retries: number;
}

export interface PullRequestRequest {
  repository: RepositoryId;
  head: string;
  base: string;
  title: string;
  body: string;
  draft?: boolean;
}

export interface PullRequestResult {
  outcome: Outcome;
  number: number;
  url: string;
  state: 'open' | 'closed' | 'merged';
}

export interface CheckAnnotation {
  path: string;
  startLine: number;
  endLine: number;
  /** Only when the annotation starts and ends on the same line. */
  startColumn?: number;
  endColumn?: number;
  level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  rawDetails?: string;
}

export interface ForgeCheckRun {
  id: number;
  /** The app that wrote it, by slug (`github-actions` for a workflow's token). */
  app: string;
  status: string;
  conclusion: string | null;
  completedAt: string | null;
  title: string | null;
  summary: string | null;
  text: string | null;
}

export interface CheckRunRequest {
  repository: RepositoryId;
  headSha: string;
  /** e.g. "Callboard / descriptors": one run of this name per head commit. */
  name: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion?: CheckConclusion;
  title: string;
  /** Markdown; cut to GitHub's limit (65,535 characters) when longer, saying so. */
  summary: string;
  text?: string;
  annotations?: CheckAnnotation[];
  detailsUrl?: string;
  externalId?: string;
}

export interface CheckRunResult {
  outcome: Outcome;
  id: number;
}

export interface CommentRequest {
  repository: RepositoryId;
  /** Issue or pull request number. */
  number: number;
  /** A stable hidden marker that identifies Callboard's comment, e.g. `callboard:ownership`. */
  marker: string;
  /** The comment's Markdown, or `null` to remove the comment. */
  body: string | null;
}

export interface CommentResult {
  outcome: Outcome | 'deleted';
  id?: number;
}

export interface IssueRequest {
  repository: RepositoryId;
  /** A stable hidden marker that identifies the issue, e.g. `callboard:migration:node-24`. */
  marker: string;
  title: string;
  body: string;
  labels?: string[];
  state?: 'open' | 'closed';
}

export interface IssueResult {
  outcome: Outcome;
  number: number;
  url: string;
}

export interface PullRequestFile {
  path: string;
  /** For renames: where the file was. */
  previousPath?: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
}

export interface Team {
  slug: string;
  name: string;
  description?: string;
  parent?: string;
  members: string[];
}

export interface FileListing {
  /** Every file's repository-relative path, sorted. */
  paths: string[];
  /** Each file's blob id (git SHA-1), when the forge lists it: what is there, without reading it. */
  shas?: ReadonlyMap<string, string>;
  /** The tree was too large to list whole: not every file is listed. */
  truncated: boolean;
}

/** A commit to read in one go: the commit a ref names, some of its files, and the check runs of one name on it. */
export interface SnapshotRequest {
  repository: RepositoryId;
  /** Branch, tag or commit. */
  ref: string;
  /** Repository-relative paths to read at that commit. */
  paths: readonly string[];
  /** Check runs of this name on the commit, by any app (what a workflow reported); none asked when absent. */
  checkName?: string;
}

export interface CommitSnapshot {
  /** The commit the ref named when it was read; every file and check run is that commit's. */
  sha: string;
  /** The asked paths, in order; a missing one without text. */
  files: FileContent[];
  /** The newest run of the asked name from each app, newest first. */
  checkRuns: ForgeCheckRun[];
}

/**
 * A branch Callboard keeps in a repository (a migration's), with its pull requests: what a campaign
 * derives its state from.
 */
export interface BranchState {
  repository: RepositoryId;
  defaultBranch: string;
  /** The default branch's head commit. */
  baseSha: string;
  /** The branch's head commit, when the branch exists. */
  head?: {
    sha: string;
    /** Its parents: one, the default branch commit it was made on, for a commit Callboard made. */
    parents: string[];
    /** Callboard made it (its app's bot authored it); false once a person pushed or merged into the branch. */
    byCallboard: boolean;
  };
  /** Pull requests with this head branch, newest first, whatever their state. */
  pullRequests: BranchPullRequest[];
}

/** A pull request of the branch: the core's campaign speaks this type. */
export type BranchPullRequest = CampaignPullRequest;

export interface BranchRewrite {
  repository: RepositoryId;
  branch: string;
  /** The head the branch must still have (compare-and-swap); the write is refused when it moved. */
  expectedHead: string;
  message: string;
  /** The changes, as one commit on the default branch's current head. */
  changes: readonly FileChange[];
}

/** An issue as it is now. */
export interface IssueState {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  url: string;
  /** Who opened it. */
  author: string;
  createdAt: string;
  labels: string[];
}

/** A repository to create, with the settings GitHub lets an app set at creation. */
export interface RepositoryCreation {
  owner: string;
  name: string;
  settings: NewRepositorySettings;
}

export interface RepositoryConfiguration {
  renameBranch?: { from: string; to: string };
  topics?: readonly string[];
  protectBranch?: string;
}

/** A branch's contents replaced by one root commit, if it still points at `expectedHead`. */
export interface ContentsReplacement {
  repository: RepositoryId;
  branch: string;
  expectedHead: string;
  message: string;
  files: FileTree;
}

export interface RepositoryTeam {
  slug: string;
  /** The team's permission on the repository. */
  permission: 'pull' | 'triage' | 'push' | 'maintain' | 'admin';
}

export interface Forge {
  /** Every repository the installation (or the local folder) can see. */
  listRepositories(): Promise<ForgeRepository[]>;
  /**
   * Some repositories, by name, in few requests: undefined for one that cannot be seen (deleted,
   * out of the installation) or that is now known by another name (renamed, transferred).
   */
  getRepositories(repositories: readonly RepositoryId[]): Promise<(ForgeRepository | undefined)[]>;
  /**
   * The commit a ref (the default branch when absent) points at: cheap to ask again and again, to
   * learn whether anything moved. Undefined when there is none, or the forge cannot name one (a
   * working tree).
   */
  headCommit(repository: RepositoryId, ref?: string): Promise<string | undefined>;
  /**
   * Every file of a repository at a ref (the default branch when absent), or only those under
   * `folder`; undefined when there is no such ref. Paths are repository-relative either way.
   */
  listFiles(repository: RepositoryId, ref?: string, folder?: string): Promise<FileListing | undefined>;
  /** Reads many files from many repositories in few requests. Missing files come back without text. */
  readFiles(requests: readonly FileRequest[]): Promise<FileContent[]>;
  /**
   * Many commits read together, in few requests: what a job scoring a whole organisation needs of
   * each repository's head, pinned to one commit. Undefined for a ref that names no commit.
   */
  commitSnapshots(requests: readonly SnapshotRequest[]): Promise<(CommitSnapshot | undefined)[]>;
  /** Commits several files to a branch atomically, compare-and-swap on the branch head; never forces. */
  commitFiles(request: CommitRequest): Promise<CommitResult>;
  /** Opens the pull request for a head branch, or updates its title and body. */
  ensurePullRequest(request: PullRequestRequest): Promise<PullRequestResult>;
  /** Files a pull request changes. */
  listPullRequestFiles(repository: RepositoryId, number: number): Promise<PullRequestFile[]>;
  /** Creates or updates the check run of this name on this commit (annotations in batches of 50). */
  ensureCheckRun(request: CheckRunRequest): Promise<CheckRunResult>;
  /** Creates, updates or removes the comment carrying this marker. */
  ensureComment(request: CommentRequest): Promise<CommentResult>;
  /** Creates or updates the issue carrying this marker. */
  ensureIssue(request: IssueRequest): Promise<IssueResult>;
  /** The organisation's teams, with parents and members. */
  listTeams(org: string): Promise<Team[]>;
  /**
   * A repository's settings for a branch (its protection) and as a whole (security features), only
   * the parts asked (all by default); undefined when the repository cannot be seen or the forge has
   * no settings.
   */
  repositorySettings(
    repository: RepositoryId,
    branch: string,
    parts?: readonly SettingsPart[],
  ): Promise<RepositorySettings | undefined>;
  /**
   * A branch of the same name in many repositories, with its pull requests, read in few requests
   * (GraphQL, batched): undefined for a repository that cannot be seen.
   */
  branchStates(repositories: readonly RepositoryId[], branch: string): Promise<(BranchState | undefined)[]>;
  /**
   * Replaces a branch by one commit of these changes on the default branch's head, only if the
   * branch still points at `expectedHead` (Renovate's "rebase": the change made again, never
   * replayed). 'moved' when someone pushed meanwhile: nothing was written.
   */
  rewriteBranch(request: BranchRewrite): Promise<CommitResult | 'moved'>;
  /** Deletes a branch if it still points at `expectedHead`; false when it moved or is gone. */
  deleteBranch(repository: RepositoryId, branch: string, expectedHead: string): Promise<boolean>;
  /**
   * Changes a pull request, open or closed: its state (re-opening needs its head branch), title or
   * text; only the fields given, and nothing when they already hold.
   */
  updatePullRequest(
    repository: RepositoryId,
    number: number,
    fields: { state?: 'open' | 'closed'; title?: string; body?: string },
  ): Promise<Outcome>;
  /** Asks a team of the organisation to review a pull request (nothing when already asked). */
  requestTeamReview(repository: RepositoryId, number: number, teamSlug: string): Promise<Outcome>;
  /** Adds labels to an issue or pull request (GitHub creates a label that does not exist yet). */
  addLabels(repository: RepositoryId, number: number, labels: readonly string[]): Promise<Outcome>;
  /** The organisation's teams with access to a repository, with their permission. */
  repositoryTeams(repository: RepositoryId): Promise<RepositoryTeam[]>;
  /** Whether a user may write to a repository (Callboard acts only for them). */
  canWrite(repository: RepositoryId, login: string): Promise<boolean>;
  /**
   * Creates a repository with the forge's first commit (GitHub's README), or says one of that name
   * exists (a name taken, or made by an earlier attempt: the caller tells which).
   */
  createRepository(
    request: RepositoryCreation,
  ): Promise<{ outcome: 'created' | 'exists'; repository: ForgeRepository }>;
  /** A branch made one root commit of these files (a new repository's history), compare-and-swap. */
  replaceContents(request: ContentsReplacement): Promise<CommitResult | 'moved'>;
  /** The default branch renamed, topics, and the protection of a branch (one review before merging). */
  configureRepository(repository: RepositoryId, settings: RepositoryConfiguration): Promise<void>;
  /** Every file under a folder at a ref, bytes and modes (a template's folder); undefined when the ref is unknown. */
  readFolder(repository: RepositoryId, ref: string, folder: string): Promise<FileTree | undefined>;
  /** An issue as it is now; undefined when it is gone. */
  getIssue(repository: RepositoryId, number: number): Promise<IssueState | undefined>;
  /** Closes an issue as completed; nothing when it is closed already. */
  closeIssue(repository: RepositoryId, number: number): Promise<Outcome>;
}

/** Thrown by an adapter when a write could not be completed; nothing was half-applied. */
export class ForgeWriteError extends Error {
  readonly retriable: boolean;
  constructor(message: string, retriable: boolean, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ForgeWriteError';
    this.retriable = retriable;
  }
}
