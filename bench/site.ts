/**
 * The catalog site for a synthetic organisation (BENCH_REPOSITORIES repositories, BENCH_ENTITIES
 * entities; 10,000 and 100,000 by default), one repository in 20 with a TechDocs project:
 * - build: `callboard catalog build --site` (the bundled CLI) against the same build without the
 *   site, measured in the same run, so the site's own cost is a ratio;
 * - size: files, bytes, and the data scripts gzipped (as GitHub Pages sends them);
 * - in Debian's headless Chromium, each from a cold cache: the time and the bytes to a filtered
 *   table, to the first search result (a typo of a word), and to an entity's page.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { browserMissing, launchBrowser, serveSite } from '../test/support/browser.ts';

const ROOT = join(import.meta.dirname, '..');
const org = mkdtempSync(join(tmpdir(), 'callboard-site-org-'));
const work = mkdtempSync(join(tmpdir(), 'callboard-site-'));
const line = (name: string, value: number | string, unit = '') =>
  console.log(`site ${name}: ${value}${unit ? ` ${unit}` : ''}`);
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

function cli(...args: string[]): number {
  const start = performance.now();
  execFileSync(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), ...args], { stdio: 'ignore' });
  return Math.round(performance.now() - start);
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

try {
  const written = JSON.parse(
    execFileSync(process.execPath, [join(import.meta.dirname, 'catalog-build.ts'), 'write', org], { encoding: 'utf8' }),
  ) as { repositories: number; entities: number };
  const repos = readdirSync(org);
  for (const [i, repo] of repos.entries()) {
    if (i % 20) continue;
    mkdirSync(join(org, repo, 'docs'), { recursive: true });
    writeFileSync(
      join(org, repo, 'mkdocs.yml'),
      `site_name: ${repo}\nnav:\n  - Home: index.md\n  - Runbook: runbook.md\n`,
    );
    writeFileSync(
      join(org, repo, 'docs', 'index.md'),
      `# ${repo}\n\nWhat ${repo} does, and for whom.\n\n## Getting started\n\nClone it, run \`make\`, and call it on port 8080.\n`,
    );
    writeFileSync(
      join(org, repo, 'docs', 'runbook.md'),
      `# Runbook\n\n## Paged at night\n\nCheck the queue depth of ${repo}, then the database connections.\n`,
    );
  }
  line('repositories', written.repositories);
  line('entities', written.entities);

  const baseline = cli('catalog', 'build', org, '--out', join(work, 'baseline'), '--org', 'acme');
  const withSite = cli(
    'catalog',
    'build',
    org,
    '--out',
    join(work, 'out'),
    '--org',
    'acme',
    '--site',
    join(work, 'site'),
  );
  line('catalog build without the site (baseline)', baseline, 'ms');
  line('catalog build with the site', withSite, 'ms');
  line('build ratio, with the site to without', (withSite / baseline).toFixed(2), 'x');

  const all = files(join(work, 'site'));
  const data = all.filter((f) => f.includes(`${join(work, 'site', 'data')}`));
  const size = (list: string[]) => list.reduce((n, f) => n + statSync(f).size, 0);
  const gz = (list: string[]) => list.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
  line('files', all.length);
  line('size', mb(size(all)), 'MB');
  line('data scripts', `${data.length} files, ${mb(size(data))} MB, ${mb(gz(data))} MB gzipped`);
  for (const name of ['catalog.js', 'rows-0.js', 'search-entities.js', 'search-docs.js'])
    line(
      `data/${name}`,
      `${mb(statSync(join(work, 'site', 'data', name)).size)} MB, ${mb(gzipSync(readFileSync(join(work, 'site', 'data', name))).length)} MB gzipped`,
    );

  const missing = browserMissing();
  if (missing) line('in the browser', `not measured: ${missing}`);
  else {
    const site = await serveSite(join(work, 'site'));
    const browser = await launchBrowser();
    const measure = async (label: string, path: string, ready: string) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const before = site.bytes();
      const start = performance.now();
      await page.goto(`${site.url}${path}`);
      await page.waitForSelector(ready, { timeout: 120_000 });
      const ms = Math.round(performance.now() - start);
      line(label, `${ms} ms, ${mb(site.bytes() - before)} MB transferred (uncompressed)`);
      await context.close();
    };
    await measure(
      'to a filtered table',
      'index.html#/?owner=group%3Adefault%2Fteam-3',
      '#count:not(:has-text("loading")):has-text("Showing")',
    );
    await measure('to the first search result (typo "paymemts")', 'index.html#/search?q=paymemts', 'ol.hits li');
    await measure(
      'to the first docs result ("queue depth")',
      'index.html#/search?q=queue%20depth',
      'ol.hits[aria-labelledby="docs-results"] li',
    );
    await measure(
      "to an entity's page",
      'index.html#/catalog/default/component/svc-100',
      'body[data-ready="catalog"] h1',
    );
    await browser.close();
    await site.close();
  }
} finally {
  rmSync(org, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}
