/**
 * Files a scaffolder Template copies into new repositories (its `fetch:template` / `fetch:plain`
 * inputs, usually `./content` or `./skeleton`) are skeletons full of `${{ values.x }}`
 * expressions, not descriptors of this repository; so are the folders a Callboard migration renders
 * into repositories (its `files` steps' `from`, beside the spec in the catalog repository's
 * `migrations/`). The spec itself is Callboard's own file, checked by "Callboard / migrations".
 */
import { DEFAULT_NAMESPACE, isRecord } from '../model/entity.ts';
import { stringifyEntityRef } from '../model/entity-ref.ts';
import { isAbsoluteUrl, repositoryPathOf } from '../validation/placeholders.ts';

export interface Skeleton {
  /** Repository path of a folder (ending in /) or a single file. */
  path: string;
  template: string;
}

const FETCH_ACTIONS = new Set(['fetch:template', 'fetch:plain', 'fetch:template:file', 'fetch:plain:file']);

/** A file that declares a Template or a migration: what to look for above a file full of `${{ }}`. */
export const DECLARES_TEMPLATES = /^kind:\s*(?:Template|Migration)\s*$/m;

/** A Callboard migration spec (`migrations/<id>.yaml`), not a Backstage descriptor. */
export const isMigrationSpec = (value: unknown): boolean =>
  isRecord(value) && value.kind === 'Migration' && value.apiVersion === 'callboard.dev/v1';

export function templateSkeletons(templatePath: string, value: unknown): Skeleton[] {
  if (isMigrationSpec(value)) return migrationFolders(templatePath, value as Record<string, unknown>);
  if (!isRecord(value) || value.kind !== 'Template' || !isRecord(value.metadata)) return [];
  const { name, namespace = DEFAULT_NAMESPACE } = value.metadata;
  if (typeof name !== 'string' || typeof namespace !== 'string') return [];
  const spec = isRecord(value.spec) ? value.spec : {};
  const steps = Array.isArray(spec.steps) ? spec.steps : [];
  const template = stringifyEntityRef({ kind: 'Template', namespace, name });
  return steps.flatMap((step) => {
    if (!isRecord(step) || typeof step.action !== 'string' || !FETCH_ACTIONS.has(step.action)) return [];
    const url = isRecord(step.input) ? step.input.url : undefined;
    if (typeof url !== 'string' || url.includes('${{') || isAbsoluteUrl(url)) return [];
    const path = repositoryPathOf(url, templatePath);
    if (path === undefined || path === '') return [];
    const skeleton = { path: step.action.endsWith(':file') ? path : `${path}/`, template };
    // A skeleton that holds the template itself is a mistake in the template, not a reason to skip it.
    return isInSkeleton(templatePath, skeleton) ? [] : [skeleton];
  });
}

const isInSkeleton = (repositoryPath: string, s: Skeleton) =>
  s.path.endsWith('/') ? repositoryPath.startsWith(s.path) : repositoryPath === s.path;

export function skeletonOf(repositoryPath: string, skeletons: readonly Skeleton[]): Skeleton | undefined {
  return skeletons.find((s) => isInSkeleton(repositoryPath, s));
}

/** The folders a migration's `files` steps render, beside its spec. */
function migrationFolders(specPath: string, value: Record<string, unknown>): Skeleton[] {
  const name = isRecord(value.metadata) && typeof value.metadata.name === 'string' ? value.metadata.name : specPath;
  const spec = isRecord(value.spec) ? value.spec : {};
  const steps = Array.isArray(spec.steps) ? spec.steps : [];
  return steps.flatMap((step) => {
    const from = isRecord(step) && isRecord(step.files) ? step.files.from : undefined;
    if (typeof from !== 'string') return [];
    const path = repositoryPathOf(from, specPath);
    return path ? [{ path: `${path}/`, template: `migration ${name}` }] : [];
  });
}
