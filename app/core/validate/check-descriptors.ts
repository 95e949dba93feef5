/**
 * A repository's descriptors checked: the files asked for and everything they lead to (Location
 * targets, the Templates above skeletons), read through the repository port, parsed and validated
 * together (placeholders, duplicates, skeletons), every problem placed. The one entry the CLI, the
 * action, the app's checks and the catalog all go through, in this thread or in a worker.
 */
import type { Entity } from '../model/entity.ts';
import type { Problem } from '../validation/problem.ts';
import { compileUserSchemas, type UserSchemaSource } from '../validation/user-schemas.ts';
import { createEntityValidator, type EntityValidator } from '../validation/validate-entity.ts';
import { collectDescriptorSources, type DescriptorRepository } from './collect-descriptor-sources.ts';
import { validateDescriptorFiles, type Progress } from './validate-descriptor-files.ts';
import type { ValidationReport } from './validation-report.ts';

/** What to check: data only, so it crosses to a worker as it is. */
export interface DescriptorCheck {
  /** Repository paths of the descriptor files to start from. */
  paths: readonly string[];
  /** `https://host/owner/repo`, when known (Backstage's same-repository rule on placeholders). */
  repositoryUrl?: string;
  /** Users' own JSON Schemas, applied with the built-in rules. */
  userSchemas?: readonly UserSchemaSource[];
}

/** The organisation's catalog, asked about each valid entity once every file is read. */
export type ResolveEntity = (
  entity: Entity,
  ref: string,
  defined: ReadonlySet<string>,
) => Problem[] | Promise<Problem[]>;

export interface CheckHooks {
  resolve?: ResolveEntity;
  progress?: Progress;
  /** Files not to read, with why: they went over a budget in an earlier attempt. */
  refused?: ReadonlyMap<string, Problem>;
}

export interface CheckedDescriptors {
  report: ValidationReport;
  /** The text of each file with problems, by its shown path, for quoting lines. */
  texts: Map<string, string>;
}

export async function checkDescriptors(
  repo: DescriptorRepository,
  check: DescriptorCheck,
  hooks: CheckHooks = {},
): Promise<CheckedDescriptors> {
  // Made before any file is started: compiling the schemas is the unit's time, not a file's.
  const validator = await validatorFor(check.userSchemas);
  const sources = await collectDescriptorSources(repo, check.paths, {
    ...(hooks.progress ? { progress: hooks.progress } : {}),
    ...(hooks.refused ? { refused: hooks.refused } : {}),
  });
  const report = await validateDescriptorFiles(sources, {
    validator,
    read: repo.read,
    locate: repo.locate,
    ...(check.repositoryUrl ? { repositoryUrl: check.repositoryUrl } : {}),
    ...(hooks.resolve ? { resolve: hooks.resolve } : {}),
    ...(hooks.progress ? { progress: hooks.progress } : {}),
  });
  const withProblems = new Set(report.files.filter((f) => f.problems.length).map((f) => f.path));
  return { report, texts: new Map(sources.filter((s) => withProblems.has(s.path)).map((s) => [s.path, s.text])) };
}

/**
 * One validator per set of users' schemas: compiling Backstage's schemas costs more than checking a
 * file. Keyed by content, as a worker receives a copy of the same schemas with each task.
 */
const validators = new Map<string, EntityValidator>();

async function validatorFor(userSchemas: readonly UserSchemaSource[] | undefined): Promise<EntityValidator> {
  const key = userSchemas?.length ? JSON.stringify(userSchemas) : '';
  let validator = validators.get(key);
  if (!validator) {
    // The linear-time pattern engine is loaded only for users' schemas.
    const lenient = userSchemas?.length
      ? (await import('../validation/lenient-schema-compiler.ts')).createLenientSchemaCompiler()
      : undefined;
    validator = createEntityValidator(
      userSchemas?.length && lenient ? { userSchemas: compileUserSchemas(userSchemas, lenient) } : {},
    );
    // A handful of schema sets in a process's life; a bound keeps a hostile stream of them from growing it.
    if (validators.size >= 16) validators.delete(validators.keys().next().value!);
    validators.set(key, validator);
  }
  return validator;
}
