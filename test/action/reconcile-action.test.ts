/**
 * The reconcile action (dist/reconcile/index.js) run as the runner runs it, in the catalog
 * repository, against the GitHub double with a GitHub App installation token (what
 * actions/create-github-app-token makes): Callboard without a server. It builds the organisation's
 * catalog and runs the scorecards in one step; a second run changes nothing; a commit pushed to the
 * catalog repository between runs is kept (the commit is compare-and-swap on the branch); a broken
 * descriptor keeps the last good entity; and a wrong input fails the step with what to fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GithubDouble } from '../github-double/index.ts';
import { componentYaml } from '../support/descriptors.ts';
import { installationOctokit, startDouble } from '../support/github.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { runAction } from '../support/run-action.ts';
import { tempRepo } from '../support/temp-repo.ts';

let double: GithubDouble;
let token: string;
const GROUP = `apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: team-a
spec:
  type: team
  children: []
`;

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  double.addRepository({ owner: 'acme', name: 'player', files: { 'catalog-info.yaml': componentYaml('player') } });
  double.addRepository({ owner: 'acme', name: 'people', files: { 'catalog-info.yaml': GROUP } });
  double.addRepository({ owner: 'acme', name: 'notes', files: { 'README.md': '# Notes\n' } });
  double.addRepository({
    owner: 'acme',
    name: 'platform-catalog',
    files: {
      'README.md': '# The catalog\n',
      'scorecards/test-certified.yaml': readFileSync(
        join(REPO_ROOT, 'templates/scorecards/test-certified.yaml'),
        'utf8',
      ),
    },
  });
  const { id } = double.addInstallation({ account: 'acme' });
  // What actions/create-github-app-token does: the app's JWT buys an installation token.
  ({ token } = (await installationOctokit(double, id).auth({ type: 'installation' })) as { token: string });
}, 60_000);
afterAll(() => double?.close());

const reconcile = (inputs: Record<string, string> = {}, runId = '1') =>
  runAction('reconcile/index.js', {
    workspace: tempRepo({}),
    inputs: { token, 'app-slug': 'callboard', organization: '', 'catalog-repository': '', features: '', ...inputs },
    env: {
      GITHUB_REPOSITORY: 'acme/platform-catalog',
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_API_URL: `${double.url}/api/v3`,
      GITHUB_SERVER_URL: double.url,
      GITHUB_RUN_ID: runId,
      GITHUB_RUN_ATTEMPT: '1',
    },
  });

const catalogFile = (path: string) => double.readFile('acme', 'platform-catalog', path);
const head = () => double.branchHead('acme', 'platform-catalog', 'main');

describe('the reconcile action', () => {
  it('builds the catalog and runs the scorecards in the workflow repository, with the app token', async () => {
    const step = await reconcile();
    expect(step.status, step.stdout + step.stderr).toBe(0);
    expect(catalogFile('catalog/component/default/player.md')).toContain('# player');
    expect(catalogFile('catalog/group/default/team-a.md')).toContain('team-a');
    expect(catalogFile('catalog/scorecards/README.md')).toContain('Test Certified');
    expect(step.outputs.failed).toBe('0');
    expect(step.summary).toContain('| update-catalog |');
    expect(step.summary).toContain('| score-organization |');
    // What Callboard wrote is Callboard's: the app's bot made the commits.
    const authors = new Set(
      double
        .commits('acme', 'platform-catalog', 'main')
        .slice(0, -1)
        .map((c) => c.author),
    );
    expect([...authors]).toEqual(['callboard[bot]']);
  });

  it('changes nothing when run again on an unchanged organisation', async () => {
    const before = head();
    const step = await reconcile({}, '2');
    expect(step.status, step.stdout + step.stderr).toBe(0);
    expect(head()).toBe(before);
  });

  it("keeps a person's commit pushed between runs, and a broken descriptor's last good entity", async () => {
    double.pushCommit({ owner: 'acme', repo: 'platform-catalog', branch: 'main', files: { 'NOTES.md': 'mine\n' } });
    double.pushCommit({
      owner: 'acme',
      repo: 'player',
      branch: 'main',
      files: { 'catalog-info.yaml': 'kind: Component\nmetadata: [\n' },
    });
    const step = await reconcile({}, '3');
    expect(step.status, step.stdout + step.stderr).toBe(0);
    expect(catalogFile('NOTES.md')).toBe('mine\n');
    expect(catalogFile('catalog/component/default/player.md')).toContain('# player');
    expect(catalogFile('catalog/errors.md')).toContain('player');
  });

  it('fails the step with what to fix for a wrong input, before asking GitHub anything', async () => {
    const asked = double.requests.length;
    const step = await reconcile({ features: 'catalog, dashboards' });
    expect(step.status).toBe(1);
    expect(step.stdout).toContain(
      '::error::Input features names dashboards: each must be one of catalog, scorecards, migrations, golden-paths.',
    );
    expect(double.requests.length).toBe(asked);
  });
});

describe('the starter workflow (templates/workflows/callboard-reconcile.yml)', () => {
  const workflow = load(readFileSync(join(REPO_ROOT, 'templates/workflows/callboard-reconcile.yml'), 'utf8')) as {
    on: Record<string, unknown>;
    jobs: { reconcile: { steps: { uses: string; id?: string; with?: Record<string, string> }[] } };
  };
  const action = load(readFileSync(join(REPO_ROOT, 'actions/reconcile/action.yml'), 'utf8')) as {
    inputs: Record<string, { required?: boolean }>;
    runs: { using: string; main: string };
  };

  it('runs on a schedule and by hand, and gives the action every input it requires, from the app token step', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const [token, step] = workflow.jobs.reconcile.steps;
    expect(token!.uses).toMatch(/^actions\/create-github-app-token@/);
    expect(step!.uses).toMatch(/\/actions\/reconcile@v\d+$/);
    const required = Object.entries(action.inputs).flatMap(([name, input]) => (input.required ? [name] : []));
    expect(Object.keys(step!.with!).sort()).toEqual(required.sort());
    expect(Object.keys(step!.with!).every((name) => name in action.inputs)).toBe(true);
    expect(step!.with!.token).toBe(`\${{ steps.${token!.id}.outputs.token }}`);
  });

  it("points the runner at the bundle this test runs, on the runners' Node", () => {
    expect(action.runs).toEqual({ using: 'node24', main: '../../dist/reconcile/index.js' });
  });
});
