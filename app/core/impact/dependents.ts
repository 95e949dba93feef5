/**
 * The blast radius of a change to an entity: who depends on it, directly and through others.
 * An entity X is depended on by whatever `dependsOn` it (its `dependencyOf` relations) and, for an
 * API, by whatever consumes it; a component is also depended on through the APIs it provides. The
 * walk is breadth-first, so each dependent is reported at its shortest distance, and bounded.
 */
import type { CatalogIndex } from '../catalog-index/catalog-index.ts';

export interface Dependents {
  /** Depend on the entity itself (or on an API it provides). */
  direct: string[];
  /** Depend on it only through others. */
  transitive: string[];
  /** The walk stopped at `limit` dependents: there are more. */
  truncated: boolean;
}

/** Beyond this many dependents the walk stops: a comment summarises, it does not enumerate. */
export const DEPENDENTS_LIMIT = 2000;

/** Refs that depend on `ref` in one step. */
export function directDependents(index: CatalogIndex, ref: string): string[] {
  const viaApis = index.targets(ref, 'providesApi').flatMap((api) => index.targets(api, 'apiConsumedBy'));
  return [...new Set([...index.targets(ref, 'dependencyOf'), ...index.targets(ref, 'apiConsumedBy'), ...viaApis])]
    .filter((r) => r !== ref)
    .sort();
}

export function dependentsOf(index: CatalogIndex, ref: string, limit = DEPENDENTS_LIMIT): Dependents {
  const seen = new Set([ref]);
  const direct = directDependents(index, ref);
  for (const d of direct) seen.add(d);
  const transitive: string[] = [];
  let frontier = direct;
  while (frontier.length && seen.size - 1 < limit) {
    const next: string[] = [];
    for (const r of frontier) {
      for (const d of directDependents(index, r)) {
        if (seen.has(d)) continue;
        seen.add(d);
        next.push(d);
        if (seen.size - 1 >= limit) break;
      }
    }
    for (const ref of next.sort()) transitive.push(ref);
    frontier = next;
  }
  return { direct, transitive, truncated: frontier.length > 0 && seen.size - 1 >= limit };
}
