/**
 * An entity's TechDocs rendered into static pages, as MkDocs would lay them out: `mkdocs.yml`'s
 * `docs_dir` and `nav` (Backstage's TechDocs projects are MkDocs projects), each Markdown page to
 * HTML with markdown-it (GitHub's tables and strikethrough, MkDocs' `!!!` admonitions, heading
 * anchors), code highlighted, raw HTML sanitised by sanitize-html, links to other pages rewritten to
 * theirs, images copied beside them. What MkDocs plugins do beyond that is listed in docs/site.md.
 *
 * Everything in a docs folder is hostile: a link may not leave the site (outside links are
 * links, not loads), an image from elsewhere becomes a link to it, and no script or style survives.
 */
import { posix } from 'node:path';
import MarkdownIt from 'markdown-it';
import anchor from 'markdown-it-anchor';
import admonition from 'markdown-it-admon';
import sanitizeHtml from 'sanitize-html';
import { parse as parseYaml } from 'yaml';
import { isRecord } from '../model/entity.ts';
import { byNaturalText } from '../sort.ts';
import { highlight } from './highlight.ts';
import { escapeHtml, pageShell, rootOf } from './html.ts';
import { docsFolder, entityHref, type DocsNavItem } from './site-format.ts';

/** A docs project's files, by path relative to its folder (`mkdocs.yml`, `docs/index.md`, …). */
export interface DocsTree {
  files: ReadonlyMap<string, Uint8Array>;
  /** What could not be read (over a budget, a link), said on the entity's page. */
  problems: string[];
}

export interface DocsInput {
  ref: string;
  title: string;
  organization: string;
  tree: DocsTree;
  /** Where the folder is on the forge, for "view source" and links out of the docs: `…/blob/<branch>/<dir>`. */
  sourceUrl: string;
}

export interface DocsSection {
  title: string;
  text: string;
  /** Relative to the site's root. */
  url: string;
}

export interface RenderedDocs {
  /** Site-relative path → content. */
  files: Map<string, string | Uint8Array>;
  nav: DocsNavItem[];
  sections: DocsSection[];
  problems: string[];
}

type Markdown = ReturnType<typeof MarkdownIt>;
type Token = ReturnType<Markdown['parse']>[number];

const MARKDOWN = /\.(?:md|markdown)$/i;
/** Past this, a page is not rendered: docs are for reading. */
export const MAX_PAGE_BYTES = 1_000_000;
const decoder = new TextDecoder('utf-8', { fatal: false });

