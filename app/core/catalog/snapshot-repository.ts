/**
 * Reads one repository into a snapshot: its root descriptor, the configured extra paths (monorepos)
 * and everything their Locations lead to, validated. An entity whose descriptor is broken now keeps
 * its last good version from the previous snapshot, with the errors beside it: nothing is lost.
 */
import type { ContentWork } from '../content-work.ts';
import type { DescriptorRepository } from '../validate/collect-descriptor-sources.ts';
import { CALLBOARD_VERSION } from '../version.ts';
import { ROOT_DESCRIPTOR } from '../descriptor/descriptor-files.ts';
import type { CatalogRepository, FileSnapshot, RepositorySnapshot, SourcedEntity } from './types.ts';
import { byText } from '../sort.ts';

export interface SnapshotOptions {
  /** Where the descriptors are checked (a worker with budgets, in the app and the CLI). */
  work: ContentWork;
  /** Extra descriptor paths or globs for this repository (from callboard.yaml). */
  paths?: string[];
  previous?: RepositorySnapshot;
  /** The repository's `pushedAt` from the listing it was found in, when the forge gives one. */
  pushedAt?: string;
}

export async function snapshotRepository(
  repository: CatalogRepository,
  port: DescriptorRepository,
  options: SnapshotOptions,
): Promise<RepositorySnapshot> {
  const requested = [ROOT_DESCRIPTOR];
  for (const path of options.paths ?? []) for (const found of await port.locate(path)) requested.push(found);
  const { report } = await options.work.checkDescriptors(port, { paths: requested, repositoryUrl: repository.htmlUrl });
  const files: FileSnapshot[] = report.files
    .filter((f) => !f.skipped)
    .map((f) => ({ path: f.path, problems: f.problems, refs: f.entities.map((e) => e.ref) }));
  const entities: SourcedEntity[] = report.files.flatMap((f) =>
    f.entities
      .filter((e) => e.valid)
      .map((e) => ({
        ref: e.ref,
        entity: e.entity,
        source: {
          repository: repository.fullName,
          path: f.path,
          document: e.document,
          line: e.line,
          url: lineUrl(repository, f.path, e.line),
        },
      })),
  );
  const kept = keepLastGood(options.previous, files, entities, report.incomplete);
  return {
    repository,
    read: {
      ...(options.pushedAt ? { pushedAt: options.pushedAt } : {}),
      callboard: CALLBOARD_VERSION,
      paths: options.paths ?? [],
    },
    files,
    entities: [...entities, ...kept.map((k) => k.entity)].sort(
      (a, b) => byText(a.ref, b.ref) || byText(a.source.path, b.source.path),
    ),
    ...(kept.length ? { kept: kept.map((k) => ({ ref: k.entity.ref, errors: k.errors })) } : {}),
  };
}

/**
 * The previous version of each entity that is missing now because its file is broken: the file
 * still exists and has errors, and no valid definition of the ref was read. A file that was
 * deleted, or that no longer defines the entity, removes it. When the repository could not be
 * checked whole (`incomplete`: it went over its budget), nothing is known to be gone: every
 * previous entity not read again is kept.
 */
function keepLastGood(
  previous: RepositorySnapshot | undefined,
  files: FileSnapshot[],
  current: SourcedEntity[],
  incomplete: string | undefined,
) {
  if (!previous) return [];
  const valid = new Set(current.map((e) => e.ref));
  const byPath = new Map(files.map((f) => [f.path, f]));
  return previous.entities.flatMap((old) => {
    if (valid.has(old.ref)) return [];
    if (incomplete) return [{ entity: old, errors: [incomplete] }];
    const file = byPath.get(old.source.path);
    if (!file) return [];
    const errors = file.problems.filter(
      (p) => p.severity === 'error' && (p.entity === undefined || p.entity === old.ref),
    );
    if (errors.length === 0) return [];
    // Kept as it was, source line and all: it is the last version that was read without errors.
    return [{ entity: old, errors: errors.map((p) => `${file.path}:${p.line}:${p.column} ${p.message}`) }];
  });
}

export const lineUrl = (repository: CatalogRepository, path: string, line?: number) =>
  `${repository.htmlUrl}/blob/${encodeURIComponent(repository.defaultBranch)}/${path.split('/').map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`;
