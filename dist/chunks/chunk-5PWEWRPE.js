import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);

// app/core/report/problem-text.ts
var problemText = (p) => [p.message, p.expected && `Expected: ${p.expected}`, p.fix && `Fix: ${p.fix}`].filter(Boolean).join("\n");

export {
  problemText
};
