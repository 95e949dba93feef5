/**
 * The double's world: accounts, repositories (with branches over the shared git store), issues and
 * pull requests (one number sequence per repository, as on GitHub), comments, check runs and their
 * suites, teams, installations, and the two apps that act in it (Callboard and GitHub Actions).
 * Plain records in maps; names are looked up case-insensitively, as GitHub does.
 */
import { createGitStore, type Commit, type GitStore } from './git.ts';
import type { Permission } from '../types.ts';

export interface Account {
  login: string;
  id: number;
  nodeId: string;
  type: 'User' | 'Organization' | 'Bot';
}

/** A GitHub App: who writes through its tokens, and whose check runs and suites are whose. */
export interface AppRecord {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  owner: Account;
  /** `${slug}[bot]`: the author of what the app writes. */
  bot: Account;
  /** The most its tokens may hold, shown as the app's `permissions`. */
  permissions: Record<string, string>;
  events: string[];
}

export interface Label {
  id: number;
  nodeId: string;
  name: string;
  color: string;
}

export interface RepoRecord {
  id: number;
  nodeId: string;
  owner: Account;
  name: string;
  fullName: string;
  defaultBranch: string;
  archived: boolean;
  private: boolean;
  fork: boolean;
  parent?: RepoRecord;
  branches: Map<string, string>;
  createdAt: string;
  pushedAt: string;
  issues: Map<number, IssueRecord>;
  nextNumber: number;
  labels: Map<string, Label>;
  permissions: Map<string, Permission>;
  /** Classic branch protection, by branch name. */
  protection: Map<string, BranchProtectionRecord>;
  /** Rulesets (active, targeting branches), in creation order. */
  rulesets: RulesetRecord[];
  /** `security_and_analysis`, when seeded: absent from the repository until then. */
  security?: { secretScanning?: boolean; dependabotSecurityUpdates?: boolean; vulnerabilityAlerts?: boolean };
  /** What creating it through the API set (`POST /orgs/{org}/repos`), shown as the repository's fields. */
  settings: RepoSettings;
}

/** A repository's settings in the API's own names: `description`, `has_wiki`, `allow_squash_merge`, `topics`… */
export type RepoSettings = Record<string, string | boolean | string[] | null>;

export interface NewRepo {
  owner: string;
  name: string;
  defaultBranch?: string;
  archived?: boolean;
  private?: boolean;
  fork?: boolean;
  parent?: RepoRecord;
  settings?: RepoSettings;
}

/** Classic protection of one branch, in the terms of `PUT …/branches/{branch}/protection`. */
export interface BranchProtectionRecord {
  /** Null: pull request reviews not required. */
  requiredReviews: number | null;
  codeOwnerReviews: boolean;
  /** Null: status checks not required. */
  requiredChecks: string[] | null;
  allowForcePushes: boolean;
  allowDeletions: boolean;
}

/**
 * A repository ruleset: the branches it applies to (names, `*` globs, `~DEFAULT_BRANCH`, `~ALL`) and its rules, as
 * GitHub writes them.
 */
export interface RulesetRecord {
  id: number;
  name: string;
  include: string[];
  rules: { type: string; parameters?: Record<string, unknown> }[];
}

export interface PullRecord {
  id: number;
  nodeId: string;
  headRepo: RepoRecord;
  headRef: string;
  /** The head when last seen; the live head is the branch's, while it exists. */
  headSha: string;
  baseRef: string;
  merged: boolean;
  mergedAt?: string | null;
  draft: boolean;
  /** Teams asked to review (`requested_reviewers`), by slug. */
  requestedTeams?: string[];
}

export interface IssueRecord {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  author: Account;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** The app it was created through (the API), shown as `performed_via_github_app`; null when a person wrote it. */
  viaApp: AppRecord | null;
  pull?: PullRecord;
}

export interface CommentRecord {
  id: number;
  nodeId: string;
  repo: RepoRecord;
  issueNumber: number;
  body: string;
  author: Account;
  createdAt: string;
  updatedAt: string;
  viaApp: AppRecord | null;
}

