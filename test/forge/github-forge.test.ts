/**
 * The GitHub adapter of the forge port against the GitHub double (every request checked against
 * GitHub's OpenAPI description and GraphQL schema): each verb, its idempotence, and compare-and-swap.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Forge } from '../../app/forge/types.ts';
import type { GithubDouble } from '../github-double/index.ts';
import { forgeAgainst, startDouble } from '../support/github.ts';

let double: GithubDouble;
let forge: Forge;
const repo = { owner: 'acme', name: 'artist-lookup' };

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  double.addRepository({
    owner: 'acme',
    name: 'artist-lookup',
    files: { 'catalog-info.yaml': 'kind: Component\n', 'docs/index.md': '# Docs\n' },
  });
  double.addRepository({
    owner: 'acme',
    name: 'playback',
    defaultBranch: 'trunk',
    files: { 'catalog-info.yaml': 'kind: Location\n' },
  });
  double.addRepository({ owner: 'acme', name: 'old', archived: true });
  double.addRepository({ owner: 'other', name: 'secret', files: { 'catalog-info.yaml': 'x' } });
  double.addTeam({ org: 'acme', slug: 'engineering', members: ['ada'] });
  double.addTeam({ org: 'acme', slug: 'team-a', parent: 'engineering', members: ['lin', 'bo'] });
  double.setPermission({ owner: 'acme', repo: 'artist-lookup', login: 'lin', permission: 'write' });
  double.setPermission({ owner: 'acme', repo: 'artist-lookup', login: 'guest', permission: 'read' });
  const { id } = double.addInstallation({ account: 'acme' });
  forge = forgeAgainst(double, id).forge;
});
afterEach(() => {
  double.reset();
});
afterAll(() => double.close());

describe('the GitHub forge', () => {
  it("lists the installation's repositories", async () => {
    const repos = await forge.listRepositories();
    expect(repos.map((r) => [r.fullName, r.defaultBranch, r.archived])).toEqual([
      ['acme/artist-lookup', 'main', false],
      ['acme/old', 'main', true],
      ['acme/playback', 'trunk', false],
    ]);
  });

  it('looks up repositories by name in one GraphQL request: one it cannot see, or of another owner, is not found', async () => {
    const found = await forge.getRepositories([
      repo,
      { owner: 'acme', name: 'playback' },
      { owner: 'acme', name: 'nope' },
      { owner: 'other', name: 'secret' },
    ]);
    expect(found.map((r) => r && [r.fullName, r.defaultBranch, r.archived, typeof r.pushedAt])).toEqual([
      ['acme/artist-lookup', 'main', false, 'string'],
      ['acme/playback', 'trunk', false, 'string'],
      undefined,
      undefined,
    ]);
    expect(double.requests.filter((r) => r.graphql).length).toBe(1);
    const [listed] = (await forge.listRepositories()).filter((r) => r.name === 'artist-lookup');
    expect(found[0]).toEqual(listed);
  });

  it('reads files from several repositories in one GraphQL request; missing and inaccessible files come back without text', async () => {
    const files = await forge.readFiles([
      { repository: repo, path: 'catalog-info.yaml' },
      { repository: repo, path: 'docs/index.md' },
      { repository: { owner: 'acme', name: 'playback' }, path: 'catalog-info.yaml' },
      { repository: repo, path: 'missing.yaml' },
      { repository: { owner: 'other', name: 'secret' }, path: 'catalog-info.yaml' },
    ]);
    expect(files.map((f) => f.text)).toEqual([
      'kind: Component\n',
      '# Docs\n',
      'kind: Location\n',
      undefined,
      undefined,
    ]);
    expect(double.requests.filter((r) => r.graphql).length).toBe(1);
  });

  it('reads 250 repositories in 3 requests (100 per query), and halves a batch GitHub keeps failing', async () => {
    for (let i = 0; i < 250; i++)
      double.addRepository({ owner: 'acme', name: `bulk-${i}`, files: { 'catalog-info.yaml': `n: ${i}\n` } });
    const requests = Array.from({ length: 250 }, (_, i) => ({
      repository: { owner: 'acme', name: `bulk-${i}` },
      path: 'catalog-info.yaml',
    }));
    const files = await forge.readFiles(requests);
    expect(files.map((f) => f.text)).toEqual(requests.map((_, i) => `n: ${i}\n`));
    expect(double.requests.filter((r) => r.graphql)).toHaveLength(3);
    double.reset();
    // Four failures outlast plugin-retry's three retries: the first batch of 100 is split into two of 50.
    double.faults.add({ kind: 'status', status: 502, count: 4, match: { graphql: 'query' } });
    const again = await forge.readFiles(requests);
    expect(again.map((f) => f.text)).toEqual(files.map((f) => f.text));
    expect(double.requests.filter((r) => r.graphql).map((r) => r.status)).toEqual([
      502, 502, 502, 502, 200, 200, 200, 200,
    ]);
  });

  it('commits several files atomically, creating the branch only when there is something to commit', async () => {
    const none = await forge.commitFiles({
      repository: repo,
      branch: 'callboard/x',
      message: 'nothing',
      changes: () => [{ path: 'docs/index.md', content: '# Docs\n' }],
    });
    expect(none.outcome).toBe('unchanged');
    expect(double.branchHead('acme', 'artist-lookup', 'callboard/x')).toBeUndefined();
    const made = await forge.commitFiles({
      repository: repo,
      branch: 'callboard/x',
      message: 'Add owners\n\nBecause every service needs one.',
      changes: () => [
        { path: 'OWNERS', content: 'team-a\n' },
        { path: 'docs/index.md', content: null },
      ],
    });
    expect(made.outcome).toBe('created');
    expect(double.readFile('acme', 'artist-lookup', 'OWNERS', 'callboard/x')).toBe('team-a\n');
    expect(double.readFile('acme', 'artist-lookup', 'docs/index.md', 'callboard/x')).toBeUndefined();
    const [commit] = double.commits('acme', 'artist-lookup', 'callboard/x');
    expect(commit).toMatchObject({
      sha: made.sha,
      message: 'Add owners\n\nBecause every service needs one.',
      author: 'callboard[bot]',
    });
  });

  it("recomputes and retries when the branch moves between read and write, keeping the other writer's commit", async () => {
    double.faults.add({ kind: 'move-ref', owner: 'acme', repo: 'artist-lookup', branch: 'main', count: 2 });
    const heads: string[] = [];
    const result = await forge.commitFiles({
      repository: repo,
      branch: 'main',
      message: 'Count the concurrent files',
      changes: (head) => {
        heads.push(head.sha);
        const files = ['concurrent/1.txt', 'concurrent/2.txt'].filter(
          (p) => double.readFile('acme', 'artist-lookup', p, head.sha) !== undefined,
        );
        return [{ path: 'COUNT', content: `${files.length}\n` }];
      },
    });
    expect(result).toMatchObject({ outcome: 'updated', retries: 2 });
    expect(new Set(heads).size).toBe(3);
    expect(double.readFile('acme', 'artist-lookup', 'COUNT')).toBe('2\n');
    expect(
      double
        .commits('acme', 'artist-lookup', 'main')
        .slice(0, 3)
        .map((c) => c.message.split('\n')[0]),
    ).toEqual(['Count the concurrent files', expect.any(String), expect.any(String)]);
  });

  it('opens one pull request per branch, updates it in place, and leaves a closed one closed', async () => {
    const request = { repository: repo, head: 'callboard/x', base: 'main', title: 'Add owners', body: 'Body' };
    const opened = await forge.ensurePullRequest(request);
    expect(opened).toMatchObject({ outcome: 'created', state: 'open' });
    expect(await forge.ensurePullRequest(request)).toMatchObject({ outcome: 'unchanged', number: opened.number });
    expect(await forge.ensurePullRequest({ ...request, body: 'New body' })).toMatchObject({
      outcome: 'updated',
      number: opened.number,
    });
    expect(double.pullRequests('acme', 'artist-lookup').filter((p) => p.head === 'callboard/x')).toHaveLength(1);
    expect(await forge.listPullRequestFiles(repo, opened.number)).toEqual(
      expect.arrayContaining([
        { path: 'OWNERS', status: 'added' },
        { path: 'docs/index.md', status: 'removed' },
      ]),
    );
  });

  it('writes a check run with annotations in batches of 50, and leaves an identical one alone', async () => {
    const headSha = double.branchHead('acme', 'artist-lookup', 'main')!;
    const annotations = Array.from({ length: 120 }, (_, i) => ({
      path: 'catalog-info.yaml',
      startLine: i + 1,
      endLine: i + 1,
      level: 'failure' as const,
      message: `problem ${i}`,
    }));
    const check = {
      repository: repo,
      headSha,
      name: 'Callboard / descriptors',
      status: 'completed' as const,
      conclusion: 'failure' as const,
      title: '120 errors',
      summary: 'x'.repeat(70_000),
      annotations,
    };
    const first = await forge.ensureCheckRun(check);
    expect(first.outcome).toBe('created');
    const [run] = double.checkRuns('acme', 'artist-lookup');
    expect(run).toMatchObject({ name: 'Callboard / descriptors', status: 'completed', conclusion: 'failure' });
    expect(run!.annotations).toHaveLength(120);
    expect(run!.summary!.length).toBeLessThanOrEqual(65_535);
    expect(run!.summary).toContain('Truncated');
    expect(await forge.ensureCheckRun(check)).toEqual({ outcome: 'unchanged', id: first.id });
    const second = await forge.ensureCheckRun({ ...check, conclusion: 'success', title: 'fixed', annotations: [] });
    expect(second.outcome).toBe('updated');
    expect(double.checkRuns('acme', 'artist-lookup')).toHaveLength(2);
  });

  it("keeps one sticky comment per marker, never touching a human's comment that quotes the marker", async () => {
    const pr = double.openPullRequest({
      owner: 'acme',
      repo: 'artist-lookup',
      head: 'feature',
      files: { 'a.txt': 'a' },
      author: 'lin',
    }).number;
    double.addComment({
      owner: 'acme',
      repo: 'artist-lookup',
      number: pr,
      body: 'quoting <!-- callboard:ownership -->',
      author: 'lin',
    });
    const comment = { repository: repo, number: pr, marker: 'ownership', body: 'Owned by team-a' };
    expect((await forge.ensureComment(comment)).outcome).toBe('created');
    expect((await forge.ensureComment(comment)).outcome).toBe('unchanged');
    expect((await forge.ensureComment({ ...comment, body: 'Owned by team-b' })).outcome).toBe('updated');
    const mine = () => double.comments('acme', 'artist-lookup', pr).filter((c) => c.author === 'callboard[bot]');
    expect(mine()).toHaveLength(1);
    expect(mine()[0]!.body).toBe('Owned by team-b\n<!-- callboard:ownership -->');
    expect((await forge.ensureComment({ ...comment, body: null })).outcome).toBe('deleted');
    expect(mine()).toHaveLength(0);
    expect(double.comments('acme', 'artist-lookup', pr).map((c) => c.author)).toEqual(['lin']);
  });

  it('keeps one issue per marker', async () => {
    const issue = {
      repository: repo,
      marker: 'migration:node-24',
      title: 'Node 24 migration',
      body: '0 of 3 migrated',
      labels: ['callboard'],
    };
    const created = await forge.ensureIssue(issue);
    expect(created.outcome).toBe('created');
    expect((await forge.ensureIssue(issue)).outcome).toBe('unchanged');
    expect(await forge.ensureIssue({ ...issue, body: '1 of 3 migrated' })).toMatchObject({
      outcome: 'updated',
      number: created.number,
    });
    expect(double.issues('acme', 'artist-lookup').filter((i) => i.title === 'Node 24 migration')).toHaveLength(1);
  });

  it('lists teams with parents and members, and tells who may write', async () => {
    expect(await forge.listTeams('acme')).toEqual([
      { slug: 'engineering', name: 'engineering', members: ['ada'] },
      { slug: 'team-a', name: 'team-a', parent: 'engineering', members: ['bo', 'lin'] },
    ]);
    expect(await forge.canWrite(repo, 'lin')).toBe(true);
    expect(await forge.canWrite(repo, 'guest')).toBe(false);
    expect(await forge.canWrite(repo, 'stranger')).toBe(false);
  });
});
