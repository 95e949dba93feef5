/**
 * The Acme example organisation (examples/acme, one folder per repository) as migrations see it:
 * its catalog index, built as `callboard catalog build` builds it, and each repository's files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildCatalog } from '../../app/core/catalog/build-catalog.ts';
import { parseCatalogConfig } from '../../app/core/catalog/catalog-config.ts';
import { emptyState } from '../../app/core/catalog/catalog-state.ts';
import { loadCatalogIndex } from '../../app/core/catalog-index/load-catalog-index.ts';
import type { CatalogIndex } from '../../app/core/catalog-index/catalog-index.ts';
import { inThisThread } from '../../app/core/content-work.ts';
import type { RepositoryFiles } from '../../app/core/scorecard/scoring-subject.ts';
import { forgeCatalogSource } from '../../app/forge/forge-catalog-source.ts';
import { createLocalForge } from '../../app/forge/local/local-forge.ts';
import { taken } from './built-catalog.ts';
import { REPO_ROOT } from './paths.ts';

export const ACME = join(REPO_ROOT, 'examples', 'acme');
export const ACME_REPOSITORIES = readdirSync(ACME, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `acme/${d.name}`)
  .sort();

let index: Promise<CatalogIndex> | undefined;

/** Acme's catalog index, built once. */
export function acmeIndex(): Promise<CatalogIndex> {
  return (index ??= (async () => {
    const forge = createLocalForge({ root: ACME, owner: 'acme', webUrl: 'https://github.com' });
    const { config, problems } = parseCatalogConfig(undefined);
    const built = taken(
      await buildCatalog({
        organization: 'acme',
        source: { ...forgeCatalogSource(forge, 'acme'), teams: async () => [] },
        work: inThisThread,
        config,
        configProblems: problems,
        state: emptyState(),
      }),
    );
    const loaded = await loadCatalogIndex(config.folder, async (paths) => paths.map((p) => built.files.get(p)));
    if (!loaded) throw new Error('the Acme build wrote no index');
    return loaded;
  })());
}

/** A repository's files, read from its folder (`acme/www-artist` → examples/acme/www-artist). */
export function acmeFiles(fullName: string): RepositoryFiles {
  const folder = join(ACME, fullName.slice(fullName.indexOf('/') + 1));
  const paths = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(folder, join(d.parentPath, d.name)))
    .sort();
  return { paths, text: (path) => (paths.includes(path) ? readFileSync(join(folder, path), 'utf8') : undefined) };
}
