/** Counts and articles in English, for every message, page and comment Callboard writes. */

/** `1 error`, `2 errors`; `1 entity`, `3 entities` (give the plural when it is not the word and an s). */
export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** `a Component`, `an API`, `an entity`: by the sound of the first letter, which for our words is its letter. */
export const withArticle = (word: string): string => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
