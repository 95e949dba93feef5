/**
 * A catalog build: the repositories to re-read are read (the root descriptors of all of them in
 * one batched read), the others keep their snapshot, the teams are imported and the catalog is
 * assembled. Then only what can have changed since the last build is rendered (by fingerprints
 * kept in the state), each rendered file is compared with the last build's hash of it, and only
 * files that changed are written; files no longer produced are removed.
 */
import type { FileChange } from '../file-change.ts';
import type { ContentWork } from '../content-work.ts';
import type { DescriptorRepository } from '../validate/collect-descriptor-sources.ts';
import type { LocatedProblem } from '../validation/problem.ts';
import { assembleCatalog } from './assemble-catalog.ts';
import { CONFIG_PATH, discoveryPaths, type CatalogConfig } from './catalog-config.ts';
import {
  contentHash,
  previousSources,
  snapshotPath,
  stateFiles,
  type CatalogState,
  type EntityRecord,
} from './catalog-state.ts';
import { importTeams, type OrganizationTeam } from './import-teams.ts';
import { INDEX_FOLDER } from './render/catalog-paths.ts';
import { createCatalogView, type CatalogScores } from './render/catalog-view.ts';
import { catalogFiles, entityFiles } from './render/render-catalog.ts';
import { shardDigits, shardOf } from './shards.ts';
import { snapshotRepository } from './snapshot-repository.ts';
import { ROOT_DESCRIPTOR } from '../descriptor/descriptor-files.ts';
import type { TrackLevel } from '../scorecard/score-results.ts';
import { byText } from '../sort.ts';
import { CALLBOARD_VERSION } from '../version.ts';
import type {
  Catalog,
  CatalogEntity,
  CatalogProblem,
  CatalogRepository,
  ListedRepository,
  RepositorySnapshot,
  SourcedEntity,
} from './types.ts';

/** Where a build reads from: the organisation's repositories (on GitHub, or folders on disk). */
export interface CatalogSource {
  listRepositories(): Promise<ListedRepository[]>;
  /** Some repositories, by full name: those that can still be seen under that name. */
  getRepositories(fullNames: readonly string[]): Promise<ListedRepository[]>;
  /** Reads one file from each of many repositories at once (batched on GitHub). */
  readMany(requests: { repository: CatalogRepository; path: string }[]): Promise<(string | undefined)[]>;
  /** One repository's files at its default branch; `primed` answers reads already made. */
  open(repository: CatalogRepository, primed: ReadonlyMap<string, string | undefined>): DescriptorRepository;
  teams(): Promise<OrganizationTeam[]>;
}

export interface BuildInput {
  organization: string;
  source: CatalogSource;
  /** Where each repository's descriptors are checked (a worker with budgets, in the app and the CLI). */
  work: ContentWork;
  config: CatalogConfig;
  configProblems?: LocatedProblem[];
  /** The catalog repository's name: it is not a source of the catalog. */
  catalogRepository?: string;
  state: CatalogState;
  /**
   * Re-read only these repositories (full names); the others keep their snapshot. When absent, a
   * full build: every repository pushed to since it was read (or never read) is read.
   */
  only?: readonly string[];
  /** A full build reads every repository, pushed to or not (an on-demand reconcile). */
  force?: boolean;
  /**
   * Read the organisation's teams (when callboard.yaml imports them) also in a build for some
   * repositories: a team changed. A full build always reads them; otherwise those the last build
   * imported are kept (a push does not change teams).
   */
  readTeams?: boolean;
  /** The forge's web address, for links to teams (https://github.com). */
  webUrl?: string;
  /**
   * Each entity's scorecard levels (by lowercased ref, from the scorecard results), shown on its
   * page: a level that moved renders that page again, and no other.
   */
  scores?: CatalogScores;
  onProgress?(done: number, total: number): void;
}

