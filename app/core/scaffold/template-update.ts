/**
 * A template's change brought to a repository made from it, as cruft and copier bring theirs: the
 * template rendered at the version the repository recorded and at the new one, with the
 * repository's recorded answers, and the difference merged into the repository three ways
 * (node-diff3, git's diff3 algorithm): what the template changed and the repository did not is
 * taken, a local change that does not overlap is kept, and where both changed the same lines the
 * file gets git's conflict markers and the pull request is a draft naming it. A file the template
 * added is added; one it removed is removed if the repository left it as rendered. A file the
 * repository deleted stays deleted (copier's rule). A repository that already has every change
 * gets no pull request.
 */
import { merge } from 'node-diff3';
import type { FileChange } from '../file-change.ts';
import type { RepositoryPlan } from '../migration/migration-model.ts';
import { unifiedDiff } from '../migration/unified-diff.ts';
import { scaffold, type ScaffoldRequest } from './scaffold.ts';
import { ANSWERS_FILE, TEMPLATE_VERSION, type TemplateOrigin } from './template-origin.ts';
import type { FileTree } from './workspace.ts';

export interface TemplateVersion {
  /** The commit of the template's repository. */
  version: string;
  templateText: string;
  template: FileTree;
}

export interface UpdateRequest {
  repository: string;
  origin: TemplateOrigin;
  before: TemplateVersion;
  after: TemplateVersion;
  /** The repository's text of every path either render has; absent when it has no such file, null when binary. */
  current: ReadonlyMap<string, string | null>;
  settings?: ScaffoldRequest['settings'];
}

/** Files larger than this are not merged line by line: a change to one is a conflict to resolve by hand. */
export const MERGE_LIMIT_BYTES = 1_000_000;

/** The paths a repository's update reads: every file either version renders. */
export function renderVersions(
  request: Omit<UpdateRequest, 'current'>,
): { before: FileTree; after: FileTree } | { failed: string } {
  const render = (version: TemplateVersion) =>
    scaffold({
      templateText: version.templateText,
      template: version.template,
      answers: request.origin.answers,
      source: request.origin.source,
      version: version.version,
      ...(request.origin.request ? { request: request.origin.request } : {}),
      ...(request.settings ? { settings: request.settings } : {}),
    });
  const before = render(request.before);
  const after = render(request.after);
  for (const [which, result] of [
    ['recorded', before],
    ['new', after],
  ] as const)
    if (!result.ok)
      return {
        failed: `the template's ${which} version does not render with this repository's answers: ${result.problems.map((p) => `${p.where ? `${p.where}: ` : ''}${p.message}`).join('; ')}`,
      };
  return { before: (before as { files: FileTree }).files, after: (after as { files: FileTree }).files };
}

export function planUpdate(request: UpdateRequest, rendered: { before: FileTree; after: FileTree }): RepositoryPlan {
  const { before, after } = rendered;
  const label = `template ${request.origin.template} ${request.after.version.slice(0, 12)}`;
  const changes: FileChange[] = [];
  const conflicts: string[] = [];
  const notes: string[] = [];
  const paths = [...new Set([...before.files.keys(), ...after.files.keys()])].sort();
  for (const path of paths) {
    if (path === ANSWERS_FILE) continue;
    const base = textOf(before, path);
    const theirs = textOf(after, path);
    const ours = request.current.get(path);
    if (sameBytes(before, after, path) || ours === theirs) continue;
    const result = mergeFile(path, base, ours, theirs, label);
    if (result.note) notes.push(result.note);
    if (result.conflict) conflicts.push(path);
    if (result.change && result.change.content !== ours) changes.push(result.change);
  }
  const real = changes.filter((c) => !onlyVersionMoved(request.current.get(c.path), c.content));
  if (real.length === 0 && conflicts.length === 0)
    return {
      repository: request.repository,
      status: 'migrated',
      evidence: `it already has what version ${request.after.version.slice(0, 12)} of the template changes`,
    };
  const answers = textOf(after, ANSWERS_FILE);
  if (answers !== undefined && answers !== request.current.get(ANSWERS_FILE))
    changes.push({ path: ANSWERS_FILE, content: answers });
  if (conflicts.length)
    notes.unshift(
      `Conflicts, marked the way git marks them, to resolve before merging: ${conflicts.map((c) => `\`${c}\``).join(', ')}.`,
    );
  return {
    repository: request.repository,
    status: 'changes',
    changes: changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    diff: unifiedDiff(changes, (path) => request.current.get(path) ?? undefined),
    notes,
    draft: conflicts.length > 0,
  };
}

interface FileMerge {
  change?: FileChange;
  conflict?: boolean;
  note?: string;
}

function mergeFile(
  path: string,
  base: string | null | undefined,
  ours: string | null | undefined,
  theirs: string | null | undefined,
  label: string,
): FileMerge {
  if (theirs === undefined) {
    // The template no longer has the file.
    if (ours === undefined) return {};
    if (ours === base) return { change: { path, content: null } };
    return { note: `\`${path}\` is no longer in the template, but it was changed here, so it stays.` };
  }
  if (ours === undefined && base !== undefined)
    return { note: `\`${path}\` was deleted here, so the template's change to it is left out.` };
  if (theirs === null || ours === null || base === null)
    return ours === base || ours === undefined
      ? { note: `\`${path}\` is a binary file the template changed: copy it from the template by hand.` }
      : {
          conflict: true,
          note: `\`${path}\` is a binary file changed both here and in the template: pick one by hand.`,
        };
  if ((ours ?? '').length + theirs.length > MERGE_LIMIT_BYTES)
    return {
      conflict: true,
      note: `\`${path}\` is too large to merge line by line: bring the template's change by hand.`,
    };
  const merged = merge(ours ?? '', base ?? '', theirs, {
    stringSeparator: '\n',
    excludeFalseConflicts: true,
    label: { a: 'this repository', b: label },
  });
  return { change: { path, content: merged.result.join('\n') }, conflict: merged.conflict };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** A rendered file's text; null when it is not UTF-8 text (binary), undefined when not rendered. */
function textOf(tree: FileTree, path: string): string | null | undefined {
  const file = tree.files.get(path);
  if (!file) return undefined;
  try {
    return decoder.decode(file.content);
  } catch {
    return null;
  }
}

function sameBytes(a: FileTree, b: FileTree, path: string): boolean {
  const x = a.files.get(path);
  const y = b.files.get(path);
  if (!x || !y) return x === y;
  return x.kind === y.kind && Buffer.from(x.content).equals(Buffer.from(y.content));
}

/** Whether two texts differ only in the template-version annotation (every update moves it). */
function onlyVersionMoved(before: string | null | undefined, after: string | null): boolean {
  if (typeof before !== 'string' || after === null) return false;
  const strip = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.trimStart().startsWith(`${TEMPLATE_VERSION}:`))
      .join('\n');
  return strip(before) === strip(after);
}

/** Reads a repository's files: text, null for a binary file, absent when missing. */
export type ReadCurrent = (paths: readonly string[]) => Promise<[string, string | null][]>;

/** Both versions rendered, the repository's files at their paths read, and the merge planned. */
export async function planTemplateUpdate(
  request: Omit<UpdateRequest, 'current'>,
  readCurrent: ReadCurrent,
): Promise<RepositoryPlan> {
  const rendered = renderVersions(request);
  if ('failed' in rendered) return { repository: request.repository, status: 'failed', reason: rendered.failed };
  const paths = [...new Set([...rendered.before.files.keys(), ...rendered.after.files.keys()])];
  const current = new Map(await readCurrent(paths));
  return planUpdate({ ...request, current }, rendered);
}
