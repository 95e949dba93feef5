/**
 * Assembles an organisation's catalog from its repositories' snapshots: one entity per ref (a
 * conflict is decided by a stable rule and both sides are told), both directions of every relation,
 * references to nothing reported, last good versions marked, imported teams added where no
 * descriptor defines them, archived repositories' entities marked, and what disappeared explained.
 */
import { entityRelations } from '../model/entity-relations.ts';
import { createKindRegistry } from '../model/kinds.ts';
import type { Relation } from '../model/relations.ts';
import type {
  Catalog,
  CatalogEntity,
  CatalogProblem,
  RemovedEntity,
  RepositorySnapshot,
  SourcedEntity,
} from './types.ts';
import { byNaturalText, byText } from '../sort.ts';

export interface PreviousCatalog {
  /** The source (`repository/path`) each ref was read from last time: the stable conflict winner. */
  sources: Map<string, { repository: string; path: string }>;
}

export interface AssembleInput {
  organization: string;
  snapshots: readonly RepositorySnapshot[];
  /** Entities imported from the organisation's teams. */
  imported?: readonly SourcedEntity[];
  previous?: PreviousCatalog;
  /** Problems found outside any repository (the catalog's own config). */
  problems?: readonly CatalogProblem[];
}

const registry = createKindRegistry();
const sourceKey = (e: SourcedEntity) =>
  `${e.source.repository}/${e.source.path}#${String(e.source.document).padStart(6, '0')}`;

export function assembleCatalog(input: AssembleInput): Catalog {
  const problems: CatalogProblem[] = [...(input.problems ?? [])];
  const archived = new Set(input.snapshots.filter((s) => s.repository.archived).map((s) => s.repository.fullName));
  const stale = new Map(
    input.snapshots.flatMap((s) => (s.kept ?? []).map((k) => [`${s.repository.fullName}:${k.ref}`, k.errors] as const)),
  );
  const winners = pickWinners(
    input.snapshots.flatMap((s) => s.entities),
    input.previous,
    problems,
  );
  for (const entity of input.imported ?? []) if (!winners.has(entity.ref)) winners.set(entity.ref, entity);
  const importedRefs = new Set((input.imported ?? []).filter((e) => winners.get(e.ref) === e).map((e) => e.ref));

  const relations = new Map<string, Relation[]>();
  const add = (ref: string, relation: Relation) =>
    (relations.get(ref) ?? relations.set(ref, []).get(ref)!).push(relation);
  for (const sourced of winners.values()) {
    const { entity } = sourced;
    const lookup = registry.lookup(
      entity.apiVersion,
      entity.kind,
      (entity.spec as { type?: unknown } | undefined)?.type,
    );
    if (!('found' in lookup)) continue;
    for (const relation of entityRelations(entity, lookup.found)) {
      add(relation.source, relation);
      if (relation.source === sourced.ref && !winners.has(relation.target)) {
        problems.push(danglingProblem(sourced, relation));
      }
    }
  }

  const entities = [...winners.values()]
    .map((sourced): CatalogEntity => {
      const errors = stale.get(`${sourced.source.repository}:${sourced.ref}`);
      return {
        ...sourced,
        relations: dedupeRelations(relations.get(sourced.ref) ?? []),
        status: importedRefs.has(sourced.ref)
          ? { state: 'imported' }
          : errors
            ? { state: 'stale', errors }
            : { state: 'current' },
        archived: archived.has(sourced.source.repository),
      };
    })
    .sort((a, b) => byText(a.ref, b.ref));
  for (const e of entities) if (e.status.state === 'stale') problems.push(staleProblem(e, e.status.errors));
  for (const snapshot of input.snapshots) for (const p of descriptorProblems(snapshot)) problems.push(p);

  return {
    organization: input.organization,
    entities,
    problems: problems.sort(byPlace),
    repositories: input.snapshots.map((s) => s.repository).sort((a, b) => byNaturalText(a.fullName, b.fullName)),
    removed: removedSince(
      input.previous,
      new Set(entities.map((e) => e.ref)),
      new Set(input.snapshots.map((s) => s.repository.fullName)),
    ),
  };
}

/**
 * One definition per ref. The source that held it before keeps it (a newcomer cannot take an
 * entity over, as with Backstage's location keys); otherwise the first by repository, path and
 * document. Both sides of a conflict get a problem.
 */
