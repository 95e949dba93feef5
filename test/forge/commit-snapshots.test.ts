/**
 * The GitHub forge's commitSnapshots against the double: many commits in one GraphQL query, each
 * pinned to the commit its ref named, with its files and the newest run of one check name from
 * each app. REST's check-run list (`filter=latest`) is the oracle for the runs: both reads must agree.
 */
import { Octokit } from '@octokit/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Forge, RepositoryId } from '../../app/forge/types.ts';
import type { GithubDouble } from '../github-double/index.ts';
import { forgeAgainst, startDouble } from '../support/github.ts';

const FACTS = 'Callboard / CI facts';
let double: GithubDouble;
let forge: Forge;
let octokit: ReturnType<typeof forgeAgainst>['octokit'];
let installationId: number;
const at = (name: string): RepositoryId => ({ owner: 'acme', name });
const graphqlRequests = () => double.requests.filter((r) => r.route === '/graphql').length;

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  for (const name of ['svc-a', 'svc-b', 'svc-c', 'svc-d'])
    double.addRepository({
      owner: 'acme',
      name,
      files: { 'catalog-info.yaml': `name: ${name}\n`, 'README.md': `# ${name}\n` },
    });
  double.addRepository({ owner: 'acme', name: 'big', files: { 'catalog-info.yaml': `${'#'.repeat(600 * 1024)}\n` } });
  installationId = double.addInstallation({ account: 'acme' }).id;
  ({ forge, octokit } = forgeAgainst(double, installationId));
});
afterEach(() => {
  double.faults.clear();
  double.reset();
});
afterAll(() => double.close());

/** A workflow step's check run, written with its GITHUB_TOKEN (GitHub Actions' app). */
async function workflowRun(repo: string, sha: string, text: string) {
  const { token } = double.issueWorkflowToken({ owner: 'acme', repo });
  const client = new Octokit({ auth: token, baseUrl: `${double.url}/api/v3` });
  await client.request('POST /repos/{owner}/{repo}/check-runs', {
    owner: 'acme',
    repo,
    name: FACTS,
    head_sha: sha,
    conclusion: 'neutral',
    output: { title: 'facts', summary: 'facts', text },
  });
}

describe('commit snapshots', () => {
  it('reads several repositories, and a head and its base, in one query, each pinned to its commit', async () => {
    const base = double.branchHead('acme', 'svc-a', 'main')!;
    const head = double.pushCommit({
      owner: 'acme',
      repo: 'svc-a',
      branch: 'feature',
      files: { 'catalog-info.yaml': 'name: svc-a-changed\n' },
    });
    const paths = ['catalog-info.yaml', 'missing.yaml', 'README.md'];
    const snapshots = await forge.commitSnapshots([
      { repository: at('svc-a'), ref: 'feature', paths },
      { repository: at('svc-a'), ref: base, paths },
      { repository: at('svc-b'), ref: 'main', paths: ['catalog-info.yaml'] },
      { repository: at('svc-b'), ref: 'no-such-branch', paths },
      { repository: at('gone'), ref: 'main', paths },
    ]);
    expect(graphqlRequests()).toBe(1);
    expect(snapshots.map((s) => s?.sha)).toEqual([
      head,
      base,
      double.branchHead('acme', 'svc-b', 'main'),
      undefined,
      undefined,
    ]);
    expect(snapshots[0]!.files.map((f) => [f.path, f.text, f.ref])).toEqual([
      ['catalog-info.yaml', 'name: svc-a-changed\n', head],
      ['missing.yaml', undefined, head],
      ['README.md', '# svc-a\n', head],
    ]);
    expect(snapshots[1]!.files[0]!.text).toBe('name: svc-a\n');
    expect(snapshots[0]!.checkRuns).toEqual([]);
  });

  it("brings each app's newest run of the asked name, as REST's list does", async () => {
    const sha = double.branchHead('acme', 'svc-c', 'main')!;
    await workflowRun('svc-c', sha, 'first');
    await workflowRun('svc-c', sha, 'second');
    await forge.ensureCheckRun({
      repository: at('svc-c'),
      headSha: sha,
      name: FACTS,
      status: 'completed',
      conclusion: 'neutral',
      title: 'ours',
      summary: 'ours',
      text: 'ours',
    });
    await forge.ensureCheckRun({
      repository: at('svc-c'),
      headSha: sha,
      name: 'Callboard / other',
      status: 'completed',
      conclusion: 'success',
      title: 'other',
      summary: 'other',
    });
    const [snapshot] = await forge.commitSnapshots([
      { repository: at('svc-c'), ref: 'main', paths: [], checkName: FACTS },
    ]);
    expect(snapshot!.checkRuns.map((r) => [r.app, r.text, r.status, r.conclusion])).toEqual(
      expect.arrayContaining([
        ['github-actions', 'second', 'completed', 'neutral'],
        ['callboard', 'ours', 'completed', 'neutral'],
      ]),
    );
    const rest = await octokit.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
      owner: 'acme',
      repo: 'svc-c',
      ref: sha,
      check_name: FACTS,
      filter: 'latest',
      per_page: 100,
    });
    expect(snapshot!.checkRuns.map((r) => [r.id, r.app, r.text, r.completedAt]).sort()).toEqual(
      rest.map((r) => [r.id, r.app?.slug, r.output.text, r.completed_at]).sort(),
    );
  });

  it('batches by snapshotsPerQuery, and a batch GitHub cannot answer is halved, not lost', async () => {
    const { forge: small } = forgeAgainst(double, installationId, { snapshotsPerQuery: 2 });
    const requests = ['svc-a', 'svc-b', 'svc-c', 'svc-d'].map((name) => ({
      repository: at(name),
      ref: 'main',
      paths: ['catalog-info.yaml'],
    }));
    expect((await small.commitSnapshots(requests)).map((s) => s?.files[0]?.text)).toEqual([
      'name: svc-a\n',
      'name: svc-b\n',
      'name: svc-c\n',
      'name: svc-d\n',
    ]);
    expect(graphqlRequests()).toBe(2);
    double.reset();
    double.faults.add({ kind: 'status', status: 502, count: 4, match: { graphql: 'query' } });
    expect((await forge.commitSnapshots(requests)).map((s) => s?.files[0]?.text)).toEqual([
      'name: svc-a\n',
      'name: svc-b\n',
      'name: svc-c\n',
      'name: svc-d\n',
    ]);
  });

  it('a file too large for GraphQL is read over REST at the pinned commit', async () => {
    const [snapshot] = await forge.commitSnapshots([
      { repository: at('big'), ref: 'main', paths: ['catalog-info.yaml'] },
    ]);
    expect(snapshot!.files[0]!.text?.length).toBe(600 * 1024 + 1);
    expect(double.requests.some((r) => r.route === '/repos/{owner}/{repo}/contents/{path}')).toBe(true);
  });
});
