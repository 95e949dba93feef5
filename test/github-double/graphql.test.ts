import { describe, expect, it } from 'vitest';
import { graphql, useDouble } from './fixture.ts';

let installation = 0;
const BIG = 'x'.repeat(600 * 1024);

const fixture = useDouble((double) => {
  double.addOrganization('acme');
  double.addOrganization('other');
  double.addRepository({
    owner: 'acme',
    name: 'a',
    files: { 'catalog-info.yaml': 'kind: Component\nmetadata:\n  name: a\n', 'docs/x.md': 'x', 'big.txt': BIG },
  });
  double.addRepository({
    owner: 'acme',
    name: 'b',
    defaultBranch: 'trunk',
    fork: true,
    private: true,
    files: { 'catalog-info.yaml': 'kind: API\n' },
  });
  double.addRepository({ owner: 'acme', name: 'write', files: { 'keep.txt': 'keep\n', 'drop.txt': 'drop\n' } });
  double.addRepository({ owner: 'other', name: 'c', files: { 'catalog-info.yaml': 'kind: System\n' } });
  installation = double.addInstallation({ account: 'acme' }).id;
});

const COMMIT = `mutation($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } ref { name target { oid } } }
}`;

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('GraphQL reads', () => {
  it('reads many repositories in one aliased query, as Callboard does', async () => {
    const token = await fixture.token(installation);
    const { status, body } = await graphql(
      fixture,
      token,
      `query {
      r0: repository(owner: "acme", name: "a") {
        nameWithOwner isArchived isFork isPrivate visibility url
        defaultBranchRef { name target { oid ... on Commit { oid } } }
        f0: object(expression: "HEAD:catalog-info.yaml") { ... on Blob { text byteSize isBinary isTruncated oid } }
        f1: object(expression: "HEAD:missing.yaml") { ... on Blob { text } }
      }
      r1: repository(owner: "other", name: "c") { f0: object(expression: "HEAD:catalog-info.yaml") { ... on Blob { text } } }
      r2: repository(owner: "acme", name: "b") { isFork isPrivate visibility f0: object(expression: "trunk:catalog-info.yaml") { ... on Blob { text } } }
      rateLimit { cost limit remaining used resetAt }
    }`,
    );
    expect(status).toBe(200);
    const data = body.data as Record<string, Record<string, unknown> | null>;
    expect(data.r0).toMatchObject({
      nameWithOwner: 'acme/a',
      isArchived: false,
      visibility: 'PUBLIC',
      defaultBranchRef: { name: 'main', target: { oid: fixture.double.branchHead('acme', 'a', 'main') } },
      f0: { text: 'kind: Component\nmetadata:\n  name: a\n', byteSize: 36, isBinary: false, isTruncated: false },
      f1: null,
    });
    expect(data.r1).toBeNull();
    expect(data.r2).toMatchObject({
      isFork: true,
      isPrivate: true,
      visibility: 'PRIVATE',
      f0: { text: 'kind: API\n' },
    });
    expect(data.rateLimit).toMatchObject({ cost: 1, limit: 5000, remaining: 4999, used: 1 });
    expect(body.errors).toEqual([
      {
        type: 'NOT_FOUND',
        path: ['r1'],
        locations: [{ line: 8, column: 7 }],
        message: "Could not resolve to a Repository with the name 'other/c'.",
      },
    ]);
    expect(fixture.double.requests.at(-1)).toMatchObject({
      route: '/graphql',
      graphql: { mutation: false, rootFields: ['repository', 'repository', 'repository', 'rateLimit'] },
    });
  });

  it('reads trees, refs, commits by sha, and truncates big blobs at 512 KiB', async () => {
    const client = fixture.client(installation);
    const head = fixture.double.branchHead('acme', 'a', 'main');
    const result = await client.graphql<{ repository: Record<string, Record<string, unknown> | null> }>(
      `query($sha: String!) { repository(owner: "acme", name: "a") {
        root: object(expression: "HEAD:") { ... on Tree { entries { name path type } } }
        docs: object(expression: "main:docs") { ... on Tree { entries { name path type oid } } }
        big: object(expression: "HEAD:big.txt") { ... on Blob { byteSize isTruncated text } }
        commit: object(expression: $sha) { ... on Commit { oid } }
        ref(qualifiedName: "refs/heads/main") { name target { oid } }
        none: ref(qualifiedName: "refs/heads/none") { name }
      } }`,
      { sha: head },
    );
    const repo = result.repository;
    expect(repo.root?.entries).toEqual([
      { name: 'big.txt', path: 'big.txt', type: 'blob' },
      { name: 'catalog-info.yaml', path: 'catalog-info.yaml', type: 'blob' },
      { name: 'docs', path: 'docs', type: 'tree' },
    ]);
    expect(repo.docs?.entries).toMatchObject([{ name: 'x.md', path: 'docs/x.md', type: 'blob' }]);
    expect(repo.big).toMatchObject({ byteSize: BIG.length, isTruncated: true });
    expect(String(repo.big?.text).length).toBe(512 * 1024);
    expect(repo.commit).toEqual({ oid: head });
    expect(repo.ref).toEqual({ name: 'main', target: { oid: head } });
    expect(repo.none).toBeNull();
  });

  it("reads a commit's file, and its check suites and runs as pages that must be bounded", async () => {
    const client = fixture.client(installation);
    const head = fixture.double.branchHead('acme', 'a', 'main')!;
    for (const text of ['old', 'new'])
      await client.request('POST /repos/{owner}/{repo}/check-runs', {
        owner: 'acme',
        repo: 'a',
        name: 'lint',
        head_sha: head,
        conclusion: 'success',
        output: { title: text, summary: text },
      });
    const result = await client.graphql<{ repository: { object: Record<string, unknown> } }>(
      `query { repository(owner: "acme", name: "a") { object(expression: "main") { ... on Commit {
        file(path: "docs/x.md") { path type object { ... on Blob { text } } }
        none: file(path: "nope.md") { path }
        checkSuites(first: 5, filterBy: { checkName: "lint" }) { totalCount pageInfo { hasNextPage } nodes { app { slug }
          latest: checkRuns(first: 5, filterBy: { checkName: "lint" }) { nodes { title status conclusion } }
          all: checkRuns(first: 1, filterBy: { checkType: ALL }) { totalCount pageInfo { hasNextPage } nodes { title } }
          oldest: checkRuns(last: 1, filterBy: { checkType: ALL }) { pageInfo { hasPreviousPage } nodes { title } } } }
        other: checkSuites(first: 5, filterBy: { checkName: "build" }) { totalCount }
      } } } }`,
    );
    expect(result.repository.object).toEqual({
      file: { path: 'docs/x.md', type: 'blob', object: { text: 'x' } },
      none: null,
      checkSuites: {
        totalCount: 1,
        pageInfo: { hasNextPage: false },
        nodes: [
          {
            app: { slug: 'callboard' },
            latest: { nodes: [{ title: 'new', status: 'COMPLETED', conclusion: 'SUCCESS' }] },
            all: { totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ title: 'new' }] },
            oldest: { pageInfo: { hasPreviousPage: true }, nodes: [{ title: 'old' }] },
          },
        ],
      },
      other: { totalCount: 0 },
    });
    const token = await fixture.token(installation);
    const unbounded = await graphql(
      fixture,
      token,
      `query { repository(owner: "acme", name: "a") { object(expression: "main") { ... on Commit { checkSuites { totalCount } } } } }`,
    );
    expect(unbounded.body.errors).toMatchObject([{ type: 'MISSING_PAGINATION_BOUNDARIES' }]);
    const tooMany = await graphql(
      fixture,
      token,
      `query { repository(owner: "acme", name: "a") { object(expression: "main") { ... on Commit { checkSuites(first: 101) { totalCount } } } } }`,
    );
    expect(tooMany.body.errors).toMatchObject([{ type: 'EXCESSIVE_PAGINATION' }]);
  });
});