export function renderDocs(input: DocsInput): RenderedDocs {
  const { tree } = input;
  const problems = [...tree.problems];
  const config = mkdocsConfig(tree, problems);
  const docsDir = config.docsDir;
  const inDocs = (path: string) => (docsDir ? path.startsWith(`${docsDir}/`) : true);
  const rel = (path: string) => (docsDir ? path.slice(docsDir.length + 1) : path);
  const pages = [...tree.files.keys()].filter((p) => inDocs(p) && MARKDOWN.test(p)).map(rel);
  const output = new Map<string, string>(pages.map((p) => [p, pageOutput(p, pages)]));
  const folder = docsFolder(input.ref);
  const files = new Map<string, string | Uint8Array>();
  for (const [path, bytes] of tree.files)
    if (inDocs(path) && !MARKDOWN.test(path)) files.set(`${folder}/${rel(path)}`, bytes);
  const nav = navigation(config.nav, pages, output, docsDir, problems);
  const sections: DocsSection[] = [];
  const md = markdown();
  for (const page of pages) {
    const bytes = tree.files.get(docsDir ? `${docsDir}/${page}` : page)!;
    if (bytes.length > MAX_PAGE_BYTES) {
      problems.push(`${page} is ${bytes.length} bytes, over the ${MAX_PAGE_BYTES} a docs page renders`);
      continue;
    }
    const source = decoder.decode(bytes);
    const env = {};
    const tokens = unquoteAdmonitionTitles(md.parse(source, env));
    const out = output.get(page)!;
    const links = { page, pages: output, docsDir, sourceUrl: input.sourceUrl, files: tree.files };
    const html = sanitize(md.renderer.render(tokens, md.options, env), links);
    const title = titleOf(tokens) ?? nav.find((n) => n.page === out)?.title ?? page;
    for (const s of sectionsOf(tokens, title))
      sections.push({ title: s.title, text: s.text, url: `${folder}/${out}${s.id ? `#${s.id}` : ''}` });
    files.set(
      `${folder}/${out}`,
      docsPage({
        ...input,
        path: `${folder}/${out}`,
        out,
        html,
        pageTitle: title,
        nav,
        toc: tocOf(tokens),
        page,
        docsDir,
        siteName: config.siteName,
      }),
    );
  }
  if (pages.length === 0) problems.push(`no Markdown pages in ${docsDir || 'the docs folder'}`);
  return { files, nav, sections, problems };
}

export interface MkdocsConfig {
  docsDir: string;
  nav: unknown;
  siteName?: string;
}

export function mkdocsConfig(tree: Pick<DocsTree, 'files'>, problems: string[]): MkdocsConfig {
  const file = tree.files.get('mkdocs.yml') ?? tree.files.get('mkdocs.yaml');
  if (!file) return { docsDir: 'docs', nav: undefined };
  let config: unknown;
  try {
    // MkDocs configs carry Python tags (!!python/name:…); they are read as plain values.
    config = parseYaml(decoder.decode(file), { maxAliasCount: 100, logLevel: 'silent' });
  } catch (e) {
    problems.push(`mkdocs.yml does not read: ${(e as Error).message.split('\n', 1)[0]}`);
    return { docsDir: 'docs', nav: undefined };
  }
  if (!isRecord(config)) return { docsDir: 'docs', nav: undefined };
  let docsDir = typeof config.docs_dir === 'string' ? posix.normalize(config.docs_dir).replace(/\/$/, '') : 'docs';
  if (docsDir === '.') docsDir = '';
  if (docsDir.startsWith('..') || posix.isAbsolute(docsDir)) {
    problems.push(`mkdocs.yml's docs_dir "${String(config.docs_dir)}" leaves the docs folder; docs/ is read instead`);
    docsDir = 'docs';
  }
  return { docsDir, nav: config.nav, ...(typeof config.site_name === 'string' ? { siteName: config.site_name } : {}) };
}

/** `guide/setup.md` → `guide/setup.html`; `README.md` is the folder's index when it has no index.md, as in MkDocs. */
function pageOutput(page: string, pages: readonly string[]): string {
  const dir = posix.dirname(page);
  const base = posix.basename(page).replace(MARKDOWN, '');
  const indexed =
    base.toLowerCase() === 'readme' &&
    !pages.some((p) => posix.dirname(p) === dir && /^index\.(?:md|markdown)$/i.test(posix.basename(p)));
  const name = indexed ? 'index' : base;
  return `${dir === '.' ? '' : `${dir}/`}${name}.html`;
}

/** The nav: mkdocs.yml's, else every page, index first, in natural order. */
function navigation(
  nav: unknown,
  pages: readonly string[],
  output: ReadonlyMap<string, string>,
  docsDir: string,
  problems: string[],
): DocsNavItem[] {
  const items: DocsNavItem[] = [];
  const walk = (entries: unknown, depth: number) => {
    if (!Array.isArray(entries)) return;
    for (const entry of entries.slice(0, 1000)) {
      if (typeof entry === 'string') {
        const out = output.get(entry);
        if (out) items.push({ title: titleFromPath(entry), page: out, depth });
        else problems.push(`mkdocs.yml's nav names ${entry}, which is not a page of ${docsDir || 'the docs'}`);
      } else if (isRecord(entry)) {
        for (const [title, value] of Object.entries(entry)) {
          if (typeof value === 'string') {
            const out = output.get(posix.normalize(value));
            if (out) items.push({ title, page: out, depth });
            else if (!/^[a-z][a-z0-9+.-]*:/i.test(value))
              problems.push(`mkdocs.yml's nav names ${value}, which is not a page of ${docsDir || 'the docs'}`);
          } else {
            items.push({ title, depth });
            walk(value, depth + 1);
          }
        }
      }
    }
  };
  if (nav !== undefined) walk(nav, 0);
  if (items.some((i) => i.page)) return items;
  return [...pages]
    .sort((a, b) => Number(!isIndex(a)) - Number(!isIndex(b)) || byNaturalText(a, b))
    .map((p) => ({ title: titleFromPath(p), page: output.get(p)!, depth: p.split('/').length - 1 }));
}

const isIndex = (page: string) => /^(?:index|readme)\.(?:md|markdown)$/i.test(page);

function titleFromPath(page: string): string {
  if (isIndex(posix.basename(page))) return posix.dirname(page) === '.' ? 'Home' : titleFromPath(posix.dirname(page));
  const base = posix.basename(page).replace(MARKDOWN, '').replace(/[-_]+/g, ' ');
  return base.charAt(0).toUpperCase() + base.slice(1);
}

function markdown(): Markdown {
  const md = new MarkdownIt({
    html: true,
    linkify: true,
    highlight: (code, language) => highlight(code, language || undefined),
  });
  md.use(anchor, { tabIndex: false });
  md.use(admonition);
  return md;
}

/** `!!! note "Results are cached"`: MkDocs shows the title without its quotes; the plugin keeps them. */
function unquoteAdmonitionTitles(tokens: Token[]): Token[] {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.type !== 'admonition_title_open') continue;
    for (const child of tokens[i + 1]!.children ?? [])
      if (child.type === 'text') child.content = child.content.replace(/^"(.*)"$/s, '$1');
  }
  return tokens;
}

