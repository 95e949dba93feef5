/**
 * A catalog build: the repositories to re-read are read (the root descriptors of all of them in
 * one batched read), the others keep their snapshot, the teams are imported, the catalog is
 * assembled and rendered, and the result is compared with the last build's manifest, so only
 * files that changed are written and files no longer produced are removed.
 */
import type { DescriptorRepository } from '../validate/collect-descriptor-sources.ts';
import { createEntityValidator } from '../validation/validate-entity.ts';
import type { LocatedProblem } from '../validation/problem.ts';
import { assembleCatalog } from './assemble-catalog.ts';
import { CONFIG_PATH, discoveryPaths, type CatalogConfig } from './catalog-config.ts';
import { contentHash, snapshotPath, stateFiles, stateFolder, type CatalogState } from './catalog-state.ts';
import { importTeams, type OrganizationTeam } from './import-teams.ts';
import { entityFiles, renderCatalog } from './render/render-catalog.ts';
import { ROOT_DESCRIPTOR, snapshotRepository } from './snapshot-repository.ts';
import type { Catalog, CatalogEntity, CatalogProblem, CatalogRepository, RepositorySnapshot } from './types.ts';
import { byText } from '../sort.ts';

/** Where a build reads from: the organisation's repositories (on GitHub, or folders on disk). */
export interface CatalogSource {
  listRepositories(): Promise<CatalogRepository[]>;
  /** Reads one file from each of many repositories at once (batched on GitHub). */
  readMany(requests: { repository: CatalogRepository; path: string }[]): Promise<(string | undefined)[]>;
  /** One repository's files at its default branch; `primed` answers reads already made. */
  open(repository: CatalogRepository, primed: ReadonlyMap<string, string | undefined>): DescriptorRepository;
  teams(): Promise<OrganizationTeam[]>;
}

export interface BuildInput {
  organization: string;
  source: CatalogSource;
  config: CatalogConfig;
  configProblems?: LocatedProblem[];
  /** The catalog repository's name: it is not a source of the catalog. */
  catalogRepository?: string;
  state: CatalogState;
  /** Re-read only these repositories (full names); the others keep their snapshot. All when absent. */
  only?: readonly string[];
  /** The forge's web address, for links to teams (https://github.com). */
  webUrl?: string;
  onProgress?(done: number, total: number): void;
}

export interface BuildResult {
  catalog: Catalog;
  /** Every file of the catalog folder, state included. */
  files: Map<string, string>;
  /** What to write: changed and new files, and `null` for files no longer produced. */
  changes: { path: string; content: string | null }[];
  snapshots: RepositorySnapshot[];
  /** Repositories read in this build. */
  read: string[];
}

export async function buildCatalog(input: BuildInput): Promise<BuildResult> {
  const { config, state, source } = input;
  const all = (await source.listRepositories()).filter((r) => r.name.toLowerCase() !== input.catalogRepository?.toLowerCase());
  const only = input.only && new Set(input.only.map((r) => r.toLowerCase()));
  const toRead = all.filter((r) => !only || only.has(r.fullName.toLowerCase()) || !state.snapshots.has(r.fullName));
  const roots = await source.readMany(toRead.map((repository) => ({ repository, path: ROOT_DESCRIPTOR })));
  const validator = createEntityValidator();
  const fresh = new Map<string, RepositorySnapshot>();
  for (const [i, repository] of toRead.entries()) {
    const port = source.open(repository, new Map([[ROOT_DESCRIPTOR, roots[i]]]));
    const previous = state.snapshots.get(repository.fullName);
    fresh.set(repository.fullName, await snapshotRepository(repository, port, { validator, paths: discoveryPaths(config, repository.name), ...(previous ? { previous } : {}) }));
    input.onProgress?.(i + 1, toRead.length);
  }
  // Kept snapshots take the repository's current metadata (archived, renamed default branch).
  const snapshots = all.map((r) => fresh.get(r.fullName) ?? { ...state.snapshots.get(r.fullName)!, repository: r });
  const imported = config.teams.import ? importTeams(input.organization, await source.teams(), input.webUrl) : [];
  const catalog = assembleCatalog({
    organization: input.organization,
    snapshots,
    imported,
    previous: state.previous,
    problems: (input.configProblems ?? []).map((p) => ({ kind: 'config', severity: p.severity, message: p.message, path: CONFIG_PATH, line: p.line, column: p.column })) as CatalogProblem[],
  });
  const fingerprints = new Map(catalog.entities.map((e) => [e.ref, fingerprint(e)]));
  const render = pagesToRender(catalog, fingerprints, state, config.folder);
  const generated = renderCatalog(catalog, { folder: config.folder, ...(render ? { entities: render } : {}) });
  // Each generated file is hashed once: for the manifest, and to compare with the last build's.
  // The files of entities not rendered again are unchanged: their last hashes stand.
  const hashes = new Map([...generated].map(([path, text]) => [path, contentHash(text)]));
  if (render) {
    for (const e of catalog.entities) {
      if (render.has(e.ref)) continue;
      for (const path of entityFiles(e.ref, config.folder)) hashes.set(path, state.manifest.get(path)!);
    }
  }
  const holders = new Map(
    catalog.problems
      .filter((p) => p.kind === 'conflict' && p.severity === 'warning' && p.ref && p.repository && p.path)
      .map((p) => [p.ref!, { repository: p.repository!, path: p.path! }]),
  );
  const reuse = new Map(
    snapshots.filter((s) => !fresh.has(s.repository.fullName) && sameRepository(s.repository, state.snapshots.get(s.repository.fullName)?.repository)).flatMap((s) => {
      const path = snapshotPath(config.folder, s.repository.fullName);
      const text = state.texts.get(path);
      return text === undefined ? [] : [[path, text] as const];
    }),
  );
  const files = new Map([...generated, ...stateFiles(config.folder, snapshots, imported, { hashes, fingerprints, holders }, reuse)]);
  return { catalog, files, changes: changesSince(state, files, hashes, config.folder), snapshots, read: toRead.map((r) => r.fullName) };
}

