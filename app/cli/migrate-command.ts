/**
 * `callboard migrate plan|apply SPEC ORG_DIR`: a migration spec run over a folder of checkouts
 * without the app. `plan` says which repositories it applies to, which have already migrated, and
 * shows each one's diff, touching nothing; `apply` commits the same changes in each checkout on the
 * branch `callboard/migrate/<id>` (turbolift's and multi-gitter's job), for teams that push and open
 * pull requests themselves.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MIGRATION_FILE_LIMITS } from '../catalog-repo/catalog-parts.ts';
import { migrationBranch, type MigrationSpec, type RepositoryPlan } from '../core/migration/migration-model.ts';
import { parseMigration } from '../core/migration/parse-migration.ts';
import { problemText } from '../core/report/problem-text.ts';
import { failingChecks } from '../core/scorecard/score-results.ts';
import { buildLocalCatalog, readLocalCatalog, readOutputScores } from '../forge/local/catalog-output.ts';
import { commitOnBranch } from '../forge/local/git-branch.ts';
import { createLocalForge } from '../forge/local/local-forge.ts';
import { walkFiles } from '../forge/local/walk-files.ts';
import { planMigration } from '../forge/migration-plans.ts';
import type { CliIo } from './cli-io.ts';

const HELP = `Usage: callboard migrate plan|apply SPEC ORG_DIR [options]

Runs a migration spec (migrations/<id>.yaml of a catalog repository, with its template folder beside
it) over ORG_DIR, a folder of repository checkouts (one folder each).

  plan    which repositories it applies to, which have already migrated, and each one's diff;
          nothing is touched
  apply   the same changes committed in each checkout, one commit on the branch
          callboard/migrate/<id> made from the checkout's current branch; a checkout with
          uncommitted changes is left alone

Options:
  --org NAME       the organisation (default: ORG_DIR's name)
  --catalog DIR    a catalog built by "callboard catalog build" to target entities with (default:
                   built from ORG_DIR in memory); its scorecard results answer "failing" targets
  --format FORMAT  text (default) or json (plan only)
  -h, --help       show this help

Exit codes: 0 done, 1 the spec has errors or a repository failed, 2 a usage error.
`;

export const migrateCommand = {
  async run(args: string[], io: CliIo): Promise<number> {
    if (args.includes('--help') || args.includes('-h')) {
      io.out(HELP);
      return 0;
    }
    const [mode, ...rest] = args;
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { org: { type: 'string' }, catalog: { type: 'string' }, format: { type: 'string', default: 'text' } },
      });
    } catch (e) {
      io.err(`callboard migrate: ${(e as Error).message}\n\n${HELP}`);
      return 2;
    }
    const { values, positionals } = parsed;
    if ((mode !== 'plan' && mode !== 'apply') || positionals.length !== 2) {
      io.err(`callboard migrate: give plan or apply, then SPEC and ORG_DIR\n\n${HELP}`);
      return 2;
    }
    if (values.format !== 'text' && values.format !== 'json') {
      io.err(`callboard migrate ${mode}: --format is text or json\n`);
      return 2;
    }
    const specPath = resolve(io.cwd, positionals[0]!);
    const orgDir = resolve(io.cwd, positionals[1]!);
    if (!existsSync(specPath) || !statSync(specPath).isFile()) {
      io.err(`callboard migrate ${mode}: ${positionals[0]}: no such file\n`);
      return 2;
    }
    if (!existsSync(orgDir) || !statSync(orgDir).isDirectory()) {
      io.err(`callboard migrate ${mode}: ${positionals[1]}: no such folder\n`);
      return 2;
    }
    const organization = values.org ?? basename(orgDir);
    const loaded = await loadSpec(specPath);
    if (!loaded.spec) {
      io.err(loaded.problems);
      return 1;
    }
    if (loaded.problems) io.err(loaded.problems);
    const { spec, templates } = loaded;
    const catalogDir = values.catalog && resolve(io.cwd, values.catalog);
    const catalog = catalogDir
      ? await readLocalCatalog(catalogDir)
      : await buildLocalCatalog(orgDir, organization, io.work);
    const results = catalogDir ? await readOutputScores(catalogDir, catalog.folder) : [];
    const forge = createLocalForge({ root: orgDir, owner: organization });
    const repositories = await forge.listRepositories();
    const plans = await planMigration(
      {
        forge,
        spec,
        templates,
        index: catalog.index,
        failing: failingChecks(results),
        work: io.work,
        now: new Date(),
      },
      repositories,
    );
    const failed = plans.some((p) => p.status === 'failed');
    if (mode === 'plan') {
      io.out(
        values.format === 'json'
          ? `${JSON.stringify({ migration: spec.id, plans }, null, 2)}\n`
          : planText(spec, plans, io),
      );
      return failed ? 1 : 0;
    }
    let refused = false;
    for (const [i, plan] of plans.entries()) {
      if (plan.status !== 'changes') continue;
      const repository = repositories[i]!;
      const result = await commitOnBranch({
        dir: join(orgDir, repository.name),
        branch: migrationBranch(spec.id),
        base: repository.defaultBranch,
        message: `${spec.title}\n\nMigration ${spec.id}, version ${spec.version} (Callboard).`,
        changes: plan.changes,
      });
      refused ||= result.outcome === 'refused';
      io.out(
        `${plan.repository}: ${
          result.outcome === 'committed'
            ? `committed ${result.sha.slice(0, 12)} on ${migrationBranch(spec.id)} (${plan.changes.length} files)`
            : result.outcome === 'unchanged'
              ? `${migrationBranch(spec.id)} already has these changes`
              : `left alone: ${result.reason}`
        }\n`,
      );
    }
    io.out(summary(plans));
    return failed || refused ? 1 : 0;
  },
};

/** The spec and its folder's templates, or the spec's problems as lines (file:line:column). */
async function loadSpec(
  path: string,
): Promise<{ spec?: MigrationSpec; templates: Map<string, string>; problems: string }> {
  const folder = dirname(path);
  const { files } = await walkFiles(folder);
  const templates = new Map<string, string>();
  for (const file of files.filter((f) => f.includes('/')).slice(0, MIGRATION_FILE_LIMITS.templateFiles)) {
    const text = await readFile(join(folder, file), 'utf8');
    if (text.length <= MIGRATION_FILE_LIMITS.bytes) templates.set(file, text);
  }
  const source = `migrations/${basename(path)}`;
  const { spec, problems } = parseMigration(
    { path: source, text: await readFile(path, 'utf8') },
    { templateFiles: [...templates.keys()], today: new Date().toISOString().slice(0, 10) },
  );
  const lines = problems
    .map((p) => `${path}:${p.line}:${p.column}: ${p.severity}: ${problemText(p).replace(/\n/g, '\n    ')}\n`)
    .join('');
  return { ...(spec ? { spec } : {}), templates, problems: lines };
}

