/**
 * A migration spec (`migrations/<id>.yaml`) read into a MigrationSpec, every problem placed on its
 * line and column with a fix, as descriptors' and tracks' are. The schema (migration-schema.ts) says
 * what shape each field has; this adds what a schema cannot: the name matching the file, the owner
 * being a group, globs and patterns the linear-time engine accepts, paths that stay in the
 * repository, template folders that exist, the `migrated` condition (the scorecard rules' checks). A
 * spec with any error yields no spec: a migration half understood would open wrong pull requests.
 */
import { parseDescriptorFile, type DescriptorFile } from '../descriptor/parse-descriptor-file.ts';
import { offsetsOf, rangeOf } from '../descriptor/source-position.ts';
import { PatternError } from '../errors.ts';
import { parseEntityRef } from '../model/entity-ref.ts';
import { linearRegex } from '../patterns/linear-regex.ts';
import { conditionProblems, conditionWithDefaults, globProblems } from '../scorecard/condition-problems.ts';
import type { Condition } from '../scorecard/scorecard-model.ts';
import { closest } from '../validation/closest.ts';
import { problem, type LocatedProblem, type Problem } from '../validation/problem.ts';
import { createSchemaCompiler } from '../validation/schema-compiler.ts';
import { schemaProblems } from '../validation/schema-problems.ts';
import { parseDocumentPath } from './document-path.ts';
import {
  MIGRATION_API_VERSION,
  MIGRATION_KIND,
  MIGRATIONS_FOLDER,
  type EditOperation,
  type LocatedStep,
  type MigrationSpec,
  type MigrationStep,
  type MigrationTargets,
} from './migration-model.ts';
import { MIGRATION_SCHEMA } from './migration-schema.ts';

export interface MigrationFile {
  /** The spec's path in the catalog repository, `migrations/<id>.yaml`. */
  path: string;
  text: string;
}

export interface MigrationContext {
  /** Every file under `migrations/`, relative to it (`node-24/files/.nvmrc`): where `files` steps' folders are. */
  templateFiles: readonly string[];
  /** `YYYY-MM-DD`: a deadline before it is a warning. */
  today: string;
}

export interface ParsedMigration {
  /** Absent when any problem is an error. */
  spec?: MigrationSpec;
  problems: LocatedProblem[];
}

const checkSpec = createSchemaCompiler().later(MIGRATION_SCHEMA);
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const OPERATIONS = ['set', 'merge', 'delete', 'append'] as const;
const LEAVES = 'Write it from the repository root, without "..".';

type RawPath = string | (string | number)[];
type RawOperation = Partial<Record<(typeof OPERATIONS)[number], RawPath>> & { value?: unknown };
interface RawStep {
  name?: string;
  files?: { from: string; to?: string; overwrite?: boolean };
  edit?: RawOperation & { file: string; format?: 'yaml' | 'json' | 'auto'; operations?: RawOperation[] };
  replace?: { files: string; pattern: string; with: string; flags?: string };
  delete?: { files: string | string[] };
}
interface RawSpec {
  metadata: { name: string; title: string };
  spec: {
    description: string;
    owner: string;
    deadline?: string;
    version?: string | number;
    targets?: Partial<MigrationTargets>;
    values?: Record<string, unknown>;
    steps: RawStep[];
    migrated?: Condition;
    pullRequest?: { labels?: string[]; draft?: boolean };
  };
}

/** The spec's id: its file name without `.yaml`. */
export const migrationIdOf = (path: string): string => (path.split('/').pop() ?? path).replace(/\.ya?ml$/i, '');

