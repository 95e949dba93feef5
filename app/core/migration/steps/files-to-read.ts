/**
 * The repository files whose texts a migration's steps need: what they edit or replace in, and what
 * a `files` step would write over (to tell a real change from the same text). Callers read these in
 * one batch before applying the steps. Names that fail to render are left out: applying the steps
 * reports them.
 */
import { posix } from 'node:path';
import { trimChars } from '../../trim-chars.ts';
import { globOrNothing } from '../../patterns/linear-glob.ts';
import { renderTemplate } from '../../template/render-template.ts';
import type { LocatedStep, TemplateContext } from '../migration-model.ts';

export function filesToRead(
  steps: readonly LocatedStep[],
  paths: readonly string[],
  templateFiles: ReadonlyMap<string, string>,
  context: TemplateContext,
): string[] {
  const present = new Set(paths);
  const wanted = new Set<string>();
  for (const step of steps) {
    if (step.kind === 'edit' || step.kind === 'replace') {
      const matches = globOrNothing(step.files.replace(/^\//, ''));
      for (const path of paths) if (matches(path)) wanted.add(path);
    } else if (step.kind === 'files') {
      const from = trimChars(posix.normalize(step.from), '/');
      for (const path of templateFiles.keys()) {
        if (!path.startsWith(`${from}/`)) continue;
        const name = renderTemplate(path.slice(from.length + 1), context);
        if ('error' in name) continue;
        const target = posix.normalize(posix.join(step.to, name.text)).replace(/^\.\//, '');
        if (present.has(target)) wanted.add(target);
      }
    }
  }
  return [...wanted].sort();
}
