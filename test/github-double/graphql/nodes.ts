/**
 * GraphQL objects over the double's state. Each node is a plain object whose keys are the fields
 * the double implements (a value, or a function of the field's arguments); the executor refuses
 * any other field, so an unimplemented field is a loud error, never a silent null.
 */
import type { Commit } from '../state/git.ts';
import type { CheckRunRecord, CheckSuiteRecord, IssueRecord, RepoRecord, World } from '../state/store.ts';
import { trimChars } from '../../../app/core/trim-chars.ts';

export type Node = Record<string, unknown> & { __typename: string };

/** GitHub's errors carry a top-level `type` (NOT_FOUND, STALE_DATA…) beside the message. */
export class GithubGraphqlError extends Error {
  readonly type: string;
  constructor(type: string, message: string) {
    super(message);
    this.type = type;
  }
}

// Blob.text stops at 512 KiB; isTruncated says so.
const TEXT_LIMIT = 512 * 1024;

/** GitHub's cap on `first`/`last`. */
const MAX_PAGE = 100;

interface PageArgs {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

/**
 * A connection's page, as GitHub serves one: `first` (from the start, or after a cursor) or `last`
 * (from the end, or before a cursor) is required, at most 100; the cursor is opaque (here an
 * offset, base64).
 */
function connection(typename: string, items: readonly Node[], { first, after, last, before }: PageArgs): Node {
  const count = first ?? last;
  if (count === undefined)
    throw new GithubGraphqlError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${typename.replace(/Connection$/, '')}\` connection.`,
    );
  if (count < 0 || count > MAX_PAGE)
    throw new GithubGraphqlError(
      'EXCESSIVE_PAGINATION',
      `Requesting ${count} records on the connection exceeds the \`${first !== undefined ? 'first' : 'last'}\` limit of ${MAX_PAGE} records.`,
    );
  const offset = (cursor: string) => Number(Buffer.from(cursor, 'base64').toString('utf8'));
  const stop = before ? offset(before) - 1 : items.length;
  const start = first !== undefined ? (after ? offset(after) : 0) : Math.max(0, stop - count);
  const page = items.slice(start, first !== undefined ? start + count : stop);
  const end = start + page.length;
  return {
    __typename: typename,
    totalCount: items.length,
    nodes: page,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      endCursor: page.length ? Buffer.from(String(end)).toString('base64') : null,
      startCursor: page.length ? Buffer.from(String(start + 1)).toString('base64') : null,
    },
  };
}

/** GraphQL spells check states as enums: `completed` is COMPLETED. */
const upper = (value: string | null) => value?.toUpperCase() ?? null;

