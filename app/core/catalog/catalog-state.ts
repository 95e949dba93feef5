/**
 * The catalog's memory, kept in the catalog repository next to what it renders, under
 * `<folder>/.callboard/`:
 *
 * - `repositories/<owner>/<repo>.json`: one snapshot per repository (its valid entities, last good
 *   versions and problems), so a build re-reads only the repositories that changed;
 * - `github-teams.json`: the teams imported from the GitHub organisation;
 * - `entities/<shard>.json`: per entity, the fingerprint of what its pages show and the hashes of
 *   its two files, so a build renders only what can have changed and writes only what did;
 * - `manifest.json`: the hashes of the catalog-wide files (README, index…) and, for each ref
 *   defined twice, the definition that holds it (the stable conflict winner).
 *
 * Sharded and one record per line: a push rewrites a few small files, whatever the catalog's size.
 */
import { hash } from 'node:crypto';
import type { PreviousCatalog } from './assemble-catalog.ts';
import { recordLinesJson } from './json-text.ts';
import { shardDigits, shardOf } from './shards.ts';
import type { RepositorySnapshot, SourcedEntity } from './types.ts';
import { byText } from '../sort.ts';

/** Kind names cannot start with '.', so no entity page can land in the state folder. */
export const STATE_FOLDER = '.callboard';
const TEAMS_FILE = 'github-teams.json';
const MANIFEST_FILE = 'manifest.json';
const REPOSITORIES = 'repositories';
const ENTITIES = 'entities';
/**
 * Raised when the layout of the state changes; state of another version is not read (the next build renders
 * everything).
 */
const STATE_VERSION = 2;

/** What the last build knew of one entity. */
export interface EntityRecord {
  /** Fingerprint of everything its pages show about it (see build-catalog). */
  fingerprint: string;
  /** Hash of its Markdown page and of its YAML file. */
  page: string;
  yaml: string;
}

export interface Holder {
  repository: string;
  path: string;
}

export interface CatalogState {
  snapshots: Map<string, RepositorySnapshot>;
  imported: SourcedEntity[];
  /** Catalog-wide generated file (full path) → hash of its content, as of the last build. */
  files: Map<string, string>;
  /** Entity ref → what the last build knew of it. */
  entities: Map<string, EntityRecord>;
  previous: PreviousCatalog;
  /** Every state file as read → hash of its text, to tell which changed. */
  hashes: Map<string, string>;
  /** State files that could not be read (a person edited them?), ignored. */
  unreadable: string[];
}

export const emptyState = (): CatalogState => ({
  snapshots: new Map(),
  imported: [],
  files: new Map(),
  entities: new Map(),
  previous: { sources: new Map() },
  hashes: new Map(),
  unreadable: [],
});

export const stateFolder = (folder: string) => `${folder}/${STATE_FOLDER}`;
export const snapshotPath = (folder: string, fullName: string) =>
  `${stateFolder(folder)}/${REPOSITORIES}/${fullName.toLowerCase()}.json`;
const entityShardPath = (folder: string, shard: string) => `${stateFolder(folder)}/${ENTITIES}/${shard}.json`;

export const contentHash = (text: string) => hash('sha256', text, 'hex').slice(0, 16);

/** Reads the state from the files under `<folder>/.callboard/` (path → text). */
export function readCatalogState(folder: string, files: ReadonlyMap<string, string>): CatalogState {
  const state = emptyState();
  const prefix = `${stateFolder(folder)}/`;
  let holders: [string, Holder][] = [];
  const manifestText = files.get(`${prefix}${MANIFEST_FILE}`);
  const manifest = manifestText === undefined ? undefined : parseManifest(manifestText);
  for (const [path, text] of files) {
    if (!path.startsWith(prefix) || !path.endsWith('.json')) continue;
    const name = path.slice(prefix.length);
    state.hashes.set(path, contentHash(text));
    try {
      if (name === MANIFEST_FILE) {
        if (!manifest) throw new Error('not a manifest of this version');
        state.files = new Map(manifest.files);
        holders = manifest.holders.map(([ref, repository, path]) => [ref, { repository, path }]);
      } else if (name === TEAMS_FILE) {
        state.imported = (JSON.parse(text) as { entities: SourcedEntity[] }).entities;
      } else if (name.startsWith(`${ENTITIES}/`)) {
        // Entity records are trusted only with the manifest they were written with.
        if (!manifest) continue;
        for (const [ref, fingerprint, page, yaml] of (
          JSON.parse(text) as { entities: [string, string, string, string][] }
        ).entities) {
          state.entities.set(ref, { fingerprint, page, yaml });
        }
      } else if (name.startsWith(`${REPOSITORIES}/`)) {
        const snapshot = JSON.parse(text) as RepositorySnapshot;
        if (!snapshot.repository?.fullName || !Array.isArray(snapshot.entities)) throw new Error('not a snapshot');
        state.snapshots.set(snapshot.repository.fullName, snapshot);
      } else {
        throw new Error('not a state file');
      }
    } catch {
      state.unreadable.push(path);
    }
  }
  state.previous.sources = previousSources(new Map(holders), state.snapshots.values(), state.imported);
  return state;
}

