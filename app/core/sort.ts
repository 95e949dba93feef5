/**
 * Order by UTF-16 code units, the same on every machine. `localeCompare` follows the machine's
 * locale (ICU data, LANG), so output sorted with it is not byte-for-byte reproducible.
 */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * As people count: runs of digits compare as numbers (r2 before r10), the rest by UTF-16 code units, so the
 * order is still the same on every machine (Intl.Collator's `numeric` would follow the machine's ICU data).
 */
export function byNaturalText(a: string, b: string): number {
  const as = a.match(/\d+|\D+/g) ?? [];
  const bs = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i]!;
    const y = bs[i]!;
    if (x === y) continue;
    const digits = /^\d/.test(x) && /^\d/.test(y);
    // Numbers by length first (no leading-zero surprises beyond it, and no precision limit), then as text.
    if (digits) {
      const nx = x.replace(/^0+(?=\d)/, '');
      const ny = y.replace(/^0+(?=\d)/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return byText(nx, ny);
    }
    return byText(x, y);
  }
  return as.length - bs.length || byText(a, b);
}
