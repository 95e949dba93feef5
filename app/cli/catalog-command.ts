/** `callboard catalog build ORG_DIR --out DIR [--org NAME]` */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCatalog } from '../core/catalog/build-catalog.ts';
import { parseCatalogConfig } from '../core/catalog/catalog-config.ts';
import { scoresByEntity } from '../core/scorecard/score-results.ts';
import { forgeCatalogSource } from '../forge/forge-catalog-source.ts';
import { createLocalForge } from '../forge/local/local-forge.ts';
import { readOutputConfig, readOutputScores, readOutputState, writeChanges } from '../forge/local/catalog-output.ts';
import { UsageError } from '../forge/local/usage-error.ts';
import type { CliIo } from './cli-io.ts';
import { ROOT_DESCRIPTOR } from '../core/descriptor/descriptor-files.ts';
import type { CatalogPlan } from '../core/catalog/plan-catalog.ts';
import { createCatalogView, type CatalogScores } from '../core/catalog/render/catalog-view.ts';
import { siteFiles } from '../core/site/build-site.ts';
import { readSiteDocs } from '../core/site/read-site-docs.ts';
import { forgeDocsSource } from '../forge/forge-docs-source.ts';
import { readSiteAssets } from '../forge/site-assets.ts';
import { writeSite } from '../forge/local/site-output.ts';
import type { Forge } from '../forge/types.ts';
import { pathToFileURL } from 'node:url';

const HELP = `Usage: callboard catalog build ORG_DIR --out DIR [--site SITE_DIR] [options]

Builds the organisation's catalog from ORG_DIR, which holds one folder per repository (plain
folders or git checkouts), and writes into DIR exactly what the GitHub App commits to the
catalog repository: Markdown pages, index.json, all.yaml and the state of the build. Run it
again and only what changed is rewritten. DIR/callboard.yaml, when present, configures it; the
scorecard results DIR holds (a checkout of the catalog repository) show on the entity pages.

With --site, it also writes the catalog site into SITE_DIR: the table of every entity, search,
entity pages with their graph, the TechDocs and the API references, as static files that open
from disk (SITE_DIR/index.html) or from GitHub Pages, and ask nothing of any other server.

Options:
  --out DIR        the catalog repository's folder (created when missing)
  --site DIR       also write the catalog site there (a new folder, or one it wrote before)
  --org NAME       the organisation (default: the name of ORG_DIR)
  --web-url URL    where the repositories live, for links (default: https://github.com)
  -h, --help       show this help
`;

