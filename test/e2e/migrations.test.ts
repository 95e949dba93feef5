/**
 * Migrations end to end: the real server (`npm start`) against the GitHub double, signed webhooks,
 * and an organisation of 60 repositories. A spec in the catalog repository applies to 40 of them, 5
 * of which have migrated already: 35 pull requests, and no duplicate when the server is killed half
 * way and started again. People merge 10 and close 2: the dashboard counts 10 merged, 5 by hand and 2
 * declined. A person's push to one branch stops Callboard from touching it; a spec change updates the
 * other open pull requests and leaves the declined ones closed; a spec with an error gets an
 * annotated failing check and opens nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GithubDouble } from '../github-double/index.ts';
import { startDouble } from '../support/github.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { issueEditedPayload, pullRequestPayload, pushPayload } from '../support/payloads.ts';
import { installedOn, startAppServer, waitFor, type AppServer } from './app-server.ts';

const ORG = 'acme';
const CATALOG = 'callboard-catalog';
const BRANCH = 'callboard/migrate/node-24';
/**
 * Writes 50 ms apart (GitHub asks for a second), without GitHub's per-minute and per-hour windows (a test makes
 * hundreds of writes in a minute): fast, and slow enough to kill the server half-way.
 */
const FAST = {
  CALLBOARD_WRITE_INTERVAL_MS: '50',
  CALLBOARD_WRITES_PER_MINUTE: '100000',
  CALLBOARD_WRITES_PER_HOUR: '100000',
  // The dashboard after every repository's job, not once a minute.
  CALLBOARD_DASHBOARD_INTERVAL_MS: '0',
};

let double: GithubDouble;
let server: AppServer;
let installationId: number;

const component = (name: string, tags: string[], owner: string) =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\n  tags: [${tags.join(', ')}]\nspec:\n  type: service\n  lifecycle: production\n  owner: ${owner}\n`;
const group = (name: string) =>
  `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: ${name}\nspec:\n  type: team\n  profile:\n    email: ${name}@acme.example\n  children: []\n`;
const PACKAGE = '{\n  "name": "svc",\n  // the service\n  "engines": {\n    "node": ">=20"\n  }\n}\n';

const spec = (description: string) => `apiVersion: callboard.dev/v1
kind: Migration
metadata:
  name: node-24
  title: Move to Node 24
spec:
  description: |
    ${description}
  owner: group:default/platform
  deadline: 2099-03-31
  targets:
    entities: { kind: [Component], tags: [typescript] }
  steps:
    - files: { from: node-24/files }
    - edit: { file: package.json, set: engines.node, value: ">=24" }
  migrated: { file: /.nvmrc, operator: matches, value: "^24" }
  pullRequest: { labels: [callboard-migration] }
