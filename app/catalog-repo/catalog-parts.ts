/**
 * The parts of a catalog repository that jobs read (see catalog-repositories.ts): its config, the
 * catalog index, the scorecards, every repository's scorecard results and the catalog's state.
 * Each reads at its snapshot's commit, so the parts of one snapshot agree; those read by blob id
 * reuse what the previous commit's read already has.
 */
import { CONFIG_PATH, parseCatalogConfig, type ParsedConfig } from '../core/catalog/catalog-config.ts';
import { readCatalogState, stateFolder, type CatalogState } from '../core/catalog/catalog-state.ts';
import { INDEX_FOLDER } from '../core/catalog/render/catalog-paths.ts';
import type { CatalogScores } from '../core/catalog/render/catalog-view.ts';
import {
  catalogIndexOf,
  readIndexShard,
  type CatalogIndex,
  type IndexEntity,
} from '../core/catalog-index/catalog-index.ts';
import { parseScorecards, type ScorecardFile, type Scorecards } from '../core/scorecard/parse-scorecards.ts';
import {
  parseRepositoryScores,
  RESULTS_FOLDER,
  scoresByEntity,
  type RepositoryScores,
} from '../core/scorecard/score-results.ts';
import { MIGRATIONS_FOLDER } from '../core/migration/migration-model.ts';
import type { Forge, RepositoryId } from '../forge/types.ts';
import type { CatalogPart, CatalogSnapshot } from './catalog-repositories.ts';
import { readByBlob, type BlobKnown } from './read-by-blob.ts';

const atCommit = (snapshot: CatalogSnapshot) => (snapshot.commit ? { ref: snapshot.commit } : {});

/** callboard.yaml, with its problems; the defaults when there is none. */
export const configPart: CatalogPart<ParsedConfig> = {
  name: 'config',
  async read(snapshot) {
    const [file] = await snapshot.forge.readFiles([
      { repository: snapshot.repository, path: CONFIG_PATH, ...atCommit(snapshot) },
    ]);
    return parseCatalogConfig(file?.text);
  },
};

export const catalogFolderOf = async (snapshot: CatalogSnapshot) => (await snapshot.read(configPart)).config.folder;

export interface LoadedCatalog {
  index: CatalogIndex;
  /** The catalog folder in the catalog repository, for links to its pages. */
  folder: string;
  repository: RepositoryId;
}

const SHARD_NAME = /^[0-9a-f]{1,8}\.json$/;
/** `…/index/0a1b.json`: a shard of the catalog index. */
const isShard = (path: string) => {
  const parts = path.split('/');
  return parts.length >= 2 && parts[parts.length - 2] === INDEX_FOLDER && SHARD_NAME.test(parts[parts.length - 1]!);
};

interface IndexRead {
  shards: Map<string, BlobKnown<IndexEntity[]>>;
  loaded: LoadedCatalog | undefined;
}

/**
 * The catalog index as the catalog repository holds it: a listing of the index folder with blob
 * ids, and only the shards whose blob changed (batched). A shard is content-addressed, so a catalog
 * commit that touched one shard costs one shard's read. Undefined while there is no catalog.
 */
export const indexPart: CatalogPart<IndexRead> = {
  name: 'index',
  async read(snapshot, previous) {
    const { forge, repository, commit } = snapshot;
    const folder = await catalogFolderOf(snapshot);
    const listing = await forge.listFiles(repository, commit, `${folder}/${INDEX_FOLDER}`);
    if (!listing) return { shards: new Map(), loaded: undefined };
    const known = previous?.shards ?? new Map();
    const shards = await readByBlob(
      forge,
      repository,
      commit,
      listing,
      listing.paths.filter(isShard),
      known,
      readIndexShard,
    );
    const entities = [...shards.values()].flatMap((s) => s.value);
    return {
      shards,
      loaded: shards.size ? { index: catalogIndexOf(repository.owner, entities), folder, repository } : undefined,
    };
  },
};

export const readCatalogIndex = async (snapshot: CatalogSnapshot) => (await snapshot.read(indexPart)).loaded;

export const SCORECARDS_FOLDER = 'scorecards';

/** The scorecard files (`scorecards/*.yaml`) of a repository at a commit. */
export async function readScorecardFiles(
  forge: Forge,
  repository: RepositoryId,
  ref: string,
): Promise<ScorecardFile[]> {
  const listing = await forge.listFiles(repository, ref, SCORECARDS_FOLDER);
  const paths = (listing?.paths ?? []).filter((p) => /^scorecards\/[^/]+\.ya?ml$/.test(p));
  const files = paths.length ? await forge.readFiles(paths.map((path) => ({ repository, path, ref }))) : [];
  return files.flatMap((f) => (f.text === undefined ? [] : [{ path: f.path, text: f.text }]));
}

/** The organisation's scorecard files, parsed once per day they are asked for (exemptions expire). */
export const scorecardsPart: CatalogPart<{ files: ScorecardFile[]; parsed: Map<string, Scorecards> }> = {
  name: 'scorecards',
  async read(snapshot) {
    const files = snapshot.commit ? await readScorecardFiles(snapshot.forge, snapshot.repository, snapshot.commit) : [];
    return { files, parsed: new Map() };
  },
};

