import { ProbotOctokit } from 'probot';
import { describe, expect, it } from 'vitest';
import { APP_ID, PRIVATE_KEY, graphql, useDouble } from './fixture.ts';

let installation = 0;

const fixture = useDouble((double) => {
  double.addOrganization('acme');
  double.addRepository({ owner: 'acme', name: 'svc', files: { 'catalog-info.yaml': 'kind: Component\n' } });
  installation = double.addInstallation({ account: 'acme' }).id;
});

const COMMIT = `mutation($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid } } }`;
const commitInput = (expectedHeadOid: string) => ({
  input: {
    branch: { repositoryNameWithOwner: 'acme/svc', branchName: 'main' },
    message: { headline: 'Update' },
    fileChanges: {
      additions: [{ path: 'catalog-info.yaml', contents: Buffer.from('kind: API\n').toString('base64') }],
    },
    expectedHeadOid,
  },
});

describe('faults', () => {
  it('status: a 5xx burst on the matching route, for `count` requests, then normal answers', async () => {
    const token = await fixture.token(installation);
    const fault = fixture.double.faults.add({
      kind: 'status',
      status: 502,
      count: 2,
      match: { method: 'GET', route: '/repos/{owner}/{repo}' },
    });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fixture.fetch('/repos/acme/svc', { token })).status);
    expect((await fixture.fetch('/repos/acme/svc/contents/catalog-info.yaml', { token })).status).toBe(200);
    expect(statuses).toEqual([502, 502, 200]);
    expect(fault.remaining()).toBe(0);
    expect(fixture.double.requests.filter((r) => r.route === '/repos/{owner}/{repo}').map((r) => r.status)).toEqual([
      502, 502, 200,
    ]);
  });

  it('secondary-rate-limit: 403 or 429 with GitHub message and retry-after, which Octokit throttling reads', async () => {
    fixture.double.faults.add({
      kind: 'secondary-rate-limit',
      status: 403,
      retryAfter: 7,
      count: 1,
      match: { route: '/repos/{owner}/{repo}' },
    });
    let retryAfter = 0;
    const throttled = new ProbotOctokit({
      baseUrl: `${fixture.double.url}/api/v3`,
      auth: { appId: APP_ID, privateKey: PRIVATE_KEY, installationId: installation },
      retry: { enabled: false },
      throttle: {
        onSecondaryRateLimit: (after: number) => ((retryAfter = after), false),
        onRateLimit: () => false,
      },
    });
    await expect(throttled.rest.repos.get({ owner: 'acme', repo: 'svc' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining(
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      ),
    });
    expect(retryAfter).toBe(7);
    const token = await fixture.token(installation);
    fixture.double.faults.add({
      kind: 'secondary-rate-limit',
      status: 429,
      count: 1,
      match: { route: '/repos/{owner}/{repo}' },
    });
    const answer = await fixture.fetch('/repos/acme/svc', { token });
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBeNull();
  });

  it('primary-rate-limit: 403 with x-ratelimit-remaining 0 for REST, HTTP 200 RATE_LIMITED for GraphQL', async () => {
    const token = await fixture.token(installation);
    fixture.double.faults.add({ kind: 'primary-rate-limit', resetInSeconds: 60, count: 2 });
    const rest = await fixture.fetch('/repos/acme/svc', { token });
    expect(rest.status).toBe(403);
    expect(rest.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(rest.headers.get('x-ratelimit-reset')) - Date.now() / 1000).toBeGreaterThan(55);
    expect(await rest.json()).toMatchObject({
      message: `API rate limit exceeded for installation ID ${installation}.`,
    });
    const gql = await graphql(fixture, token, '{ rateLimit { remaining } }');
    expect(gql.status).toBe(200);
    expect(gql.body.errors).toMatchObject([{ type: 'RATE_LIMITED' }]);
    expect((await fixture.fetch('/repos/acme/svc', { token })).status).toBe(200);
  });

  it('delay: answers slowly, then normally', async () => {
    const token = await fixture.token(installation);
    fixture.double.faults.add({ kind: 'delay', ms: 150, count: 1, match: { graphql: 'query' } });
    const started = performance.now();
    const { status, body } = await graphql(fixture, token, '{ repository(owner: "acme", name: "svc") { name } }');
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
    expect(status).toBe(200);
    expect(body.data).toEqual({ repository: { name: 'svc' } });
    expect(fixture.double.requests.at(-1)?.durationMs).toBeGreaterThanOrEqual(145);
  });

  it('drop-connection: the socket closes without an answer, recorded with status 0', async () => {
    const token = await fixture.token(installation);
    fixture.double.faults.add({ kind: 'drop-connection', count: 1, match: { route: 'repository' } });
    await expect(graphql(fixture, token, '{ repository(owner: "acme", name: "svc") { name } }')).rejects.toThrow();
    expect(fixture.double.requests.at(-1)).toMatchObject({
      route: '/graphql',
      status: 0,
      graphql: { rootFields: ['repository'] },
    });
    expect((await graphql(fixture, token, '{ repository(owner: "acme", name: "svc") { name } }')).status).toBe(200);
  });

  it('lose-answer: the write is carried out, but the client gets no answer', async () => {
    const token = await fixture.token(installation);
    const head = fixture.double.branchHead('acme', 'svc', 'main') ?? '';
    fixture.double.faults.add({ kind: 'lose-answer', count: 1, match: { graphql: 'mutation' } });
    await expect(graphql(fixture, token, COMMIT, commitInput(head))).rejects.toThrow();
    expect(fixture.double.requests.at(-1)).toMatchObject({ route: '/graphql', status: 0 });
    expect(fixture.double.branchHead('acme', 'svc', 'main')).not.toBe(head);
  });

  it('match: only GraphQL mutations, only the named route, and clear() removes what is left', async () => {
    const token = await fixture.token(installation);
    fixture.double.faults.add({ kind: 'status', status: 503, count: 5, match: { graphql: 'mutation' } });
    expect((await graphql(fixture, token, '{ rateLimit { remaining } }')).status).toBe(200);
    const head = fixture.double.branchHead('acme', 'svc', 'main') ?? '';
    expect((await graphql(fixture, token, COMMIT, commitInput(head))).status).toBe(503);
    fixture.double.faults.clear();
    expect((await graphql(fixture, token, COMMIT, commitInput(head))).status).toBe(200);
  });

  it('move-ref: another writer pushes just before each compare-and-swap, so it fails', async () => {
    const token = await fixture.token(installation);
    const client = fixture.client(installation);
    const fault = fixture.double.faults.add({ kind: 'move-ref', owner: 'acme', repo: 'svc', branch: 'main', count: 2 });
    const head = fixture.double.branchHead('acme', 'svc', 'main') ?? '';
    const stale = await graphql(fixture, token, COMMIT, commitInput(head));
    expect(stale.body.errors).toMatchObject([
      { type: 'STALE_DATA', message: `Expected branch to point to "${head}" but it did not. Pull and try again.` },
    ]);
    expect(fixture.double.readFile('acme', 'svc', 'concurrent/1.txt')).toBeDefined();
    expect(fixture.double.commits('acme', 'svc', 'main')[0]?.author).toBe('concurrent-writer');

    // A fast-forward of main, prepared in good faith; the concurrent writer gets in first.
    const beforeWrite = fixture.double.branchHead('acme', 'svc', 'main') ?? '';
    await client.rest.git.createRef({ owner: 'acme', repo: 'svc', ref: 'refs/heads/next', sha: beforeWrite });
    const next = fixture.double.pushCommit({
      owner: 'acme',
      repo: 'svc',
      branch: 'next',
      files: { 'next.txt': 'next\n' },
    });
    await expect(
      client.rest.git.updateRef({ owner: 'acme', repo: 'svc', ref: 'heads/main', sha: next }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Update is not a fast forward'),
    });
    expect(fixture.double.readFile('acme', 'svc', 'concurrent/2.txt')).toBeDefined();
    expect(fault.remaining()).toBe(0);
    const fresh = fixture.double.branchHead('acme', 'svc', 'main') ?? '';
    expect((await graphql(fixture, token, COMMIT, commitInput(fresh))).body.errors).toBeUndefined();
  });
});
