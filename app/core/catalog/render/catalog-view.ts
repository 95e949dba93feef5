/**
 * The catalog as the renderer reads it: every list in a stable order, entities by ref, and for each
 * entity the full set of its relations. The renderer sorts its inputs itself (entities by ref,
 * relations by type then target, problems by place, repositories by name) so that the same
 * catalog gives the same bytes whatever order the arrays arrive in.
 */
import type { Relation, RelationType } from '../../model/relations.ts';
import type { TrackLevel } from '../../scorecard/score-results.ts';
import type { Catalog, CatalogEntity, CatalogProblem, CatalogRepository } from '../types.ts';
import { compareBy, compareStrings, sortedUnique } from './compare.ts';

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

/** What pages say of an entity in one line: its names, kind, owner, place and state. */
export interface EntitySummary {
  ref: string;
  kind: string;
  namespace: string;
  name: string;
  title?: string;
  description?: string;
  type?: string;
  lifecycle?: string;
  owner?: string;
  system?: string;
  domain?: string;
  tags: string[];
  deprecated: boolean;
}

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
  targets(ref: string, type: RelationType): readonly string[];
  /** The entity's level on each track it is scored on, by track name; none when it is not scored. */
  scores(ref: string): readonly TrackLevel[];
  /** Entity summaries, memoised by `summarize` for the life of the view. */
  summaries: Map<string, EntitySummary>;
  /**
   * A value computed once for the life of the view: what many pages show the same way (an owner's
   * contact card seen from one folder, a link's label) is rendered once, not once per page.
   */
  memo<T>(table: string, key: string, compute: () => T): T;
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

/** Each entity's scores by lowercased ref, as the scorecard results hold them (see score-results). */
export type CatalogScores = ReadonlyMap<string, readonly TrackLevel[]>;

export function createCatalogView(catalog: Catalog, scores: CatalogScores = new Map()): CatalogView {
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
  const byType = new Map<string, Map<RelationType, string[]>>();
  const none: readonly Relation[] = [];
  const noTargets: readonly string[] = [];
  const noScores: readonly TrackLevel[] = [];
  const sortedScores = new Map<string, readonly TrackLevel[]>();
  const memos = new Map<string, Map<string, unknown>>();
  return {
    organization: catalog.organization,
    entities,
    problems: [...catalog.problems].sort(byProblem),
    repositories: sortedUnique(
      catalog.repositories,
      (r) => r.fullName,
      compareBy((r) => r.fullName),
    ),
    entity: (ref) => byRef.get(ref),
    relations: (ref) => relations.get(ref) ?? none,
    targets: (ref, type) => {
      let types = byType.get(ref);
      if (!types) byType.set(ref, (types = groupTargets(relations.get(ref) ?? none)));
      return types.get(type) ?? noTargets;
    },
    scores: (ref) => {
      const levels = scores.get(ref);
      if (!levels?.length) return noScores;
      let sorted = sortedScores.get(ref);
      if (!sorted) sortedScores.set(ref, (sorted = [...levels].sort((a, b) => compareStrings(a.track, b.track))));
      return sorted;
    },
    summaries: new Map(),
    memo<T>(table: string, key: string, compute: () => T): T {
      let values = memos.get(table);
      if (!values) memos.set(table, (values = new Map()));
      if (values.has(key)) return values.get(key) as T;
      const value = compute();
      values.set(key, value);
      return value;
    },
  };
}

/** Targets by relation type; the relations come sorted by type then target, so each list is sorted. */
function groupTargets(relations: readonly Relation[]): Map<RelationType, string[]> {
  const types = new Map<RelationType, string[]>();
  for (const r of relations) {
    const list = types.get(r.type);
    if (list) list.push(r.target);
    else types.set(r.type, [r.target]);
  }
  return types;
}

/**
 * Relations by source, sorted, without duplicates. Each entity's list should already hold both
 * directions; the reverse of every relation is added anyway, so a relation recorded on one side
 * only still shows on both. The entities' own relation objects are kept (an assembled catalog's
 * reverse relations are all duplicates): the index costs little memory over the catalog's.
 */
function indexRelations(entities: readonly CatalogEntity[]): Map<string, Relation[]> {
  const bySource = new Map<string, Relation[]>();
  const add = (relation: Relation) => {
    const list = bySource.get(relation.source);
    if (list) list.push(relation);
    else bySource.set(relation.source, [relation]);
  };
  const own = entities.flatMap((e) => e.relations.filter((r) => isRelationType(r.type)));
  for (const r of own) add(r);
  // After every entity's own relations, so a stable sort keeps those among equals.
  for (const r of own) add({ source: r.target, type: INVERSE[r.type], target: r.source });
  for (const [source, list] of bySource)
    bySource.set(
      source,
      list.sort(byRelation).filter((r, i) => i === 0 || byRelation(r, list[i - 1]!) !== 0),
    );
  return bySource;
}
