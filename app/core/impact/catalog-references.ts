/**
 * A changed descriptor checked against the organisation's catalog, for the descriptor check run:
 * a reference the change introduces to an entity that exists nowhere is an error (a typo in an owner
 * is the commonest way a catalog rots), one that was already dangling a warning; an entity another
 * repository already defines is an error, as the catalog keeps the other one.
 */
import type { Entity } from '../model/entity.ts';
import { problem, type Problem } from '../validation/problem.ts';
import type { CatalogIndex } from '../catalog-index/catalog-index.ts';
import { entityReferences, refWords } from './entity-references.ts';

export interface CatalogReferenceContext {
  index: CatalogIndex;
  /** The repository being changed, `owner/name`. */
  repository: string;
  /** Each entity's reference targets before the change, to tell new references from old ones. */
  before: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * The check of one entity; `defined` holds the refs the change itself defines (any of its descriptors, at its head).
 */
export function catalogReferenceProblems(
  context: CatalogReferenceContext,
): (entity: Entity, ref: string, defined: ReadonlySet<string>) => Problem[] {
  return (entity, ref, defined) => {
    const problems: Problem[] = [];
    const other = context.index.get(ref);
    if (
      other &&
      other.status !== 'imported' &&
      other.source.repository.toLowerCase() !== context.repository.toLowerCase()
    ) {
      problems.push(
        problem(
          'error',
          'catalog-conflict',
          '/metadata/name',
          `${ref} is already defined in ${other.source.repository} (${other.source.path}:${other.source.line}); the catalog keeps that definition and ignores this one`,
          {
            fix: `Give this entity another name, or change or remove the definition in ${other.source.repository}.`,
          },
        ),
      );
    }
    const old = context.before.get(ref);
    for (const r of entityReferences(entity)) {
      if (defined.has(r.target) || context.index.get(r.target)) continue;
      const introduced = !old?.has(r.target);
      problems.push(
        problem(
          introduced ? 'error' : 'warning',
          'catalog-reference',
          r.pointer,
          `${refWords(r.target)} (${r.field.describes}) does not exist in the catalog of ${context.index.organization}`,
          {
            fix: `Check the spelling against the catalog, or add ${refWords(r.target)} in the repository that describes it.`,
          },
        ),
      );
    }
    return problems;
  };
}