export interface AnnotationRecord {
  path: string;
  start_line: number;
  end_line: number;
  start_column: number | null;
  end_column: number | null;
  annotation_level: string;
  title: string | null;
  message: string;
  raw_details: string | null;
}

export interface CheckRunRecord {
  id: number;
  nodeId: string;
  repo: RepoRecord;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: AnnotationRecord[];
  externalId: string | null;
  detailsUrl: string | null;
  /** The suite of its app on its commit; the run's app is the suite's. */
  suite: CheckSuiteRecord;
}

/** GitHub keeps one check suite per app and commit, and adds each new run to it. */
export interface CheckSuiteRecord {
  id: number;
  nodeId: string;
  repo: RepoRecord;
  headSha: string;
  /** A branch whose head the commit was when the suite was made, else null. */
  headBranch: string | null;
  app: AppRecord;
  createdAt: string;
  updatedAt: string;
}

export interface TeamRecord {
  id: number;
  nodeId: string;
  org: Account;
  slug: string;
  name: string;
  description: string | null;
  parent?: string;
  members: string[];
  /** Its permission on repositories, by lowercase name, when seeded (`push` otherwise). */
  repositoryPermissions?: Map<string, string>;
}

export interface InstallationRecord {
  id: number;
  account: Account;
  /** 'all', or the repository names (lowercase) selected. */
  repositories: 'all' | Set<string>;
  createdAt: string;
  /** When seeded: what its tokens may do, checked as a workflow token's are; absent, they may do everything. */
  permissions?: Record<string, string>;
  /** When seeded: the events it has accepted; absent, the app's. */
  events?: string[];
}

export type World = ReturnType<typeof createWorld>;

const key = (...parts: string[]) => parts.join('/').toLowerCase();

/** GitHub's timestamps: ISO 8601 to the second. */
export function timestamp(ms = Date.now()): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** What Callboard asks for when it is installed: what its installation tokens may do. */
export const APP_PERMISSIONS = {
  checks: 'write',
  contents: 'write',
  issues: 'write',
  pull_requests: 'write',
  metadata: 'read',
  members: 'read',
} as const;

// GitHub's own ids for GitHub Actions, its owner and its bot, so answers look like GitHub's.
const ACTIONS_APP_ID = 15368;
const GITHUB_ORG_ID = 9919;
const ACTIONS_BOT_ID = 41898282;

/**
 * GitHub Actions as GitHub shows it (`GET /apps/github-actions`). Its accounts keep GitHub's ids,
 * outside the double's counter, so seeding the same world gives the same ids as before.
 */
function githubActions(accounts: Map<string, Account>, nodeId: (prefix: string, id: number) => string): AppRecord {
  const known = (login: string, id: number, type: Account['type']): Account => {
    const made: Account = { login, id, nodeId: nodeId(type === 'Organization' ? 'O' : 'BOT', id), type };
    accounts.set(login.toLowerCase(), made);
    return made;
  };
  return {
    id: ACTIONS_APP_ID,
    slug: 'github-actions',
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    owner: known('github', GITHUB_ORG_ID, 'Organization'),
    bot: known('github-actions[bot]', ACTIONS_BOT_ID, 'Bot'),
    // The most a workflow's `permissions:` can grant, by the API's names.
    permissions: {
      actions: 'write',
      checks: 'write',
      contents: 'write',
      deployments: 'write',
      discussions: 'write',
      issues: 'write',
      metadata: 'read',
      packages: 'write',
      pages: 'write',
      pull_requests: 'write',
      repository_projects: 'write',
      security_events: 'write',
      statuses: 'write',
    },
    events: [
      'check_run',
      'check_suite',
      'issue_comment',
      'issues',
      'pull_request',
      'push',
      'workflow_dispatch',
      'workflow_run',
    ],
  };
}

