/**
 * Planning a catalog build, as one pure call on what was read (read-organization.ts): the catalog is
 * assembled, then only what can have changed since the last build is rendered (by fingerprints kept
 * in the state), each rendered file is compared with the last build's hash of it, and only files
 * that changed are written; files no longer produced are removed. The changes are rendered as they
 * are taken (a first build of a large organisation is never held in memory whole); the state the
 * build leaves is the generator's return value, known once every change has been taken.
 */
import type { FileChange } from '../file-change.ts';
import type { LocatedProblem } from '../validation/problem.ts';
import { CALLBOARD_VERSION } from '../version.ts';
import type { TrackLevel } from '../scorecard/score-results.ts';
import { definitionProblems } from '../api-definition/definition-problems.ts';
import { assembleCatalog } from './assemble-catalog.ts';
import { CONFIG_PATH, type CatalogConfig } from './catalog-config.ts';
import {
  contentHash,
  previousSources,
  snapshotPath,
  stateFiles,
  type CatalogState,
  type EntityRecord,
} from './catalog-state.ts';
import type { OrganizationRead } from './read-organization.ts';
import { INDEX_FOLDER } from './render/catalog-paths.ts';
import { createCatalogView, type CatalogScores } from './render/catalog-view.ts';
import { catalogFiles, entityFiles } from './render/render-catalog.ts';
import { shardDigits, shardOf } from './shards.ts';
import type {
  Catalog,
  CatalogEntity,
  CatalogProblem,
  CatalogRepository,
  RepositorySnapshot,
  SourcedEntity,
} from './types.ts';

export interface PlanInput {
  organization: string;
  config: CatalogConfig;
  configProblems?: LocatedProblem[];
  /** The state the last build left. */
  state: CatalogState;
  /**
   * Each entity's scorecard levels (by lowercased ref, from the scorecard results), shown on its
   * page: a level that moved renders that page again, and no other.
   */
  scores?: CatalogScores;
}

export interface CatalogPlan {
  catalog: Catalog;
  snapshots: RepositorySnapshot[];
  /** Repositories read in this build. */
  read: string[];
  /**
   * What to write to the catalog repository: new and changed files, and `null` for files no longer
   * produced. Rendered as it is taken, and only once: the first build of a large organisation is
   * written as it is rendered, never held in memory whole.
   */
  changes: Iterable<FileChange>;
  /** Counted as `changes` is taken: the entities whose files were rendered, of all. */
  stats: { rendered: number; entities: number };
  /**
   * The state the catalog repository holds once the changes are applied, as the next build would
   * read it from there: known once every change has been taken. The app keeps it, so its next
   * build need not read the state back.
   */
  nextState(): CatalogState;
}

/** The changes as an iterable taken once, and the state their generator returns at the end. */
export interface RenderedChanges extends Iterable<FileChange> {
  nextState(): CatalogState;
}

function renderedChanges(generator: Generator<FileChange, CatalogState>): RenderedChanges {
  let next: CatalogState | undefined;
  return {
    *[Symbol.iterator]() {
      next = yield* generator;
    },
    nextState() {
      if (!next) throw new Error('The next state is known once every change has been taken');
      return next;
    },
  };
}

export function planCatalog({ snapshots, read, imported }: OrganizationRead, input: PlanInput): CatalogPlan {
  const { config, state } = input;
  const readNow = new Set(read);
  const catalog = assembleCatalog({
    organization: input.organization,
    snapshots,
    imported,
    previous: state.previous,
    problems: (input.configProblems ?? []).map((p) => ({
      kind: 'config',
      severity: p.severity,
      message: p.message,
      path: CONFIG_PATH,
      line: p.line,
      column: p.column,
    })) as CatalogProblem[],
  });
  catalog.problems.push(...definitionProblems(catalog.entities));
  const stats = { rendered: 0, entities: catalog.entities.length };
  // A snapshot kept as it was read is not written again (its repository's metadata may have changed).
  const unchanged = new Set(
    snapshots
      .filter(
        (s) =>
          !readNow.has(s.repository.fullName) &&
          sameRepository(s.repository, state.snapshots.get(s.repository.fullName)?.repository),
      )
      .map((s) => snapshotPath(config.folder, s.repository.fullName))
      .filter((path) => state.hashes.has(path)),
  );
  const changes = renderedChanges(
    changesSince(
      {
        catalog,
        state,
        folder: config.folder,
        snapshots,
        imported,
        unchanged,
        ...(input.scores ? { scores: input.scores } : {}),
      },
      stats,
    ),
  );
  return { catalog, snapshots, read, changes, stats, nextState: changes.nextState };
}

