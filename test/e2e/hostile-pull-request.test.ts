/**
 * A pull request written to stall the app, end to end: the real server (`npm start`) against the
 * GitHub double, a fork's pull request whose descriptor and workflows are the worst the issue found
 * (a descriptor with a megabyte-long line of spaces and a mapping of 50,000 keys read by the exact
 * parser; twenty workflows of a megabyte of `mvn ` against the shipped Test Certified track). While
 * the server works on it, 50 signed pings are each answered within a second, and the pull request
 * still gets both its checks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GithubDouble } from '../github-double/index.ts';
import { componentYaml } from '../support/descriptors.ts';
import { startDouble } from '../support/github.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { installedOn, waitFor, type AppServer } from './app-server.ts';
import { pullRequestPayload } from '../support/payloads.ts';

let double: GithubDouble;
let server: AppServer;
let installationId: number;

const WORKFLOW =
  'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm ci && npm test\n';

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  double.addRepository({
    owner: 'acme',
    name: 'player',
    files: { 'catalog-info.yaml': componentYaml('player'), '.github/workflows/ci.yml': WORKFLOW },
  });
  double.addRepository({
    owner: 'acme',
    name: 'people',
    files: {
      'catalog-info.yaml':
        'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n  children: []\n',
    },
  });
  const track = readFileSync(join(REPO_ROOT, 'templates', 'scorecards', 'test-certified.yaml'), 'utf8');
  double.addRepository({
    owner: 'acme',
    name: 'callboard-catalog',
    files: { 'README.md': '# The catalog\n', 'scorecards/test-certified.yaml': track },
  });
  ({ server, installationId } = await installedOn(double, 'acme'));
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await double?.close();
});

/**
 * A valid descriptor, then a line of a million spaces, then 50,000 keys behind a tab (which sends the file to the exact
 * parser).
 */
function hostileDescriptor(): string {
  const keys = Array.from({ length: 50_000 }, (_, i) => `    key${i}: ${i}`).join('\n');
  return `${componentYaml('player')}${' '.repeat(1_000_000)}\n#\tcomment\n---\n${componentYaml('player-extra', `\n  extra:\n${keys}`)}`;
}

const hostileWorkflows = () =>
  Object.fromEntries(
    Array.from({ length: 20 }, (_, i) => [
      `.github/workflows/build-${i}.yml`,
      `steps:\n  - run: |\n      ${'mvn '.repeat(250_000)}\n`,
    ]),
  );

describe('a pull request written to stall the app', () => {
  it('is checked while 50 signed pings are each answered within a second', async () => {
    const pr = double.openPullRequest({
      owner: 'acme',
      repo: 'player',
      head: 'stall',
      headOwner: 'mallory',
      author: 'mallory',
      files: {
        'catalog-info.yaml': hostileDescriptor(),
        'services/spaces/catalog-info.yaml': `${componentYaml('spaces')}${' '.repeat(1_000_000)}\n`,
        ...hostileWorkflows(),
      },
    });
    const target = {
      installationId,
      owner: 'acme',
      repo: 'player',
      number: pr.number,
      headSha: pr.headSha,
      head: 'stall',
      headOwner: 'mallory',
      base: 'main',
      baseUrl: double.url,
    };
    expect((await server.deliver('pull_request', pullRequestPayload('opened', target))).status).toBe(200);

    const checks = () =>
      double.checkRuns('acme', 'player').filter((r) => r.headSha === pr.headSha && r.status === 'completed');
    const answered: number[] = [];
    let beforeChecks = 0;
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      const ping = await server.deliver('ping', {
        zen: 'Keep it logically awesome.',
        hook_id: 1,
        hook: { type: 'App', id: 1, active: true, events: ['*'] },
      });
      answered.push(performance.now() - started);
      expect(ping.status).toBe(200);
      if (checks().length < 2) beforeChecks++;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    console.log(
      `[e2e] 50 pings: slowest ${Math.round(Math.max(...answered))} ms, median ${Math.round(answered.sort((a, b) => a - b)[25]!)} ms; ${beforeChecks} answered before both checks were done`,
    );
    expect(Math.max(...answered)).toBeLessThan(1000);

    await waitFor(
      () => checks().length >= 2,
      120_000,
      () => `the checks did not complete:\n${server.output().slice(-4000)}`,
    );
    const byName = new Map(checks().map((r) => [r.name, r]));
    // The descriptor is valid YAML: both entities are read and checked, whatever the spaces and keys cost, and both are
    // scored.
    expect(byName.get('Callboard / descriptors')).toMatchObject({
      conclusion: 'success',
      title: '0 errors, 0 warnings in 2 descriptor files',
    });
    expect(byName.get('Callboard / scorecard')).toMatchObject({
      title: expect.stringMatching(/2 entities on 1 tracks/),
    });
    expect(server.exited()).toBe(false);
  }, 240_000);
});
