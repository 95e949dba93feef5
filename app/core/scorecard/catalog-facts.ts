/**
 * What the catalog says of an entity, as facts: whether its owner exists and is a group, what it
 * depends on (and whether each exists, and its lifecycle), and how many depend on it. Read from the
 * catalog index, so an entity is judged against the whole organisation, not only its repository.
 */
import type { CatalogIndex } from '../catalog-index/catalog-index.ts';
import { entityRefOf, refFrom } from '../model/entity-ref.ts';
import { refValues } from '../model/entity-relations.ts';
import { isRecord, type Entity } from '../model/entity.ts';
import type { CatalogFacts } from './scoring-subject.ts';

export function catalogFactsOf(index: CatalogIndex, entity: Entity): CatalogFacts {
  const spec = isRecord(entity.spec) ? entity.spec : {};
  const owner = refFrom(entity, spec.owner, 'group');
  const dependsOn = refValues(spec.dependsOn)
    .map((r) => refFrom(entity, r, 'component'))
    .filter((r): r is string => !!r);
  const self = entityRefOf(entity);
  return {
    ...(owner ? { owner: { ref: owner, exists: !!index.get(owner), kind: owner.slice(0, owner.indexOf(':')) } } : {}),
    dependsOn: dependsOn.map((ref) => {
      const known = index.get(ref);
      return { ref, exists: !!known, ...(known?.lifecycle ? { lifecycle: known.lifecycle } : {}) };
    }),
    dependents: index.targets(self, 'dependencyOf').length,
  };
}
