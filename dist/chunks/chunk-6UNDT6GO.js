import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);

// app/core/validation/problem.ts
var problem = (severity, rule, pointer, message, extra = {}) => ({ severity, rule, message, pointer, ...extra });

export {
  problem
};