const headingText = (tokens: Token[], i: number) => tokens[i + 1]?.children?.map((c) => c.content).join('') ?? '';

function titleOf(tokens: Token[]): string | undefined {
  const i = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  return i === -1 ? undefined : headingText(tokens, i) || undefined;
}

function tocOf(tokens: Token[]): { id: string; title: string; level: number }[] {
  const toc = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'heading_open' && (t.tag === 'h2' || t.tag === 'h3'))
      toc.push({ id: String(t.attrGet('id') ?? ''), title: headingText(tokens, i), level: Number(t.tag.slice(1)) });
  }
  return toc;
}

/**
 * The page cut at its headings: each heading with the text under it, as Backstage's TechDocs
 * collator indexes MkDocs' sections.
 */
function sectionsOf(tokens: Token[], title: string): { title: string; text: string; id: string }[] {
  const sections = [{ title, text: [] as string[], id: '' }];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'heading_open') {
      if (t.tag !== 'h1')
        sections.push({ title: `${title}: ${headingText(tokens, i)}`, text: [], id: String(t.attrGet('id') ?? '') });
      i++; // the heading's own text is its title
    } else if (t.type === 'inline') {
      // Words only: raw HTML in a page is markup, not something a reader searches for.
      for (const c of t.children ?? [])
        if (c.type === 'text' || c.type === 'code_inline') sections.at(-1)!.text.push(c.content);
    } else if (t.type === 'fence' || t.type === 'code_block') sections.at(-1)!.text.push(t.content);
  }
  return sections
    .map((s) => ({ title: s.title, id: s.id, text: s.text.join(' ').slice(0, 5_000) }))
    .filter((s, i) => i === 0 || s.text !== '' || s.id !== '');
}

interface LinkContext {
  /** The page's path in the docs folder. */
  page: string;
  pages: ReadonlyMap<string, string>;
  docsDir: string;
  sourceUrl: string;
  files: ReadonlyMap<string, Uint8Array>;
}

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/** Where a link of a page goes in the site: another page's HTML, a copied file, the forge, or the web. */
function rewriteHref(href: string, ctx: LinkContext): string | undefined {
  if (href.startsWith('#')) return href;
  if (ABSOLUTE.test(href) || href.startsWith('//')) return /^(?:https?|mailto):/i.test(href) ? href : undefined;
  const hash = href.indexOf('#');
  const path = decodeSafely(hash === -1 ? href : href.slice(0, hash));
  const fragment = hash === -1 ? '' : href.slice(hash);
  const from = posix.dirname(ctx.page);
  const target = posix.normalize(posix.join(from, path));
  const outFrom = posix.dirname(ctx.pages.get(ctx.page) ?? ctx.page);
  const page =
    ctx.pages.get(target) ??
    ctx.pages.get(posix.join(target, 'index.md')) ??
    ctx.pages.get(posix.join(target, 'README.md'));
  if (page) return posix.relative(outFrom, page) + fragment || `${posix.basename(page)}${fragment}`;
  const inTree = ctx.docsDir ? `${ctx.docsDir}/${target}` : target;
  if (!target.startsWith('..') && ctx.files.has(inTree)) return href;
  // Out of the docs folder: the file on the forge (repository paths only; nothing climbs past its root).
  const repoPath = posix.normalize(posix.join(ctx.docsDir, from, path));
  if (repoPath.startsWith('..')) return undefined;
  return `${ctx.sourceUrl}/${repoPath.split('/').map(encodeURIComponent).join('/')}${fragment}`;
}