interface ChangeInput {
  catalog: Catalog;
  state: CatalogState;
  folder: string;
  snapshots: readonly RepositorySnapshot[];
  imported: readonly SourcedEntity[];
  /** Snapshot files of the last build that still hold. */
  unchanged: ReadonlySet<string>;
  scores?: CatalogScores;
}

/**
 * The files that differ from the last build, as they are rendered: each rendered file is hashed
 * and compared with the hash the last build recorded; files not rendered again are unchanged; what
 * the last build produced and this one does not is removed. The state comes last, recording this
 * build's hashes, and the generator returns the state this build leaves.
 */
function* changesSince(input: ChangeInput, stats: { rendered: number }): Generator<FileChange, CatalogState> {
  const { catalog, state, folder } = input;
  const view = createCatalogView(catalog, input.scores);
  const fingerprints = new Map(catalog.entities.map((e) => [e.ref, fingerprint(e, view.scores(e.ref))]));
  const plan = renderPlan(catalog, fingerprints, state);
  const render = plan?.pages;
  const shards = plan && shardsToRender(catalog, plan.entries, state, folder);
  const entities = new Map<string, EntityRecord>();
  const files = new Map<string, string>();
  for (const file of catalogFiles(view, {
    folder,
    ...(render ? { entities: render } : {}),
    ...(shards ? { shards } : {}),
  })) {
    const last = file.entity ? state.entities.get(file.entity.ref)?.[file.entity.file] : state.files.get(file.path);
    const hash = file.content === undefined ? last! : contentHash(file.content);
    if (file.entity) {
      const { ref, file: which } = file.entity;
      const record = entities.get(ref) ?? { fingerprint: fingerprints.get(ref)!, page: '', yaml: '' };
      entities.set(ref, { ...record, [which]: hash });
      if (which === 'page' && file.content !== undefined) stats.rendered++;
    } else {
      files.set(file.path, hash);
    }
    if (file.content !== undefined && hash !== last) yield { path: file.path, content: file.content };
  }
  for (const ref of state.entities.keys()) {
    if (entities.has(ref)) continue;
    const gone = entityFiles(ref, folder);
    yield { path: gone.page, content: null };
    yield { path: gone.yaml, content: null };
  }
  for (const path of state.files.keys()) if (!files.has(path)) yield { path, content: null };
  const holders = new Map(
    catalog.problems
      .filter((p) => p.kind === 'conflict' && p.severity === 'warning' && p.ref && p.repository && p.path)
      .map((p) => [p.ref!, { repository: p.repository!, path: p.path! }]),
  );
  const hashes = new Map<string, string>();
  for (const file of stateFiles(
    folder,
    { snapshots: input.snapshots, imported: input.imported, files, entities, holders },
    input.unchanged,
  )) {
    const hash = file.content === undefined ? state.hashes.get(file.path)! : contentHash(file.content);
    hashes.set(file.path, hash);
    if (file.content !== undefined && hash !== state.hashes.get(file.path))
      yield { path: file.path, content: file.content };
  }
  for (const path of state.hashes.keys()) if (!hashes.has(path)) yield { path, content: null };
  return {
    snapshots: new Map(input.snapshots.map((s) => [s.repository.fullName, s])),
    imported: [...input.imported],
    files,
    entities,
    previous: { sources: previousSources(holders, input.snapshots, input.imported) },
    hashes,
    unreadable: [],
  };
}

/**
 * Everything an entity's own page and YAML show about it: when it is unchanged, so are they, but for
 * its neighbours. The version that renders them is part of it: a release that renders differently
 * renders everything once (and writes only what came out different). Its scores, which no other
 * page shows, are a second part after a `+` (none when it is not scored): when only they changed,
 * its page alone is rendered again.
 */