function planText(spec: MigrationSpec, plans: readonly RepositoryPlan[], io: CliIo): string {
  const { style } = io;
  const lines = [style.bold(`Migration ${spec.id}: ${spec.title} (version ${spec.version})`), ''];
  for (const plan of plans) {
    switch (plan.status) {
      case 'changes':
        lines.push(
          style.yellow(
            `● ${plan.repository}: ${plan.changes.length} file${plan.changes.length === 1 ? '' : 's'} to change`,
          ),
        );
        for (const note of plan.notes) lines.push(style.dim(`  ${note}`));
        lines.push(plan.diff.trimEnd(), '');
        break;
      case 'migrated':
        lines.push(style.green(`✔ ${plan.repository}: already migrated (${plan.evidence})`));
        break;
      case 'failed':
        lines.push(style.red(`✖ ${plan.repository}: ${plan.reason}`));
        break;
      case 'not-applicable':
        lines.push(style.dim(`- ${plan.repository}: not applicable (${plan.reason})`));
        break;
    }
  }
  return `${lines.join('\n')}\n\n${summary(plans)}`;
}

function summary(plans: readonly RepositoryPlan[]): string {
  const count = (status: RepositoryPlan['status']) => plans.filter((p) => p.status === status).length;
  return `${count('changes')} to change, ${count('migrated')} already migrated, ${count('failed')} failed, ${count('not-applicable')} not applicable.\n`;
}
