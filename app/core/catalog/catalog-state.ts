/**
 * The catalog's memory, kept in the catalog repository next to what it renders: one snapshot per
 * repository (its valid entities, last good versions and problems), the imported teams, and a
 * manifest of every generated file with a hash of its content. With it a build re-reads only the
 * repositories that changed, keeps last good versions, keeps conflict winners, and knows which
 * files changed without reading them.
 */
import { hash } from 'node:crypto';
import type { PreviousCatalog } from './assemble-catalog.ts';
import type { RepositorySnapshot, SourcedEntity } from './types.ts';
import { byText } from '../sort.ts';

/** Kind names cannot start with '.', so no entity page can land in the state folder. */
export const STATE_FOLDER = '.callboard';
const TEAMS_FILE = 'github-teams.json';
const MANIFEST_FILE = 'manifest.json';

export interface CatalogState {
  snapshots: Map<string, RepositorySnapshot>;
  imported: SourcedEntity[];
  /** Generated file → hash of its content, as of the last build. */
  manifest: Map<string, string>;
  /** Entity ref → fingerprint of everything its pages show about it, as of the last build. */
  fingerprints: Map<string, string>;
  previous: PreviousCatalog;
  /** The state files as read, to tell which changed. */
  texts: Map<string, string>;
  /** State files that could not be read (a person edited them?), ignored. */
  unreadable: string[];
}

export const emptyState = (): CatalogState => ({
  snapshots: new Map(),
  imported: [],
  manifest: new Map(),
  fingerprints: new Map(),
  previous: { sources: new Map() },
  texts: new Map(),
  unreadable: [],
});

export const stateFolder = (folder: string) => `${folder}/${STATE_FOLDER}`;
export const snapshotPath = (folder: string, fullName: string) => `${stateFolder(folder)}/${fullName.toLowerCase()}.json`;

export const contentHash = (text: string) => hash('sha256', text, 'hex').slice(0, 16);

/** Reads the state from the files under `<folder>/sources/`. */
export function readCatalogState(folder: string, files: ReadonlyMap<string, string>): CatalogState {
  const state = emptyState();
  const prefix = `${stateFolder(folder)}/`;
  let holders = new Map<string, { repository: string; path: string }>();
  for (const [path, text] of files) {
    if (!path.startsWith(prefix) || !path.endsWith('.json')) continue;
    const name = path.slice(prefix.length);
    state.texts.set(path, text);
    try {
      const data = JSON.parse(text) as unknown;
      if (name === MANIFEST_FILE) {
        const manifest = data as { files: Record<string, string>; entities?: Record<string, string>; holders?: Record<string, { repository: string; path: string }> };
        state.manifest = new Map(Object.entries(manifest.files));
        state.fingerprints = new Map(Object.entries(manifest.entities ?? {}));
        holders = new Map(Object.entries(manifest.holders ?? {}));
      }
      else if (name === TEAMS_FILE) state.imported = (data as { entities: SourcedEntity[] }).entities;
      else {
        const snapshot = data as RepositorySnapshot;
        if (!snapshot.repository?.fullName || !Array.isArray(snapshot.entities)) throw new Error('not a snapshot');
        state.snapshots.set(snapshot.repository.fullName, snapshot);
      }
    } catch {
      state.unreadable.push(path);
    }
  }
  // Who held each ref last time: recorded for a ref defined twice; otherwise its only definition.
  for (const [ref, holder] of holders) state.previous.sources.set(ref, holder);
  for (const snapshot of [...state.snapshots.values()].sort((a, b) => byText(a.repository.fullName, b.repository.fullName))) {
    for (const e of snapshot.entities) if (!state.previous.sources.has(e.ref)) state.previous.sources.set(e.ref, { repository: e.source.repository, path: e.source.path });
  }
  for (const e of state.imported) if (!state.previous.sources.has(e.ref)) state.previous.sources.set(e.ref, { repository: e.source.repository, path: e.source.path });
  return state;
}

export interface Manifest {
  /** Every generated file → hash of its content. */
  hashes: ReadonlyMap<string, string>;
  /** Every entity → its fingerprint. */
  fingerprints: ReadonlyMap<string, string>;
  /** For each ref defined more than once, the definition in the catalog, so the next build keeps it. */
  holders: ReadonlyMap<string, { repository: string; path: string }>;
}

/**
 * The state files: snapshots, imported entities and the manifest. A snapshot text from the last
 * build is reused as it is (`reuse`), so an unchanged repository costs no serialisation.
 */
export function stateFiles(
  folder: string,
  snapshots: Iterable<RepositorySnapshot>,
  imported: SourcedEntity[],
  manifest: Manifest,
  reuse: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
  const files = new Map<string, string>();
  for (const snapshot of snapshots) {
    const path = snapshotPath(folder, snapshot.repository.fullName);
    files.set(path, reuse.get(path) ?? json(snapshot));
  }
  if (imported.length) files.set(`${stateFolder(folder)}/${TEAMS_FILE}`, json({ entities: imported }));
  const sorted = <T>(map: ReadonlyMap<string, T>) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : 1)));
  files.set(`${stateFolder(folder)}/${MANIFEST_FILE}`, json({ files: sorted(manifest.hashes), entities: sorted(manifest.fingerprints), holders: sorted(manifest.holders) }));
  return files;
}

/**
 * JSON, 2-space indented. Key order is kept as is: an entity's keys stay in its descriptor's order
 * (read back, it renders as it did when read), and Callboard's own objects are built in a fixed order.
 */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
