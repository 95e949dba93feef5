import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);

// app/core/model/entity.ts
var DEFAULT_NAMESPACE = "default";
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);

export {
  DEFAULT_NAMESPACE,
  isRecord
};
