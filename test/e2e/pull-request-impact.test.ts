/**
 * On every pull request, end to end: the real server (`npm start`) against the GitHub double, an
 * organisation whose catalog the app has built, and signed `pull_request` webhooks. The sticky impact
 * comment names only what a monorepo change touches and is updated in place; a fork's pull request
 * gets the comment and the check. What the check and the comment say of other changes is the job's
 * test (test/features/descriptor-checks/validate-descriptors.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GithubDouble } from '../github-double/index.ts';
import { componentYaml } from '../support/descriptors.ts';
import { startDouble } from '../support/github.ts';
import { installedOn, waitFor, type AppServer } from './app-server.ts';
import { pullRequestPayload } from '../support/payloads.ts';

let double: GithubDouble;
let server: AppServer;
let installationId: number;
const group = (name: string, email: string) =>
  `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: ${name}\nspec:\n  type: team\n  children: []\n  profile:\n    email: ${email}\n`;
const MONO_ROOT = `apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: mono\nspec:\n  targets: [./services/a/catalog-info.yaml, ./services/b/catalog-info.yaml, ./services/c/catalog-info.yaml]\n`;

const impactComments = (repo: string, number: number) =>
  double.comments('acme', repo, number).filter((c) => c.body.includes('callboard:impact'));
const checkOf = (repo: string, sha: string) =>
  double
    .checkRuns('acme', repo)
    .find((r) => r.headSha === sha && r.name === 'Callboard / descriptors' && r.status === 'completed');

async function openPullRequest(repo: string, head: string, files: Record<string, string>, headOwner?: string) {
  const baseSha = double.branchHead('acme', repo, 'main')!;
  const pr = double.openPullRequest({
    owner: 'acme',
    repo,
    head,
    files,
    author: 'lin',
    ...(headOwner ? { headOwner } : {}),
  });
  const target = {
    installationId,
    owner: 'acme',
    repo,
    number: pr.number,
    headSha: pr.headSha,
    head,
    base: 'main',
    baseSha,
    baseUrl: double.url,
    ...(headOwner ? { headOwner } : {}),
  };
  expect((await server.deliver('pull_request', pullRequestPayload('opened', target))).status).toBe(200);
  await waitFor(
    () => !!checkOf(repo, pr.headSha),
    60_000,
    () => `no check run:\n${server.output()}`,
  );
  return { ...pr, target };
}

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  double.addRepository({
    owner: 'acme',
    name: 'mono',
    files: {
      'catalog-info.yaml': MONO_ROOT,
      ...Object.fromEntries(['a', 'b', 'c'].map((n) => [`services/${n}/catalog-info.yaml`, componentYaml(`svc-${n}`)])),
      'services/b/src/main.ts': 'export {};\n',
    },
  });
  double.addRepository({
    owner: 'acme',
    name: 'web',
    files: { 'catalog-info.yaml': componentYaml('web', '\n  dependsOn: [component:svc-b]') },
  });
  double.addRepository({
    owner: 'acme',
    name: 'people',
    files: {
      'catalog-info.yaml': `${group('team-a', 'team-a@acme.example')}---\n${group('team-b', 'team-b@acme.example')}`,
    },
  });
  double.addRepository({ owner: 'acme', name: 'callboard-catalog', files: { 'README.md': '# The catalog\n' } });
  ({ server, installationId } = await installedOn(double, 'acme'));
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await double?.close();
});

describe('a pull request', () => {
  it('in a monorepo touching one of three components gets one comment naming only that one, updated in place by the next push', async () => {
    const pr = await openPullRequest('mono', 'tweak-b', { 'services/b/src/main.ts': 'export const x = 1;\n' });
    await waitFor(
      () => impactComments('mono', pr.number).length === 1,
      30_000,
      () => `no comment:\n${server.output()}`,
    );
    const [first] = impactComments('mono', pr.number);
    expect(first!.body).toContain('svc-b');
    expect(first!.body).not.toMatch(/svc-a|svc-c/);
    expect(first!.body).toContain('team-a@acme.example');
    expect(first!.body).toContain('**Blast radius**: 1 direct dependent'); // web depends on svc-b

    // A second push: the descriptor of b gains a dependency; the same comment says so.
    const headSha = double.pushCommit({
      owner: 'acme',
      repo: 'mono',
      branch: 'tweak-b',
      files: { 'services/b/catalog-info.yaml': componentYaml('svc-b', '\n  dependsOn: [component:svc-a]') },
    });
    const sent = double.requests.length;
    expect(
      (await server.deliver('pull_request', pullRequestPayload('synchronize', { ...pr.target, headSha }))).status,
    ).toBe(200);
    await waitFor(
      () => impactComments('mono', pr.number)[0]!.body.includes('adds a dependency on component svc-a'),
      30_000,
      () => `not updated:\n${server.output()}`,
    );
    expect(impactComments('mono', pr.number)).toHaveLength(1);
    expect(impactComments('mono', pr.number)[0]!.id).toBe(first!.id);
    // No catalog commit since the first event: what was read of the catalog repository is still right, and asking costs
    // free 304s.
    const catalogReads = double.requests.slice(sent).filter((r) => r.path.includes('/repos/acme/callboard-catalog/'));
    expect(catalogReads.length).toBeGreaterThan(0);
    expect(new Set(catalogReads.map((r) => `${r.method} ${r.route} ${r.status}`))).toEqual(
      new Set(['GET /repos/{owner}/{repo}/commits/{ref} 304']),
    );
  });

  it('from a fork gets the comment and the check', async () => {
    const pr = await openPullRequest(
      'web',
      'fork-fix',
      {
        'catalog-info.yaml': componentYaml('web', '\n  dependsOn: [component:svc-b]').replace(
          'production',
          'deprecated',
        ),
      },
      'contributor',
    );
    expect(checkOf('web', pr.headSha)!.conclusion).toBe('success');
    await waitFor(
      () => impactComments('web', pr.number).length === 1,
      30_000,
      () => `no comment:\n${server.output()}`,
    );
    expect(impactComments('web', pr.number)[0]!.body).toContain('lifecycle changes from production to deprecated');
  });
});
