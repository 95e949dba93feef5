import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);

// app/core/version.ts
var CALLBOARD_VERSION = "0.3.0";

export {
  CALLBOARD_VERSION
};
