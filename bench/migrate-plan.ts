/**
 * Run by bench/migrations.ts in a child process, so its peak memory is its own:
 *   node bench/migrate-plan.ts ROOT SPEC   plans SPEC over the folder of repositories ROOT, as
 *                                          `callboard migrate plan` does, and prints one JSON line.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { inThisThread } from '../app/core/content-work.ts';
import { parseMigration } from '../app/core/migration/parse-migration.ts';
import { buildLocalCatalog } from '../app/forge/local/catalog-output.ts';
import { createLocalForge } from '../app/forge/local/local-forge.ts';
import { walkFiles } from '../app/forge/local/walk-files.ts';
import { planMigration } from '../app/forge/migration-plans.ts';

const [root, specPath] = process.argv.slice(2) as [string, string];
const folder = dirname(specPath);
const templates = new Map<string, string>();
for (const file of (await walkFiles(folder)).files.filter((f) => f.includes('/')))
  templates.set(file, await readFile(join(folder, file), 'utf8'));
const { spec, problems } = parseMigration(
  { path: `migrations/${basename(specPath)}`, text: await readFile(specPath, 'utf8') },
  { templateFiles: [...templates.keys()], today: new Date().toISOString().slice(0, 10) },
);
if (!spec) throw new Error(JSON.stringify(problems));
const started = performance.now();
const catalog = await buildLocalCatalog(root, 'acme', inThisThread);
const catalogMs = performance.now() - started;
const forge = createLocalForge({ root, owner: 'acme' });
const plans = await planMigration(
  { forge, spec, templates, index: catalog.index, work: inThisThread, now: new Date() },
  await forge.listRepositories(),
);
const count = (status: string) => plans.filter((p) => p.status === status).length;
console.log(
  JSON.stringify({
    ms: Math.round(performance.now() - started),
    catalogMs: Math.round(catalogMs),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    repositories: plans.length,
    changes: count('changes'),
    migrated: count('migrated'),
    notApplicable: count('not-applicable'),
    failed: count('failed'),
  }),
);
