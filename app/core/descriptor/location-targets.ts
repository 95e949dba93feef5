/**
 * The files a Location entity points at, resolved within its repository as Backstage resolves
 * them: `spec.target` and `spec.targets` together, relative to the Location's folder (or to the
 * repository root with a leading /), globs allowed. Absolute URLs point elsewhere and are not
 * followed here. A Location of another type than `url` (`github`, a legacy form) is not followed:
 * Backstage refuses it ("must be of an allowed type [url]"), so its targets are never ingested.
 */
import { isDynamicPattern } from 'tinyglobby';
import { isRecord } from '../model/entity.ts';
import { pointerOf } from '../validation/json-pointer.ts';
import { isAbsoluteUrl, repositoryPathOf } from '../validation/placeholders.ts';

export interface LocationTarget {
  /** As written in the descriptor. */
  target: string;
  pointer: string;
  /** Repository-relative path or glob; undefined for an absolute URL or a path leaving the repository. */
  repositoryPath?: string;
  /** An absolute URL: somewhere else, not followed. */
  absolute: boolean;
  glob: boolean;
  /** `presence: optional`: a missing target is not an error. */
  optional: boolean;
}

/** The type of a Location Backstage will not follow from a repository (anything but `url`), if it is one. */
export function unfollowedLocationType(value: unknown): string | undefined {
  if (!isRecord(value) || value.kind !== 'Location' || !isRecord(value.spec)) return undefined;
  const { type } = value.spec;
  return type === undefined || type === 'url' ? undefined : String(type);
}

export function locationTargets(locationPath: string, value: unknown): LocationTarget[] {
  if (!isRecord(value) || value.kind !== 'Location' || !isRecord(value.spec)) return [];
  if (unfollowedLocationType(value) !== undefined) return [];
  const { target, targets, presence } = value.spec;
  const written: [string, (string | number)[]][] = [
    ...(typeof target === 'string' ? [[target, ['spec', 'target']] as [string, (string | number)[]]] : []),
    ...(Array.isArray(targets)
      ? targets.flatMap((t, i) =>
          typeof t === 'string' ? [[t, ['spec', 'targets', i]] as [string, (string | number)[]]] : [],
        )
      : []),
  ];
  return written.map(([t, path]) => {
    const absolute = isAbsoluteUrl(t);
    const repositoryPath = absolute ? undefined : repositoryPathOf(t, locationPath);
    return {
      target: t,
      pointer: pointerOf(path),
      ...(repositoryPath ? { repositoryPath } : {}),
      absolute,
      glob: isDynamicPattern(t),
      optional: presence === 'optional',
    };
  });
}