describe('createCommitOnBranch', () => {
  it('commits as the app bot when the branch is where the caller expects', async () => {
    const client = fixture.client(installation);
    const head = fixture.double.branchHead('acme', 'write', 'main');
    const result = await client.graphql<{
      createCommitOnBranch: { commit: { oid: string; url: string }; ref: { name: string; target: { oid: string } } };
    }>(COMMIT, {
      input: {
        branch: { repositoryNameWithOwner: 'acme/write', branchName: 'main' },
        message: { headline: 'Update catalog', body: 'By Callboard.' },
        fileChanges: {
          additions: [{ path: 'catalog-info.yaml', contents: b64('kind: Component\n') }],
          deletions: [{ path: 'drop.txt' }],
        },
        expectedHeadOid: head,
      },
    });
    const { commit, ref } = result.createCommitOnBranch;
    expect(ref).toEqual({ name: 'main', target: { oid: commit.oid } });
    expect(commit.url).toBe(`${fixture.double.url}/acme/write/commit/${commit.oid}`);
    expect(fixture.double.readFile('acme', 'write', 'catalog-info.yaml')).toBe('kind: Component\n');
    expect(fixture.double.readFile('acme', 'write', 'drop.txt')).toBeUndefined();
    expect(fixture.double.readFile('acme', 'write', 'keep.txt')).toBe('keep\n');
    expect(fixture.double.commits('acme', 'write', 'main')[0]).toEqual({
      sha: commit.oid,
      message: 'Update catalog\n\nBy Callboard.',
      author: 'callboard[bot]',
      parents: [head],
    });
    expect(fixture.double.requests.at(-1)?.graphql).toEqual({ mutation: true, rootFields: ['createCommitOnBranch'] });
  });

  it('refuses a stale expectedHeadOid with GitHub STALE_DATA error, writing nothing', async () => {
    const token = await fixture.token(installation);
    const stale = fixture.double.branchHead('acme', 'write', 'main') ?? '';
    const moved = fixture.double.pushCommit({
      owner: 'acme',
      repo: 'write',
      branch: 'main',
      files: { 'other.txt': 'other\n' },
    });
    const { status, body } = await graphql(fixture, token, COMMIT, {
      input: {
        branch: { repositoryNameWithOwner: 'acme/write', branchName: 'main' },
        message: { headline: 'x' },
        fileChanges: { additions: [{ path: 'y', contents: b64('y') }] },
        expectedHeadOid: stale,
      },
    });
    expect(status).toBe(200);
    expect(body.data).toEqual({ createCommitOnBranch: null });
    expect(body.errors).toMatchObject([
      {
        type: 'STALE_DATA',
        path: ['createCommitOnBranch'],
        message: `Expected branch to point to "${stale}" but it did not. Pull and try again.`,
      },
    ]);
    expect(fixture.double.branchHead('acme', 'write', 'main')).toBe(moved);
  });

  it('refuses a branch that does not exist, a missing deletion, and a repository outside the installation', async () => {
    const token = await fixture.token(installation);
    const head = fixture.double.branchHead('acme', 'write', 'main');
    const attempt = (repositoryNameWithOwner: string, branchName: string, deletions: { path: string }[] = []) =>
      graphql(fixture, token, COMMIT, {
        input: {
          branch: { repositoryNameWithOwner, branchName },
          message: { headline: 'x' },
          fileChanges: { deletions },
          expectedHeadOid: head,
        },
      });
    expect((await attempt('acme/write', 'nope')).body.errors).toMatchObject([
      { type: 'NOT_FOUND', message: 'A ref named "refs/heads/nope" does not exist.' },
    ]);
    expect((await attempt('acme/write', 'main', [{ path: 'ghost.txt' }])).body.errors).toMatchObject([
      { message: `A path was requested for deletion which does not exist as of commit oid \`${head}\`` },
    ]);
    expect((await attempt('other/c', 'main')).body.errors).toMatchObject([
      { type: 'NOT_FOUND', message: "Could not resolve to a Repository with the name 'other/c'." },
    ]);
    expect(fixture.double.branchHead('acme', 'write', 'main')).toBe(head);
  });
});