export function createWorld(options: {
  appId: number;
  appSlug: string;
  treeEntryLimit?: number;
  appPermissions?: Record<string, string>;
  appEvents?: string[];
}) {
  const counters = new Map<string, number>();
  const nextId = (kind: string): number => {
    const next = (counters.get(kind) ?? 1000) + 1;
    counters.set(kind, next);
    return next;
  };
  const nodeId = (prefix: string, id: number) => `${prefix}_kgDO${Buffer.from(String(id)).toString('base64url')}`;
  const accounts = new Map<string, Account>();
  const account = (login: string, type: Account['type'] = 'User'): Account => {
    let found = accounts.get(login.toLowerCase());
    if (!found) {
      let id = nextId('account');
      // GitHub's ids of GitHub Actions' accounts are taken.
      while (id === GITHUB_ORG_ID || id === ACTIONS_BOT_ID) id = nextId('account');
      found = { login, id, nodeId: nodeId(type === 'Organization' ? 'O' : type === 'Bot' ? 'BOT' : 'U', id), type };
      accounts.set(login.toLowerCase(), found);
    }
    return found;
  };
  const bot = account(`${options.appSlug}[bot]`, 'Bot');
  const app: AppRecord = {
    id: options.appId,
    slug: options.appSlug,
    name: options.appSlug,
    description: null,
    owner: account('github-double', 'Organization'),
    bot,
    permissions: { ...(options.appPermissions ?? APP_PERMISSIONS) },
    events: [...(options.appEvents ?? ['check_run', 'issues', 'pull_request', 'push'])],
  };
  const actions = githubActions(accounts, nodeId);
  const git: GitStore = createGitStore();
  const repos = new Map<string, RepoRecord>();
  const world = {
    appId: options.appId,
    appSlug: options.appSlug,
    /** Entries of a recursive tree listing before GitHub cuts it short. */
    treeEntryLimit: options.treeEntryLimit ?? 100_000,
    /** The app under test (Callboard): installation tokens act as it. */
    app,
    /** GitHub Actions: a workflow's GITHUB_TOKEN acts as it. */
    actions,
    git,
    accounts,
    repos,
    installations: new Map<number, InstallationRecord>(),
    teams: new Map<string, Map<string, TeamRecord>>(),
    comments: new Map<number, CommentRecord>(),
    checkRuns: new Map<number, CheckRunRecord>(),
    checkSuites: new Map<number, CheckSuiteRecord>(),
    nextId,
    nodeId,
    account,
    findAccount: (login: string) => accounts.get(login.toLowerCase()),
    repo: (owner: string, name: string) => repos.get(key(owner, name)),
    addRepo(record: RepoRecord) {
      repos.set(key(record.owner.login, record.name), record);
    },
    /** A new repository, with no branch yet (seeding and `POST /orgs/{org}/repos` give it its first commit). */
    createRepo(options: NewRepo): RepoRecord {
      if (world.repo(options.owner, options.name))
        throw new Error(`github-double: ${options.owner}/${options.name} already exists`);
      const owner = world.findAccount(options.owner) ?? account(options.owner);
      const id = nextId('repo');
      const now = timestamp();
      const repo: RepoRecord = {
        id,
        nodeId: nodeId('R', id),
        owner,
        name: options.name,
        fullName: `${owner.login}/${options.name}`,
        defaultBranch: options.defaultBranch ?? 'main',
        archived: options.archived ?? false,
        private: options.private ?? false,
        fork: options.fork ?? options.parent !== undefined,
        parent: options.parent,
        branches: new Map(),
        createdAt: now,
        pushedAt: now,
        issues: new Map(),
        nextNumber: 1,
        labels: new Map(),
        permissions: new Map(),
        protection: new Map(),
        rulesets: [],
        settings: options.settings ?? {},
      };
      world.addRepo(repo);
      return repo;
    },
    teamsOf(org: string): Map<string, TeamRecord> {
      let teams = world.teams.get(org.toLowerCase());
      if (!teams) world.teams.set(org.toLowerCase(), (teams = new Map()));
      return teams;
    },
    /** A branch name, `HEAD`, or a (possibly abbreviated) commit sha, to a commit. */
    resolve(repo: RepoRecord, ref: string | undefined): Commit | undefined {
      const name = ref === undefined || ref === 'HEAD' ? repo.defaultBranch : ref.replace(/^refs\/heads\//, '');
      const head = repo.branches.get(name);
      if (head) return git.commit(head);
      if (/^[0-9a-f]{40}$/.test(name)) return git.commit(name);
      return undefined;
    },
    /**
     * Commits `changes` (null deletes) on `branch`, creating the branch from the default branch
     * when it does not exist. The one write path: seeding, the API and move-ref faults share it.
     */
    commit(
      repo: RepoRecord,
      branch: string,
      changes: Record<string, string | Buffer | null>,
      message: string,
      author: string,
    ): Commit {
      const parentSha = repo.branches.get(branch) ?? repo.branches.get(repo.defaultBranch);
      const parent = parentSha ? git.commit(parentSha) : undefined;
      const files = new Map(parent?.files);
      // A file rewritten keeps its mode, as a commit through the API keeps it.
      const modes = new Map(parent?.modes);
      for (const [path, content] of Object.entries(changes)) {
        if (content === null) {
          files.delete(path);
          modes.delete(path);
        } else files.set(path, git.putBlob(content));
      }
      const date = timestamp();
      const made = git.createCommit({ parents: parentSha ? [parentSha] : [], files, modes, message, author, date });
      repo.branches.set(branch, made.sha);
      repo.pushedAt = date;
      return made;
    },
    /**
     * An issue (or, with `pull`, a pull request) opened now: the repository's next number, open, no
     * labels unless given. The one way issues and pull requests come to be, seeded or through the API.
     */
    addIssue(
      repo: RepoRecord,
      fields: {
        title: string;
        body: string;
        author: Account;
        viaApp: AppRecord | null;
        labels?: string[];
        pull?: Omit<PullRecord, 'id' | 'nodeId'>;
      },
    ): IssueRecord {
      const number = repo.nextNumber++;
      const id = nextId('issue');
      const now = timestamp();
      const { pull, labels = [], ...rest } = fields;
      const issue: IssueRecord = {
        id,
        nodeId: nodeId('I', id),
        number,
        ...rest,
        state: 'open',
        labels,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
        ...(pull ? { pull: { id: id + 500_000, nodeId: nodeId('PR', id), ...pull } } : {}),
      };
      repo.issues.set(number, issue);
      return issue;
    },
    /** The app's suite on a commit, made on its first check run there. */
    checkSuite(repo: RepoRecord, headSha: string, owner: AppRecord): CheckSuiteRecord {
      const found = [...world.checkSuites.values()].find(
        (s) => s.repo === repo && s.headSha === headSha && s.app === owner,
      );
      if (found) return found;
      const id = nextId('check-suite') + 10_000_000;
      const now = timestamp();
      const headBranch = [...repo.branches].find(([, sha]) => sha === headSha)?.[0] ?? null;
      const suite: CheckSuiteRecord = {
        id,
        nodeId: nodeId('CS', id),
        repo,
        headSha,
        headBranch,
        app: owner,
        createdAt: now,
        updatedAt: now,
      };
      world.checkSuites.set(id, suite);
      return suite;
    },
    /**
     * Whether a pull request would conflict: since the merge base, the base branch and the head both
     * changed one path, to different contents (git's merge, file by file).
     */
    conflicts(repo: RepoRecord, pull: PullRecord): boolean {
      const head = git.commit(world.pullHead(pull));
      const baseSha = repo.branches.get(pull.baseRef);
      const mergeBase = head && baseSha ? git.mergeBase(baseSha, head.sha) : undefined;
      const base = baseSha ? git.commit(baseSha) : undefined;
      const ancestor = mergeBase ? git.commit(mergeBase) : undefined;
      if (!head || !base || !ancestor) return false;
      const paths = new Set([...head.files.keys(), ...base.files.keys(), ...ancestor.files.keys()]);
      return [...paths].some((path) => {
        const was = ancestor.files.get(path);
        const ours = base.files.get(path);
        const theirs = head.files.get(path);
        return ours !== was && theirs !== was && ours !== theirs;
      });
    },
    /** The live head of a pull request: its branch's head while the branch exists. */
    pullHead(pull: PullRecord): string {
      const live = pull.headRepo.branches.get(pull.headRef);
      if (live) pull.headSha = live;
      return pull.headSha;
    },
  };
  return world;
}
