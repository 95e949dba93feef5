/**
 * Run by bench/catalog.ts in child processes, one operation each, so each peak memory is its own.
 *   write ROOT     writes a synthetic organisation (BENCH_REPOSITORIES repositories, BENCH_ENTITIES entities)
 *   cold ROOT OUT  builds its catalog from nothing into OUT (the time includes writing it)
 *   again ROOT OUT builds it again with nothing changed (a full reconcile)
 *   one ROOT OUT   changes one repository's descriptor and builds, re-reading that repository only
 * Each prints one JSON line.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { buildCatalog } from '../app/core/catalog/build-catalog.ts';
import { DEFAULT_CONFIG } from '../app/core/catalog/catalog-config.ts';
import { forgeCatalogSource } from '../app/forge/forge-catalog-source.ts';
import { createLocalForge } from '../app/forge/local/local-forge.ts';
import { readOutputState, writeChanges } from '../app/forge/local/catalog-output.ts';
import { syntheticEntities } from './synthetic-org.ts';
import { inThisThread } from '../app/core/content-work.ts';

const [operation, root, out] = process.argv.slice(2) as [string, string, string];
const rss = () => Math.round(process.resourceUsage().maxRSS / 1024);

if (operation === 'write') {
  const repositories = Number(process.env.BENCH_REPOSITORIES ?? 10_000);
  const entities = syntheticEntities(Number(process.env.BENCH_ENTITIES ?? 100_000));
  const perRepo = Math.ceil(entities.length / repositories);
  let bytes = 0;
  for (let r = 0; r < repositories; r++) {
    const text = entities
      .slice(r * perRepo, (r + 1) * perRepo)
      .map((e) => stringify(e))
      .join('---\n');
    bytes += text.length;
    mkdirSync(join(root, `repo-${r}`), { recursive: true });
    writeFileSync(join(root, `repo-${r}`, 'catalog-info.yaml'), text);
  }
  console.log(
    JSON.stringify({ repositories, entities: entities.length, descriptorMb: Math.round(bytes / 1024 / 1024) }),
  );
} else {
  if (operation === 'one') {
    const file = join(root, 'repo-0', 'catalog-info.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('description: The', 'description: Changed, the'));
  }
  const source = forgeCatalogSource(createLocalForge({ root, owner: 'acme', webUrl: 'https://github.com' }), 'acme');
  const state = await readOutputState(out, DEFAULT_CONFIG.folder);
  const start = performance.now();
  const only = operation === 'one' ? { only: ['acme/repo-0'] } : {};
  const result = await buildCatalog({
    organization: 'acme',
    source,
    work: inThisThread,
    config: DEFAULT_CONFIG,
    state,
    ...only,
  });
  // The build renders as its changes are taken, and the CLI writes them to disk as they come: the
  // time spent producing each change is the build's, the rest is the disk's (the app has no disk).
  let rendering = 0;
  const timed = function* () {
    const changes = result.changes[Symbol.iterator]();
    for (;;) {
      const t = performance.now();
      const next = changes.next();
      rendering += performance.now() - t;
      if (next.done) return;
      yield next.value;
    }
  };
  const built = performance.now() - start;
  const { written, removed } = await writeChanges(out, timed());
  const total = performance.now() - start;
  console.log(
    JSON.stringify({
      operation,
      ms: Math.round(built + rendering),
      writeMs: Math.round(total - built - rendering),
      entities: result.catalog.entities.length,
      rendered: result.stats.rendered,
      changes: written + removed,
      read: result.read.length,
      maxRssMb: rss(),
    }),
  );
}
