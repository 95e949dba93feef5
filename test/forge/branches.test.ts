/**
 * The forge's campaign verbs on GitHub, against the GitHub double: one branch read in many
 * repositories at once, with who made its head and its pull requests; a branch made again on the
 * default branch only if nobody pushed meanwhile; a branch deleted only if it did not move; pull
 * requests re-opened, labelled and given to a team.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Forge } from '../../app/forge/types.ts';
import type { GithubDouble } from '../github-double/index.ts';
import { forgeAgainst, startDouble } from '../support/github.ts';

const BRANCH = 'callboard/migrate/node-24';
let double: GithubDouble;
let forge: Forge;
const repo = (name: string) => ({ owner: 'acme', name });

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  for (const name of ['a', 'b', 'c']) double.addRepository({ owner: 'acme', name, files: { '.nvmrc': '20\n' } });
  double.addTeam({ org: 'acme', slug: 'team-a' });
  forge = forgeAgainst(double, double.addInstallation({ account: 'acme' }).id).forge;
});
afterAll(() => double.close());

const commit = (name: string) =>
  forge.commitFiles({
    repository: repo(name),
    branch: BRANCH,
    message: 'Move to Node 24',
    createFrom: 'main',
    changes: () => [{ path: '.nvmrc', content: '24\n' }],
  });

describe('a campaign’s branches on GitHub', () => {
  it('reads one branch in every repository in one query: its head, who made it, its pull requests', async () => {
    await commit('a');
    await commit('b');
    const pull = await forge.ensurePullRequest({
      repository: repo('b'),
      head: BRANCH,
      base: 'main',
      title: 'T',
      body: 'B',
    });
    await forge.addLabels(repo('b'), pull.number, ['callboard-migration']);
    await forge.updatePullRequest(repo('b'), pull.number, { state: 'closed' });
    double.reset();
    const [a, b, c, missing] = await forge.branchStates([repo('a'), repo('b'), repo('c'), repo('nope')], BRANCH);
    expect(double.requests.filter((r) => r.graphql)).toHaveLength(1);
    expect(a).toMatchObject({ defaultBranch: 'main', head: { byCallboard: true }, pullRequests: [] });
    expect(a!.head!.parents).toEqual([double.branchHead('acme', 'a', 'main')]);
    expect(b!.pullRequests).toEqual([
      expect.objectContaining({ number: pull.number, state: 'closed', title: 'T', labels: ['callboard-migration'] }),
    ]);
    expect(c).toMatchObject({ pullRequests: [] });
    expect(c!.head).toBeUndefined();
    expect(missing).toBeUndefined();
  });

  it('makes a branch again on the default branch, unless a person pushed to it meanwhile', async () => {
    const [before] = await forge.branchStates([repo('a')], BRANCH);
    double.pushCommit({ owner: 'acme', repo: 'a', branch: 'main', files: { 'README.md': 'moved on\n' } });
    const rewrite = (expectedHead: string) =>
      forge.rewriteBranch({
        repository: repo('a'),
        branch: BRANCH,
        expectedHead,
        message: 'Move to Node 24',
        changes: [{ path: '.nvmrc', content: '24.1\n' }],
      });
    const made = await rewrite(before!.head!.sha);
    expect(made).toMatchObject({ outcome: 'updated' });
    const [after] = await forge.branchStates([repo('a')], BRANCH);
    expect(after!.head).toMatchObject({ byCallboard: true, parents: [double.branchHead('acme', 'a', 'main')] });
    expect(double.readFile('acme', 'a', '.nvmrc', BRANCH)).toBe('24.1\n');
    expect(double.branches('acme', 'a').filter((b) => b.startsWith('callboard-staging/'))).toEqual([]);

    double.pushCommit({ owner: 'acme', repo: 'a', branch: BRANCH, files: { 'NOTES.md': 'mine\n' }, author: 'lin' });
    const [pushed] = await forge.branchStates([repo('a')], BRANCH);
    expect(pushed!.head!.byCallboard).toBe(false);
    expect(await rewrite(after!.head!.sha)).toBe('moved');
    expect(double.readFile('acme', 'a', 'NOTES.md', BRANCH)).toBe('mine\n');
    expect(await forge.deleteBranch(repo('a'), BRANCH, after!.head!.sha)).toBe(false);
    expect(await forge.deleteBranch(repo('a'), BRANCH, pushed!.head!.sha)).toBe(true);
    expect(double.branches('acme', 'a')).not.toContain(BRANCH);
  });

  it('re-opens a pull request, asks a team to review, and takes a team GitHub will not ask quietly', async () => {
    const [b] = await forge.branchStates([repo('b')], BRANCH);
    const number = b!.pullRequests[0]!.number;
    expect(await forge.updatePullRequest(repo('b'), number, { state: 'open', body: 'Again' })).toBe('updated');
    expect(await forge.updatePullRequest(repo('b'), number, { state: 'open', body: 'Again' })).toBe('unchanged');
    expect(await forge.requestTeamReview(repo('b'), number, 'team-a')).toBe('updated');
    expect(await forge.requestTeamReview(repo('b'), number, 'no-such-team')).toBe('unchanged');
    expect(double.pullRequests('acme', 'b')[0]).toMatchObject({
      state: 'open',
      body: 'Again',
      requestedTeams: ['team-a'],
    });
    expect(await forge.repositoryTeams(repo('b'))).toEqual([{ slug: 'team-a', permission: 'push' }]);
  });
});