/**
 * The files that differ from the last build (by the manifest's hashes and the state files' own
 * content), and those the last build produced that this one does not.
 */
function changesSince(state: CatalogState, files: Map<string, string>, hashes: ReadonlyMap<string, string>, folder: string) {
  const isState = (path: string) => path.startsWith(`${stateFolder(folder)}/`);
  const changes: { path: string; content: string | null }[] = [];
  for (const [path, content] of files) {
    // Generated files are compared by the manifest's hash, state files (which hold the manifest) by their text.
    const same = isState(path) ? state.texts.get(path) === content : state.manifest.get(path) === hashes.get(path);
    if (!same) changes.push({ path, content });
  }
  const produced = (path: string) => files.has(path) || hashes.has(path);
  for (const path of [...state.manifest.keys(), ...state.texts.keys()]) if (!produced(path)) changes.push({ path, content: null });
  return [...new Map(changes.map((c) => [c.path, c])).values()].sort((a, b) => byText(a.path, b.path));
}

/** Everything an entity's own page and YAML show about it: when it is unchanged, so are they, but for its neighbours. */
const fingerprint = (e: CatalogEntity) => contentHash(JSON.stringify([e.entity, e.relations, e.status, e.archived, e.source]));

/**
 * The entities whose files must be rendered again: those whose fingerprint changed or are new, and
 * everything within two relations of them (a page shows its neighbours' titles and owners, and its
 * owner's members and parent). Undefined (render everything) without a previous build to go by.
 */
function pagesToRender(catalog: Catalog, fingerprints: ReadonlyMap<string, string>, state: CatalogState, folder: string): Set<string> | undefined {
  if (state.fingerprints.size === 0) return undefined;
  // New or changed, or with files the last manifest does not list (then nothing vouches for them).
  const changed = [...fingerprints]
    .filter(([ref, fp]) => state.fingerprints.get(ref) !== fp || entityFiles(ref, folder).some((path) => !state.manifest.has(path)))
    .map(([ref]) => ref);
  const removed = [...state.fingerprints.keys()].filter((ref) => !fingerprints.has(ref));
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => (neighbours.get(a) ?? neighbours.set(a, new Set()).get(a)!).add(b);
  for (const e of catalog.entities) for (const r of e.relations) {
    link(r.source, r.target);
    link(r.target, r.source);
  }
  const render = new Set<string>();
  let frontier = [...changed, ...removed];
  for (let hop = 0; hop <= 2 && frontier.length; hop++) {
    const next: string[] = [];
    for (const ref of frontier) {
      if (render.has(ref)) continue;
      render.add(ref);
      for (const n of neighbours.get(ref) ?? []) next.push(n);
    }
    frontier = next;
  }
  return render;
}

const sameRepository = (a: CatalogRepository, b: CatalogRepository | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** The commit message: what was read, and every entity removed with the reason. */
export function commitMessage(result: BuildResult, reason: string): string {
  const { catalog } = result;
  const lines = [`Update the catalog: ${reason}`, ''];
  lines.push(`${catalog.entities.length} entities from ${catalog.repositories.length} repositories; read ${result.read.length}: ${summarise(result.read)}.`);
  if (catalog.removed.length) lines.push('', 'Removed:', ...catalog.removed.map((r) => `- ${r.ref}: ${r.reason}`));
  const errors = catalog.problems.filter((p) => p.severity === 'error').length;
  if (errors) lines.push('', `${errors} errors in descriptors: see errors.md.`);
  return lines.join('\n');
}

const summarise = (names: string[]) => (names.length <= 10 ? names.join(', ') || 'none' : `${names.slice(0, 10).join(', ')} and ${names.length - 10} more`);
