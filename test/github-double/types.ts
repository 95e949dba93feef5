/**
 * The double's public contract: what a test or a benchmark sees. Everything else under
 * test/github-double is internal and may change.
 */

export interface GithubDoubleOptions {
  /** The GitHub App the double knows. */
  appId: number;
  /** Its PEM private key: the double verifies app JWTs (RS256) with the matching public key. */
  privateKey: string;
  /** Default 'callboard'; the bot login is `${appSlug}[bot]`. */
  appSlug?: string;
  /** The permissions and events the app is registered with (a few of Callboard's by default). */
  appPermissions?: Record<string, WorkflowPermission>;
  appEvents?: string[];
  /**
   * Entries a recursive tree listing returns before it is cut short with `truncated: true`:
   * GitHub's documented limit is 100,000 (the default). Tests set it low to exercise truncation.
   */
  treeEntryLimit?: number;
  /**
   * GitHub's secondary limits on content creation, enforced on `clock` (e.g. a SimulatedClock from
   * test/support/simulated-clock.ts): over either window a content-creating request gets GitHub's 403
   * with `retry-after`, counted in `secondaryLimitHits`. Off unless given.
   */
  secondaryLimits?: { perMinute: number; perHour: number; clock: { now(): number } };
}

export type Permission = 'admin' | 'write' | 'read' | 'none';

export interface RequestRecord {
  method: string;
  /** The URL path as received (with `/api/v3` when the client used it), without the query. */
  path: string;
  /** OpenAPI template, e.g. '/repos/{owner}/{repo}/check-runs'; '/graphql' for GraphQL. */
  route?: string;
  operationId?: string;
  /** 0 when the connection was dropped by a fault. */
  status: number;
  graphql?: { mutation: boolean; rootFields: string[] };
  /** When it arrived (epoch ms). */
  at: number;
  durationMs: number;
}

export interface Match {
  method?: string;
  /** An OpenAPI template, or a GraphQL root field name (not an alias). */
  route?: string;
  graphql?: 'query' | 'mutation';
}

export type Fault =
  | { kind: 'status'; status: 500 | 502 | 503 | 504; count: number; match?: Match }
  | { kind: 'secondary-rate-limit'; status: 403 | 429; retryAfter?: number; count: number; match?: Match }
  | { kind: 'primary-rate-limit'; resetInSeconds: number; count: number; match?: Match }
  | { kind: 'delay'; ms: number; count: number; match?: Match }
  | { kind: 'drop-connection'; count: number; match?: Match }
  /** The request is carried out, then the connection is dropped: the client cannot know it happened. */
  | { kind: 'lose-answer'; count: number; match?: Match }
  | { kind: 'move-ref'; owner: string; repo: string; branch: string; count: number };

export interface Faults {
  /** Applies to the next `count` matching requests (or branch writes, for move-ref), then is gone. */
  add(fault: Fault): { remaining(): number };
  clear(): void;
}

export interface CommitSummary {
  sha: string;
  message: string;
  author: string;
  parents: string[];
}

export interface PullRequestSummary {
  number: number;
  head: string;
  base: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  merged: boolean;
  draft: boolean;
  author: string;
  labels: string[];
  /** Teams asked to review, by slug. */
  requestedTeams: string[];
}

export interface CheckRunSummary {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  title?: string;
  summary?: string;
  text?: string;
  annotations: unknown[];
  externalId?: string;
  detailsUrl?: string;
}

export interface IssueSummary {
  number: number;
  title: string;
  body: string;
  state: string;
  labels: string[];
  author: string;
}

/** A permission level in a workflow's `permissions:`. */
export type WorkflowPermission = 'read' | 'write' | 'none';

export interface WorkflowTokenOptions {
  owner: string;
  repo: string;
  /**
   * The workflow's `permissions:`, by the API's names (`pull_requests`) or the workflow file's
   * (`pull-requests`). Any permission not named is none, and `metadata: read` is always granted,
   * as on GitHub. Default: `{ checks: 'write', contents: 'read', metadata: 'read', pull_requests: 'read' }`.
   * A fork pull request's read-only token is e.g. `{ checks: 'read' }`.
   */
  permissions?: Record<string, WorkflowPermission>;
}

export interface BranchProtectionOptions {
  owner: string;
  repo: string;
  branch: string;
  requiredReviews?: number;
  codeOwnerReviews?: boolean;
  requiredChecks?: string[];
  allowForcePushes?: boolean;
  allowDeletions?: boolean;
}

/** A ruleset rule as GitHub writes it (`repository-rule` in the OpenAPI description). */
export interface RulesetRule {
  type: string;
  parameters?: Record<string, unknown>;
}

