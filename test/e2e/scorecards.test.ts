/**
 * Scorecards end to end: the real server (`npm start`) against the GitHub double, the talk's track
 * in the catalog repository's scorecards/, the bundled scorecard action run as a workflow runs it
 * (with the workflow's own token), and signed webhooks. CI facts written by the action lift a
 * repository to level 2 of Test Certified, the catalog repository's scorecards page counts it and
 * the entity's catalog page shows it, and a pull request that removes the test workflow gets a
 * scorecard check showing the level it loses. (A scorecard file pushed with a mistake is the check's
 * own test: test/features/scorecards/check-scorecard-files.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GithubDouble } from '../github-double/index.ts';
import { componentYaml } from '../support/descriptors.ts';
import { startDouble } from '../support/github.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { runAction } from '../support/run-action.ts';
import { tempRepo } from '../support/temp-repo.ts';
import { installedOn, waitFor, type AppServer } from './app-server.ts';
import { checkRunCompletedPayload, pullRequestPayload, pushPayload } from '../support/payloads.ts';

let double: GithubDouble;
let server: AppServer;
let installationId: number;
const WORKFLOW =
  'name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    permissions: { contents: read, checks: write }\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm test\n      - run: npx eslint .\n      - uses: acme/callboard/actions/scorecard@v1\n';
const GROUP =
  'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n  children: []\n';
const JUNIT =
  '<?xml version="1.0"?>\n<testsuites>\n  <testsuite name="player" tests="3">\n    <testcase classname="player" name="plays"/>\n    <testcase classname="player" name="pauses"/>\n    <testcase classname="player" name="skips"/>\n  </testsuite>\n</testsuites>\n';
const LCOV = 'SF:src/player.ts\nDA:1,1\nDA:2,1\nDA:3,1\nDA:4,0\nLF:4\nLH:3\nend_of_record\n';

/** The newest scorecard check on a commit (a new one is written when the scores change). */
const scorecardOf = (repo: string, sha: string) =>
  double
    .checkRuns('acme', repo)
    .filter((r) => r.headSha === sha && r.name === 'Callboard / scorecard' && r.status === 'completed')
    .at(-1);

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  double.addRepository({
    owner: 'acme',
    name: 'player',
    files: {
      'catalog-info.yaml': componentYaml('player'),
      '.github/workflows/ci.yml': WORKFLOW,
      'slos.yaml': 'apiVersion: openslo/v1\nkind: SLO\n',
    },
  });
  double.addRepository({ owner: 'acme', name: 'people', files: { 'catalog-info.yaml': GROUP } });
  const talk = readFileSync(join(REPO_ROOT, 'templates', 'scorecards', 'test-certified.yaml'), 'utf8');
  double.addRepository({
    owner: 'acme',
    name: 'callboard-catalog',
    files: { 'README.md': '# The catalog\n', 'scorecards/test-certified.yaml': talk },
  });
  ({ server, installationId } = await installedOn(double, 'acme'));
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await double?.close();
});