function pickWinners(
  candidates: SourcedEntity[],
  previous: PreviousCatalog | undefined,
  problems: CatalogProblem[],
): Map<string, SourcedEntity> {
  const byRef = Map.groupBy(candidates, (e) => e.ref);
  const winners = new Map<string, SourcedEntity>();
  for (const [ref, defs] of [...byRef].sort(([a], [b]) => byText(a, b))) {
    const held = previous?.sources.get(ref);
    const sorted = [...defs].sort((a, b) => byText(sourceKey(a), sourceKey(b)));
    const winner =
      sorted.find((d) => held && d.source.repository === held.repository && d.source.path === held.path) ?? sorted[0]!;
    winners.set(ref, winner);
    for (const loser of sorted.filter((d) => d !== winner)) {
      problems.push({
        kind: 'conflict',
        severity: 'error',
        message: `${ref} is also defined in ${winner.source.repository}/${winner.source.path}, which holds it; this definition is not in the catalog. Rename one of them.`,
        repository: loser.source.repository,
        path: loser.source.path,
        line: loser.source.line,
        ref,
        url: loser.source.url,
      });
      problems.push({
        kind: 'conflict',
        severity: 'warning',
        message: `${ref} is also defined in ${loser.source.repository}/${loser.source.path}; this definition is the one in the catalog.`,
        repository: winner.source.repository,
        path: winner.source.path,
        line: winner.source.line,
        ref,
        url: winner.source.url,
      });
    }
  }
  return winners;
}

function danglingProblem(sourced: SourcedEntity, relation: Relation): CatalogProblem {
  return {
    kind: 'dangling-ref',
    severity: 'warning',
    message: `${sourced.ref} ${relation.type} ${relation.target}, which is not in the catalog`,
    repository: sourced.source.repository,
    path: sourced.source.path,
    line: sourced.source.line,
    ref: sourced.ref,
    url: sourced.source.url,
  };
}

function staleProblem(e: CatalogEntity, errors: string[]): CatalogProblem {
  return {
    kind: 'stale',
    severity: 'warning',
    message: `The descriptor of ${e.ref} is broken; the catalog keeps its last good version. ${errors.join('; ')}`,
    repository: e.source.repository,
    path: e.source.path,
    line: e.source.line,
    ref: e.ref,
    url: e.source.url,
  };
}

function descriptorProblems(snapshot: RepositorySnapshot): CatalogProblem[] {
  const { repository } = snapshot;
  return snapshot.files.flatMap((file) =>
    file.problems.map((p) => ({
      kind: 'descriptor' as const,
      severity: p.severity,
      message: `${p.message}${p.fix ? ` — ${p.fix}` : ''}`,
      repository: repository.fullName,
      path: file.path,
      line: p.line,
      column: p.column,
      ...(p.entity ? { ref: p.entity } : {}),
      url: `${repository.htmlUrl}/blob/${encodeURIComponent(repository.defaultBranch)}/${file.path.split('/').map(encodeURIComponent).join('/')}#L${p.line}`,
    })),
  );
}

function removedSince(
  previous: PreviousCatalog | undefined,
  present: Set<string>,
  repositories: Set<string>,
): RemovedEntity[] {
  if (!previous) return [];
  return [...previous.sources]
    .filter(([ref]) => !present.has(ref))
    .map(([ref, source]) => ({
      ref,
      reason: source.repository.endsWith('(GitHub teams)')
        ? 'no longer a team of the organisation'
        : repositories.has(source.repository)
          ? `no longer defined in ${source.repository}/${source.path}`
          : `repository ${source.repository} is gone (deleted, or no longer visible to Callboard)`,
    }))
    .sort((a, b) => byText(a.ref, b.ref));
}

function dedupeRelations(relations: Relation[]): Relation[] {
  const seen = new Map(relations.map((r) => [`${r.type} ${r.target}`, r]));
  return [...seen.values()].sort((a, b) => byText(a.type, b.type) || byText(a.target, b.target));
}

const byPlace = (a: CatalogProblem, b: CatalogProblem) =>
  byText(a.repository ?? '', b.repository ?? '') ||
  byText(a.path ?? '', b.path ?? '') ||
  (a.line ?? 0) - (b.line ?? 0) ||
  (a.column ?? 0) - (b.column ?? 0) ||
  byText(a.message, b.message);