export const catalogCommand = {
  async run(args: string[], io: CliIo): Promise<number> {
    const [sub, ...rest] = args;
    if (sub !== 'build' || rest.includes('--help') || rest.includes('-h')) {
      (sub === 'build' || sub === '--help' || sub === '-h' ? io.out : io.err)(HELP);
      return sub === 'build' || sub === '--help' || sub === '-h' ? 0 : 2;
    }
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          out: { type: 'string' },
          org: { type: 'string' },
          site: { type: 'string' },
          'web-url': { type: 'string', default: 'https://github.com' },
        },
      });
    } catch (e) {
      io.err(`callboard catalog build: ${(e as Error).message}\n\n${HELP}`);
      return 2;
    }
    const { values, positionals } = parsed;
    const orgDir = positionals[0] && resolve(io.cwd, positionals[0]);
    if (!orgDir || positionals.length !== 1 || !values.out) {
      io.err(`callboard catalog build: give one ORG_DIR and --out DIR\n\n${HELP}`);
      return 2;
    }
    if (!existsSync(orgDir) || !statSync(orgDir).isDirectory()) {
      io.err(`callboard catalog build: ${positionals[0]}: no such folder\n`);
      return 2;
    }
    const out = resolve(io.cwd, values.out);
    const organization = values.org ?? basename(orgDir);
    const { config, problems } = parseCatalogConfig(await readOutputConfig(out));
    const folder = await organizationFolder(orgDir, positionals[0]!, config.discovery.length > 0, io.cwd);
    const forge = createLocalForge({ root: orgDir, owner: organization, webUrl: values['web-url'] });
    const progress = io.progress ?? (() => {});
    const scores = scoresByEntity(await readOutputScores(out, config.folder));
    const result = await buildCatalog({
      organization,
      source: forgeCatalogSource(forge, organization),
      work: io.work,
      config,
      configProblems: problems,
      state: await readOutputState(out, config.folder),
      scores,
      webUrl: values['web-url'],
      onProgress: (done, total) => progress(`Reading repositories ${done}/${total}`),
    });
    progress('');
    const { written, removed } = await writeChanges(out, result.changes);
    const { catalog } = result;
    const site =
      values.site === undefined
        ? undefined
        : await writeCatalogSite(resolve(io.cwd, values.site), result, forge, values['web-url'], scores, progress);
    const errors = catalog.problems.filter((p) => p.severity === 'error').length;
    const warnings = catalog.problems.length - errors;
    const where = relative(io.cwd, resolve(out, config.folder)) || '.';
    io.out(
      [
        `${catalog.entities.length} entities from ${catalog.repositories.length} repositories (${result.read.length} read), ${errors} errors and ${warnings} warnings.`,
        written || removed
          ? `Wrote ${written} files and removed ${removed} in ${where}.`
          : `Nothing changed in ${where}.`,
        ...catalog.removed.map((r) => `Removed ${r.ref}: ${r.reason}`),
        `Start at ${where}/README.md; problems are listed in ${where}/errors.md.`,
        ...(site
          ? [
              `Wrote the site: ${site.summary.entities} entities, ${site.summary.docsPages} docs pages, ${site.summary.apiPages} API references (${site.written} files, ${site.removed} removed).`,
              `Open ${pathToFileURL(join(site.dir, 'index.html')).href} in a browser (the table, search, docs and API references, from disk), or publish ${relative(io.cwd, site.dir) || '.'} with GitHub Pages (docs/site.md).`,
            ]
          : []),
        ...(folder.links.length
          ? [
              `Skipped ${folder.links.length} symbolic links in ${positionals[0]} (links are not followed): ${folder.links.slice(0, 5).join(', ')}${folder.links.length > 5 ? ', …' : ''}`,
            ]
          : []),
        '',
      ].join('\n'),
    );
    return 0;
  },
};

/** The catalog site of a build, written into `dir`: the docs read through the same forge as the descriptors. */
async function writeCatalogSite(
  dir: string,
  result: CatalogPlan,
  forge: Forge,
  webUrl: string,
  scores: CatalogScores,
  progress: (text: string) => void,
) {
  progress('Writing the site');
  const view = createCatalogView(result.catalog, scores);
  const docs = await readSiteDocs(view, forgeDocsSource(forge), webUrl);
  const written = await writeSite(dir, siteFiles({ view, docs, assets: await readSiteAssets() }));
  progress('');
  return { ...written, dir };
}

/**
 * The folder of repositories, checked for the mistakes that would build an empty catalog quietly:
 * one repository's folder given instead of its parent, or a folder whose repositories hold no
 * descriptor (one level too high). Returns the links among its entries, which are not followed.
 */
async function organizationFolder(
  dir: string,
  given: string,
  discovery: boolean,
  cwd: string,
): Promise<{ links: string[] }> {
  const entries = await readdir(dir, { withFileTypes: true });
  const own = entries.find((e) => e.name === ROOT_DESCRIPTOR || e.name === '.git');
  if (own)
    throw new UsageError(
      `${given} is one repository (it holds ${own.name}); catalog build reads a folder of repositories, one folder each: try its parent, ${relative(cwd, dirname(dir)) || '.'}`,
    );
  const repositories = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
  if (!repositories.length)
    throw new UsageError(
      `${given} holds no repository folders; catalog build reads a folder of repositories, one folder each`,
    );
  const described = repositories.filter((name) => existsSync(join(dir, name, ROOT_DESCRIPTOR)));
  if (!described.length && !discovery) {
    const below = repositories.find((name) =>
      subfolders(join(dir, name)).some((sub) => existsSync(join(dir, name, sub, ROOT_DESCRIPTOR))),
    );
    throw new UsageError(
      `no repository in ${given} holds a ${ROOT_DESCRIPTOR} (${repositories.length} folders looked at)${below ? `; the folders of ${join(given, below)} do: try that one` : ''}`,
    );
  }
  return { links: entries.filter((e) => e.isSymbolicLink()).map((e) => e.name) };
}

const subfolders = (dir: string) => {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  } catch {
    return [];
  }
};