/**
 * Who held each ref: recorded for a ref defined twice; otherwise its only definition (snapshots by repository, then
 * imported teams).
 */
export function previousSources(
  holders: ReadonlyMap<string, Holder>,
  snapshots: Iterable<RepositorySnapshot>,
  imported: readonly SourcedEntity[],
): Map<string, Holder> {
  const sources = new Map(holders);
  for (const snapshot of [...snapshots].sort((a, b) => byText(a.repository.fullName, b.repository.fullName))) {
    for (const e of snapshot.entities)
      if (!sources.has(e.ref)) sources.set(e.ref, { repository: e.source.repository, path: e.source.path });
  }
  for (const e of imported)
    if (!sources.has(e.ref)) sources.set(e.ref, { repository: e.source.repository, path: e.source.path });
  return sources;
}

interface Manifest {
  version: number;
  /** [path, hash], by path. */
  files: [string, string][];
  /** [ref, repository, path], by ref. */
  holders: [string, string, string][];
}

function parseManifest(text: string): Manifest | undefined {
  try {
    const manifest = JSON.parse(text) as Manifest;
    return manifest.version === STATE_VERSION && Array.isArray(manifest.files) && Array.isArray(manifest.holders)
      ? manifest
      : undefined;
  } catch {
    return undefined;
  }
}

export interface StateContent {
  snapshots: Iterable<RepositorySnapshot>;
  imported: readonly SourcedEntity[];
  /** Every catalog-wide generated file → hash of its content. */
  files: ReadonlyMap<string, string>;
  /** Every entity → what this build knows of it. */
  entities: ReadonlyMap<string, EntityRecord>;
  /** For each ref defined more than once, the definition in the catalog, so the next build keeps it. */
  holders: ReadonlyMap<string, Holder>;
}

/**
 * The state files, each made as it is taken. The snapshots named in `unchanged` are the last
 * build's, as they were: they are listed without content, costing no serialisation.
 */
export function* stateFiles(
  folder: string,
  content: StateContent,
  unchanged: ReadonlySet<string> = new Set(),
): Generator<{ path: string; content: string | undefined }> {
  for (const snapshot of content.snapshots) {
    const path = snapshotPath(folder, snapshot.repository.fullName);
    yield { path, content: unchanged.has(path) ? undefined : snapshotJson(snapshot) };
  }
  if (content.imported.length)
    yield { path: `${stateFolder(folder)}/${TEAMS_FILE}`, content: recordLinesJson({ entities: content.imported }) };
  const digits = shardDigits(content.entities.size);
  const shards = new Map<string, [string, string, string, string][]>();
  for (const ref of [...content.entities.keys()].sort(byText)) {
    const { fingerprint, page, yaml } = content.entities.get(ref)!;
    const shard = shardOf(ref, digits);
    (shards.get(shard) ?? shards.set(shard, []).get(shard)!).push([ref, fingerprint, page, yaml]);
  }
  for (const [shard, entities] of shards)
    yield { path: entityShardPath(folder, shard), content: recordLinesJson({ entities }) };
  const sorted = <T>(map: ReadonlyMap<string, T>) => [...map].sort(([a], [b]) => byText(a, b));
  const manifest: Manifest = {
    version: STATE_VERSION,
    files: sorted(content.files),
    holders: sorted(content.holders).map(([ref, { repository, path }]) => [ref, repository, path]),
  };
  yield { path: `${stateFolder(folder)}/${MANIFEST_FILE}`, content: recordLinesJson({ ...manifest }) };
}

/**
 * A snapshot, one file and one entity per line. Its keys keep their order: read back, an entity renders as it did when
 * read.
 */
const snapshotJson = (snapshot: RepositorySnapshot): string => recordLinesJson({ ...snapshot });
