/**
 * Conditional reads against the GitHub double (which answers `If-None-Match` with a 304 that costs
 * no rate limit, as GitHub does): an unchanged answer is served from memory for free, a changed one
 * is read again, and installations sharing one cache never see each other's answers.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createResponseCache } from '../../app/forge/github/conditional-requests.ts';
import { createGithubForge } from '../../app/forge/github/github-forge.ts';
import type { GithubDouble } from '../github-double/index.ts';
import { APP, installationOctokit, startDouble } from '../support/github.ts';

let double: GithubDouble;
let acme: number;
let other: number;
const svc = { owner: 'acme', name: 'svc' };

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  double.addOrganization('other');
  double.addRepository({ owner: 'acme', name: 'svc', files: { 'catalog-info.yaml': 'kind: Component\n' } });
  double.addRepository({ owner: 'other', name: 'tools', files: { 'README.md': '#\n' } });
  double.addTeam({ org: 'acme', slug: 'team-a', members: ['lin'] });
  for (let i = 0; i < 130; i++) double.addRepository({ owner: 'acme', name: `repo-${i}` });
  acme = double.addInstallation({ account: 'acme' }).id;
  other = double.addInstallation({ account: 'other' }).id;
});
afterEach(() => {
  double.reset();
});
afterAll(() => double.close());

const remaining = async (octokit: ReturnType<typeof installationOctokit>) =>
  (await octokit.request('GET /rate_limit')).data.resources.core.remaining;
const forgeOf = (octokit: ReturnType<typeof installationOctokit>) =>
  createGithubForge({ octokit, identity: { appId: APP.id, login: `${APP.slug}[bot]` } });

describe('conditional reads', () => {
  it('asks for a head again for free while it has not moved, and sees a push at once', async () => {
    const octokit = installationOctokit(double, acme);
    const forge = forgeOf(octokit);
    const first = await forge.headCommit(svc);
    expect(first).toMatch(/^[0-9a-f]{40}$/);
    const before = await remaining(octokit);
    octokit.requestCounts.reset();
    expect(await forge.headCommit(svc)).toBe(first);
    expect(octokit.requestCounts.get()).toMatchObject({ total: 1, notModified: 1 });
    expect(await remaining(octokit)).toBe(before);

    const pushed = double.pushCommit({ owner: 'acme', repo: 'svc', branch: 'main', files: { 'README.md': '# svc\n' } });
    expect(await forge.headCommit(svc)).toBe(pushed);
    expect(await remaining(octokit)).toBe(before - 1);
  });

  it("lists a commit's files once: a tree asked by its full SHA is not asked again, a branch is", async () => {
    const octokit = installationOctokit(double, acme);
    const forge = forgeOf(octokit);
    const sha = (await forge.headCommit(svc))!;
    const listing = await forge.listFiles(svc, sha);
    expect(listing?.paths).toContain('catalog-info.yaml');
    octokit.requestCounts.reset();
    expect(await forge.listFiles(svc, sha)).toEqual(listing);
    expect(octokit.requestCounts.get().total).toBe(0);
    await forge.listFiles(svc, 'main');
    await forge.listFiles(svc, 'main');
    expect(octokit.requestCounts.get()).toMatchObject({ total: 2, notModified: 1 });
  });

  it('names no head for a missing repository or a missing ref', async () => {
    const forge = forgeOf(installationOctokit(double, acme));
    expect(await forge.headCommit({ owner: 'acme', name: 'nope' })).toBeUndefined();
    expect(await forge.headCommit(svc, 'no-such-branch')).toBeUndefined();
  });

  it('serves unchanged pages of a paginated listing from memory, across the Octokits of one installation', async () => {
    const responses = createResponseCache();
    const first = installationOctokit(double, acme, responses);
    const teams = await forgeOf(first).listTeams('acme');
    // Probot makes a new Octokit for each token: the shared cache still answers.
    const second = installationOctokit(double, acme, responses);
    second.requestCounts.reset();
    expect(await forgeOf(second).listTeams('acme')).toEqual(teams);
    const { byRoute, notModified } = second.requestCounts.get();
    // Every read was a 304; the one other request buys the new Octokit its token.
    const reads = Object.entries(byRoute)
      .filter(([route]) => route.startsWith('GET '))
      .reduce((n, [, count]) => n + count, 0);
    expect(reads).toBeGreaterThan(0);
    expect(notModified).toBe(reads);
  });

  it("answers each caller afresh: Octokit's paginate rewrites the pages it is given, and the next caller still gets every repository", async () => {
    const octokit = installationOctokit(double, acme);
    const forge = forgeOf(octokit);
    const first = await forge.listRepositories();
    expect(first.length).toBeGreaterThan(130);
    octokit.requestCounts.reset();
    expect(await forge.listRepositories()).toEqual(first);
    expect(octokit.requestCounts.get()).toMatchObject({ total: 2, notModified: 2 });
  });

  it("never answers one installation from another installation's reads", async () => {
    const responses = createResponseCache();
    const mine = installationOctokit(double, acme, responses);
    await mine.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: 'acme',
      repo: 'svc',
      path: 'catalog-info.yaml',
    });
    const theirs = installationOctokit(double, other, responses);
    await expect(
      theirs.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner: 'acme',
        repo: 'svc',
        path: 'catalog-info.yaml',
      }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('keeps no answer larger than its share of the cache', async () => {
    const responses = createResponseCache(800);
    const octokit = installationOctokit(double, acme, responses);
    await octokit.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'svc' });
    expect(responses.size).toBe(0);
    octokit.requestCounts.reset();
    await octokit.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'svc' });
    expect(octokit.requestCounts.get().notModified).toBe(0);
  });
});
