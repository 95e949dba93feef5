/**
 * Validates a set of descriptor files: every document of every file, placeholders resolved
 * within the repository, template skeletons recognised, the same entity defined twice noticed,
 * and every problem placed at file, line and column.
 */
import type { DescriptorDocument, DescriptorFile, PlacedProblem } from '../descriptor/parse-descriptor-file.ts';
import { readDescriptor, type DescriptorValue, type DescriptorValues } from '../descriptor/read-descriptor.ts';
import { locationTargets, unfollowedLocationType } from '../descriptor/location-targets.ts';
import { offsetsOf, rangeOf } from '../descriptor/source-position.ts';
import { PatternError } from '../errors.ts';
import { DEFAULT_NAMESPACE, type Entity } from '../model/entity.ts';
import { BUDGETS, fileBudgetMs } from '../budgets.ts';
import {
  placeholderBudget,
  resolvePlaceholders,
  type PlaceholderBudget,
  type ReadRepositoryFile,
} from '../validation/placeholders.ts';
import { problem, type LocatedProblem, type Problem } from '../validation/problem.ts';
import type { EntityValidator } from '../validation/validate-entity.ts';
import { isMigrationSpec, skeletonOf, templateSkeletons } from './template-skeletons.ts';
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
  /** Why the file is not checked: it went over a budget (see BUDGETS), reported in its place. */
  refused?: Problem;
}

export interface ValidateFilesOptions {
  validator: EntityValidator;
  /** Reads other files of the repository, for `$text`/`$json`/`$yaml`. */
  read: ReadRepositoryFile;
  /** The repository's files a path or glob names; when given, Location targets must exist. */
  locate?: (repositoryPathOrGlob: string) => Promise<string[]>;
  repositoryUrl?: string;
  /**
   * Checks of each valid entity against the world beyond its repository (the organisation's
   * catalog), once every file is read: `defined` holds every entity the files define.
   */
  resolve?: (entity: Entity, ref: string, defined: ReadonlySet<string>) => Problem[] | Promise<Problem[]>;
  /** The repository's placeholder bytes, when several calls share them. */
  budget?: PlaceholderBudget;
  /** Told as each file's work starts, with its time budget, so a watchdog knows what is in hand. */
  progress?: Progress;
}

/** Says which item's work starts now, and how long it may take. */
export type Progress = (item: string, budgetMs: number) => void;

/** Larger files are refused unread: no descriptor is this big, and parsing one costs memory. */
export const MAX_DESCRIPTOR_BYTES = BUDGETS.descriptorBytes;

/** A file as read and checked, before its problems are placed on lines. */
interface CheckedFile {
  source: SourceFile;
  file: DescriptorValues;
  entities: { summary: EntitySummary; doc: DescriptorValue }[];
  found: { doc: DescriptorValue; problem: Problem; ref: string | undefined }[];
}

export async function validateDescriptorFiles(
  sources: readonly SourceFile[],
  options: ValidateFilesOptions,
): Promise<ValidationReport> {
  const budget = options.budget ?? placeholderBudget();
  const parsed = sources.map((source) => ({ source, file: readable(source, options.progress) }));
  const skeletons = parsed.flatMap(
    ({ source, file }) => file?.documents.flatMap((d) => templateSkeletons(source.repositoryPath, d.value)) ?? [],
  );
  const firstSeen = new Map<string, { path: string; line: number }>();
  const results: (CheckedFile | FileReport)[] = [];
  let documents = 0;
  for (const { source, file } of parsed) {
    const skeleton = skeletonOf(source.repositoryPath, skeletons);
    if (file?.documents.some((d) => isMigrationSpec(d.value)))
      results.push({ path: source.path, entities: [], problems: [], skipped: 'a Callboard migration spec' });
    else if (skeleton)
      results.push({
        path: source.path,
        entities: [],
        problems: [],
        skipped: `template skeleton of ${skeleton.template}`,
      });
    else if (!file) results.push({ path: source.path, entities: [], problems: [atFileStart(refusal(source))] });
    else if (documents + file.documents.length > BUDGETS.documentsPerRepository) {
      results.push({ path: source.path, entities: [], problems: [atFileStart(tooManyInRepository())] });
    } else {
      documents += file.documents.length;
      options.progress?.(source.repositoryPath, fileBudgetMs(source.text.length));
      results.push(await checkFile(source, file, firstSeen, { ...options, budget }));
    }
  }
  const checked = results.filter((r): r is CheckedFile => 'found' in r);
  if (options.resolve) await resolveAgainst(checked, options.resolve);
  return summarize(results.map((r) => ('found' in r ? placed(r, options.progress) : r)));
}

