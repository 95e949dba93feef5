import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);

// app/core/descriptor/descriptor-files.ts
import { posix } from "node:path";
var ROOT_DESCRIPTOR = "catalog-info.yaml";
var isDescriptorFileName = (path) => /^catalog-info\.ya?ml$/.test(posix.basename(path));
var DESCRIPTOR_GLOB = `**/${ROOT_DESCRIPTOR}`;

export {
  ROOT_DESCRIPTOR,
  isDescriptorFileName,
  DESCRIPTOR_GLOB
};
