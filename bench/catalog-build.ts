/**
 * Run by bench/catalog.ts in a child process (so its peak memory is its own): writes a synthetic
 * organisation of BENCH_REPOSITORIES repositories holding BENCH_ENTITIES entities to disk, builds
 * its catalog from scratch, then again with nothing changed, and prints JSON timings.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { buildCatalog } from '../app/core/catalog/build-catalog.ts';
import { DEFAULT_CONFIG } from '../app/core/catalog/catalog-config.ts';
import { emptyState, readCatalogState, stateFolder } from '../app/core/catalog/catalog-state.ts';
import { forgeCatalogSource } from '../app/forge/forge-catalog-source.ts';
import { createLocalForge } from '../app/forge/local/local-forge.ts';
import { syntheticEntities } from './synthetic-org.ts';

const repositories = Number(process.env.BENCH_REPOSITORIES ?? 10_000);
const entities = syntheticEntities(Number(process.env.BENCH_ENTITIES ?? 100_000));
const root = mkdtempSync(join(tmpdir(), 'callboard-bench-'));
const perRepo = Math.ceil(entities.length / repositories);
let bytes = 0;
for (let r = 0; r < repositories; r++) {
  const text = entities.slice(r * perRepo, (r + 1) * perRepo).map((e) => stringify(e)).join('---\n');
  bytes += text.length;
  mkdirSync(join(root, `repo-${r}`));
  writeFileSync(join(root, `repo-${r}`, 'catalog-info.yaml'), text);
}
const forge = createLocalForge({ root, owner: 'acme', webUrl: 'https://github.com' });
const source = forgeCatalogSource(forge, 'acme');
const build = (state = emptyState()) => buildCatalog({ organization: 'acme', source, config: DEFAULT_CONFIG, state });

let start = performance.now();
const first = await build();
const firstMs = performance.now() - start;
const state = readCatalogState(DEFAULT_CONFIG.folder, new Map([...first.files].filter(([p]) => p.startsWith(`${stateFolder(DEFAULT_CONFIG.folder)}/`))));
start = performance.now();
const second = await buildCatalog({ organization: 'acme', source, config: DEFAULT_CONFIG, state, only: [] });
const unchangedMs = performance.now() - start;
rmSync(root, { recursive: true, force: true });
console.log(
  JSON.stringify({
    repositories,
    entities: first.catalog.entities.length,
    descriptorMb: bytes / 1024 / 1024,
    files: first.files.size,
    firstMs,
    unchangedMs,
    unchangedChanges: second.changes.length,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