/** The file's documents, or undefined when it is not to be read (too large, or refused). */
function readable(source: SourceFile, progress: Progress | undefined): DescriptorValues | undefined {
  if (source.refused || (source.size ?? source.text.length) > MAX_DESCRIPTOR_BYTES) return undefined;
  if (source.parsed) return source.parsed;
  progress?.(source.repositoryPath, fileBudgetMs(source.text.length));
  return readDescriptor(source.path, source.text);
}

const tooManyInRepository = () =>
  problem(
    'error',
    'over-budget',
    '',
    `With this file the repository's descriptors would hold more than ${BUDGETS.documentsPerRepository} documents; it was not read`,
    {
      fix: 'Move some entities to the repositories they describe, or import users and groups from your identity provider instead.',
    },
  );

function refusal(source: SourceFile): Problem {
  return (
    source.refused ??
    problem(
      'error',
      'file-too-large',
      '',
      `The file is larger than ${MAX_DESCRIPTOR_BYTES / 1024 / 1024} MiB and was not read`,
      {
        fix: 'Split it into several descriptor files, referenced from a Location.',
      },
    )
  );
}

async function checkFile(
  source: SourceFile,
  file: DescriptorValues,
  firstSeen: Map<string, { path: string; line: number }>,
  options: ValidateFilesOptions,
): Promise<CheckedFile> {
  const checked: CheckedFile = { source, file, entities: [], found: [] };
  for (const doc of file.documents) {
    const { problems, verdict } = await validateDocument(doc, source, options);
    const mine = problems.map((p) => ({ doc, problem: p, ref: verdict?.ref }));
    if (verdict?.entity && verdict.ref) {
      const duplicate = firstSeen.get(verdict.ref);
      if (duplicate) {
        const where = duplicate.path === source.path ? `line ${duplicate.line}` : `${duplicate.path}:${duplicate.line}`;
        const message = `${verdict.ref} is already defined at ${where}; Backstage keeps the first definition it reads and ignores this one`;
        mine.push({
          doc,
          ref: verdict.ref,
          problem: problem('warning', 'duplicate-entity', '/metadata/name', message, {
            fix: 'Give one of them another name, or remove the copy.',
          }),
        });
      } else {
        firstSeen.set(verdict.ref, { path: source.path, line: doc.line });
      }
      const { kind, metadata } = verdict.entity;
      const summary: EntitySummary = {
        ref: verdict.ref,
        kind,
        namespace: metadata.namespace ?? DEFAULT_NAMESPACE,
        name: metadata.name,
        document: doc.number,
        line: doc.line,
        valid: !mine.some((f) => f.problem.severity === 'error'),
        entity: verdict.entity,
      };
      checked.entities.push({ summary, doc });
    }
    for (const found of mine) checked.found.push(found);
  }
  return checked;
}

/**
 * The catalog's checks of every valid entity, knowing all that the files define. They do not change `valid`: Backstage
 * would ingest the entity.
 */
async function resolveAgainst(checked: readonly CheckedFile[], resolve: NonNullable<ValidateFilesOptions['resolve']>) {
  const valid = checked.flatMap((c) => c.entities.filter((e) => e.summary.valid));
  const defined = new Set(valid.map((e) => e.summary.ref));
  for (const c of checked) {
    for (const { summary, doc } of c.entities) {
      if (!summary.valid) continue;
      for (const p of await resolve(summary.entity, summary.ref, defined))
        c.found.push({ doc, problem: p, ref: summary.ref });
    }
  }
}

/**
 * The file's report, every problem placed by the exact parse (the fast path read the same values, so the verdicts
 * stand).
 */
function placed({ source, file, entities, found }: CheckedFile, progress: Progress | undefined): FileReport {
  if (found.length) progress?.(source.repositoryPath, fileBudgetMs(source.text.length));
  const exact = found.length ? file.exact() : undefined;
  const problems = found.map(({ doc, problem: p, ref }) => locate(exact!, exact!.documents[doc.number - 1]!, p, ref));
  if (file.documents.length === 0) {
    problems.push(
      atFileStart(
        problem('warning', 'no-entities', '', 'The file holds no entities', {
          fix: 'Describe at least one entity, or delete the file.',
        }),
      ),
    );
  }
  if (file.documentsInFile !== undefined) {
    const message = `The file holds ${file.documentsInFile} documents; only the first ${BUDGETS.documentsPerFile} are read`;
    problems.push(
      atFileStart(
        problem('error', 'over-budget', '', message, {
          fix: 'Split it into several descriptor files, referenced from a Location.',
        }),
      ),
    );
  }
  return { path: source.path, entities: entities.map((e) => e.summary), problems };
}

