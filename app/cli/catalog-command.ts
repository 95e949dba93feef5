/** `callboard catalog build ORG_DIR --out DIR [--org NAME]` */
import { existsSync, statSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCatalog } from '../core/catalog/build-catalog.ts';
import { parseCatalogConfig } from '../core/catalog/catalog-config.ts';
import { scoresByEntity } from '../core/scorecard/score-results.ts';
import { forgeCatalogSource } from '../forge/forge-catalog-source.ts';
import { createLocalForge } from '../forge/local/local-forge.ts';
import { readOutputConfig, readOutputScores, readOutputState, writeChanges } from '../local/catalog-output.ts';
import type { CliIo } from './cli-io.ts';

const HELP = `Usage: callboard catalog build ORG_DIR --out DIR [options]

Builds the organisation's catalog from ORG_DIR, which holds one folder per repository (plain
folders or git checkouts), and writes into DIR exactly what the GitHub App commits to the
catalog repository: Markdown pages, index.json, all.yaml and the state of the build. Run it
again and only what changed is rewritten. DIR/callboard.yaml, when present, configures it; the
scorecard results DIR holds (a checkout of the catalog repository) show on the entity pages.

Options:
  --out DIR        the catalog repository's folder (created when missing)
  --org NAME       the organisation (default: the name of ORG_DIR)
  --web-url URL    where the repositories live, for links (default: https://github.com)
  -h, --help       show this help
`;

export const catalogCommand = {
  summary: 'build the catalog of a folder of repositories, as the app would commit it',
  async run(args: string[], io: CliIo): Promise<number> {
    const [sub, ...rest] = args;
    if (sub !== 'build' || rest.includes('--help') || rest.includes('-h')) {
      (sub === 'build' || sub === '--help' || sub === '-h' ? io.out : io.err)(HELP);
      return sub === 'build' || sub === '--help' || sub === '-h' ? 0 : 2;
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, allowPositionals: true, options: { out: { type: 'string' }, org: { type: 'string' }, 'web-url': { type: 'string', default: 'https://github.com' } } });
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
    const forge = createLocalForge({ root: orgDir, owner: organization, webUrl: values['web-url'] });
    const progress = io.progress ?? (() => {});
    const result = await buildCatalog({
      organization,
      source: forgeCatalogSource(forge, organization),
      work: io.work,
      config,
      configProblems: problems,
      state: await readOutputState(out, config.folder),
      scores: scoresByEntity(await readOutputScores(out, config.folder)),
      webUrl: values['web-url'],
      onProgress: (done, total) => progress(`Reading repositories ${done}/${total}`),
    });
    progress('');
    const { written, removed } = await writeChanges(out, result.changes);
    const { catalog } = result;
    const errors = catalog.problems.filter((p) => p.severity === 'error').length;
    const warnings = catalog.problems.length - errors;
    const where = relative(io.cwd, resolve(out, config.folder)) || '.';
    io.out(
      [
        `${catalog.entities.length} entities from ${catalog.repositories.length} repositories (${result.read.length} read), ${errors} errors and ${warnings} warnings.`,
        written || removed ? `Wrote ${written} files and removed ${removed} in ${where}.` : `Nothing changed in ${where}.`,
        ...catalog.removed.map((r) => `Removed ${r.ref}: ${r.reason}`),
        `Start at ${where}/README.md; problems are listed in ${where}/errors.md.`,
        '',
      ].join('\n'),
    );
    return 0;
  },
};