function decodeSafely(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

const ALLOWED_TAGS = [
  ...sanitizeHtml.defaults.allowedTags,
  'img',
  'details',
  'summary',
  'del',
  's',
  'ins',
  'kbd',
  'sup',
  'sub',
  'input',
  'span',
  'div',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'h1',
  'h2',
];

function sanitize(html: string, ctx: LinkContext): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      '*': ['id', 'class', 'title', 'lang', 'dir', 'align'],
      a: ['href', 'name'],
      img: ['src', 'alt', 'width', 'height'],
      input: ['type', 'checked', 'disabled'],
      th: ['colspan', 'rowspan', 'style'],
      td: ['colspan', 'rowspan', 'style'],
      ol: ['start'],
    },
    allowedStyles: { '*': { 'text-align': [/^(?:left|right|center)$/] } },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) => {
        const href = attribs.href === undefined ? undefined : rewriteHref(attribs.href, ctx);
        const { href: _href, ...rest } = attribs;
        return { tagName, attribs: (href === undefined ? rest : { ...rest, href }) as Record<string, string> };
      },
      img: (tagName, attribs) => {
        const src = attribs.src ?? '';
        if (ABSOLUTE.test(src) || src.startsWith('//') || src === '')
          // A picture from elsewhere is a link to it: loading it would tell that server who reads the docs.
          return { tagName: 'a', attribs: { href: /^https?:/i.test(src) ? src : '' }, text: attribs.alt || src };
        const href = rewriteHref(src, ctx);
        return {
          tagName,
          attribs: { ...attribs, src: href && !ABSOLUTE.test(href) ? href : '' } as Record<string, string>,
        };
      },
      input: (tagName, attribs) => ({ tagName, attribs: { ...attribs, disabled: 'disabled', type: 'checkbox' } }),
    },
    exclusiveFilter: (frame) => frame.tag === 'a' && frame.attribs.href === '' && !frame.text.trim(),
  });
}

interface DocsPage extends DocsInput {
  path: string;
  out: string;
  html: string;
  pageTitle: string;
  nav: DocsNavItem[];
  toc: { id: string; title: string; level: number }[];
  page: string;
  docsDir: string;
  siteName?: string;
}

function docsPage(p: DocsPage): string {
  const root = rootOf(p.path);
  const here = posix.dirname(p.out);
  const nav = p.nav
    .map((item) =>
      item.page
        ? `<li class="d${item.depth}"><a href="${escapeHtml(posix.relative(here, item.page) || posix.basename(item.page))}"${item.page === p.out ? ' aria-current="page"' : ''}>${escapeHtml(item.title)}</a></li>`
        : `<li class="d${item.depth} section">${escapeHtml(item.title)}</li>`,
    )
    .join('');
  const toc = p.toc.length
    ? `<nav class="toc" aria-label="On this page"><h2>On this page</h2><ul>${p.toc.map((t) => `<li class="l${t.level}"><a href="#${escapeHtml(t.id)}">${escapeHtml(t.title)}</a></li>`).join('')}</ul></nav>`
    : '';
  const source = `${p.sourceUrl}/${[p.docsDir, p.page].filter(Boolean).join('/').split('/').map(encodeURIComponent).join('/')}`;
  const body = `<div class="docs with-nav">
<nav class="side" aria-label="Docs"><p class="crumbs"><a href="${root}${entityHref(p.ref)}">${escapeHtml(p.title)}</a></p>${p.siteName ? `<h2>${escapeHtml(p.siteName)}</h2>` : ''}<ul>${nav}</ul></nav>
<main id="main" class="doc"><article class="markdown">${p.html}</article><p class="source"><a href="${escapeHtml(source)}">View the source of this page</a></p></main>
${toc}</div>`;
  return pageShell({ path: p.path, title: `${p.pageTitle} · ${p.title} docs`, organization: p.organization, body });
}
