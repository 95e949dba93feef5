/**
 * The CLI as a user gets it from a release: `npm pack` of this repository installed into an empty
 * project, then `npx callboard`. The tarball holds the bundles, the manifest and the starter tracks
 * and nothing else; the installed command says its version and validates a file. npm installs from
 * its cache (filled by `npm ci`), so the test needs no network.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALLBOARD_VERSION } from '../../app/core/version.ts';
import { componentYaml } from '../support/descriptors.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { tempRepo } from '../support/temp-repo.ts';

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the packed CLI', () => {
  it('installs from the tarball npm pack makes, and `npx callboard` runs from it', () => {
    const packed = tempRepo({});
    run('npm', ['pack', '--pack-destination', packed, '--silent'], REPO_ROOT);
    const [tarball] = readdirSync(packed).filter((f) => f.endsWith('.tgz'));
    expect(tarball).toBe(`callboard-${CALLBOARD_VERSION}.tgz`);
    const files = run('tar', ['tzf', join(packed, tarball!)], packed)
      .trim()
      .split('\n');
    const tops = [...new Set(files.map((f) => f.split('/').slice(1, 3).join('/')))].sort();
    expect(tops).toEqual([
      'README.md',
      'app.yml',
      'dist/chunks',
      'dist/cli',
      'dist/licenses.txt',
      'dist/reconcile',
      'dist/scorecard',
      'dist/site',
      'dist/unit-worker.js',
      'dist/validate',
      'package.json',
      'templates/scorecards',
    ]);

    const project = tempRepo({
      'package.json': '{ "name": "try-callboard", "version": "1.0.0", "private": true }\n',
      'svc/catalog-info.yaml': componentYaml('svc'),
    });
    run(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(packed, tarball!)],
      project,
    );
    expect(run('npx', ['--no-install', 'callboard', '--version'], project).trim()).toBe(CALLBOARD_VERSION);
    expect(run('npx', ['--no-install', 'callboard', 'validate', 'svc'], project)).toContain('no problems');
    // The starter tracks travel with it: `score` finds them without --scorecards.
    writeFileSync(join(project, 'svc', 'README.md'), '# svc\n');
    const scored = JSON.parse(
      run('npx', ['--no-install', 'callboard', 'score', 'svc', '--format', 'json'], project),
    ) as {
      tracks: unknown[];
    }[];
    expect(scored[0]!.tracks.length).toBeGreaterThan(2);
    // The site's assets travel with it too.
    expect(
      run('npx', ['--no-install', 'callboard', 'catalog', 'build', '.', '--out', 'out', '--site', 'site'], project),
    ).toContain('Wrote the site');
    expect(readFileSync(join(project, 'site', 'assets', 'site.js'), 'utf8').length).toBeGreaterThan(1000);
    expect(JSON.parse(readFileSync(join(project, 'node_modules/callboard/package.json'), 'utf8')).version).toBe(
      CALLBOARD_VERSION,
    );
  }, 240_000);
});