export async function readScorecards(snapshot: CatalogSnapshot, today: string): Promise<Scorecards> {
  const { files, parsed } = await snapshot.read(scorecardsPart);
  let scorecards = parsed.get(today);
  if (!scorecards) parsed.set(today, (scorecards = parseScorecards(files, today)));
  return scorecards;
}

/** Results files by path, with their blob ids; a file that is not a results file has no value. */
export type ResultsFiles = Map<string, BlobKnown<RepositoryScores | undefined>>;

/** Every repository's scorecard results (`<folder>/scorecards/results/`), read by blob id. */
export const resultsPart: CatalogPart<{ folder: string; files: ResultsFiles }> = {
  name: 'results',
  async read(snapshot, previous) {
    const { forge, repository, commit } = snapshot;
    const folder = await catalogFolderOf(snapshot);
    const listing = commit ? await forge.listFiles(repository, commit, `${folder}/${RESULTS_FOLDER}`) : undefined;
    if (!listing) return { folder, files: new Map() };
    const known = previous?.folder === folder ? previous.files : new Map();
    const paths = listing.paths.filter((p) => p.endsWith('.json'));
    const files = await readByBlob(forge, repository, commit, listing, paths, known, (_p, text) =>
      parseRepositoryScores(text),
    );
    return { folder, files };
  },
};

/** The results the files hold, those that are not results files left out. */
export const resultsOf = (files: ResultsFiles, skip: { has(path: string): boolean } = new Set()): RepositoryScores[] =>
  [...files].flatMap(([path, f]) => (f.value && !skip.has(path) ? [f.value] : []));

/** Each entity's levels, as the entity pages show them. */
export const entityScoresPart: CatalogPart<CatalogScores> = {
  name: 'entity-scores',
  read: async (snapshot) => scoresByEntity(resultsOf((await snapshot.read(resultsPart)).files)),
};

/**
 * The state the last catalog build left: the files of its state folder only (the whole repository
 * can hold more files than GitHub lists at once).
 */
export const statePart: CatalogPart<CatalogState> = {
  name: 'state',
  async read(snapshot) {
    const { forge, repository, commit } = snapshot;
    const folder = await catalogFolderOf(snapshot);
    const listing = await forge.listFiles(repository, commit, stateFolder(folder));
    const files = await forge.readFiles(
      (listing?.paths ?? []).map((path) => ({ repository, path, ...atCommit(snapshot) })),
    );
    return readCatalogState(folder, new Map(files.filter((f) => f.text !== undefined).map((f) => [f.path, f.text!])));
  },
};

/** What a migration's files may hold: its template folder is read whole, within these bounds. */
export const MIGRATION_FILE_LIMITS = { templateFiles: 500, bytes: 1024 * 1024 } as const;

export interface MigrationFiles {
  /** `migrations/<id>.yaml` specs. */
  specs: { path: string; text: string }[];
  /** Every other file under `migrations/`, by path relative to it (`node-24/files/ci.yml`): specs' templates. */
  templates: Map<string, string>;
  /** Template files left unread: too many, too large or not text. */
  unread: string[];
}

/** The catalog repository's migration specs and their template folders, at a commit. */
export async function readMigrationFiles(forge: Forge, repository: RepositoryId, ref: string): Promise<MigrationFiles> {
  const listing = await forge.listFiles(repository, ref, MIGRATIONS_FOLDER);
  const paths = listing?.paths ?? [];
  const specPaths = paths.filter((p) => /^migrations\/[^/]+\.ya?ml$/.test(p));
  const templatePaths = paths.filter((p) => !specPaths.includes(p) && p.startsWith(`${MIGRATIONS_FOLDER}/`));
  const wanted = templatePaths.slice(0, MIGRATION_FILE_LIMITS.templateFiles);
  const files = await forge.readFiles([...specPaths, ...wanted].map((path) => ({ repository, path, ref })));
  const specs: MigrationFiles['specs'] = [];
  const templates = new Map<string, string>();
  const unread = templatePaths.slice(MIGRATION_FILE_LIMITS.templateFiles);
  for (const file of files) {
    const relative = file.path.slice(MIGRATIONS_FOLDER.length + 1);
    if (specPaths.includes(file.path)) {
      if (file.text !== undefined) specs.push({ path: file.path, text: file.text });
    } else if (file.text !== undefined && file.text.length <= MIGRATION_FILE_LIMITS.bytes)
      templates.set(relative, file.text);
    else unread.push(file.path);
  }
  return { specs, templates, unread };
}

/** The migrations at the snapshot's commit. */
export const migrationsPart: CatalogPart<MigrationFiles> = {
  name: 'migrations',
  read: async (snapshot) =>
    snapshot.commit
      ? readMigrationFiles(snapshot.forge, snapshot.repository, snapshot.commit)
      : { specs: [], templates: new Map(), unread: [] },
};
