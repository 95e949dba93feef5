/**
 * Migrations, measured.
 *
 * 1. `migrate plan` over the benchmark organisation (BENCH_REPOSITORIES repositories, 10,000 by
 *    default, with BENCH_ENTITIES entities): time and peak memory, in a child process of its own,
 *    next to the catalog build it includes (the entity query needs the catalog).
 * 2. A campaign of BENCH_CAMPAIGN repositories (300 by default) carried out end to end against the
 *    GitHub double, with GitHub's secondary limits enforced by the double on a simulated clock that
 *    the app's content budget shares: the campaign's time next to the least time those limits allow
 *    for the writes it made, the limit errors, the requests per repository, and the duplicates
 *    after a crash half-way and a restart (state read back from GitHub).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCampaignBench } from './migration-campaign.ts';

const line = (name: string, value: number | string, unit = '') =>
  console.log(`${name}: ${value}${unit ? ` ${unit}` : ''}`);

const SPEC = `apiVersion: callboard.dev/v1
kind: Migration
metadata:
  name: node-24
  title: Move to Node 24
spec:
  description: Node 20 reaches its end of life.
  owner: group:default/platform
  targets:
    entities: { kind: [Component], tags: [typescript] }
  steps:
    - files: { from: node-24/files }
    - edit: { file: package.json, set: engines.node, value: ">=24" }
  migrated: { file: /.nvmrc, operator: matches, value: "^24" }
`;

const root = mkdtempSync(join(tmpdir(), 'callboard-org-'));
const catalog = mkdtempSync(join(tmpdir(), 'callboard-catalog-'));
try {
  const org = JSON.parse(
    execFileSync(process.execPath, [join(import.meta.dirname, 'catalog-build.ts'), 'write', root], {
      encoding: 'utf8',
    }),
  ) as { repositories: number; entities: number };
  // Every repository a Node project; a third already on Node 24.
  for (let r = 0; r < org.repositories; r++) {
    writeFileSync(
      join(root, `repo-${r}`, 'package.json'),
      `{\n  "name": "repo-${r}",\n  "engines": { "node": ">=20" }\n}\n`,
    );
    writeFileSync(join(root, `repo-${r}`, '.nvmrc'), r % 3 === 0 ? '24\n' : '20\n');
  }
  mkdirSync(join(catalog, 'migrations', 'node-24', 'files'), { recursive: true });
  writeFileSync(join(catalog, 'migrations', 'node-24.yaml'), SPEC);
  writeFileSync(join(catalog, 'migrations', 'node-24', 'files', '.nvmrc'), '24\n');
  const plan = JSON.parse(
    execFileSync(
      process.execPath,
      [join(import.meta.dirname, 'migrate-plan.ts'), root, join(catalog, 'migrations', 'node-24.yaml')],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    ),
  ) as Record<string, number>;
  line(`migrate plan, ${org.repositories} repositories (${org.entities} entities)`, plan.ms!, 'ms');
  line('migrate plan, of which building the catalog in memory', plan.catalogMs!, 'ms');
  line('migrate plan peak memory', plan.maxRssMb!, 'MB');
  line(
    'migrate plan outcome',
    `${plan.changes} to change, ${plan.migrated} migrated, ${plan.notApplicable} not applicable, ${plan.failed} failed`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
  rmSync(catalog, { recursive: true, force: true });
}

await runCampaignBench(line);
