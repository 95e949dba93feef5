/**
 * The catalog job against the GitHub double: the state its last build left is kept with the
 * catalog commit it belongs to, so the next build on that commit reads no state from GitHub; after
 * anyone else's commit it is read afresh, and nothing is lost either way. The scorecard results
 * recorded in the catalog repository show on the entity pages, read the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GithubDouble } from '../../github-double/index.ts';
import { componentYaml } from '../../support/descriptors.ts';
import { startDouble } from '../../support/github.ts';
import { catalogJob } from '../../support/catalog-job.ts';

let double: GithubDouble;
let run: (reason: string, repositories?: string[]) => Promise<void>;
const catalogFile = (path: string) => double.readFile('acme', 'callboard-catalog', `catalog/${path}`);
/** Requests that read the catalog's state: its folder's tree. */
const stateReads = () => double.requests.filter((r) => r.route === '/repos/{owner}/{repo}/git/trees/{tree_sha}').length;

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  for (const name of ['a', 'b', 'c'])
    double.addRepository({ owner: 'acme', name, files: { 'catalog-info.yaml': componentYaml(name) } });
  double.addRepository({ owner: 'acme', name: 'callboard-catalog', files: { 'README.md': '# Catalog\n' } });
  const installation = double.addInstallation({ account: 'acme' }).id;
  run = catalogJob(double, installation);
});
afterAll(() => double.close());

describe('the catalog job', () => {
  it('builds on the state it left, without reading it back', async () => {
    await run('install');
    expect(catalogFile('component/default/a.md')).toContain('# a');
    double.reset();
    double.pushCommit({
      owner: 'acme',
      repo: 'b',
      branch: 'main',
      files: { 'catalog-info.yaml': componentYaml('b').replace('spec:', '  description: Changed\nspec:') },
    });
    await run('push to acme/b', ['acme/b']);
    expect(catalogFile('component/default/b.md')).toContain('Changed');
    expect(stateReads()).toBe(0);
    // A push looks up its repository only: it costs the same in any organisation.
    expect(double.requests.filter((r) => r.route === '/installation/repositories')).toEqual([]);
  });

  it('reads the state afresh after someone else commits to the catalog repository, keeping their commit', async () => {
    double.pushCommit({
      owner: 'acme',
      repo: 'callboard-catalog',
      branch: 'main',
      files: { 'NOTES.md': 'a person was here\n' },
    });
    double.reset();
    double.pushCommit({
      owner: 'acme',
      repo: 'c',
      branch: 'main',
      files: { 'catalog-info.yaml': componentYaml('c').replace('spec:', '  description: Also changed\nspec:') },
    });
    await run('push to acme/c', ['acme/c']);
    expect(stateReads()).toBeGreaterThan(0);
    expect(catalogFile('component/default/c.md')).toContain('Also changed');
    expect(catalogFile('component/default/b.md')).toContain('Changed');
    expect(double.readFile('acme', 'callboard-catalog', 'NOTES.md')).toBe('a person was here\n');
  });
});

describe('a full reconcile', () => {
  it('reads only the repositories pushed to since they were read: a push whose webhook was lost is found', async () => {
    // GitHub's pushed_at has whole seconds: the lost push lands in a later second than the last read.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    double.pushCommit({
      owner: 'acme',
      repo: 'a',
      branch: 'main',
      files: { 'catalog-info.yaml': componentYaml('a').replace('spec:', '  description: Nobody told us\nspec:') },
    });
    await run('scheduled reconcile');
    expect(catalogFile('component/default/a.md')).toContain('Nobody told us');
    expect(double.commits('acme', 'callboard-catalog', 'main')[0]!.message).toContain('read 1: acme/a.');
  });

  it('costs four requests when nothing was pushed to: the catalog repository, its head, the repositories, the teams (its config is known from the last build)', async () => {
    const commits = double.commits('acme', 'callboard-catalog', 'main').length;
    double.reset();
    await run('scheduled reconcile');
    expect(double.commits('acme', 'callboard-catalog', 'main')).toHaveLength(commits);
    expect(
      double.requests
        .filter((r) => r.route !== '/app/installations/{installation_id}/access_tokens')
        .map((r) => r.graphql?.rootFields.join() ?? r.route),
    ).toEqual(['repository', 'repository', '/installation/repositories', '/orgs/{org}/teams']);
  });
});

describe('scorecard results', () => {
  const results =
    '{"repository":"acme/b","entities":[\n{"ref":"component:default/b","title":"b","owner":"group:default/team-a","system":null,"tracks":[{"track":"documented","title":"Documented","level":1,"levels":3,"levelName":"Has a description"}]}\n]}\n';

  it("show on the entity pages, read at the build's commit; the next build on the commit it made asks for none", async () => {
    double.pushCommit({
      owner: 'acme',
      repo: 'callboard-catalog',
      branch: 'main',
      files: { 'catalog/scorecards/results/acme/b.json': results },
    });
    await run('scores recorded', []);
    expect(catalogFile('component/default/b.md')).toContain(
      '| [Documented](../../scorecards/documented.md) | level 1 of 3 (Has a description) |',
    );
    expect(catalogFile('component/default/a.md')).not.toContain('## Scorecards');
    double.reset();
    await run('scores recorded again', []);
    expect(stateReads()).toBe(0);
  });
});