async function validateDocument(doc: DescriptorValue, source: SourceFile, options: ValidateFilesOptions) {
  if (doc.problems.length) return { problems: doc.problems as Problem[], verdict: undefined };
  const resolved = await resolvePlaceholders(doc.value, {
    filePath: source.repositoryPath,
    read: options.read,
    ...(options.repositoryUrl ? { repositoryUrl: options.repositoryUrl } : {}),
    ...(options.budget ? { budget: options.budget } : {}),
  });
  const verdict = options.validator(resolved.value, resolved.opaque);
  const targets = await locationTargetProblems(source.repositoryPath, doc.value, options.locate);
  return { problems: [...resolved.problems, ...verdict.problems, ...targets], verdict };
}

/** A Location's required targets must exist: Backstage fails the Location when one does not. */
async function locationTargetProblems(
  path: string,
  value: unknown,
  locate: ValidateFilesOptions['locate'],
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const type = unfollowedLocationType(value);
  if (type !== undefined)
    problems.push(
      problem(
        'warning',
        'location-target',
        '/spec/type',
        `Location type "${type}" is not one Backstage reads from a repository: it refuses the Location ("must be of an allowed type [url]"), and nothing it points at is ingested`,
        {
          expected: 'type: url',
          fix: 'Write type: url, or leave type out (a Location read from a repository is a url one).',
        },
      ),
    );
  for (const t of locationTargets(path, value)) {
    const refused = t.glob && t.repositoryPath !== undefined ? await refusedGlob(t.repositoryPath) : undefined;
    if (t.repositoryPath === undefined && !t.absolute) {
      problems.push(
        problem('error', 'location-target', t.pointer, `Location target ${t.target} is outside the repository`, {
          fix: 'Point at a file inside this repository, relative to the Location (./file) or to the repository root (/file).',
        }),
      );
    } else if (refused) {
      problems.push(
        problem('error', 'location-target', t.pointer, `Location target ${t.target}: ${refused.message}`, {
          fix: refused.fix,
        }),
      );
    } else if (t.repositoryPath !== undefined && locate) {
      const found = (await locate(t.repositoryPath)).length;
      if (found === 0 && !t.optional) {
        problems.push(
          problem(
            'error',
            'location-target',
            t.pointer,
            t.glob
              ? `No file matches ${t.target} (the glob ${t.repositoryPath}, in this repository)`
              : `Unable to read ${t.target}: there is no file at ${t.repositoryPath}`,
            {
              fix: 'Correct the path (relative to this file), or set presence: optional if the file may be absent.',
            },
          ),
        );
      } else if (found > BUDGETS.filesPerGlob) {
        problems.push(
          problem(
            'error',
            'over-budget',
            t.pointer,
            `${t.target} matches ${found} files; only the first ${BUDGETS.filesPerGlob} are read`,
            {
              fix: 'Name the descriptor files: a glob such as ./services/*/catalog-info.yaml, not one that matches every file.',
            },
          ),
        );
      }
    }
  }
  return problems;
}

/** Why a target's glob is not matched (it finds nothing), when it is refused. */
async function refusedGlob(glob: string): Promise<PatternError | undefined> {
  // The linear-time engine, loaded only for a Location that has a glob.
  const { linearGlob } = await import('../patterns/linear-glob.ts');
  try {
    linearGlob(glob);
    return undefined;
  } catch (e) {
    if (e instanceof PatternError) return e;
    throw e;
  }
}

/** A problem about the file as a whole (document 0). */
const atFileStart = (p: Problem): LocatedProblem => ({
  ...p,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  document: 0,
});

function locate(file: DescriptorFile, doc: DescriptorDocument, p: Problem, entity: string | undefined): LocatedProblem {
  const { offset, endOffset, ...rest } = p as Problem & Partial<PlacedProblem>;
  const offsets: [number, number] =
    offset !== undefined && endOffset !== undefined ? [offset, endOffset] : offsetsOf(doc.yaml, p.pointer, p.atKey);
  return {
    ...rest,
    ...rangeOf(file.lineCounter, file.text, offsets),
    document: doc.number,
    ...(entity ? { entity } : {}),
  };
}
