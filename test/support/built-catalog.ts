/**
 * A build's changes taken and applied to the files the previous build left: the catalog
 * repository as it is after the build, as the app's commit or the CLI's writes leave it.
 */
import type { CatalogPlan as BuildResult } from '../../app/core/catalog/plan-catalog.ts';
import { readCatalogState, stateFolder, type CatalogState } from '../../app/core/catalog/catalog-state.ts';
import type { FileChange } from '../../app/core/file-change.ts';

export interface Built extends Omit<BuildResult, 'changes'> {
  changes: FileChange[];
  /** Every file of the catalog repository after the build. */
  files: Map<string, string>;
}

export function taken(result: BuildResult, before: ReadonlyMap<string, string> = new Map()): Built {
  const changes = [...result.changes];
  const files = new Map(before);
  for (const { path, content } of changes) {
    if (content === null) files.delete(path);
    else files.set(path, content);
  }
  return { ...result, changes, files };
}

/** The state a build leaves, as the next build reads it from the catalog repository. */
export const stateOf = (files: ReadonlyMap<string, string>, folder = 'catalog'): CatalogState =>
  readCatalogState(folder, new Map([...files].filter(([path]) => path.startsWith(`${stateFolder(folder)}/`))));
