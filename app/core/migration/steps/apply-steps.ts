/**
 * A migration's steps applied to one repository's files, in order, over an in-memory overlay: a
 * later step sees what an earlier one wrote or deleted. Pure: the texts were read beforehand
 * (files-to-read.ts says which). The result is the effective changes only (a file written with the
 * text it has is no change), or the first failure, naming the step, the file and what to do. No path
 * leaves the repository or touches `.git/`; a file over the size budget is not edited.
 */
import { posix } from 'node:path';
import { trimChars } from '../../trim-chars.ts';
import type { FileChange } from '../../file-change.ts';
import { globOrNothing } from '../../patterns/linear-glob.ts';
import { linearRegex } from '../../patterns/linear-regex.ts';
import { renderTemplate, renderValue } from '../../template/render-template.ts';
import type { EditOperation, LocatedStep, TemplateContext } from '../migration-model.ts';
import { editJson, editYaml } from './edit-document.ts';

export interface StepInput {
  /** Every file of the repository. */
  paths: readonly string[];
  /** A file's text, when it was read. */
  text(path: string): string | undefined;
  /** The spec's template files, by path relative to `migrations/`. */
  templateFiles: ReadonlyMap<string, string>;
  context: TemplateContext;
}

export type Applied = { changes: FileChange[]; notes: string[] } | { failed: string };

/** Files larger than this are not edited or replaced in (a migration is for configuration and code, not data). */
export const MAX_EDITED_CHARS = 1_000_000;

class StepFailure extends Error {}

export function applySteps(steps: readonly LocatedStep[], input: StepInput): Applied {
  const files = new Overlay(input);
  const notes: string[] = [];
  try {
    for (const step of steps) {
      const label = `step ${step.index + 1}${step.name ? ` (${step.name})` : ''}`;
      const fail = (message: string): never => {
        throw new StepFailure(`${label}: ${message}`);
      };
      const touched = applyStep(step, files, input, fail);
      if (touched === 0) notes.push(`${label} changed nothing here`);
    }
  } catch (error) {
    if (error instanceof StepFailure) return { failed: error.message };
    throw error;
  }
  return { changes: files.changes(), notes };
}

/** Applies one step; how many files it wrote or deleted. */
function applyStep(step: LocatedStep, files: Overlay, input: StepInput, fail: (m: string) => never): number {
  const { context } = input;
  switch (step.kind) {
    case 'files': {
      const from = trimChars(posix.normalize(step.from), '/');
      let written = 0;
      for (const [path, template] of input.templateFiles) {
        if (!path.startsWith(`${from}/`)) continue;
        const relative = rendered(renderTemplate(path.slice(from.length + 1), context), `the file name ${path}`, fail);
        const target = repositoryPath(posix.join(step.to, relative), fail);
        if (!step.overwrite && files.exists(target)) continue;
        files.write(target, rendered(renderTemplate(template, context), `migrations/${path}`, fail));
        written++;
      }
      return written;
    }
    case 'edit': {
      const operations = step.operations.map((op) => renderedOperation(op, context, fail));
      const targets = files.matching(step.files);
      for (const path of targets) {
        const text = files.readable(path, fail);
        const format = step.format === 'auto' ? formatOf(path, fail) : step.format;
        const edited = format === 'json' ? editJson(text, operations) : editYaml(text, operations);
        if ('error' in edited) fail(`${path} is ${edited.error}; fix the file, or leave it out of \`file\``);
        else files.write(path, edited.text);
      }
      return targets.length;
    }
    case 'replace': {
      const regex = linearRegex(step.pattern, step.flags.replace(/g/g, ''));
      const all = step.flags === '' || step.flags.includes('g');
      const replacement = rendered(renderTemplate(step.with, context), '`with`', fail);
      const targets = files.matching(step.files);
      for (const path of targets) files.write(path, regex.replace(files.readable(path, fail), replacement, all));
      return targets.length;
    }
    case 'delete': {
      const targets = step.files.flatMap((glob) => files.matching(glob));
      for (const path of targets) files.remove(path);
      return targets.length;
    }
  }
}

function renderedOperation(op: EditOperation, context: TemplateContext, fail: (m: string) => never): EditOperation {
  if (op.op === 'delete') return op;
  const value = renderValue(op.value, context);
  if ('error' in value) return fail(`its value: ${placed(value.error)}`);
  return { ...op, value: value.value } as EditOperation;
}

function rendered(result: ReturnType<typeof renderTemplate>, where: string, fail: (m: string) => never): string {
  return 'error' in result ? fail(`${where}${placed(result.error)}`) : result.text;
}

const placed = (e: { message: string; line?: number; column?: number }) =>
  `${e.line ? `:${e.line}:${e.column}` : ''}: ${e.message}`;

function formatOf(path: string, fail: (m: string) => never): 'yaml' | 'json' {
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  if (/\.json[c5]?$/i.test(path) || /(?:^|\/)(?:tsconfig|jsconfig)[^/]*\.json$/i.test(path)) return 'json';
  return fail(`${path} is neither .yaml nor .json: say which with \`format: yaml\` or \`format: json\``);
}

/** A repository-relative path, or a failure when it would leave the repository or enter `.git`. */
function repositoryPath(path: string, fail: (m: string) => never): string {
  const normalized = posix.normalize(path.replace(/^\.\//, ''));
  if (normalized === '.' || normalized === '' || normalized.startsWith('../') || normalized === '..')
    return fail(`the path ${path} leaves the repository`);
  if (posix.isAbsolute(normalized)) return fail(`the path ${path} is absolute: write it from the repository's root`);
  if (normalized.split('/')[0] === '.git') return fail(`the path ${path} is inside .git`);
  return normalized;
}

/** The repository's files as the steps have left them so far. */
class Overlay {
  private readonly input: StepInput;
  private readonly original: Set<string>;
  private readonly written = new Map<string, string | null>();
  constructor(input: StepInput) {
    this.input = input;
    this.original = new Set(input.paths);
  }
  exists = (path: string) => (this.written.has(path) ? this.written.get(path) !== null : this.original.has(path));
  /** Existing files matching a glob from the repository's root (a leading `/` allowed), sorted. */
  matching(glob: string): string[] {
    const matches = globOrNothing(glob.replace(/^\//, ''));
    const paths = new Set([...this.original, ...this.written.keys()]);
    return [...paths].filter((p) => this.exists(p) && matches(p)).sort();
  }
  readable(path: string, fail: (m: string) => never): string {
    const text = this.written.has(path) ? this.written.get(path) : this.input.text(path);
    if (typeof text !== 'string') return fail(`${path} could not be read (binary, or too large to read)`);
    if (text.length > MAX_EDITED_CHARS)
      return fail(`${path} is over ${MAX_EDITED_CHARS.toLocaleString('en')} characters: Callboard does not edit it`);
    return text;
  }
  write = (path: string, text: string) => void this.written.set(path, text);
  remove = (path: string) => void this.written.set(path, null);
  /** What differs from the repository as it was, sorted by path. */
  changes(): FileChange[] {
    return [...this.written]
      .filter(([path, content]) =>
        content === null ? this.original.has(path) : !this.original.has(path) || this.input.text(path) !== content,
      )
      .map(([path, content]) => ({ path, content }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}
