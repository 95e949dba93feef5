/**
 * Order by UTF-16 code units, the same on every machine. `localeCompare` follows the machine's
 * locale (ICU data, LANG), so output sorted with it is not byte-for-byte reproducible.
 */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
