/**
 * The HTML every static page of the site shares: escaping, the page shell (header, the link home,
 * the stylesheet) and the Content-Security-Policy that keeps a page from asking anything of any
 * server but the site itself, whatever a repository's docs or definitions hold.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** JSON to embed in a `<script type="application/json">`: no `<` can close the element. */
export const embeddedJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** `../` as many times as `path` (relative to the site's root) is deep. */
export function rootOf(path: string): string {
  let up = '';
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) up += '../';
  return up;
}

/**
 * Only the site's own files run, and no inline script (styles may be inline: the renderers set them);
 * no connection anywhere. `file:` lets a page opened from disk load its scripts (a file URL's origin
 * is opaque, so `'self'` alone does not cover it).
 */
export function contentSecurityPolicy(options: { eval?: boolean } = {}): string {
  // No inline script anywhere (a definition is embedded as JSON, which is not run): only the site's files run.
  const scripts = ["'self'", 'file:', ...(options.eval ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' file: 'unsafe-inline'",
    "img-src 'self' file: data:",
    "font-src 'self' file: data:",
    "worker-src 'self' blob:",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export interface PageShell {
  /** The page's path relative to the site's root, so its links to the root can be relative. */
  path: string;
  title: string;
  organization: string;
  body: string;
  /** Extra tags for the head (stylesheets). */
  head?: string;
  /** Scripts, at the end of the body. */
  scripts?: string;
  eval?: boolean;
}

export function pageShell(page: PageShell): string {
  const root = rootOf(page.path);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ eval: page.eval ?? false })}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(page.title)} · ${escapeHtml(page.organization)} catalog</title>
<link rel="stylesheet" href="${root}assets/site.css">
${page.head ?? ''}</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top"><a class="home" href="${root}index.html#/">${escapeHtml(page.organization)} catalog</a>
<nav aria-label="Site"><a href="${root}index.html#/">Catalog</a> <a href="${root}index.html#/search">Search</a></nav></header>
${page.body}
${page.scripts ?? ''}</body>
</html>
`;
}
