/**
 * Which files are catalog descriptors, said once: the root descriptor every repository is read from
 * (`catalog-info.yaml`, as Backstage's GitHub discovery looks for it) and the names a descriptor
 * file has anywhere in a repository.
 */
import { posix } from 'node:path';

export const ROOT_DESCRIPTOR = 'catalog-info.yaml';

/** `catalog-info.yaml` or `.yml`, in any folder. */
export const isDescriptorFileName = (path: string): boolean => /^catalog-info\.ya?ml$/.test(posix.basename(path));

/** Every root descriptor name below a folder, as a glob. */
export const DESCRIPTOR_GLOB = `**/${ROOT_DESCRIPTOR}`;