describe('scorecards', () => {
  it("a workflow run of the scorecard action with a JUnit file lifts a repository to level 2 of the talk's track, and the catalog repository counts it", async () => {
    const sha = double.branchHead('acme', 'player', 'main')!;
    const push = pushPayload({
      installationId,
      owner: 'acme',
      repo: 'player',
      before: '0'.repeat(40),
      after: sha,
      modified: ['slos.yaml'],
      baseUrl: double.url,
    });
    expect((await server.deliver('push', push)).status).toBe(200);
    await waitFor(
      () => !!scorecardOf('player', sha),
      60_000,
      () => `no scorecard check:\n${server.output()}`,
    );
    // No CI facts yet: coverage is not reported, so not even level 1.
    expect(scorecardOf('player', sha)!.title).toBe('Test Certified: no level of 2 (component player)');

    // The workflow's step: the bundled action, with the workflow's own token.
    const { token } = double.issueWorkflowToken({ owner: 'acme', repo: 'player' });
    const workspace = tempRepo({ 'reports/junit.xml': JUNIT, 'coverage/lcov.info': LCOV });
    const step = await runAction('scorecard/index.js', {
      workspace,
      inputs: { reports: 'reports/*.xml\ncoverage/lcov.info', token, sha: '' },
      env: {
        GITHUB_REPOSITORY: 'acme/player',
        GITHUB_SHA: sha,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_API_URL: `${double.url}/api/v3`,
      },
    });
    expect(step.status, step.stdout + step.stderr).toBe(0);
    expect(step.outputs).toMatchObject({ tests: '3', failures: '0', coverage: '75' });
    const facts = double.checkRuns('acme', 'player').find((r) => r.name === 'Callboard / CI facts')!;
    expect(facts.title).toBe('3 tests, 0 failing; 75% of lines covered');

    // GitHub tells the app the facts' check run completed.
    const completed = checkRunCompletedPayload({
      installationId,
      owner: 'acme',
      repo: 'player',
      name: 'Callboard / CI facts',
      headSha: sha,
      headBranch: 'main',
      appSlug: 'github-actions',
      baseUrl: double.url,
    });
    expect((await server.deliver('check_run', completed)).status).toBe(200);
    await waitFor(
      () => scorecardOf('player', sha)?.title?.includes('level 2 of 2') ?? false,
      60_000,
      () => `not lifted:\n${server.output()}`,
    );
    expect(scorecardOf('player', sha)).toMatchObject({
      conclusion: 'success',
      title: 'Test Certified: level 2 of 2 (Tests passed on CI) (component player)',
    });
    expect(scorecardOf('player', sha)!.text).toContain(
      'Tests passed on CI — *passed*: ci.tests.count is 3; ci.tests.failures is 0; ci.tests.errors is 0',
    );

    // The catalog repository's scorecards page counts the entity at level 2; the history keeps today's counts.
    // The push recorded level 0 first; the facts' scoring records level 2 after the check is written.
    await waitFor(
      () =>
        double
          .readFile('acme', 'callboard-catalog', 'catalog/scorecards/README.md')
          ?.includes('| 2. Tests passed on CI | 1 |') ?? false,
      30_000,
      () => `no level 2 on the scorecards page:\n${server.output()}`,
    );
    const page = double.readFile('acme', 'callboard-catalog', 'catalog/scorecards/README.md')!;
    expect(page).toContain('| 2. Tests passed on CI | 1 | 100% |');
    expect(page).toContain('| team-a | 1 | 0 | 0 | 1 |');
    expect(double.readFile('acme', 'callboard-catalog', 'catalog/scorecards/test-certified.md')).toContain(
      '| [player](../component/default/player.md) | 2. Tests passed on CI | team-a | — |',
    );
    const today = new Date().toISOString().slice(0, 10);
    expect(double.readFile('acme', 'callboard-catalog', 'catalog/scorecards/history.csv')).toContain(
      `${today},test-certified,2,1\n`,
    );

    // Recording the scores updates the catalog: the entity's page shows its level, linked to the track's page.
    const level = '| [Test Certified](../../scorecards/test-certified.md) | level 2 of 2 (Tests passed on CI) |';
    const entityPage = () => double.readFile('acme', 'callboard-catalog', 'catalog/component/default/player.md');
    await waitFor(
      () => entityPage()?.includes(level) ?? false,
      30_000,
      () => `no level on the entity page:\n${entityPage()}\n${server.output()}`,
    );
  }, 180_000);

  it('a pull request that removes the test workflow gets a scorecard check showing the level it loses', async () => {
    const baseSha = double.branchHead('acme', 'player', 'main')!;
    const pr = double.openPullRequest({
      owner: 'acme',
      repo: 'player',
      head: 'drop-ci',
      files: { '.github/workflows/ci.yml': null },
      author: 'lin',
    });
    const target = {
      installationId,
      owner: 'acme',
      repo: 'player',
      number: pr.number,
      headSha: pr.headSha,
      head: 'drop-ci',
      base: 'main',
      baseSha,
      baseUrl: double.url,
    };
    expect((await server.deliver('pull_request', pullRequestPayload('opened', target))).status).toBe(200);
    await waitFor(
      () => !!scorecardOf('player', pr.headSha),
      60_000,
      () => `no scorecard check:\n${server.output()}`,
    );
    const check = scorecardOf('player', pr.headSha)!;
    // Level 2 at the base (the facts the action wrote there), none at the head: no workflow runs the tests.
    expect(check).toMatchObject({ conclusion: 'neutral', title: 'Loses Test Certified level 2 (component player)' });
    expect(check.summary).toContain(
      '| component player | Test Certified | 2 | 0 of 2 ⬇ | Tests run on CI: Add a workflow under .github/workflows that runs the tests on every push and pull request. |',
    );
    expect(check.text).toContain('✖ Tests run on CI — *failed*: no file matches /.github/workflows/\\*.{yml,yaml}');
  });
});