export function parseMigration(file: MigrationFile, context: MigrationContext): ParsedMigration {
  const parsed = parseDescriptorFile(file.path, file.text);
  const problems: LocatedProblem[] = [];
  const [doc, ...others] = parsed.documents;
  if (!doc) {
    problems.push(located(parsed, problem('error', 'migration', '', 'The file holds no migration'), 0));
    return { problems };
  }
  const place = (p: Problem) => located(parsed, p, doc.number);
  for (const other of others)
    problems.push(
      located(
        parsed,
        problem('error', 'migration', '', 'A migration file holds one migration; this is a second document', {
          fix: `Move it to a file of its own, migrations/<its name>.yaml, or remove it.`,
        }),
        other.number,
      ),
    );
  if (doc.problems.length) {
    for (const p of doc.problems)
      problems.push({ ...p, ...rangeOf(parsed.lineCounter, parsed.text, [p.offset, p.endOffset]), document: 1 });
    return done(problems);
  }
  const found = envelopeProblems(doc.value, migrationIdOf(file.path));
  if (!found.some((p) => p.severity === 'error'))
    found.push(...schemaProblems(checkSpec(doc.value), 'migration', 'a migration', () => undefined));
  if (found.some((p) => p.severity === 'error')) {
    problems.push(...found.map(place));
    return done(problems);
  }
  const raw = doc.value as RawSpec;
  found.push(...semanticProblems(raw, context));
  problems.push(...found.map(place));
  const errors = problems.some((p) => p.severity === 'error');
  return done(problems, errors ? undefined : specOf(raw, file.path, (i) => place(problemAt(`/spec/steps/${i}`)).line));
}

function done(problems: LocatedProblem[], spec?: MigrationSpec): ParsedMigration {
  problems.sort((a, b) => a.document - b.document || a.line - b.line || a.column - b.column);
  return spec ? { spec, problems } : { problems };
}

function located(parsed: DescriptorFile, p: Problem, document: number): LocatedProblem {
  const doc = parsed.documents[document - 1];
  const offsets = doc ? offsetsOf(doc.yaml, p.pointer, p.atKey, p.span) : ([0, 1] as [number, number]);
  return { ...p, ...rangeOf(parsed.lineCounter, parsed.text, offsets), document: Math.max(document, 1) };
}

const problemAt = (pointer: string) => problem('error', 'migration', pointer, '');

/** apiVersion, kind, the root fields and the name, said plainly (the schema's wording is for deeper fields). */
function envelopeProblems(value: unknown, id: string): Problem[] {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return [
      problem('error', 'migration', '', 'A migration must be a mapping with apiVersion, kind, metadata and spec', {
        fix: `Start it with "apiVersion: ${MIGRATION_API_VERSION}" and "kind: ${MIGRATION_KIND}".`,
      }),
    ];
  const { apiVersion, kind, metadata, ...rest } = value as Record<string, unknown>;
  const out: Problem[] = [];
  if (apiVersion !== MIGRATION_API_VERSION)
    out.push(
      problem(
        'error',
        'migration',
        '/apiVersion',
        `apiVersion must be "${MIGRATION_API_VERSION}", but found ${JSON.stringify(apiVersion)}`,
        { atKey: apiVersion === undefined, fix: `Write "apiVersion: ${MIGRATION_API_VERSION}".` },
      ),
    );
  if (kind !== MIGRATION_KIND)
    out.push(
      problem('error', 'migration', '/kind', `kind must be "${MIGRATION_KIND}", but found ${JSON.stringify(kind)}`, {
        atKey: kind === undefined,
        fix: `Write "kind: ${MIGRATION_KIND}".`,
      }),
    );
  for (const key of Object.keys(rest).filter((k) => k !== 'spec'))
    out.push(
      problem('error', 'migration', `/${key}`, `Unknown field "${key}" at the document root`, {
        atKey: true,
        fix: 'A migration has apiVersion, kind, metadata and spec; move it under spec or remove it.',
      }),
    );
  const name = (metadata as { name?: unknown } | null | undefined)?.name;
  if (typeof name !== 'string' || !name)
    out.push(
      problem('error', 'migration', '/metadata', 'A migration needs metadata.name', {
        atKey: true,
        fix: `Add "name: ${id}" under metadata: the file's name without .yaml.`,
      }),
    );
  else if (!NAME.test(name))
    out.push(
      problem('error', 'migration', '/metadata/name', `The name "${name}" is not lowercase words joined by dashes`, {
        fix: 'Name it like node-24 or add-codeowners, and the file after it.',
      }),
    );
  else if (name !== id)
    out.push(
      problem('error', 'migration', '/metadata/name', `The name "${name}" is not the file's name, "${id}"`, {
        fix: `Rename the file to ${MIGRATIONS_FOLDER}/${name}.yaml, or write "name: ${id}".`,
      }),
    );
  return out;
}

