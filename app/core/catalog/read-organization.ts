/**
 * Reading an organisation for a catalog build: which repositories it has (all of them, or only
 * those a push names, the others as the last build knew them), which to read again (the root
 * descriptors of all of them in one batched read), their snapshots, and its teams. All the I/O of a
 * build is here, through the CatalogSource port; what follows (plan-catalog.ts) is one pure call.
 */
import type { ContentWork } from '../content-work.ts';
import { ROOT_DESCRIPTOR } from '../descriptor/descriptor-files.ts';
import { byText } from '../sort.ts';
import type { DescriptorRepository } from '../validate/collect-descriptor-sources.ts';
import { CALLBOARD_VERSION } from '../version.ts';
import { discoveryPaths, type CatalogConfig } from './catalog-config.ts';
import type { CatalogState } from './catalog-state.ts';
import { importTeams, type OrganizationTeam } from './import-teams.ts';
import { snapshotRepository } from './snapshot-repository.ts';
import type { CatalogRepository, ListedRepository, RepositorySnapshot, SourcedEntity } from './types.ts';

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

export interface ReadInput {
  organization: string;
  source: CatalogSource;
  /** Where each repository's descriptors are checked (a worker with budgets, in the app and the CLI). */
  work: ContentWork;
  config: CatalogConfig;
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
  onProgress?(done: number, total: number): void;
}

/** What a build read: every repository's snapshot (fresh or kept), and the teams imported. */
export interface OrganizationRead {
  snapshots: RepositorySnapshot[];
  /** Repositories read in this build (full names), in the order they were read. */
  read: string[];
  imported: SourcedEntity[];
}

export async function readOrganization(input: ReadInput): Promise<OrganizationRead> {
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
  return { snapshots, read: toRead.map((r) => r.fullName), imported };
}

/**
 * The organisation's repositories. A full build lists them all. A build for some repositories
 * looks up only those (one may be gone, or renamed) and takes the others as the last build knew
 * them: a push costs the same in an organisation of ten repositories or ten thousand. Without a
 * last build to go by, every build is a full one.
 */
async function repositoriesOf({ source, state, only }: ReadInput): Promise<ListedRepository[]> {
  if (!only || state.snapshots.size === 0) return source.listRepositories();
  const asked = new Set(only.map((r) => r.toLowerCase()));
  const kept = [...state.snapshots.values()]
    .map((s) => s.repository)
    .filter((r) => !asked.has(r.fullName.toLowerCase()));
  const found = asked.size ? await source.getRepositories(only) : [];
  return [...kept, ...found].sort((a, b) => byText(a.fullName, b.fullName));
}

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
