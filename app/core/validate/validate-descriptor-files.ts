/**
 * Validates a set of descriptor files: every document of every file, placeholders resolved
 * within the repository, template skeletons recognised, the same entity defined twice noticed,
 * and every problem placed at file, line and column.
 */
import type { DescriptorDocument, DescriptorFile, PlacedProblem } from '../descriptor/parse-descriptor-file.ts';
import { readDescriptor, type DescriptorValue, type DescriptorValues } from '../descriptor/read-descriptor.ts';
import { locationTargets } from '../descriptor/location-targets.ts';
import { offsetsOf, rangeOf } from '../descriptor/source-position.ts';
import { DEFAULT_NAMESPACE, type Entity } from '../model/entity.ts';
import { resolvePlaceholders, type ReadRepositoryFile } from '../validation/placeholders.ts';
import { problem, type LocatedProblem, type Problem } from '../validation/problem.ts';
import type { EntityValidator } from '../validation/validate-entity.ts';
import { skeletonOf, templateSkeletons, type Skeleton } from './template-skeletons.ts';
import { summarize, type EntitySummary, type FileReport, type ValidationReport } from './validation-report.ts';

export interface SourceFile {
  /** The path shown to people (relative to where they ran the command). */
  path: string;
  /** POSIX path relative to the repository root, for placeholders and template skeletons. */
  repositoryPath: string;
  text: string;
  /** The file's size in bytes, when it is known without reading it (a larger one is not read). */
  size?: number;
  /** The file already read (by whoever followed its Locations), so it is not parsed twice. */
  parsed?: DescriptorValues;
}

export interface ValidateFilesOptions {
  validator: EntityValidator;
  /** Reads other files of the repository, for `$text`/`$json`/`$yaml`. */
  read: ReadRepositoryFile;
  /** The repository's files a path or glob names; when given, Location targets must exist. */
  locate?: (repositoryPathOrGlob: string) => Promise<string[]>;
  repositoryUrl?: string;
  /** Checks of a valid entity against the world beyond its repository (the organisation's catalog). */
  resolve?: (entity: Entity, ref: string) => Problem[];
}

/** Larger files are refused unread: no descriptor is this big, and parsing one costs memory. */
export const MAX_DESCRIPTOR_BYTES = 5 * 1024 * 1024;

export async function validateDescriptorFiles(sources: readonly SourceFile[], options: ValidateFilesOptions): Promise<ValidationReport> {
  const parsed = sources.map((source) => ({
    source,
    file: (source.size ?? source.text.length) > MAX_DESCRIPTOR_BYTES ? undefined : (source.parsed ?? readDescriptor(source.path, source.text)),
  }));
  const skeletons = parsed.flatMap(({ source, file }) => file?.documents.flatMap((d) => templateSkeletons(source.repositoryPath, d.value)) ?? []);
  const firstSeen = new Map<string, { path: string; line: number }>();
  const reports: FileReport[] = [];
  for (const { source, file } of parsed) {
    reports.push(await validateOne(source, file, skeletons, firstSeen, options));
  }
  return summarize(reports);
}

