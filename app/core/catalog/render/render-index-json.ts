/**
 * `index.json`: the catalog for machines. Every key is always present (null when there is no value)
 * and written in a fixed order, so the file diffs cleanly and parses without guessing.
 */
import type { CatalogEntity, CatalogProblem } from '../types.ts';
import type { CatalogView } from './catalog-view.ts';
import { INDEX_SCHEMA_PATH, entityPagePath } from './catalog-paths.ts';
import { summarize } from './entity-summary.ts';

export function renderIndexJson(view: CatalogView): string {
  const index = {
    $schema: `./${INDEX_SCHEMA_PATH}`,
    organization: view.organization,
    entities: view.entities.map((e) => entityEntry(view, e)),
    problems: view.problems.map(problemEntry),
  };
  return `${JSON.stringify(index, null, 2)}\n`;
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
