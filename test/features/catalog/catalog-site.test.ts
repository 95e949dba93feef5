/**
 * The catalog site in the catalog repository (callboard.yaml's `site:`), built by the catalog job
 * against the GitHub double: in the same commit as the catalog, with the docs read through the
 * forge; a push re-reads the docs of its repository only and keeps the others' pages; files the new
 * site has not are removed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SITE_FOLDER } from '../../../app/core/catalog/catalog-config.ts';
import type { GithubDouble } from '../../github-double/index.ts';
import { componentYaml } from '../../support/descriptors.ts';
import { startDouble } from '../../support/github.ts';
import { catalogJob } from '../../support/catalog-job.ts';
import { dataScriptValue } from '../../support/site-data.ts';

let double: GithubDouble;
let run: (reason: string, repositories?: string[]) => Promise<void>;
const site = (path: string) => double.readFile('acme', 'callboard-catalog', `site/${path}`);
const withDocs = (name: string) =>
  componentYaml(name).replace('metadata:\n', 'metadata:\n  annotations:\n    backstage.io/techdocs-ref: dir:.\n');
const treeReads = (repo: string) =>
  double.requests.filter(
    (r) => r.route === '/repos/{owner}/{repo}/git/trees/{tree_sha}' && r.path.includes(`/acme/${repo}/`),
  ).length;

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  double.addRepository({
    owner: 'acme',
    name: 'a',
    files: {
      'catalog-info.yaml': withDocs('a'),
      'mkdocs.yml': 'site_name: A\nnav:\n  - Home: index.md\n  - Runbook: runbook.md\n',
      'docs/index.md': '# A\n\n![flow](flow.svg)\n',
      'docs/runbook.md': '# Runbook\n\nRestart it gently.\n',
      'docs/flow.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    },
  });
  double.addRepository({ owner: 'acme', name: 'b', files: { 'catalog-info.yaml': componentYaml('b') } });
  double.addRepository({
    owner: 'acme',
    name: 'callboard-catalog',
    files: { 'README.md': '# Catalog\n', 'callboard.yaml': 'site: true\n' },
  });
  const installation = double.addInstallation({ account: 'acme' }).id;
  run = catalogJob(double, installation);
});
afterAll(() => double.close());

describe('the catalog site in the catalog repository', () => {
  it('is committed with the catalog: the app shell, the data, the docs with their images', async () => {
    await run('install');
    expect(double.readFile('acme', 'callboard-catalog', 'catalog/component/default/a.md')).toContain('# a');
    expect(site('index.html')).toContain('<script src="assets/site.js"></script>');
    expect(site('assets/site.js')!.length).toBeGreaterThan(1000);
    expect(dataScriptValue<{ organization: string; entities: number }>(site('data/catalog.js')!)).toMatchObject({
      organization: 'acme',
      entities: 2,
    });
    expect(site('docs/default/component/a/runbook.html')).toContain('Restart it gently.');
    expect(site('docs/default/component/a/flow.svg')).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(site('data/search-docs.js')).toContain('gently');
    expect(treeReads('a')).toBeGreaterThan(0); // its docs folder was read
  });

  it("re-reads only the pushed repository's docs, and keeps the others' pages and search", async () => {
    double.reset();
    double.pushCommit({
      owner: 'acme',
      repo: 'b',
      branch: 'main',
      files: { 'catalog-info.yaml': componentYaml('b').replace('spec:', '  description: Changed\nspec:') },
    });
    await run('push to acme/b', ['acme/b']);
    expect(treeReads('a')).toBe(0);
    expect(site('docs/default/component/a/runbook.html')).toContain('Restart it gently.');
    expect(site('data/search-docs.js')).toContain('gently');
    // The entity's page still has its docs: the nav came from the record the last build left.
    const buckets = [...double.files('acme', 'callboard-catalog')].filter(([path]) =>
      path.startsWith('site/data/entities/'),
    );
    const a = buckets
      .map(([, text]) => dataScriptValue<Record<string, { docs?: { root: string; nav: unknown[] } }>>(text))
      .find((bucket) => bucket['component:default/a'])!['component:default/a']!;
    expect(a.docs).toEqual({
      root: 'docs/default/component/a',
      nav: [
        { title: 'Home', page: 'index.html', depth: 0 },
        { title: 'Runbook', page: 'runbook.html', depth: 0 },
      ],
    });
  });

  it('removes what the new site has not: a page deleted from the docs', async () => {
    double.pushCommit({ owner: 'acme', repo: 'a', branch: 'main', files: { 'docs/runbook.md': null } });
    await run('push to acme/a', ['acme/a']);
    expect(site('docs/default/component/a/runbook.html')).toBeUndefined();
    expect(site('docs/default/component/a/index.html')).toContain('<h1');
    expect(site('data/search-docs.js')).not.toContain('gently');
  });
});

describe('the Pages workflow (templates/workflows/callboard-pages.yml)', () => {
  it("publishes the site's folder, and only when it changed, with the least permissions Pages needs", () => {
    const workflow = load(
      readFileSync(join(import.meta.dirname, '../../../templates/workflows/callboard-pages.yml'), 'utf8'),
    ) as {
      on: { push: { paths: string[] } };
      permissions: Record<string, string>;
      jobs: { deploy: { steps: { uses: string; with?: { path?: string } }[] } };
    };
    expect(workflow.on.push.paths).toEqual([`${DEFAULT_SITE_FOLDER}/**`]);
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    const upload = workflow.jobs.deploy.steps.find((s) => s.uses.startsWith('actions/upload-pages-artifact'));
    expect(upload?.with?.path).toBe(DEFAULT_SITE_FOLDER);
  });
});
