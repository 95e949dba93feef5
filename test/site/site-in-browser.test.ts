/**
 * The catalog site as a person uses it, in a real headless Chromium (Debian's package, driven by
 * playwright-core): the example organisation's site built by the bundled CLI, served as GitHub
 * Pages would serve it, then the home page, a filter by owner, a search with a typo, an entity page
 * and its graph, its owner, its API reference and its docs, the keyboard, and axe-core's checks of
 * labels, contrast and names. Screenshots go to test-artifacts/site/. The site must ask nothing of
 * anyone but itself.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { syntheticEntities } from '../../bench/synthetic-org.ts';
import { browserMissing, launchBrowser, serveSite, type StaticSite } from '../support/browser.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts', 'site');
const missing = browserMissing();
// CI installs Chromium (.ci/run) and says so: there a missing browser fails instead of skipping.
if (missing && process.env.CALLBOARD_REQUIRE_BROWSER) throw new Error(missing);
if (missing) console.warn(`Skipping the site's browser tests: ${missing}`);

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.skipIf(!!missing)('the catalog site in a browser', () => {
  let dir: string;
  let site: StaticSite;
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'callboard-site-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'dist', 'cli', 'index.js'),
        'catalog',
        'build',
        join(ROOT, 'examples', 'acme'),
        '--out',
        join(dir, 'out'),
        '--org',
        'acme',
        '--site',
        join(dir, 'site'),
      ],
      { encoding: 'utf8' },
    );
    site = await serveSite(join(dir, 'site'));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (r) => {
      if (!r.url().startsWith(site.url) && !/^(?:data|blob):/.test(r.url())) outside.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  const ready = (view: string) => page.waitForSelector(`body[data-ready="${view}"]`);
  const axe = async () => {
    // Evaluated by the browser's debugger, not as a script of the page: the page's CSP runs no inline script.
    await page.evaluate(AXE);
    const result = await page.evaluate(() =>
      (
        window as unknown as {
          axe: { run(o: object): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
        }
      ).axe.run({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
      }),
    );
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${JSON.stringify(
          v.nodes
            .slice(0, 2)
            .map((n) => n as { html: string; failureSummary: string })
            .map((n) => [n.html, n.failureSummary]),
        )}`,
    );
  };

  /** The example catalog's own index: what the site must show. */
  const entities = () =>
    readdirSync(join(dir, 'out', 'catalog', 'index'))
      .filter((f) => /^[0-9a-f]+\.json$/.test(f))
      .flatMap(
        (f) =>
          (
            JSON.parse(readFileSync(join(dir, 'out', 'catalog', 'index', f), 'utf8')) as {
              entities: { ref: string; owner: string | null; kind: string }[];
            }
          ).entities,
      );

  it('opens on the table of every entity', async () => {
    await page.goto(`${site.url}index.html`);
    await ready('table');
    await expect
      .poll(() => page.textContent('#count'))
      .toBe(`Showing ${entities().length} of ${entities().length} entities`);
    // Only the site's own script files run: no inline script, no other server.
    expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toContain(
      "script-src 'self' file:; ",
    );
    await shot('1-home');
    expect(await axe()).toEqual([]);
  });

  it('filters the table by owner, and the URL keeps the filter', async () => {
    const owned = entities().filter((e) => e.owner === 'group:default/team-a');
    await page.selectOption('#filter-owner', 'group:default/team-a');
    await expect
      .poll(() => page.textContent('#count'))
      .toBe(`Showing ${owned.length} of ${entities().length} entities`);
    const owners = await page.$$eval('table.entities tbody tr:not(.spacer) td:nth-child(4)', (cells) =>
      cells.map((c) => c.textContent),
    );
    expect(owners).toEqual(owned.map(() => 'Team A (Artists)'));
    expect(page.url()).toContain('owner=group%3Adefault%2Fteam-a');
    await shot('2-filtered-by-owner');
    // The link alone shows the same table, and the other filters count what this one leaves.
    await page.reload();
    await ready('table');
    await expect
      .poll(() => page.textContent('#count'))
      .toBe(`Showing ${owned.length} of ${entities().length} entities`);
    const kinds = await page.$$eval('#filter-kind option', (options) => options.map((o) => o.textContent));
    expect(kinds).toContain(`Component (${owned.filter((e) => e.kind === 'Component').length})`);
  });

  it('remembers "my team" and shows what it owns', async () => {
    await page.goto(`${site.url}index.html#/`);
    await ready('table');
    await page.selectOption('#my-team', 'group:default/team-b');
    await expect.poll(() => page.isChecked('#mine')).toBe(true);
    const owned = entities().filter((e) => e.owner === 'group:default/team-b').length;
    await expect.poll(() => page.textContent('#count')).toBe(`Showing ${owned} of ${entities().length} entities`);
    await page.goto(`${site.url}index.html#/`);
    await page.reload();
    await ready('table');
    expect(await page.inputValue('#my-team')).toBe('group:default/team-b');
  });

  it('finds an entity by a typo of its name, and opens its page with its graph', async () => {
    await page.goto(`${site.url}index.html#/`);
    await ready('table');
    await page.fill('#site-search', 'artist-lokup');
    await page.press('#site-search', 'Enter');
    await ready('search');
    await page.waitForSelector('ol.hits');
    expect(await page.textContent('ol.hits li:first-child a')).toBe('Artist Lookup');
    await shot('3-search-typo');
    await page.click('ol.hits li:first-child a');
    await ready('catalog');
    expect(await page.textContent('h1')).toContain('Artist Lookup');
    // Who owns it, and how to reach them, as its Markdown page says.
    expect(await page.textContent('dl.facts')).toContain('Team A (Artists) (team-a@acme.example)');
    await page.waitForSelector('#graph svg');
    const oneStep = await page.$$eval('#graph svg g.node', (nodes) => nodes.length);
    expect(oneStep).toBe(5); // itself, its API, its system, its owner, its database
    await page.selectOption('#graph-depth', '2');
    await expect.poll(() => page.$$eval('#graph svg g.node', (nodes) => nodes.length)).toBeGreaterThan(oneStep);
    await shot('4-entity-page');
    expect(await axe()).toEqual([]);
  });

  it('follows the owner to its page', async () => {
    await page.click('dl.facts a:text("Team A (Artists)")');
    await ready('catalog');
    await expect.poll(() => page.textContent('h1')).toContain('Team A (Artists)');
    expect(
      await page.$$eval('section[aria-labelledby="relations"] a', (links) => links.map((l) => l.textContent)),
    ).toContain('Artist Lookup');
    await shot('5-owner-page');
  });

  it("opens an API's reference, rendered by Redoc from the site's own files", async () => {
    await page.goto(`${site.url}index.html#/catalog/default/component/artist-lookup`);
    await ready('catalog');
    await page.click('section[aria-labelledby="relations"] a:text("Artist API")');
    await ready('catalog');
    await page.click('a:text("Open the API reference")');
    await page.waitForSelector('text=Find artists whose name matches a query');
    await shot('6-api-reference');
  });

  it('renders every kind of API reference: AsyncAPI, GraphQL and gRPC too', async () => {
    await page.goto(`${site.url}api/default/api/playback-queue-events.html`);
    // The channel's name, drawn by AsyncAPI's component (it is also in its collapsed menu, hidden).
    await page.locator('#asyncapi').getByText('playback.queue.changed').last().waitFor();
    await shot('6b-asyncapi-reference');
    await page.goto(`${site.url}api/default/api/podcast.html`);
    expect(await page.$$eval('nav.side a', (links) => links.map((l) => l.textContent))).toContain('Query');
    expect(await page.textContent('#type-Query')).toContain('searchShows');
    await shot('6c-graphql-reference');
    await page.goto(`${site.url}api/default/api/wayback-archive.html`);
    expect(await page.$$eval('pre code .hljs-keyword', (spans) => spans.map((s) => s.textContent))).toContain('rpc');
  });

  it('opens the docs: the nav, highlighted code, an admonition, an image, links between pages', async () => {
    await page.goto(`${site.url}index.html#/catalog/default/component/artist-lookup`);
    await ready('catalog');
    await page.click('a:text("Read the docs")');
    await page.waitForSelector('article.markdown h1');
    expect(await page.textContent('article.markdown h1')).toBe('Artist Lookup');
    expect(await page.$eval('article.markdown img', (img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(
      0,
    );
    await page.click('nav.side a:text("Calling the API")');
    await page.waitForSelector('article.markdown h1:text("Calling the API")');
    expect(await page.$$eval('pre code .hljs-keyword', (spans) => spans.length)).toBeGreaterThan(0);
    expect(await page.textContent('.admonition-title')).toBe('Results are cached');
    await shot('7-docs-page');
    expect(await axe()).toEqual([]);
    await page.click('article.markdown a:text("Operations")');
    await page.waitForSelector('article.markdown h1:text("Operations")');
  });

  it('finds a docs page by a word in it, with its entity', async () => {
    await page.goto(`${site.url}index.html#/search?q=idempotent`);
    await page.waitForSelector('ol.hits');
    const hit = page.locator('ol.hits[aria-labelledby="docs-results"] li').first();
    expect(await hit.locator('a').first().textContent()).toBe('Operations: Backfills');
    expect(await hit.locator('a').first().getAttribute('href')).toBe(
      'docs/default/component/artist-lookup/operations.html#backfills',
    );
    expect(await hit.locator('a').nth(1).textContent()).toBe('Artist Lookup');
    await shot('8-search-docs');
  });

  it('is usable from the keyboard: a skip link first, then visible focus', async () => {
    const fresh = await browser.newPage();
    await fresh.goto(`${site.url}index.html#/`);
    await fresh.waitForSelector('body[data-ready="table"]');
    await fresh.keyboard.press('Tab');
    expect(await fresh.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await fresh.keyboard.press('Enter');
    await fresh.keyboard.press('Tab');
    // The first control of the page, the search box, has focus and shows it.
    const focused = await fresh.evaluate(() => {
      const el = document.activeElement!;
      return { id: el.id, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused).toEqual({ id: 'site-search', outline: 'solid' });
    await fresh.close();
  });

  it('asked nothing of any server but the site, and threw nothing', () => {
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('works from disk (file://), with no server at all', async () => {
    const local = await browser.newPage();
    await local.goto(`${pathToFileURL(join(dir, 'site', 'index.html')).href}#/catalog/default/component/artist-lookup`);
    await local.waitForSelector('body[data-ready="catalog"]');
    expect(await local.textContent('h1')).toContain('Artist Lookup');
    await local.close();
  });
});

describe.skipIf(!!missing)('the table of a large catalog in a browser', () => {
  let dir: string;
  let site: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    // 6,000 synthetic entities in 300 repositories: two row chunks, and far more rows than a screen holds.
    dir = mkdtempSync(join(tmpdir(), 'callboard-site-large-'));
    const entities = syntheticEntities(6000);
    for (let r = 0; r < 300; r++) {
      mkdirSync(join(dir, 'org', `repo-${r}`), { recursive: true });
      writeFileSync(
        join(dir, 'org', `repo-${r}`, 'catalog-info.yaml'),
        entities
          .slice(r * 20, (r + 1) * 20)
          .map((e) => stringify(e))
          .join('---\n'),
      );
    }
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'dist', 'cli', 'index.js'),
        'catalog',
        'build',
        join(dir, 'org'),
        '--out',
        join(dir, 'out'),
        '--org',
        'acme',
        '--site',
        join(dir, 'site'),
      ],
      { encoding: 'utf8' },
    );
    site = await serveSite(join(dir, 'site'));
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds only the rows in view, and scrolls to the last one', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}index.html#/?sort=name`);
    await page.waitForSelector('#count:not(:has-text("loading")):has-text("Showing")');
    const total = Number((await page.textContent('#count'))!.match(/of ([\d,]+)/)![1]!.replace(/,/g, ''));
    expect(total).toBeGreaterThan(5000);
    const drawn = () => page.$$eval('table.entities tbody tr:not(.spacer)', (rows) => rows.length);
    expect(await drawn()).toBeLessThan(100);
    await page.$eval('.scroller', (el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => page.$$eval('table.entities tbody tr.spacer', (rows) => rows.length)).toBe(1);
    expect(await drawn()).toBeLessThan(100);
    // Sorted by name, descending: the last row of the ascending order comes first.
    const last = await page.textContent('table.entities tbody tr:not(.spacer):last-child td.name a');
    await page.click('th button:has-text("Name")');
    await expect.poll(() => page.textContent('table.entities tbody tr:not(.spacer):first-child td.name a')).toBe(last);
    await page.screenshot({ path: join(ARTIFACTS, '9-large-table.png') });
    // Names sort as people read them: svc-2 before svc-10.
    await page.goto(`${site.url}index.html#/?kind=Component`);
    await page.waitForSelector('#count:not(:has-text("loading")):has-text("Showing")');
    expect(
      await page.$$eval('table.entities tbody tr:not(.spacer) td.name a', (a) =>
        a.slice(0, 3).map((x) => x.textContent),
      ),
    ).toEqual(['svc-0', 'svc-1', 'svc-2']);
    await page.close();
  });
});