async function validateOne(
  source: SourceFile,
  file: DescriptorValues | undefined,
  skeletons: readonly Skeleton[],
  firstSeen: Map<string, { path: string; line: number }>,
  options: ValidateFilesOptions,
): Promise<FileReport> {
  const skeleton = skeletonOf(source.repositoryPath, skeletons);
  if (skeleton) return { path: source.path, entities: [], problems: [], skipped: `template skeleton of ${skeleton.template}` };
  if (!file) {
    const tooLarge = problem('error', 'file-too-large', '', `The file is larger than ${MAX_DESCRIPTOR_BYTES / 1024 / 1024} MiB and was not read`, {
      fix: 'Split it into several descriptor files, referenced from a Location.',
    });
    return { path: source.path, entities: [], problems: [atFileStart(tooLarge)] };
  }
  const entities: EntitySummary[] = [];
  const found: { doc: DescriptorValue; problem: Problem; ref: string | undefined }[] = [];
  for (const doc of file.documents) {
    const checked = await validateDocument(doc, source, options);
    const verdict = checked.verdict;
    const mine = checked.problems.map((p) => ({ doc, problem: p, ref: verdict?.ref }));
    if (verdict?.entity && verdict.ref) {
      const duplicate = firstSeen.get(verdict.ref);
      if (duplicate) {
        const where = duplicate.path === source.path ? `line ${duplicate.line}` : `${duplicate.path}:${duplicate.line}`;
        const message = `${verdict.ref} is already defined at ${where}; Backstage keeps the first definition it reads and ignores this one`;
        mine.push({ doc, ref: verdict.ref, problem: problem('warning', 'duplicate-entity', '/metadata/name', message, { fix: 'Give one of them another name, or remove the copy.' }) });
      } else {
        firstSeen.set(verdict.ref, { path: source.path, line: doc.line });
      }
      const { kind, metadata } = verdict.entity;
      entities.push({
        ref: verdict.ref,
        kind,
        namespace: metadata.namespace ?? DEFAULT_NAMESPACE,
        name: metadata.name,
        document: doc.number,
        line: doc.line,
        valid: !mine.some((f) => f.problem.severity === 'error'),
        entity: verdict.entity,
      });
    }
    found.push(...mine);
  }
  // Problems are placed with the exact parse (the fast path read the same values, so the verdicts stand).
  const exact = found.length ? file.exact() : undefined;
  const problems = found.map(({ doc, problem: p, ref }) => locate(exact!, exact!.documents[doc.number - 1]!, p, ref));
  if (file.documents.length === 0) {
    problems.push(atFileStart(problem('warning', 'no-entities', '', 'The file holds no entities', { fix: 'Describe at least one entity, or delete the file.' })));
  }
  return { path: source.path, entities, problems };
}

async function validateDocument(doc: DescriptorValue, source: SourceFile, options: ValidateFilesOptions) {
  if (doc.problems.length) return { problems: doc.problems as Problem[], verdict: undefined };
  const resolved = await resolvePlaceholders(doc.value, {
    filePath: source.repositoryPath,
    read: options.read,
    ...(options.repositoryUrl ? { repositoryUrl: options.repositoryUrl } : {}),
  });
  const verdict = options.validator(resolved.value, resolved.opaque);
  const targets = await locationTargetProblems(source.repositoryPath, doc.value, options.locate);
  const resolvedAgainst = verdict.entity && verdict.ref && options.resolve ? options.resolve(verdict.entity, verdict.ref) : [];
  return { problems: [...resolved.problems, ...verdict.problems, ...targets, ...resolvedAgainst], verdict };
}

/** A Location's required targets must exist: Backstage fails the Location when one does not. */
async function locationTargetProblems(path: string, value: unknown, locate: ValidateFilesOptions['locate']): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const t of locationTargets(path, value)) {
    if (t.repositoryPath === undefined && !t.absolute) {
      problems.push(problem('error', 'location-target', t.pointer, `Location target ${t.target} is outside the repository`, {
        fix: 'Point at a file inside this repository, relative to the Location (./file) or to the repository root (/file).',
      }));
    } else if (t.repositoryPath !== undefined && locate && !t.optional && (await locate(t.repositoryPath)).length === 0) {
      problems.push(problem('error', 'location-target', t.pointer, t.glob ? `Unable to read url, no matching files found for ${t.target}` : `Unable to read ${t.target}: there is no file at ${t.repositoryPath}`, {
        fix: 'Correct the path (relative to this file), or set presence: optional if the file may be absent.',
      }));
    }
  }
  return problems;
}

/** A problem about the file as a whole (document 0). */
const atFileStart = (p: Problem): LocatedProblem => ({ ...p, line: 1, column: 1, endLine: 1, endColumn: 1, document: 0 });

function locate(file: DescriptorFile, doc: DescriptorDocument, p: Problem, entity: string | undefined): LocatedProblem {
  const { offset, endOffset, ...rest } = p as Problem & Partial<PlacedProblem>;
  const offsets: [number, number] =
    offset !== undefined && endOffset !== undefined ? [offset, endOffset] : offsetsOf(doc.yaml, p.pointer, p.atKey);
  return { ...rest, ...rangeOf(file.lineCounter, file.text, offsets), document: doc.number, ...(entity ? { entity } : {}) };
}
