import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);

// app/core/words.ts
var count = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
var withArticle = (word) => `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;

export {
  count,
  withArticle
};
