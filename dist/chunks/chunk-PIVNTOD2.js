import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);

// app/core/trim-chars.ts
function trimChars(text, chars, ends = "end") {
  let start = 0;
  let end = text.length;
  if (ends === "both") while (start < end && chars.includes(text[start])) start++;
  while (end > start && chars.includes(text[end - 1])) end--;
  return text.slice(start, end);
}

export {
  trimChars
};