export function createNodes(world: World, url: string) {
  const html = (repo: RepoRecord) => `${url}/${repo.fullName}`;

  const commitNode = (repo: RepoRecord, commit: Commit): Node => {
    const [headline = '', ...rest] = commit.message.split('\n');
    return {
      __typename: 'Commit',
      id: world.nodeId('C', repo.id) + commit.sha.slice(0, 12),
      oid: commit.sha,
      abbreviatedOid: commit.sha.slice(0, 7),
      url: `${html(repo)}/commit/${commit.sha}`,
      message: commit.message,
      messageHeadline: headline,
      messageBody: rest.join('\n').trim(),
      committedDate: commit.date,
      authoredDate: commit.date,
      // GitHub names an app's API commit by its bot (a Bot is not a User: `user` is null); a person's by their account.
      author: () => gitActor(commit.author),
      committer: () => gitActor(commit.author),
      parents: (args: PageArgs) =>
        connection(
          'CommitConnection',
          commit.parents.flatMap((sha) => {
            const parent = world.git.commit(sha);
            return parent ? [commitNode(repo, parent)] : [];
          }),
          args,
        ),
      tree: () => treeNode(repo, '', commit.tree),
      file: ({ path }: { path: string }) => fileEntry(repo, commit, path),
      checkSuites: (args: PageArgs & { filterBy?: { appId?: number; checkName?: string } }) => {
        const { appId, checkName } = args.filterBy ?? {};
        const suites = [...world.checkSuites.values()]
          .filter(
            (suite) =>
              suite.repo === repo && suite.headSha === commit.sha && (appId === undefined || suite.app.id === appId),
          )
          .filter((suite) => checkName === undefined || runsOf(suite).some((run) => run.name === checkName))
          .sort((a, b) => a.id - b.id);
        return connection(
          'CheckSuiteConnection',
          suites.map((suite) => checkSuiteNode(repo, suite)),
          args,
        );
      },
    };
  };

  const gitActor = (login: string): Node => {
    // A person's commit is linked to their account (GitHub matches its e-mail); an app's bot is no User.
    const account = login.endsWith('[bot]') ? undefined : world.account(login);
    return {
      __typename: 'GitActor',
      name: login,
      email: `${login}@users.noreply.github.com`,
      user: account ? { __typename: 'User', login: account.login, id: account.nodeId } : null,
    };
  };

  /** A pull request as GraphQL shows it: OPEN, CLOSED or MERGED, and whether it merges cleanly. */
  const pullRequestNode = (repo: RepoRecord, issue: IssueRecord): Node => ({
    __typename: 'PullRequest',
    id: issue.pull!.nodeId,
    databaseId: issue.pull!.id,
    number: issue.number,
    url: `${html(repo)}/pull/${issue.number}`,
    state: issue.pull!.merged ? 'MERGED' : issue.state === 'open' ? 'OPEN' : 'CLOSED',
    title: issue.title,
    body: issue.body,
    closedAt: issue.closedAt,
    mergedAt: issue.pull!.mergedAt ?? null,
    headRefName: issue.pull!.headRef,
    baseRefName: issue.pull!.baseRef,
    mergeable: world.conflicts(repo, issue.pull!) ? 'CONFLICTING' : 'MERGEABLE',
    labels: (args: PageArgs) =>
      connection(
        'LabelConnection',
        issue.labels.map((name) => ({ __typename: 'Label', name, id: world.nodeId('LA', repo.id) + name })),
        args,
      ),
  });

  const runsOf = (suite: CheckSuiteRecord) => [...world.checkRuns.values()].filter((run) => run.suite === suite);

  /** `checkType: LATEST` keeps the newest run of each name, as the REST list's `filter=latest` does. */
  const checkSuiteNode = (repo: RepoRecord, suite: CheckSuiteRecord): Node => ({
    __typename: 'CheckSuite',
    id: suite.nodeId,
    databaseId: suite.id,
    app: {
      __typename: 'App',
      id: world.nodeId('A', suite.app.id),
      databaseId: suite.app.id,
      slug: suite.app.slug,
      name: suite.app.name,
    },
    checkRuns: (
      args: PageArgs & { filterBy?: { checkName?: string; checkType?: 'ALL' | 'LATEST'; status?: string } },
    ) => {
      const { checkName, checkType = 'LATEST', status } = args.filterBy ?? {};
      let runs = runsOf(suite)
        .filter(
          (run) =>
            (checkName === undefined || run.name === checkName) &&
            (status === undefined || upper(run.status) === status),
        )
        .sort((a, b) => b.id - a.id);
      if (checkType === 'LATEST')
        runs = runs.filter((run, i) => runs.findIndex((other) => other.name === run.name) === i);
      return connection(
        'CheckRunConnection',
        runs.map((run) => checkRunNode(repo, run)),
        args,
      );
    },
  });

  const checkRunNode = (repo: RepoRecord, run: CheckRunRecord): Node => ({
    __typename: 'CheckRun',
    id: run.nodeId,
    databaseId: run.id,
    name: run.name,
    status: upper(run.status),
    conclusion: upper(run.conclusion),
    startedAt: run.startedAt,
    completedAt: run.completedAt,
    title: run.output.title,
    summary: run.output.summary,
    text: run.output.text,
    externalId: run.externalId,
    detailsUrl: run.detailsUrl,
    url: `${html(repo)}/runs/${run.id}`,
  });

  /** `Commit.file(path)`: the entry at that path of that commit, or null. */
  const fileEntry = (repo: RepoRecord, commit: Commit, path: string): Node | null => {
    const clean = trimChars(path, '/', 'both');
    const name = clean.split('/').at(-1) ?? '';
    const blob = commit.files.get(clean);
    const tree = blob ? undefined : commit.dirs.get(clean);
    if (!blob && !tree) return null;
    return {
      __typename: 'TreeEntry',
      name,
      path: clean,
      type: blob ? 'blob' : 'tree',
      oid: blob ?? tree,
      object: () => (blob ? blobNode(repo, blob) : treeNode(repo, clean, tree!)),
    };
  };

  const blobNode = (repo: RepoRecord, oid: string): Node => {
    const bytes = world.git.blob(oid) ?? Buffer.alloc(0);
    // git's own heuristic: a NUL byte means binary.
    const isBinary = bytes.includes(0);
    const isTruncated = bytes.length > TEXT_LIMIT;
    return {
      __typename: 'Blob',
      id: world.nodeId('B', repo.id) + oid.slice(0, 12),
      oid,
      abbreviatedOid: oid.slice(0, 7),
      byteSize: bytes.length,
      isBinary,
      isTruncated,
      text: isBinary ? null : bytes.subarray(0, TEXT_LIMIT).toString('utf8'),
    };
  };

  const treeNode = (repo: RepoRecord, dir: string, oid: string): Node => ({
    __typename: 'Tree',
    id: world.nodeId('T', repo.id) + oid.slice(0, 12),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    entries: (world.git.tree(oid) ?? []).map((entry) => {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      return {
        __typename: 'TreeEntry',
        name: entry.name,
        path,
        type: entry.type,
        oid: entry.oid,
        mode: entry.mode,
        object: () => (entry.type === 'tree' ? treeNode(repo, path, entry.oid) : blobNode(repo, entry.oid)),
      };
    }),
  });

  const refNode = (repo: RepoRecord, branch: string): Node | null => {
    const sha = repo.branches.get(branch);
    const commit = sha ? world.git.commit(sha) : undefined;
    if (!commit) return null;
    return {
      __typename: 'Ref',
      id: world.nodeId('REF', repo.id) + Buffer.from(branch).toString('base64url'),
      name: branch,
      prefix: 'refs/heads/',
      target: () => commitNode(repo, commit),
    };
  };

  /** `REF:PATH`, `REF` alone (a commit), where REF is a branch, HEAD or a full sha. */
  const objectAt = (repo: RepoRecord, expression: string): Node | null => {
    const colon = expression.indexOf(':');
    const ref = colon < 0 ? expression : expression.slice(0, colon);
    const commit = world.resolve(repo, ref || 'HEAD');
    if (!commit) return null;
    if (colon < 0) return commitNode(repo, commit);
    const path = trimChars(expression.slice(colon + 1), '/', 'both');
    const blob = commit.files.get(path);
    if (blob) return blobNode(repo, blob);
    const tree = commit.dirs.get(path);
    return tree ? treeNode(repo, path, tree) : null;
  };

  const repositoryNode = (repo: RepoRecord): Node => ({
    __typename: 'Repository',
    id: repo.nodeId,
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: repo.fullName,
    isArchived: repo.archived,
    isFork: repo.fork,
    isPrivate: repo.private,
    visibility: repo.private ? 'PRIVATE' : 'PUBLIC',
    url: html(repo),
    pushedAt: repo.pushedAt,
    createdAt: repo.createdAt,
    owner: () => ({
      __typename: repo.owner.type === 'Organization' ? 'Organization' : 'User',
      login: repo.owner.login,
      id: repo.owner.nodeId,
    }),
    defaultBranchRef: () => refNode(repo, repo.defaultBranch),
    ref: ({ qualifiedName }: { qualifiedName: string }) => {
      if (qualifiedName.startsWith('refs/') && !qualifiedName.startsWith('refs/heads/')) return null;
      return refNode(repo, qualifiedName.replace(/^refs\/heads\//, ''));
    },
    pullRequests: (
      args: PageArgs & {
        headRefName?: string;
        baseRefName?: string;
        states?: ('OPEN' | 'CLOSED' | 'MERGED')[];
        orderBy?: { field: 'CREATED_AT' | 'UPDATED_AT'; direction: 'ASC' | 'DESC' };
      },
    ) => {
      const { field = 'CREATED_AT', direction = 'ASC' } = args.orderBy ?? {};
      const pulls = [...repo.issues.values()]
        .filter((i) => i.pull && i.pull.headRepo === repo)
        .filter((i) => args.headRefName === undefined || i.pull!.headRef === args.headRefName)
        .filter((i) => args.baseRefName === undefined || i.pull!.baseRef === args.baseRefName)
        .map((i) => pullRequestNode(repo, i))
        .filter((p) => !args.states || args.states.includes(p.state as 'OPEN'));
      const key = (p: Node) => {
        const issue = repo.issues.get(p.number as number)!;
        return (field === 'UPDATED_AT' ? issue.updatedAt : issue.createdAt) + String(issue.number).padStart(9, '0');
      };
      pulls.sort((a, b) => (key(a) < key(b) ? -1 : 1) * (direction === 'DESC' ? -1 : 1));
      return connection('PullRequestConnection', pulls, args);
    },
    object: ({ expression, oid }: { expression?: string; oid?: string }) => {
      if (oid) {
        const commit = world.git.commit(oid);
        if (commit) return commitNode(repo, commit);
        return world.git.blob(oid) ? blobNode(repo, oid) : null;
      }
      return expression === undefined ? null : objectAt(repo, expression);
    },
  });

  return { repositoryNode, refNode, commitNode };
}

export type Nodes = ReturnType<typeof createNodes>;
