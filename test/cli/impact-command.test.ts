/**
 * `callboard impact` (the bundled CLI) on the example organisation's catalog, built by `callboard
 * catalog build` as a user would: the monorepo, owners and contacts, dependents, descriptor changes
 * in words, and a catalog that was tampered with.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBundle } from '../support/run-bundle.ts';
import { tempRepo } from '../support/temp-repo.ts';

const ACME = join(import.meta.dirname, '..', '..', 'examples', 'acme');
const work = tempRepo({});
const callboard = (...args: string[]) => runBundle('cli/index.js', args, { cwd: work });
const impact = (...args: string[]) => callboard('impact', '--catalog', 'out', ...args);

beforeAll(() => {
  expect(callboard('catalog', 'build', ACME, '--out', 'out', '--org', 'acme').status).toBe(0);
});

describe('callboard impact', () => {
  it('in a monorepo, names only the entities whose folder the change is in', () => {
    const run = impact('--repo', 'playback', '--changed', 'services/queue-proxy/src/main.go', '--format', 'json');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.entities.map((e: { ref: string }) => e.ref)).toEqual([
      'api:default/playback-queue-events',
      'component:default/queue-proxy',
    ]);
  });

  it('gives the owner with contacts and members, and the dependents with their owners', () => {
    const report = JSON.parse(impact('--repo', 'artist-lookup', '--changed', 'src/Main.kt', '--format', 'json').stdout);
    const lookup = report.entities.find((e: { ref: string }) => e.ref === 'component:default/artist-lookup');
    // A group is presented by its display name, as Backstage does.
    expect(lookup.owner).toMatchObject({
      ref: 'group:default/team-a',
      title: 'Team A (Artists)',
      exists: true,
      email: 'team-a@acme.example',
    });
    expect(lookup.owner.members.length).toBeGreaterThan(0);
    expect(lookup.providesApis.map((a: { ref: string }) => a.ref)).toEqual(['api:default/artist-api']);
    // www-artist consumes the API artist-lookup provides: it depends on artist-lookup through it.
    expect(lookup.dependents.direct).toContainEqual(
      expect.objectContaining({ ref: 'component:default/www-artist', owner: 'group:default/team-a' }),
    );
  });

  it('says what a changed descriptor does, in words, against the checkout', () => {
    const checkout = join(work, 'playback');
    cpSync(join(ACME, 'playback'), checkout, { recursive: true });
    const descriptor = join(checkout, 'services/playback-order/catalog-info.yaml');
    writeFileSync(descriptor, readFileSync(descriptor, 'utf8').replace('owner: team-b', 'owner: team-x'));
    const run = impact(
      '--repo',
      'playback',
      '--root',
      'playback',
      '--changed',
      'services/playback-order/catalog-info.yaml',
    );
    expect(run.stdout).toContain('Playback order (component playback-order)');
    expect(run.stdout).toContain('- owner changes from group team-b to group team-x');
    expect(run.stdout).toContain('✖ refers to group team-x, which does not exist');
    expect(run.stdout).not.toContain('queue-proxy');
  });

  it('renders the pull request comment as Markdown, details folded away', () => {
    const run = impact('--repo', 'artist-lookup', '--changed', 'src/Main.kt', '--format', 'markdown');
    expect(run.stdout).toMatch(/^### Callboard: 2 catalog entities touched/);
    expect(run.stdout).toContain('<details><summary>Details</summary>');
    expect(run.stdout).toContain('**Blast radius**: 1 direct dependent');
  });

  it('refuses a tampered catalog, naming the file, and a missing one, saying how to build it', () => {
    const bad = tempRepo({
      'catalog/index.json': readFileSync(join(work, 'out/catalog/index.json'), 'utf8'),
      'catalog/index/0.json': '{"entities": [{"ref": 1}]}',
    });
    const tampered = runBundle('cli/index.js', ['impact', '--catalog', join(bad, 'catalog'), '--repo', 'x'], {
      cwd: work,
    });
    expect(tampered.status).toBe(2);
    expect(tampered.stderr).toMatch(/index\/0\.json does not match index\.schema\.json/);
    const missing = callboard('impact', '--catalog', 'nowhere', '--repo', 'x');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('callboard catalog build ORG_DIR --out nowhere');
  });
});
