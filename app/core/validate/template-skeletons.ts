/**
 * Files a scaffolder Template copies into new repositories (its `fetch:template` / `fetch:plain`
 * inputs, usually `./content` or `./skeleton`) are skeletons full of `${{ values.x }}`
 * expressions, not descriptors of this repository.
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

export function templateSkeletons(templatePath: string, value: unknown): Skeleton[] {
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
