/**
 * `callboard migrate plan|apply` (the bundled CLI) on the example organisation: the node-24 example
 * spec applies to podcast-api and playback, www-artist has migrated already, the rest are out with a
 * reason; `apply` commits on git checkouts, one commit each on callboard/migrate/node-24, leaving a
 * checkout with uncommitted work alone; a spec with a mistake exits 1 with the line and the fix.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.ts';
import { runBundle } from '../support/run-bundle.ts';
import { tempRepo } from '../support/temp-repo.ts';

const ACME = join(REPO_ROOT, 'examples', 'acme');
const SPEC = join(ACME, 'platform-catalog', 'migrations', 'node-24.yaml');
const work = tempRepo({});
const callboard = (...args: string[]) => runBundle('cli/index.js', args, { cwd: work });
const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Lin',
      GIT_AUTHOR_EMAIL: 'lin@acme.example',
      GIT_COMMITTER_NAME: 'Lin',
      GIT_COMMITTER_EMAIL: 'lin@acme.example',
    },
  }).trim();

beforeAll(() => {
  // A checkout of every example repository, each its own git repository on main.
  cpSync(ACME, join(work, 'acme'), { recursive: true });
  for (const repo of ['podcast-api', 'playback', 'www-artist', 'artist-lookup']) {
    const dir = join(work, 'acme', repo);
    git(dir, 'init', '--quiet', '--initial-branch=main');
    git(dir, 'add', '--all');
    git(dir, 'commit', '--quiet', '-m', 'Initial commit');
  }
});

describe('callboard migrate plan', () => {
  it('says who applies, who has migrated and why the rest do not, with each diff, touching nothing', () => {
    const { status, stdout } = callboard('migrate', 'plan', SPEC, ACME);
    expect(status).toBe(0);
    expect(stdout).toContain('● acme/podcast-api: 2 files to change');
    expect(stdout).toContain('● acme/playback: 1 file to change');
    expect(stdout).toContain(
      '✔ acme/www-artist: already migrated (.github/workflows/ci.yml:12 matches node-version: [\'"]?24)',
    );
    expect(stdout).toContain('- acme/golden-paths: not applicable (excluded)');
    expect(stdout).toContain('- acme/artists-db: not applicable (no entity of kind Component)');
    expect(stdout).toContain(['--- a/package.json', '+++ b/package.json'].join('\n'));
    expect(stdout).toContain('-    "@types/node": "^20.14.0",\n+    "@types/node": "^24.0.0",');
    expect(stdout).toContain('2 to change, 1 already migrated, 0 failed, 9 not applicable.');
  });

  it('gives every plan as JSON', () => {
    const { status, stdout } = callboard('migrate', 'plan', SPEC, ACME, '--format', 'json');
    expect(status).toBe(0);
    const { migration, plans } = JSON.parse(stdout) as {
      migration: string;
      plans: { repository: string; status: string }[];
    };
    expect(migration).toBe('node-24');
    expect(plans.filter((p) => p.status === 'changes').map((p) => p.repository)).toEqual([
      'acme/playback',
      'acme/podcast-api',
    ]);
  });

  it('exits 1 on a spec with a mistake, saying where and how to fix it, and plans nothing', () => {
    const broken = join(work, 'catalog', 'migrations', 'node-24.yaml');
    cpSync(join(ACME, 'platform-catalog', 'migrations'), join(work, 'catalog', 'migrations'), { recursive: true });
    writeFileSync(broken, readFileSync(SPEC, 'utf8').replace('kind: [Component]', 'kinds: [Component]'));
    const { status, stdout, stderr } = callboard('migrate', 'plan', broken, ACME);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/node-24\.yaml:\d+:\d+: error: /);
    expect(stderr).toContain('kinds');
  });

  it('refuses what is not a spec and a folder that is not there', () => {
    expect(callboard('migrate', 'plan', 'nope.yaml', ACME).status).toBe(2);
    expect(callboard('migrate', 'plan', SPEC, 'nowhere').status).toBe(2);
    expect(callboard('migrate', 'shuffle', SPEC, ACME).status).toBe(2);
  });
});

describe('callboard migrate apply', () => {
  it('commits each change on its own branch, once, and leaves a checkout with uncommitted work alone', () => {
    const org = join(work, 'acme');
    writeFileSync(join(org, 'playback', 'WIP.md'), 'not committed\n');
    const { status, stdout } = callboard('migrate', 'apply', SPEC, org);
    expect(status).toBe(1); // playback was left alone
    expect(stdout).toMatch(/acme\/podcast-api: committed [0-9a-f]{12} on callboard\/migrate\/node-24 \(2 files\)/);
    expect(stdout).toContain('acme/playback: left alone: it has uncommitted changes: commit or stash them first');
    const api = join(org, 'podcast-api');
    expect(git(api, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(git(api, 'log', '--format=%s', 'main..callboard/migrate/node-24')).toBe('Move to Node 24');
    expect(git(api, 'show', 'callboard/migrate/node-24:.nvmrc')).toBe('24');
    expect(git(api, 'status', '--porcelain')).toBe('');
    // Again: the branch already has the changes.
    expect(callboard('migrate', 'apply', SPEC, org).stdout).toContain(
      'acme/podcast-api: callboard/migrate/node-24 already has these changes',
    );
  });
});
