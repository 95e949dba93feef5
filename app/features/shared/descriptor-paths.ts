/**
 * Which changed paths concern the catalog: descriptors by name, and the files their Locations and
 * placeholders read.
 */
import { isDescriptorFileName } from '../../core/descriptor/descriptor-files.ts';

/**
 * Descriptors, Location targets and most placeholder targets are YAML or JSON; other files wait for
 * the next reconcile.
 */
export const touchesDescriptors = (paths: readonly string[]) =>
  paths.some((p) => isDescriptorFileName(p) || /\.(?:ya?ml|json)$/.test(p));