export interface GithubDouble {
  /**
   * http://127.0.0.1:<port>; REST at `${url}/api/v3/...` and `${url}/...`, GraphQL at `/api/graphql` and `/graphql`.
   */
  url: string;
  /** '127.0.0.1:<port>', for Probot's GHE_HOST with GHE_PROTOCOL=http. */
  host: string;
  addOrganization(login: string): void;
  /**
   * `permissions` (the API's names, e.g. `{ contents: 'write', administration: 'read' }`): what the
   * installation's tokens may do, checked as a workflow token's are (403 `Resource not accessible
   * by integration`); `metadata: read` is always granted. Without it, its tokens may do everything.
   */
  addInstallation(options: {
    account: string;
    repositories?: 'all' | string[];
    permissions?: Record<string, WorkflowPermission>;
    /** The events it receives; absent, the app's. */
    events?: string[];
  }): { id: number };
  addRepository(options: {
    owner: string;
    name: string;
    defaultBranch?: string;
    archived?: boolean;
    private?: boolean;
    fork?: boolean;
    files?: Record<string, string>;
  }): void;
  pushCommit(options: {
    owner: string;
    repo: string;
    branch: string;
    files: Record<string, string | null>;
    message?: string;
    author?: string;
  }): string;
  openPullRequest(options: {
    owner: string;
    repo: string;
    head: string;
    base?: string;
    title?: string;
    body?: string;
    author?: string;
    headOwner?: string;
    files?: Record<string, string | null>;
  }): { number: number; headSha: string };
  /**
   * A person merges an open pull request (a squash: what its head changed since the merge base, as one
   * commit on the base branch by `author`); it throws when the pull request has conflicts.
   */
  mergePullRequest(options: { owner: string; repo: string; number: number; author?: string }): void;
  /** A person closes a pull request without merging it. */
  closePullRequest(options: { owner: string; repo: string; number: number }): void;
  /** A team's permission on a repository, as `GET /repos/{owner}/{repo}/teams` shows it (`push` unless set). */
  setTeamRepositoryPermission(options: { org: string; team: string; repo: string; permission: string }): void;
  /** Every repository's full name. */
  repositories(): string[];
  /** An issue opened by a person (an issue form's submission), or its body edited; returns its number. */
  openIssue(options: { owner: string; repo: string; title: string; body: string; author: string }): number;
  editIssue(options: { owner: string; repo: string; number: number; body: string }): void;
  /** A comment written by a person (not through the API as the app). */
  addComment(options: { owner: string; repo: string; number: number; body: string; author?: string }): { id: number };
  /**
   * A workflow run's `GITHUB_TOKEN` in `owner/repo`: no JWT exchange. It acts as the GitHub Actions
   * app (id 15368, `github-actions`), sees only that repository (others are 404), may do what its
   * permissions allow (other requests are 403 `Resource not accessible by integration`), and spends
   * the repository's 1,000 requests an hour, shared by every workflow token of that repository.
   */
  issueWorkflowToken(options: WorkflowTokenOptions): { token: string };
  addTeam(options: {
    org: string;
    slug: string;
    name?: string;
    parent?: string;
    members?: string[];
    description?: string;
  }): void;
  setPermission(options: { owner: string; repo: string; login: string; permission: Permission }): void;
  /**
   * Classic protection of a branch (it must exist), as `PUT …/branches/{branch}/protection` sets it.
   * Reviews are required when `requiredReviews` is given (or `codeOwnerReviews`, with one review),
   * status checks when `requiredChecks` is; force pushes and deletions are forbidden unless allowed.
   */
  setBranchProtection(options: BranchProtectionOptions): void;
  /**
   * An active ruleset targeting branches: `branches` are names, `*` globs, `~DEFAULT_BRANCH` (the
   * default) or `~ALL`; `rules` as GitHub writes them, e.g. `{ type: 'non_fast_forward' }`,
   * `{ type: 'pull_request', parameters: { required_approving_review_count: 2 } }` (parameters GitHub
   * requires and not given take GitHub's defaults).
   */
  addBranchRuleset(options: {
    owner: string;
    repo: string;
    name?: string;
    branches?: string[];
    rules: RulesetRule[];
  }): { id: number };
  /**
   * The repository's `security_and_analysis` (absent from `GET /repos/{owner}/{repo}` until set; a feature left
   * undefined is left out).
   */
  /**
   * `vulnerabilityAlerts`: Dependabot alerts, answered by GET /repos/{owner}/{repo}/vulnerability-alerts (off unless
   * set).
   */
  setSecurity(options: {
    owner: string;
    repo: string;
    secretScanning?: boolean;
    dependabotSecurityUpdates?: boolean;
    vulnerabilityAlerts?: boolean;
  }): void;
  readFile(owner: string, repo: string, path: string, ref?: string): string | undefined;
  /** Every file at a ref (branch or sha; the default branch when absent), path → text. */
  files(owner: string, repo: string, ref?: string): Map<string, string>;
  branchHead(owner: string, repo: string, branch: string): string | undefined;
  /** Every branch of a repository, by name. */
  branches(owner: string, repo: string): string[];
  commits(owner: string, repo: string, branch: string): CommitSummary[];
  pullRequests(owner: string, repo: string): PullRequestSummary[];
  checkRuns(owner: string, repo: string): CheckRunSummary[];
  comments(owner: string, repo: string, number: number): { id: number; body: string; author: string }[];
  issues(owner: string, repo: string): IssueSummary[];
  requests: RequestRecord[];
  /** Requests received and not answered yet (a delay fault holds one). */
  inFlight(): number;
  violations: string[];
  /** Content-creating requests refused by the enforced secondary limits (`secondaryLimits`). */
  readonly secondaryLimitHits: number;
  faults: Faults;
  /** Clears the requests, not the violations (a violation is never forgotten) nor the state. */
  reset(): void;
  close(): Promise<void>;
}
