/**
 * A repository's entities scored, with its I/O handed in: the listing of its files, a reader for
 * the texts the checks need (read once for all entities, batched by the caller's forge), and what
 * is known of it from the catalog, GitHub and CI. The CLI passes a folder on disk, the app a commit
 * on GitHub; both score the same way.
 */
import type { ContentWork } from '../content-work.ts';
import type { CatalogIndex } from '../catalog-index/catalog-index.ts';
import type { Entity } from '../model/entity.ts';
import { catalogFactsOf } from './catalog-facts.ts';
import { filesNeeded } from './score-entity.ts';
import type { EntityScore, Exemption, Track } from './scorecard-model.ts';
import type { GithubFacts, ReportedCiFacts, ScoringSubject } from './scoring-subject.ts';

export interface ScoredEntityInput {
  ref: string;
  /** Its descriptor file, repository-relative: its folder is where its relative globs start. */
  path: string;
  entity: Entity;
}

export interface RepositoryScoring {
  entities: readonly ScoredEntityInput[];
  /** Every file of the repository at the scored commit. */
  paths: readonly string[];
  /** Reads texts by repository path; a missing or unreadable file is left out of the map. */
  read(paths: string[]): Promise<Map<string, string>>;
  tracks: readonly Track[];
  exemptions?: readonly Exemption[];
  organization?: string;
  catalog?: CatalogIndex;
  github?: GithubFacts;
  ci?: ReportedCiFacts;
  now: Date;
  /** Where the checks are evaluated (a worker with time budgets, in the app). */
  work: ContentWork;
}

export async function scoreRepository(input: RepositoryScoring): Promise<EntityScore[]> {
  const subjects = input.entities.map((e): Omit<ScoringSubject, 'files'> => ({
    ref: e.ref.toLowerCase(),
    entity: e.entity,
    folder: folderOf(e.path),
    ...(input.organization ? { organization: input.organization } : {}),
    ...(input.catalog ? { catalog: catalogFactsOf(input.catalog, e.entity) } : {}),
    ...(input.github ? { github: input.github } : {}),
    ...(input.ci ? { ci: input.ci } : {}),
  }));
  const listing = { paths: input.paths, text: () => undefined };
  const wanted = [
    ...new Set(subjects.flatMap((s) => filesNeeded(input.tracks, { folder: s.folder, files: listing }))),
  ].sort();
  const texts = wanted.length ? await input.read(wanted) : new Map<string, string>();
  return input.work.scoreSubjects({
    subjects,
    files: { paths: input.paths, texts },
    tracks: input.tracks,
    ...(input.exemptions ? { exemptions: input.exemptions } : {}),
    now: input.now,
  });
}

const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
