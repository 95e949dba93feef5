/**
 * The catalog for machines: `index.json` says what there is and where; the entities are in shards
 * (`index/<shard>.json`, one entity per line, the shard of a ref being the first hex digits of its
 * SHA-256) and the problems in `index/problems.json`. A push rewrites the few shards it touches,
 * never a file the size of the organisation. Every key is always present (null when there is no
 * value) and in a fixed order, so the files diff cleanly and parse without guessing.
 */
import { recordLinesJson, indentedJson } from '../../json-text.ts';
import { shardDigits, shardOf } from '../../shards.ts';
import type { CatalogEntity, CatalogProblem } from '../../types.ts';
import type { CatalogView } from '../catalog-view.ts';
import { linksOf, profileOf, summarize } from '../pages/entity-summary.ts';
import { INDEX_SCHEMA_PATH, PROBLEMS_PATH, entityPagePath, indexShardPath } from '../catalog-paths.ts';

/** The entities of the view by shard, shards in order, entities by ref. */
export function indexShards(view: CatalogView): Map<string, CatalogEntity[]> {
  const digits = shardDigits(view.entities.length);
  const shards = new Map<string, CatalogEntity[]>();
  for (const e of view.entities) {
    const shard = shardOf(e.ref, digits);
    (shards.get(shard) ?? shards.set(shard, []).get(shard)!).push(e);
  }
  return new Map([...shards].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** `index.json`, given the view's shards. */
export function renderIndexJson(view: CatalogView, shards: ReadonlyMap<string, readonly CatalogEntity[]>): string {
  const errors = view.problems.filter((p) => p.severity === 'error').length;
  return indentedJson({
    $schema: `./${INDEX_SCHEMA_PATH}`,
    organization: view.organization,
    entities: view.entities.length,
    errors,
    warnings: view.problems.length - errors,
    shardDigits: shardDigits(view.entities.length),
    shards: [...shards.keys()].map(indexShardPath),
    problems: PROBLEMS_PATH,
  });
}

export function renderIndexShard(view: CatalogView, entities: readonly CatalogEntity[]): string {
  return recordLinesJson({
    $schema: `../${INDEX_SCHEMA_PATH}#/definitions/shard`,
    entities: entities.map((e) => entityEntry(view, e)),
  });
}

export function renderProblemsJson(view: CatalogView): string {
  return recordLinesJson({
    $schema: `../${INDEX_SCHEMA_PATH}#/definitions/problems`,
    problems: view.problems.map(problemEntry),
  });
}

function entityEntry(view: CatalogView, e: CatalogEntity) {
  const s = summarize(view, e);
  return {
    ref: e.ref,
    kind: s.kind,
    namespace: s.namespace,
    name: s.name,
    title: s.title ?? null,
    description: s.description ?? null,
    type: s.type ?? null,
    lifecycle: s.lifecycle ?? null,
    owner: s.owner ?? null,
    system: s.system ?? null,
    domain: s.domain ?? null,
    tags: s.tags,
    displayName: profileOf(e).displayName ?? null,
    email: profileOf(e).email ?? null,
    links: linksOf(e).map((l) => ({
      url: l.url,
      title: typeof l.title === 'string' ? l.title : null,
      type: typeof l.type === 'string' ? l.type : null,
    })),
    source: { repository: e.source.repository, path: e.source.path, line: e.source.line, url: e.source.url },
    page: entityPagePath(e.ref),
    status: e.status.state,
    archived: e.archived,
    relations: view.relations(e.ref).map((r) => ({ type: r.type, target: r.target })),
  };
}

function problemEntry(p: CatalogProblem) {
  return {
    kind: p.kind,
    severity: p.severity,
    message: p.message,
    repository: p.repository ?? null,
    path: p.path ?? null,
    line: p.line ?? null,
    column: p.column ?? null,
    ref: p.ref ?? null,
    url: p.url ?? null,
  };
}