describe('GraphQL validation', () => {
  it('refuses a query GitHub would refuse, with HTTP 200 and a violation', async () => {
    const token = await fixture.token(installation);
    const { status, body } = await graphql(
      fixture,
      token,
      'query { repository(owner: "acme", name: "a") { nameWithOwner starGazers } }',
    );
    expect(status).toBe(200);
    expect(body.data).toBeUndefined();
    expect(body.errors).toMatchObject([
      { message: "Field 'starGazers' doesn't exist on type 'Repository'", extensions: { code: 'undefinedField' } },
    ]);
    expect(fixture.expectViolations()).toEqual([
      expect.stringContaining('GitHub would reject the query: Cannot query field "starGazers" on type "Repository"'),
    ]);
  });

  it('fails loudly on a field GitHub has but the double does not implement', async () => {
    const token = await fixture.token(installation);
    const { body } = await graphql(
      fixture,
      token,
      'query { repository(owner: "acme", name: "a") { name stargazerCount } }',
    );
    expect(body.data).toEqual({ repository: null });
    expect(body.errors).toMatchObject([
      { message: 'the double does not implement Repository.stargazerCount', path: ['repository', 'stargazerCount'] },
    ]);
    expect(fixture.expectViolations()).toEqual(['graphql: the double does not implement Repository.stargazerCount']);
  });

  it('wants a token: no credentials is 401', async () => {
    const response = await fixture.fetch('/graphql', {
      method: 'POST',
      body: JSON.stringify({ query: '{ rateLimit { remaining } }' }),
    });
    expect(response.status).toBe(401);
  });
});
