/**
 * The documentation's own check, with nothing to install: every page mkdocs.yml's nav lists exists,
 * every Markdown file in docs/ is in the nav, and every relative link and image in a page leads to a
 * file. Exits 1 and says where, for each problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const problems = [];

/** The pages mkdocs.yml's nav names (`- Title: page.md`, nested or not). */
function navPages() {
  const lines = readFileSync('mkdocs.yml', 'utf8').split('\n');
  const start = lines.findIndex((line) => line.trim() === 'nav:');
  if (start === -1) return [];
  const pages = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() && !line.startsWith(' ')) break;
    const found = /^\s*-\s*(?:[^:]+:\s*)?(\S+\.md)\s*$/.exec(line);
    if (found) pages.push(found[1]);
  }
  return pages;
}

function markdownFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? markdownFiles(path) : entry.name.endsWith('.md') ? [path] : [];
  });
}

const nav = navPages();
for (const page of nav) if (!existsSync(join('docs', page))) problems.push(`mkdocs.yml: the nav lists ${page}, which is not in docs/`);
for (const file of markdownFiles('docs')) {
  const page = relative('docs', file);
  if (!nav.includes(page)) problems.push(`${file}: not in mkdocs.yml's nav, so no reader finds it`);
  const text = readFileSync(file, 'utf8');
  for (const [number, line] of text.split('\n').entries())
    for (const [, target] of line.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:|^#/i.test(target)) continue;
      const path = join(dirname(file), target.split('#')[0]);
      if (!existsSync(path)) problems.push(`${file}:${number + 1}: the link ${target} leads to no file`);
    }
}
for (const problem of problems) console.error(problem);
console.log(problems.length ? `${problems.length} problems` : `${nav.length} pages, every link leads somewhere`);
process.exit(problems.length ? 1 : 0);
