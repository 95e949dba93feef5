/**
 * `text` without any of `chars` at its end (and at its start, with `both`). A loop rather than
 * /x+$/, which retries from every x of a long run that is not at the end: quadratic time.
 */
export function trimChars(text: string, chars: string, ends: 'end' | 'both' = 'end'): string {
  let start = 0;
  let end = text.length;
  if (ends === 'both') while (start < end && chars.includes(text[start]!)) start++;
  while (end > start && chars.includes(text[end - 1]!)) end--;
  return text.slice(start, end);
}