export interface BuildResult {
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

export async function buildCatalog(input: BuildInput): Promise<BuildResult> {
  const { config, state, source } = input;
  const listed = (await repositoriesOf(input)).filter(
    (r) => r.name.toLowerCase() !== input.catalogRepository?.toLowerCase(),
  );
  const only = input.only && new Set(input.only.map((r) => r.toLowerCase()));
  const toRead = listed.filter((r) => {
    const snapshot = state.snapshots.get(r.fullName);
    if (!snapshot) return true;
    return only
      ? only.has(r.fullName.toLowerCase())
      : input.force || !readsTheSame(snapshot, r, discoveryPaths(config, r.name));
  });
  const roots = await source.readMany(toRead.map((repository) => ({ repository, path: ROOT_DESCRIPTOR })));
  const fresh = new Map<string, RepositorySnapshot>();
  for (const [i, { pushedAt, ...repository }] of toRead.entries()) {
    const port = source.open(repository, new Map([[ROOT_DESCRIPTOR, roots[i]]]));
    roots[i] = undefined; // read: the snapshot holds what it needs
    const previous = state.snapshots.get(repository.fullName);
    const options = {
      work: input.work,
      paths: discoveryPaths(config, repository.name),
      ...(previous ? { previous } : {}),
      ...(pushedAt ? { pushedAt } : {}),
    };
    fresh.set(repository.fullName, await snapshotRepository(repository, port, options));
    input.onProgress?.(i + 1, toRead.length);
  }
  // Kept snapshots take the repository's current metadata (archived, renamed default branch), not
  // its pushedAt: that stays the one it was read at.
  const snapshots = listed.map(
    ({ pushedAt: _pushedAt, ...r }) => fresh.get(r.fullName) ?? { ...state.snapshots.get(r.fullName)!, repository: r },
  );
  const readTeams = input.readTeams || !input.only || state.snapshots.size === 0;
  const imported = !config.teams.import
    ? []
    : readTeams
      ? importTeams(input.organization, await source.teams(), input.webUrl)
      : state.imported;
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
  const stats = { rendered: 0, entities: catalog.entities.length };
  // A snapshot kept as it was read is not written again (its repository's metadata may have changed).
  const unchanged = new Set(
    snapshots
      .filter(
        (s) =>
          !fresh.has(s.repository.fullName) &&
          sameRepository(s.repository, state.snapshots.get(s.repository.fullName)?.repository),
      )
      .map((s) => snapshotPath(config.folder, s.repository.fullName))
      .filter((path) => state.hashes.has(path)),
  );
  let next: CatalogState | undefined;
  const changes = changesSince(
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
    (made) => (next = made),
  );
  return {
    catalog,
    snapshots,
    read: toRead.map((r) => r.fullName),
    changes,
    stats,
    nextState() {
      if (!next) throw new Error('The next state is known once every change has been taken');
      return next;
    },
  };
}

/**
 * The organisation's repositories. A full build lists them all. A build for some repositories
 * looks up only those (one may be gone, or renamed) and takes the others as the last build knew
 * them: a push costs the same in an organisation of ten repositories or ten thousand. Without a
 * last build to go by, every build is a full one.
 */
async function repositoriesOf({ source, state, only }: BuildInput): Promise<ListedRepository[]> {
  if (!only || state.snapshots.size === 0) return source.listRepositories();
  const asked = new Set(only.map((r) => r.toLowerCase()));
  const kept = [...state.snapshots.values()]
    .map((s) => s.repository)
    .filter((r) => !asked.has(r.fullName.toLowerCase()));
  const found = asked.size ? await source.getRepositories(only) : [];
  return [...kept, ...found].sort((a, b) => byText(a.fullName, b.fullName));
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
 * build's hashes.
 */
function* changesSince(
  input: ChangeInput,
  stats: { rendered: number },
  done: (next: CatalogState) => void,
): Generator<FileChange> {
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
  done({
    snapshots: new Map(input.snapshots.map((s) => [s.repository.fullName, s])),
    imported: [...input.imported],
    files,
    entities,
    previous: { sources: previousSources(holders, input.snapshots, input.imported) },
    hashes,
    unreadable: [],
  });
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

/**
 * Whether reading the repository again would find what its snapshot holds: nothing was pushed to
 * it since (the forge says when it last was), and it would be read by the same Callboard with the
 * same extra paths. Without a `pushedAt` (a folder on disk), it is read again.
 */
function readsTheSame(snapshot: RepositorySnapshot, listed: ListedRepository, paths: readonly string[]): boolean {
  const read = snapshot.read;
  return (
    !!read &&
    !!listed.pushedAt &&
    read.pushedAt === listed.pushedAt &&
    read.callboard === CALLBOARD_VERSION &&
    read.paths.length === paths.length &&
    read.paths.every((p, i) => p === paths[i])
  );
}

/** The commit message: what was read, and every entity removed with the reason. */
export function commitMessage(result: BuildResult, reason: string): string {
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
