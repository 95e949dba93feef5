/** `callboard score REPO_DIR [--scorecards DIR] [--catalog DIR] [--reports PATH ...] [--format text|json]` */
import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import { type CatalogIndex } from '../core/catalog-index/catalog-index.ts';
import { CatalogIndexError } from '../core/errors.ts';
import { reportEntities } from '../core/impact/impact-report.ts';
import { problemText } from '../core/report/problem-text.ts';
import { ciFactsOf } from '../core/scorecard/ci-reports/ci-facts.ts';
import { parseScorecards, type ScorecardFile } from '../core/scorecard/parse-scorecards.ts';
import { renderScoreText } from '../core/scorecard/render-score.ts';
import { scoreRepository } from '../core/scorecard/score-repository.ts';
import { readLocalCatalog } from '../forge/local/catalog-output.ts';
import { createRepositoryReader } from '../forge/local/repository-reader.ts';
import { UsageError } from '../forge/local/usage-error.ts';
import { validateLocalDescriptors } from '../forge/local/validate-local-descriptors.ts';
import { walkFiles } from '../forge/local/walk-files.ts';
import type { CliIo } from './cli-io.ts';

/** The starter tracks shipped with Callboard: `templates/scorecards`, beside `app/` and `dist/` alike. */
export const STARTER_SCORECARDS = fileURLToPath(new URL('../../templates/scorecards', import.meta.url));

const HELP = `Usage: callboard score REPO_DIR [options]

Scores a repository's entities on the scorecards' tracks: for each track, the level reached, each
check's result (passed, failed, warning, not applicable, not reported, error, exempt) with the
evidence that decided it, and the next thing to fix.

Options:
  --scorecards DIR   the tracks: a folder of *.yaml, or a catalog repository holding scorecards/
                     (default: Callboard's starter tracks)
  --catalog DIR      a catalog built by "callboard catalog build": owners and dependencies are
                     resolved against it (without it, catalog facts are not reported)
  --reports PATH     a CI report (JUnit XML, lcov, Cobertura XML or SARIF; repeat it, globs allowed),
                     as the scorecard action would collect it in a workflow
  --format FORMAT    text (default) or json
  -h, --help         show this help
`;

export const scoreCommand = {
  async run(args: string[], io: CliIo): Promise<number> {
    if (args.includes('--help') || args.includes('-h')) {
      io.out(HELP);
      return 0;
    }
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          scorecards: { type: 'string' },
          catalog: { type: 'string' },
          reports: { type: 'string', multiple: true },
          format: { type: 'string', default: 'text' },
        },
      });
    } catch (e) {
      io.err(`callboard score: ${(e as Error).message}\n\n${HELP}`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1 || !['text', 'json'].includes(values.format)) {
      io.err(`callboard score: give one REPO_DIR, and --format text or json\n\n${HELP}`);
      return 2;
    }
    const root = resolve(io.cwd, positionals[0]!);
    if (!existsSync(root)) {
      io.err(`callboard score: ${positionals[0]} does not exist\n`);
      return 2;
    }
    const now = new Date();
    const scorecards = parseScorecards(
      await readScorecardFiles(values.scorecards ?? STARTER_SCORECARDS, io.cwd),
      now.toISOString().slice(0, 10),
    );
    for (const file of scorecards.files)
      for (const p of file.problems)
        io.err(`${file.path}:${p.line}:${p.column}: ${p.severity}: ${problemText(p).replaceAll('\n', '\n  ')}\n`);
    if (!scorecards.tracks.length) {
      io.err('callboard score: no valid track to score on\n');
      return 2;
    }
    let catalog: CatalogIndex | undefined;
    try {
      catalog = values.catalog ? (await readLocalCatalog(resolve(io.cwd, values.catalog))).index : undefined;
    } catch (e) {
      if (!(e instanceof CatalogIndexError)) throw e;
      io.err(`callboard score: ${e.message}\n`);
      return 2;
    }
    if (values.catalog && !catalog) {
      io.err(
        `callboard score: no catalog in ${values.catalog}; build one with "callboard catalog build ORG_DIR --out ${values.catalog}"\n`,
      );
      return 2;
    }
    const ci = values.reports ? await readReports(values.reports, io) : undefined;
    const { report } = await validateLocalDescriptors({ work: io.work, patterns: [root], cwd: io.cwd, root });
    const entities = reportEntities(report, (shown) => relative(root, resolve(io.cwd, shown)).split('\\').join('/'));
    const read = createRepositoryReader(root);
    const scores = await scoreRepository({
      entities,
      paths: (await walkFiles(root)).files,
      read: async (paths) =>
        new Map(
          (await Promise.all(paths.map(async (p) => [p, await read(p)] as const))).filter(
            (e): e is [string, string] => e[1] !== undefined,
          ),
        ),
      tracks: scorecards.tracks,
      exemptions: scorecards.exemptions,
      ...(catalog ? { catalog, organization: catalog.organization } : {}),
      ...(ci ? { ci } : {}),
      now,
      work: io.work,
    });
    io.out(values.format === 'json' ? `${JSON.stringify(scores, null, 2)}\n` : renderScoreText(scores));
    return scorecards.files.some((f) => f.problems.some((p) => p.severity === 'error')) ? 1 : 0;
  },
};

/**
 * A folder of tracks, or a catalog repository holding them in scorecards/: its *.yaml and *.yml files (a folder so
 * named is not one).
 */
async function readScorecardFiles(given: string, cwd: string): Promise<ScorecardFile[]> {
  const dir = resolve(cwd, given);
  if (!(await stat(dir).catch(() => undefined))?.isDirectory())
    throw new UsageError(`--scorecards ${given}: no such folder`);
  const folder = existsSync(join(dir, 'scorecards')) ? join(dir, 'scorecards') : dir;
  const entries = await readdir(folder, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => e.name)
    .sort();
  if (!names.length)
    throw new UsageError(`--scorecards ${given}: no track files (*.yaml) in ${relative(cwd, folder) || '.'}`);
  return Promise.all(
    names.map(async (n) => ({
      path: relative(cwd, join(folder, n)) || n,
      text: await readFile(join(folder, n), 'utf8'),
    })),
  );
}

async function readReports(patterns: string[], io: CliIo) {
  for (const pattern of patterns) {
    if (!(await glob(pattern, { cwd: io.cwd, dot: true, followSymbolicLinks: false })).length)
      throw new UsageError(`--reports ${pattern}: matches no file`);
  }
  const paths = (await glob(patterns, { cwd: io.cwd, dot: true, followSymbolicLinks: false })).sort();
  const files = await Promise.all(
    paths.map(async (path) => ({ path, text: await readFile(resolve(io.cwd, path), 'utf8') })),
  );
  const { facts, problems } = ciFactsOf(files);
  for (const p of problems) io.err(`${p.path}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.message}\n`);
  return { ...facts, reportedAt: new Date().toISOString() };
}
