/**
 * Every relative link of README.md and docs/ leads to a file of the repository, and every #anchor to a
 * heading of its page: the documentation is read on GitHub, where a link out of the repository (or to a
 * file git does not hold) is a 404. Markdown is read by marked's lexer, anchors are GitHub's heading slugs
 * (github-slugger); http(s), mailto and other absolute links are not fetched.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** The Markdown files checked, relative to the root. */
function documentationFiles(): string[] {
  const docs = readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name));
  return ['README.md', ...docs].sort();
}

/** What GitHub would serve: files git holds or would add (untracked but not ignored), and their folders. */
function repositoryPaths(): Set<string> {
  const listing = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const paths = new Set<string>();
  for (const file of listing.split('\0').filter(Boolean)) {
    paths.add(file);
    for (let folder = dirname(file); folder !== '.'; folder = dirname(folder)) paths.add(folder);
  }
  return paths;
}

/** A heading's text as GitHub renders it (code, emphasis and link text kept, their Markdown dropped). */
function plainText(tokens: Token[]): string {
  return tokens
    .map((token) => {
      if (token.type === 'html') return '';
      if ('tokens' in token && token.tokens) return plainText(token.tokens);
      return 'text' in token ? token.text : '';
    })
    .join('');
}

interface Page {
  hrefs: string[];
  anchors: Set<string>;
}

function readPage(file: string): Page {
  const tokens = marked.lexer(readFileSync(join(ROOT, file), 'utf8'));
  const slugger = new GithubSlugger();
  const page: Page = { hrefs: [], anchors: new Set() };
  marked.walkTokens(tokens, (token) => {
    if (token.type === 'link' || token.type === 'image') page.hrefs.push((token as Tokens.Link).href);
    if (token.type === 'heading') page.anchors.add(slugger.slug(plainText((token as Tokens.Heading).tokens)));
  });
  return page;
}

/** Why a link of `file` is broken, or undefined when it is not (or is not ours to check). */
function brokenLink(file: string, href: string, paths: Set<string>, pages: Map<string, Page>): string | undefined {
  if (URL.canParse(href)) return undefined; // absolute: https:, mailto:…, not fetched
  const hash = href.indexOf('#');
  const pathPart = (hash === -1 ? href : href.slice(0, hash)).split('?')[0] ?? '';
  const anchor = hash === -1 ? undefined : decodeURIComponent(href.slice(hash + 1));
  const path = decodeURIComponent(pathPart);
  if (path === '') return missingAnchor(file, anchor ?? '', pages);
  const absolute = path.startsWith('/') ? join(ROOT, path) : join(ROOT, dirname(file), path);
  const target = relative(ROOT, absolute) || '.';
  if (target.startsWith('..') || isAbsolute(target)) return `${href}: leaves the repository`;
  if (!paths.has(target) && target !== '.') {
    return `${href}: ${target} is not in the repository`;
  }
  if (anchor === undefined) return undefined;
  if (!target.endsWith('.md')) return `${href}: #${anchor} points into ${target}, which is not Markdown`;
  return missingAnchor(target, anchor, pages);
}

function missingAnchor(target: string, anchor: string, pages: Map<string, Page>): string | undefined {
  return pageOf(target, pages).anchors.has(anchor) ? undefined : `#${anchor}: ${target} has no such heading`;
}

function pageOf(file: string, pages: Map<string, Page>): Page {
  const page = pages.get(file) ?? readPage(file);
  pages.set(file, page);
  return page;
}

function brokenLinks(file: string, paths: Set<string>, pages: Map<string, Page>): string[] {
  return pageOf(file, pages).hrefs.flatMap((href) => brokenLink(file, href, paths, pages) ?? []);
}

describe('documentation links', () => {
  const paths = repositoryPaths();
  const pages = new Map<string, Page>();

  it.each(documentationFiles())('%s: every relative link resolves inside the repository', (file) => {
    expect(brokenLinks(file, paths, pages)).toEqual([]);
  });

  it('checks links: README.md has some, into docs/', () => {
    expect(readPage('README.md').hrefs.filter((href) => href.startsWith('docs/')).length).toBeGreaterThan(5);
  });
});