function semanticProblems(raw: RawSpec, context: MigrationContext): Problem[] {
  const { spec } = raw;
  return [
    ...ownerProblems(spec.owner),
    ...deadlineProblems(spec.deadline, context.today),
    ...targetProblems(spec.targets),
    ...spec.steps.flatMap((step, i) => stepProblems(step, `/spec/steps/${i}`, context.templateFiles)),
    ...(spec.migrated ? conditionProblems(spec.migrated, '/spec/migrated', 'migration') : []),
  ];
}

function ownerProblems(owner: string): Problem[] {
  const parsed = parseEntityRef(owner, { defaultKind: 'group' });
  if (!parsed.ok)
    return [
      problem('error', 'migration', '/spec/owner', `"${owner}" is not an entity ref: ${parsed.message}`, {
        fix: 'Write the group that asks for it: group:default/platform, or its bare name (platform).',
      }),
    ];
  return parsed.ref.kind.toLowerCase() === 'group'
    ? []
    : [
        problem(
          'error',
          'migration',
          '/spec/owner',
          `The owner must be a group, but "${owner}" is a ${parsed.ref.kind}`,
          {
            fix: 'Name the team that asks for it: group:default/platform, or its bare name.',
          },
        ),
      ];
}

function deadlineProblems(deadline: string | undefined, today: string): Problem[] {
  if (deadline === undefined) return [];
  const date = new Date(`${deadline}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== deadline)
    return [
      problem('error', 'migration', '/spec/deadline', `"${deadline}" is not a date`, {
        fix: 'Write a day of the calendar as YYYY-MM-DD, e.g. 2027-03-31.',
      }),
    ];
  return deadline < today
    ? [
        problem('warning', 'migration', '/spec/deadline', `The deadline ${deadline} has passed`, {
          fix: 'Move it to a date ahead, or remove it; the pull requests would say they are late.',
        }),
      ]
    : [];
}

function targetProblems(targets: Partial<MigrationTargets> | undefined): Problem[] {
  const out: Problem[] = [];
  const selects =
    targets &&
    (targets.entities !== undefined ||
      targets.repositories !== undefined ||
      targets.catalogued !== undefined ||
      targets.include !== undefined);
  if (!selects)
    out.push(
      problem('warning', 'migration', targets ? '/spec/targets' : '/spec', 'This migration targets every repository', {
        atKey: true,
        fix: 'Add targets (entities, repositories, catalogued or include) unless every repository is meant.',
      }),
    );
  (targets?.repositories ?? []).forEach((glob, i) =>
    out.push(...globProblems(glob, `/spec/targets/repositories/${i}`, 'migration', 'Write a name or owner/name.')),
  );
  const excluded = new Set((targets?.exclude ?? []).map((n) => n.toLowerCase()));
  (targets?.include ?? []).forEach((name, i) => {
    if (excluded.has(name.toLowerCase()))
      out.push(
        problem('warning', 'migration', `/spec/targets/include/${i}`, `${name} is both included and excluded`, {
          fix: 'Exclusion wins; remove it from one of the two lists.',
        }),
      );
  });
  return out;
}

function stepProblems(step: RawStep, at: string, templateFiles: readonly string[]): Problem[] {
  if (step.files) return filesProblems(step.files, `${at}/files`, templateFiles);
  if (step.edit) return editProblems(step.edit, `${at}/edit`);
  if (step.replace) return replaceProblems(step.replace, `${at}/replace`);
  if (step.delete)
    return [step.delete.files]
      .flat()
      .flatMap((glob, i) =>
        repositoryGlobProblems(glob, `${at}/delete/files${Array.isArray(step.delete!.files) ? `/${i}` : ''}`),
      );
  return [
    problem('error', 'migration', at, 'A step needs one of files, edit, replace or delete', {
      fix: 'Add what the step does, e.g. "delete: { files: .travis.yml }".',
    }),
  ];
}

const repositoryGlobProblems = (glob: string, at: string): Problem[] =>
  gitFolderProblems(glob, at) ?? globProblems(glob, at, 'migration', LEAVES);

/** Git's own folder is never a migration's to write (locally, a hook there would run). */
function gitFolderProblems(path: string, at: string): Problem[] | undefined {
  return path.split('/').some((s) => s.toLowerCase() === '.git')
    ? [
        problem('error', 'migration', at, `"${path}" reaches into .git, which a migration never changes`, {
          fix: 'Name files of the repository itself.',
        }),
      ]
    : undefined;
}

function filesProblems(files: NonNullable<RawStep['files']>, at: string, templateFiles: readonly string[]): Problem[] {
  const out: Problem[] = [];
  const from = normalFolder(files.from);
  if (from === undefined || from === '.')
    out.push(
      problem('error', 'migration', `${at}/from`, `The folder "${files.from}" is not inside ${MIGRATIONS_FOLDER}/`, {
        fix: `Name a folder beside the spec, relative to ${MIGRATIONS_FOLDER}/, e.g. node-24/files.`,
      }),
    );
  else if (!templateFiles.some((f) => f.startsWith(`${from}/`))) {
    const folders = [...new Set(templateFiles.map((f) => f.split('/').slice(0, -1).join('/')).filter(Boolean))];
    const guess = closest(from, folders);
    out.push(
      problem('error', 'migration', `${at}/from`, `There is no folder ${MIGRATIONS_FOLDER}/${from} with files`, {
        fix: guess ? `Did you mean "${guess}"?` : `Create ${MIGRATIONS_FOLDER}/${from}/ with the files to add.`,
      }),
    );
  }
  const to = files.to === undefined ? '.' : normalFolder(files.to);
  if (to === undefined)
    out.push(problem('error', 'migration', `${at}/to`, `"${files.to}" leaves the repository ("..")`, { fix: LEAVES }));
  else out.push(...(gitFolderProblems(to, `${at}/to`) ?? []));
  return out;
}

/** A folder path without `./`, leading or trailing slashes (`.` for the root); undefined when it climbs out. */
function normalFolder(path: string): string | undefined {
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  return segments.includes('..') ? undefined : segments.join('/') || '.';
}

function editProblems(edit: NonNullable<RawStep['edit']>, at: string): Problem[] {
  const out = repositoryGlobProblems(edit.file, `${at}/file`);
  const inline = OPERATIONS.filter((op) => edit[op] !== undefined);
  if (edit.operations && (inline.length || edit.value !== undefined))
    out.push(
      problem('error', 'migration', `${at}/operations`, 'An edit has both operations and an operation of its own', {
        atKey: true,
        fix: `Move the ${inline[0] ?? 'value'} into the operations list.`,
      }),
    );
  else if (edit.operations)
    edit.operations.forEach((op, i) => out.push(...operationProblems(op, `${at}/operations/${i}`)));
  else out.push(...operationProblems(edit, at));
  return out;
}

function operationProblems(op: RawOperation, at: string): Problem[] {
  const present = OPERATIONS.filter((o) => op[o] !== undefined);
  if (present.length === 0)
    return [
      problem('error', 'migration', at, 'An edit needs one of set, merge, delete or append', {
        fix: 'Add what to do and where, e.g. "set: engines.node" with "value: \'>=24\'".',
      }),
    ];
  if (present.length > 1)
    return [
      problem(
        'error',
        'migration',
        `${at}/${present[1]}`,
        `An edit does one thing; this one has ${present.join(' and ')}`,
        {
          atKey: true,
          fix: 'Write each under operations: [{ set: a, value: 1 }, { delete: b }].',
        },
      ),
    ];
  const name = present[0]!;
  const out = pathProblems(op[name]!, `${at}/${name}`);
  if (name === 'delete' && op.value !== undefined)
    out.push(
      problem('error', 'migration', `${at}/value`, 'delete takes no value', {
        atKey: true,
        fix: 'Remove the value, or use set to change it.',
      }),
    );
  if (name !== 'delete' && op.value === undefined)
    out.push(
      problem('error', 'migration', at, `${name} needs a value`, {
        fix: `Add "value:" with what to ${name}.`,
      }),
    );
  if (name === 'merge' && op.value !== undefined && !isMapping(op.value))
    out.push(
      problem('error', 'migration', `${at}/value`, 'merge needs a mapping as its value', {
        fix: 'Write the keys to merge, e.g. "value: { runs-on: ubuntu-24.04 }", or use set for a single value.',
      }),
    );
  return out;
}

const isMapping = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function pathProblems(path: RawPath, at: string): Problem[] {
  if (Array.isArray(path)) return [];
  const parsed = parseDocumentPath(path);
  return Array.isArray(parsed)
    ? []
    : [
        problem('error', 'migration', at, `The path "${path}" is not valid: ${parsed.message}`, {
          fix: parsed.fix,
          span: [parsed.index, parsed.end],
        }),
      ];
}

function replaceProblems(replace: NonNullable<RawStep['replace']>, at: string): Problem[] {
  const out = repositoryGlobProblems(replace.files, `${at}/files`);
  try {
    linearRegex(replace.pattern, replace.flags ?? 'g');
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    out.push(
      problem(
        'error',
        'migration',
        `${at}/pattern`,
        `The pattern ${JSON.stringify(replace.pattern)} is not valid: ${e.message}`,
        {
          fix: e.fix,
          span: [e.index, e.end],
        },
      ),
    );
  }
  return out;
}

function specOf(raw: RawSpec, source: string, lineOf: (step: number) => number): MigrationSpec {
  const { metadata, spec } = raw;
  const targets = spec.targets ?? {};
  return {
    id: metadata.name,
    title: metadata.title,
    description: spec.description,
    owner: spec.owner,
    ...(spec.deadline ? { deadline: spec.deadline } : {}),
    version: String(spec.version ?? '1'),
    targets: {
      ...(targets.entities ? { entities: targets.entities } : {}),
      ...(targets.repositories ? { repositories: targets.repositories } : {}),
      ...(targets.catalogued !== undefined ? { catalogued: targets.catalogued } : {}),
      include: targets.include ?? [],
      exclude: targets.exclude ?? [],
    },
    steps: spec.steps.map((step, index) => ({
      ...stepOf(step),
      index,
      ...(step.name ? { name: step.name } : {}),
      line: lineOf(index),
    })) as LocatedStep[],
    ...(spec.migrated ? { migrated: conditionWithDefaults(spec.migrated) } : {}),
    values: spec.values ?? {},
    pullRequest: { labels: spec.pullRequest?.labels ?? [], draft: spec.pullRequest?.draft ?? false },
    source,
  };
}

function stepOf(step: RawStep): MigrationStep {
  if (step.files)
    return {
      kind: 'files',
      from: normalFolder(step.files.from)!,
      to: normalFolder(step.files.to ?? '.')!,
      overwrite: step.files.overwrite ?? true,
    };
  if (step.edit) {
    const { file, format, operations } = step.edit;
    return {
      kind: 'edit',
      files: file.replace(/^\/+/, ''),
      format: format ?? 'auto',
      operations: (operations ?? [step.edit]).map(operationOf),
    };
  }
  if (step.replace)
    return {
      kind: 'replace',
      files: step.replace.files.replace(/^\/+/, ''),
      pattern: step.replace.pattern,
      flags: step.replace.flags ?? 'g',
      with: step.replace.with,
    };
  return { kind: 'delete', files: [step.delete!.files].flat().map((g) => g.replace(/^\/+/, '')) };
}

function operationOf(op: RawOperation): EditOperation {
  const name = OPERATIONS.find((o) => op[o] !== undefined)!;
  const raw = op[name]!;
  const path = Array.isArray(raw) ? raw : (parseDocumentPath(raw) as (string | number)[]);
  if (name === 'delete') return { op: 'delete', path };
  if (name === 'merge') return { op: 'merge', path, value: op.value as Record<string, unknown> };
  return { op: name, path, value: op.value };
}
