import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);

// app/core/sort.ts
var byText = (a, b) => a < b ? -1 : a > b ? 1 : 0;

export {
  byText
};
