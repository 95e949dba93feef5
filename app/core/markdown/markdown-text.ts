/**
 * Markdown from untrusted text. Names, titles, descriptions, links and profiles come from any
 * repository of the organisation, and the pages are read on GitHub by everyone: user text never
 * becomes HTML, Markdown syntax, a table cell break, or a link with a scheme other than http(s)
 * or mailto.
 */
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text that `text` would return as it is: no character it escapes, no whitespace but single inner
 * spaces, not starting like a block (`#`, `+`, `=`, `-`, `1.`). Most names and titles are.
 */
const PLAIN_TEXT = /^(?![ #+=-]|\d+[.)])(?:[^\s&<>\\`*_[\]|~]| (?=\S))+$/u;

/** User text as one line of literal Markdown text: safe in paragraphs, headings, lists and table cells. */
export function text(value: unknown): string {
  return typeof value === 'string' && PLAIN_TEXT.test(value) ? value : escapeText(value);
}

/** `text` without its shortcut: every rule applied. */
export function escapeText(value: unknown): string {
  const line = String(value ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return (
    line
      .replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c)
      // Inline syntax (emphasis, code, links, strikethrough, cell breaks); a backslash before ASCII
      // punctuation always renders as the character itself.
      .replace(/[\\`*_[\]|~]/g, '\\$&')
      // Block syntax only counts at the start of a line: headings, lists, setext underlines.
      .replace(/^[#+=-]/, '\\$&')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL to put in a link, or undefined when it must not be a link. Normalised by the WHATWG URL
 * parser, then the characters that could end a Markdown link destination or a table cell are
 * percent-encoded.
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (!SAFE_SCHEMES.has(parsed.protocol)) return undefined;
  return parsed.href.replace(
    /[\s()<>"'`|[\]\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** A link to an outside URL; an unsafe URL is shown as text beside the label instead. */
export function externalLink(label: string, url: unknown): string {
  const safe = safeUrl(url);
  if (safe) return `[${label}](${safe})`;
  const shown = text(url);
  return shown && shown !== label ? `${label} (${shown})` : label;
}

/** A link between generated files; `href` is a relative path the renderer made (no user text). */
export const pageLink = (label: string, href: string): string => `[${label}](${href})`;

export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly ('left' | 'right')[],
): string[] {
  const rule = headers.map((_h, i) => (align?.[i] === 'right' ? '---:' : '---'));
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
  return [line(headers), `|${rule.join('|')}|`, ...rows.map(line)];
}

export type CalloutKind = 'NOTE' | 'TIP' | 'IMPORTANT' | 'WARNING' | 'CAUTION';

/** A GitHub alert block; each line is already Markdown. */
export const callout = (kind: CalloutKind, lines: readonly string[]): string[] => [
  `> [!${kind}]`,
  ...lines.map((l) => (l ? `> ${l}` : '>')),
];

/** A fenced block that the content cannot close: the fence is longer than any backtick run in it. */
export function fence(content: string, info = ''): string[] {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return [`${ticks}${info}`, ...content.replace(/\n$/, '').split('\n'), ticks];
}

/** Blocks joined by one blank line, the file ending with one newline. */
export function document(blocks: readonly (readonly string[])[]): string {
  return `${blocks
    .filter((b) => b.length > 0)
    .map((b) => b.join('\n'))
    .join('\n\n')}\n`;
}