`;

const services = Array.from({ length: 40 }, (_, i) => `svc-${String(i + 1).padStart(2, '0')}`);
const websites = Array.from({ length: 20 }, (_, i) => `web-${String(i + 1).padStart(2, '0')}`);
/** Migrated before the campaign: they get no pull request. */
const byHand = services.slice(0, 5);
const ours = () =>
  [...services, ...websites].flatMap((repo) =>
    double
      .pullRequests(ORG, repo)
      .filter((p) => p.head === BRANCH)
      .map((p) => ({ repo, ...p })),
  );
const dashboard = () => double.issues(ORG, CATALOG).find((i) => i.title === 'Migration: Move to Node 24');

const deliverPush = (
  repo: string,
  before: string,
  modified: string[],
  extra: Partial<Parameters<typeof pushPayload>[0]> = {},
) =>
  server.deliver(
    'push',
    pushPayload({
      installationId,
      owner: ORG,
      repo,
      before,
      after: double.branchHead(ORG, repo, extra.branch ?? 'main')!,
      modified,
      baseUrl: double.url,
      ...extra,
    }),
  );

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization(ORG);
  for (const [i, name] of services.entries())
    double.addRepository({
      owner: ORG,
      name,
      files: {
        'catalog-info.yaml': component(name, ['typescript'], i % 2 ? 'team-a' : 'team-b'),
        'package.json': PACKAGE,
        '.nvmrc': byHand.includes(name) ? '24\n' : '20\n',
      },
    });
  for (const name of websites)
    double.addRepository({ owner: ORG, name, files: { 'catalog-info.yaml': component(name, ['python'], 'team-a') } });
  // Not in the catalog yet: the onboarding migration's to offer a descriptor.
  double.addRepository({
    owner: ORG,
    name: 'notes-site',
    files: {
      'package.json': '{ "name": "notes-site", "scripts": { "build": "next build" } }\n',
      'next.config.mjs': 'export default {};\n',
      'app/page.tsx': 'export default function Page() { return null; }\n',
      'app/layout.tsx': 'export default function Layout() { return null; }\n',
      '.github/CODEOWNERS': '* @acme/team-a\n',
    },
  });
  double.addRepository({
    owner: ORG,
    name: 'people',
    files: { 'catalog-info.yaml': [group('platform'), group('team-a'), group('team-b')].join('---\n') },
  });
  double.addTeam({ org: ORG, slug: 'team-a', members: [] });
  double.addTeam({ org: ORG, slug: 'team-b', members: [] });
  double.addRepository({
    owner: ORG,
    name: CATALOG,
    files: {
      'README.md': '# The catalog\n',
      'migrations/node-24.yaml': spec('Node 20 reaches its end of life.'),
      'migrations/node-24/files/.nvmrc': '24\n',
    },
  });
  ({ server, installationId } = await installedOn(double, ORG, FAST));
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await double?.close();
});

describe('a migration campaign', () => {
  it('opens 35 pull requests for the 40 repositories it applies to, 5 having migrated, with no duplicate after a crash', async () => {
    // The first catalog build runs the campaign; kill the server once some pull requests are open.
    await waitFor(
      () => ours().length >= 8,
      120_000,
      () => `no pull requests:\n${server.output().slice(-4000)}`,
    );
    await server.kill();
    const before = ours().length;
    expect(before).toBeLessThan(35);
    server = await startAppServer(double, FAST);
    // The spec's push delivered again (GitHub redelivers; a reconcile would do the same).
    expect((await deliverPush(CATALOG, '0'.repeat(40), ['migrations/node-24.yaml'])).status).toBe(200);
    await waitFor(
      () => ours().length === 35 && dashboard()?.body.includes('| Pull request open | 35 |') === true,
      180_000,
      () => `${ours().length} pull requests; dashboard:\n${dashboard()?.body}\n${server.output().slice(-4000)}`,
    );
    await server.idle();
    const opened = ours();
    expect(opened).toHaveLength(35);
    expect(new Set(opened.map((p) => p.repo)).size).toBe(35);
    expect(opened.some((p) => byHand.includes(p.repo) || p.repo.startsWith('web-'))).toBe(false);
    for (const repo of services.slice(5)) {
      // One commit on the default branch, Callboard's, with the changes.
      const commits = double.commits(ORG, repo, BRANCH);
      expect(commits.length - double.commits(ORG, repo, 'main').length).toBe(1);
      expect(commits[0]!.author).toBe('callboard[bot]');
      expect(double.readFile(ORG, repo, '.nvmrc', BRANCH)).toBe('24\n');
      expect(double.readFile(ORG, repo, 'package.json', BRANCH)).toBe(
        '{\n  "name": "svc",\n  // the service\n  "engines": {\n    "node": ">=24"\n  }\n}\n',
      );
    }
    const first = opened.find((p) => p.repo === 'svc-06')!;
    expect(first.title).toBe('Move to Node 24');
    expect(first.body).toContain('Node 20 reaches its end of life.');
    expect(first.body).toContain('**Asked by** [platform]');
    expect(first.body).toContain('platform@acme.example');
    expect(first.labels).toEqual(['callboard-migration']);
    expect(first.requestedTeams).toEqual(['team-a']);
    expect(dashboard()!.body).toContain('**5 of 40 migrated** (12%)');
  }, 420_000);

  it('counts 10 merged, 5 migrated by hand and 2 declined once people merge and close', async () => {
    const open = ours().filter((p) => p.state === 'open');
    for (const p of open.slice(0, 12)) {
      const merged = open.indexOf(p) < 10;
      if (merged) double.mergePullRequest({ owner: ORG, repo: p.repo, number: p.number });
      else double.closePullRequest({ owner: ORG, repo: p.repo, number: p.number });
      const payload = pullRequestPayload('closed', {
        installationId,
        owner: ORG,
        repo: p.repo,
        number: p.number,
        headSha: double.branchHead(ORG, p.repo, BRANCH) ?? '0'.repeat(40),
        head: BRANCH,
        base: 'main',
        baseUrl: double.url,
        merged,
      });
      expect((await server.deliver('pull_request', payload)).status).toBe(200);
    }
    await waitFor(
      () => {
        const body = dashboard()?.body ?? '';
        return (
          body.includes('| Merged | 10 |') &&
          body.includes('| Migrated without the pull request | 5 |') &&
          body.includes('| Declined (closed unmerged) | 2 |')
        );
      },
      120_000,
      () => `dashboard:\n${dashboard()?.body}\n${server.output().slice(-4000)}`,
    );
    expect(dashboard()!.body).toContain('**15 of 40 migrated** (37%)');
    const declined = open[10]!;
    await waitFor(
      () =>
        double.comments(ORG, declined.repo, declined.number).some((c) => c.body.includes('will not open this again')),
      60_000,
      () => server.output().slice(-4000),
    );
    // The page in the catalog, with the burndown and the daily counts.
    await server.idle();
    expect(double.readFile(ORG, CATALOG, 'catalog/migrations/node-24.md')).toContain('xychart-beta');
    expect(double.readFile(ORG, CATALOG, 'catalog/migrations/node-24.csv')).toContain(
      `${new Date().toISOString().slice(0, 10)},40,15,10,5,23,0,2,0`,
    );
  }, 240_000);

  it('leaves a branch a person pushed to, and updates the other open pull requests when the spec changes', async () => {
    const open = ours().filter((p) => p.state === 'open');
    const touched = open[0]!;
    double.pushCommit({
      owner: ORG,
      repo: touched.repo,
      branch: BRANCH,
      files: { 'NOTES.md': 'mine\n' },
      author: 'lin',
    });
    expect((await deliverPush(touched.repo, '0'.repeat(40), ['NOTES.md'], { branch: BRANCH })).status).toBe(200);
    await waitFor(
      () => double.comments(ORG, touched.repo, touched.number).some((c) => c.body.includes('leaves this branch alone')),
      60_000,
      () => server.output().slice(-4000),
    );
    const touchedHead = double.branchHead(ORG, touched.repo, BRANCH);

    const before = double.branchHead(ORG, CATALOG, 'main')!;
    double.pushCommit({
      owner: ORG,
      repo: CATALOG,
      branch: 'main',
      files: {
        'migrations/node-24.yaml': spec('Node 20 reaches its end of life; Node 24 is the LTS.'),
        'migrations/node-24/files/.nvmrc': '24.11\n',
      },
      author: 'ana',
    });
    expect(
      (await deliverPush(CATALOG, before, ['migrations/node-24.yaml', 'migrations/node-24/files/.nvmrc'])).status,
    ).toBe(200);
    const others = open.slice(1);
    await waitFor(
      () => others.every((p) => double.readFile(ORG, p.repo, '.nvmrc', BRANCH) === '24.11\n'),
      180_000,
      () => server.output().slice(-4000),
    );
    await server.idle();
    for (const p of ours().filter((q) => others.some((o) => o.repo === q.repo)))
      expect(p.body).toContain('Node 24 is the LTS.');
    expect(double.branchHead(ORG, touched.repo, BRANCH)).toBe(touchedHead);
    // The declined pull requests stay closed.
    expect(ours().filter((p) => p.state === 'closed' && !p.merged)).toHaveLength(2);
    expect(ours()).toHaveLength(35);
  }, 300_000);

  it('re-opens a declined pull request when someone with write access ticks its box, not otherwise', async () => {
    const declined = ours().find((p) => p.state === 'closed' && !p.merged)!;
    const issue = dashboard()!;
    const ticked = issue.body.replace(
      `- [ ] <!-- callboard-reopen=${ORG}/${declined.repo} -->`,
      `- [x] <!-- callboard-reopen=${ORG}/${declined.repo} -->`,
    );
    expect(ticked).not.toBe(issue.body);
    const edit = (login: string) =>
      issueEditedPayload({
        installationId,
        owner: ORG,
        repo: CATALOG,
        number: issue.number,
        body: ticked,
        login,
        baseUrl: double.url,
      });
    double.setPermission({ owner: ORG, repo: CATALOG, login: 'guest', permission: 'read' });
    expect((await server.deliver('issues', edit('guest'))).status).toBe(200);
    await server.idle();
    expect(ours().find((p) => p.repo === declined.repo)!.state).toBe('closed');
    double.setPermission({ owner: ORG, repo: CATALOG, login: 'ana', permission: 'write' });
    expect((await server.deliver('issues', edit('ana'))).status).toBe(200);
    await waitFor(
      () => ours().find((p) => p.repo === declined.repo)!.state === 'open',
      60_000,
      () => server.output().slice(-4000),
    );
  }, 120_000);

  it('gives a spec with an error an annotated failing check, and opens nothing for it', async () => {
    const before = double.branchHead(ORG, CATALOG, 'main')!;
    double.pushCommit({
      owner: ORG,
      repo: CATALOG,
      branch: 'main',
      files: {
        'migrations/broken.yaml': spec('Broken.')
          .replace('name: node-24', 'name: broken')
          .replace('  steps:', '  stepz:'),
      },
      author: 'ana',
    });
    const after = double.branchHead(ORG, CATALOG, 'main')!;
    expect((await deliverPush(CATALOG, before, ['migrations/broken.yaml'])).status).toBe(200);
    await waitFor(
      () => double.checkRuns(ORG, CATALOG).some((r) => r.headSha === after && r.name === 'Callboard / migrations'),
      60_000,
      () => server.output().slice(-4000),
    );
    await server.idle();
    const check = double
      .checkRuns(ORG, CATALOG)
      .find((r) => r.headSha === after && r.name === 'Callboard / migrations')!;
    expect(check.conclusion).toBe('failure');
    expect(check.annotations).toContainEqual(
      expect.objectContaining({ path: 'migrations/broken.yaml', annotation_level: 'failure' }),
    );
    expect(
      [...services, ...websites].some((repo) =>
        double.pullRequests(ORG, repo).some((p) => p.head === 'callboard/migrate/broken'),
      ),
    ).toBe(false);
    expect(double.issues(ORG, CATALOG).find((i) => i.title === 'Migration: broken')?.body).toContain('error');
  }, 120_000);

  it('closes its open pull requests with a word why when the spec is removed, and the dashboard with them', async () => {
    const open = ours().filter((p) => p.state === 'open');
    expect(open.length).toBeGreaterThan(0);
    const before = double.branchHead(ORG, CATALOG, 'main')!;
    double.pushCommit({
      owner: ORG,
      repo: CATALOG,
      branch: 'main',
      files: { 'migrations/node-24.yaml': null, 'migrations/node-24/files/.nvmrc': null },
      author: 'ana',
    });
    const payload = pushPayload({
      installationId,
      owner: ORG,
      repo: CATALOG,
      before,
      after: double.branchHead(ORG, CATALOG, 'main')!,
      modified: [],
      removed: ['migrations/node-24.yaml', 'migrations/node-24/files/.nvmrc'],
      baseUrl: double.url,
    });
    expect((await server.deliver('push', payload)).status).toBe(200);
    await waitFor(
      () => ours().every((p) => p.state === 'closed'),
      120_000,
      () => server.output().slice(-4000),
    );
    await server.idle();
    for (const p of open)
      expect(double.comments(ORG, p.repo, p.number).map((c) => c.body)).toContainEqual(
        expect.stringContaining('The migration was removed from the catalog repository'),
      );
    expect(dashboard()!.state).toBe('closed');
  }, 180_000);

  it('runs the shipped onboarding migration: a catalog-info.yaml offered to the repository the catalog does not know', async () => {
    const read = (path: string) => readFileSync(join(REPO_ROOT, 'templates', 'migrations', path), 'utf8');
    const before = double.branchHead(ORG, CATALOG, 'main')!;
    double.pushCommit({
      owner: ORG,
      repo: CATALOG,
      branch: 'main',
      files: {
        'migrations/onboarding.yaml': read('onboarding.yaml'),
        'migrations/onboarding/catalog-info.yaml': read('onboarding/catalog-info.yaml'),
      },
      author: 'ana',
    });
    const payload = pushPayload({
      installationId,
      owner: ORG,
      repo: CATALOG,
      before,
      after: double.branchHead(ORG, CATALOG, 'main')!,
      modified: [],
      added: ['migrations/onboarding.yaml', 'migrations/onboarding/catalog-info.yaml'],
      baseUrl: double.url,
    });
    expect((await server.deliver('push', payload)).status).toBe(200);
    const onboarding = () =>
      double.pullRequests(ORG, 'notes-site').find((p) => p.head === 'callboard/migrate/onboarding');
    await waitFor(
      () => onboarding() !== undefined,
      60_000,
      () => server.output().slice(-4000),
    );
    await server.idle();
    expect(onboarding()).toMatchObject({
      title: 'Add this repository to the software catalog',
      labels: ['callboard-onboarding'],
    });
    const descriptor = double.readFile(ORG, 'notes-site', 'catalog-info.yaml', 'callboard/migrate/onboarding')!;
    expect(descriptor).toContain('  name: notes-site\n');
    expect(descriptor).toContain('    - typescript # guessed');
    expect(descriptor).toContain('  type: website # guessed');
    expect(descriptor).toContain('  owner: team-a # guessed');
    // Every catalogued repository is left alone.
    expect(
      services
        .concat(websites)
        .some((repo) => double.pullRequests(ORG, repo).some((p) => p.head === 'callboard/migrate/onboarding')),
    ).toBe(false);
  }, 120_000);
});
