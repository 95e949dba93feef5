/**
 * Which changed paths concern the catalog: descriptors by name, and the files their Locations and
 * placeholders read.
 */
import { posix } from 'node:path';

/** `catalog-info.yaml` or `.yml`, in any folder. */
export const isDescriptorPath = (path: string) => /^catalog-info\.ya?ml$/.test(posix.basename(path));

/**
 * Descriptors, Location targets and most placeholder targets are YAML or JSON; other files wait for
 * the next reconcile.
 */
export const touchesDescriptors = (paths: readonly string[]) =>
  paths.some((p) => isDescriptorPath(p) || /\.(?:ya?ml|json)$/.test(p));