function fingerprint(e: CatalogEntity, scores: readonly TrackLevel[]): string {
  const shown = contentHash(JSON.stringify([CALLBOARD_VERSION, e.entity, e.relations, e.status, e.archived, e.source]));
  return scores.length ? `${shown}+${contentHash(JSON.stringify(scores))}` : shown;
}

/** The part of a fingerprint that other pages show too. */
const shownByNeighbours = (fp: string | undefined) => fp?.split('+', 1)[0];

interface RenderPlan {
  /** Entities whose page and YAML are rendered again. */
  pages: Set<string>;
  /** Entities whose index entry can have changed. */
  entries: Set<string>;
}

/**
 * What to render again: undefined (everything) without a previous build to go by. Otherwise the
 * pages of the entities whose fingerprint changed (or that are new, or gone) and of everything
 * within two relations of them: a page shows its neighbours' titles and owners, and its owner's
 * members and parent. An index entry shows less, only its entity and its direct relations (a
 * system's domain): one relation away is enough. An entity whose scores alone changed renders its
 * own page only.
 */
function renderPlan(
  catalog: Catalog,
  fingerprints: ReadonlyMap<string, string>,
  state: CatalogState,
): RenderPlan | undefined {
  if (state.entities.size === 0) return undefined;
  const before = (ref: string) => state.entities.get(ref)?.fingerprint;
  const changed = [...fingerprints]
    .filter(([ref, fp]) => shownByNeighbours(before(ref)) !== shownByNeighbours(fp))
    .map(([ref]) => ref);
  const rescored = [...fingerprints].filter(([ref, fp]) => before(ref) !== fp).map(([ref]) => ref);
  const removed = [...state.entities.keys()].filter((ref) => !fingerprints.has(ref));
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => (neighbours.get(a) ?? neighbours.set(a, new Set()).get(a)!).add(b);
  for (const e of catalog.entities)
    for (const r of e.relations) {
      link(r.source, r.target);
      link(r.target, r.source);
    }
  const within = (hops: number) => {
    const found = new Set<string>();
    let frontier = [...changed, ...removed];
    for (let hop = 0; hop <= hops && frontier.length; hop++) {
      const next: string[] = [];
      for (const ref of frontier) {
        if (found.has(ref)) continue;
        found.add(ref);
        for (const n of neighbours.get(ref) ?? []) next.push(n);
      }
      frontier = next;
    }
    return found;
  };
  return { pages: new Set([...within(2), ...rescored]), entries: within(1) };
}

/**
 * The index shards to render again: those of the entities whose entry can have changed, removed
 * ones included. All of them when the number of shards changed.
 */
function shardsToRender(
  catalog: Catalog,
  entries: ReadonlySet<string>,
  state: CatalogState,
  folder: string,
): Set<string> | undefined {
  const digits = shardDigits(catalog.entities.length);
  const shards = `${folder}/${INDEX_FOLDER}/`;
  const before = [...state.files.keys()].find(
    (path) => path.startsWith(shards) && /^[0-9a-f]+\.json$/.test(path.slice(shards.length)),
  );
  if (before !== undefined && before.length - shards.length - '.json'.length !== digits) return undefined;
  return new Set([...entries].map((ref) => shardOf(ref, digits)));
}

const sameRepository = (a: CatalogRepository, b: CatalogRepository | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/** The commit message: what was read, and every entity removed with the reason. */
export function commitMessage(result: CatalogPlan, reason: string): string {
  const { catalog } = result;
  const lines = [`Update the catalog: ${reason}`, ''];
  lines.push(
    `${catalog.entities.length} entities from ${catalog.repositories.length} repositories; read ${result.read.length}: ${summarise(result.read)}.`,
  );
  if (catalog.removed.length) lines.push('', 'Removed:', ...catalog.removed.map((r) => `- ${r.ref}: ${r.reason}`));
  const errors = catalog.problems.filter((p) => p.severity === 'error').length;
  if (errors) lines.push('', `${errors} errors in descriptors: see errors.md.`);
  return lines.join('\n');
}

const summarise = (names: string[]) =>
  names.length <= 10 ? names.join(', ') || 'none' : `${names.slice(0, 10).join(', ')} and ${names.length - 10} more`;
