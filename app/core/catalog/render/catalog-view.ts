/**
 * The catalog as the renderer reads it: every list in a stable order, entities by ref, and for each
 * entity the full set of its relations. The renderer sorts its inputs itself (entities by ref,
 * relations by type then target, problems by place, repositories by name) so that the same
 * catalog gives the same bytes whatever order the arrays arrive in.
 */
import type { Relation, RelationType } from '../../model/relations.ts';
import type { Catalog, CatalogEntity, CatalogProblem, CatalogRepository } from '../types.ts';
import { compareBy, sortedUnique } from './compare.ts';
import type { EntitySummary } from './entity-summary.ts';

/** Each relation type with its reverse. */
export const INVERSE: Readonly<Record<RelationType, RelationType>> = {
  ownedBy: 'ownerOf',
  ownerOf: 'ownedBy',
  providesApi: 'apiProvidedBy',
  apiProvidedBy: 'providesApi',
  consumesApi: 'apiConsumedBy',
  apiConsumedBy: 'consumesApi',
  dependsOn: 'dependencyOf',
  dependencyOf: 'dependsOn',
  parentOf: 'childOf',
  childOf: 'parentOf',
  memberOf: 'hasMember',
  hasMember: 'memberOf',
  partOf: 'hasPart',
  hasPart: 'partOf',
};

export const isRelationType = (type: string): type is RelationType => Object.hasOwn(INVERSE, type);

export interface CatalogView {
  organization: string;
  /** Sorted by ref, one per ref. */
  entities: readonly CatalogEntity[];
  problems: readonly CatalogProblem[];
  repositories: readonly CatalogRepository[];
  entity(ref: string): CatalogEntity | undefined;
  /** Every relation whose source is `ref`, both directions completed, sorted by type then target. */
  relations(ref: string): readonly Relation[];
  /** The targets of one relation type from `ref`, sorted. */
  targets(ref: string, type: RelationType): string[];
  /** Entity summaries, memoised by `summarize` for the life of the view. */
  summaries: Map<string, EntitySummary>;
}

const byRelation = compareBy<Relation>(
  (r) => r.type,
  (r) => r.target,
);

export const byProblem = compareBy<CatalogProblem>(
  (p) => p.repository,
  (p) => p.path,
  (p) => p.line,
  (p) => p.column,
  (p) => p.severity,
  (p) => p.kind,
  (p) => p.message,
  (p) => p.ref,
  (p) => p.url,
);

export function createCatalogView(catalog: Catalog): CatalogView {
  const entities = sortedUnique(
    catalog.entities,
    (e) => e.ref,
    compareBy<CatalogEntity>(
      (e) => e.ref,
      (e) => e.source.repository,
      (e) => e.source.path,
      (e) => e.source.document,
      (e) => e.source.line,
    ),
  );
  const byRef = new Map(entities.map((e) => [e.ref, e]));
  const relations = indexRelations(entities);
  const none: readonly Relation[] = [];
  return {
    organization: catalog.organization,
    entities,
    problems: [...catalog.problems].sort(byProblem),
    repositories: sortedUnique(catalog.repositories, (r) => r.fullName, compareBy((r) => r.fullName)),
    entity: (ref) => byRef.get(ref),
    relations: (ref) => relations.get(ref) ?? none,
    targets: (ref, type) => (relations.get(ref) ?? none).filter((r) => r.type === type).map((r) => r.target),
    summaries: new Map(),
  };
}

/**
 * Relations by source. Each entity's list should already hold both directions; the reverse of
 * every relation is added anyway, so a relation recorded on one side only still shows on both.
 */
function indexRelations(entities: readonly CatalogEntity[]): Map<string, Relation[]> {
  const bySource = new Map<string, Map<string, Relation>>();
  const add = (r: Relation) => {
    const set = bySource.get(r.source) ?? new Map<string, Relation>();
    set.set(`${r.type}\0${r.target}`, { source: r.source, type: r.type, target: r.target });
    bySource.set(r.source, set);
  };
  for (const e of entities) {
    for (const r of e.relations) {
      if (!isRelationType(r.type)) continue;
      add(r);
      add({ source: r.target, type: INVERSE[r.type], target: r.source });
    }
  }
  return new Map([...bySource].map(([source, set]) => [source, [...set.values()].sort(byRelation)]));
}
