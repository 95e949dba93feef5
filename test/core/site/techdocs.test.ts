import { describe, expect, it } from 'vitest';
import { renderDocs, type DocsTree } from '../../../app/core/site/techdocs.ts';

const tree = (files: Record<string, string>, problems: string[] = []): DocsTree => ({
  files: new Map(Object.entries(files).map(([path, text]) => [path, new TextEncoder().encode(text)])),
  problems,
});

const render = (files: Record<string, string>) =>
  renderDocs({
    ref: 'component:default/artist-lookup',
    title: 'Artist Lookup',
    organization: 'acme',
    tree: tree(files),
    sourceUrl: 'https://github.com/acme/artist-lookup/blob/main',
  });

const page = (docs: ReturnType<typeof render>, path: string) =>
  docs.files.get(`docs/default/component/artist-lookup/${path}`) as string;

describe('TechDocs rendered into the site', () => {
  it("follows mkdocs.yml's docs_dir and nav, sections included", () => {
    const docs = render({
      'mkdocs.yml':
        'site_name: Lookup\ndocs_dir: pages\nnav:\n  - Home: index.md\n  - Guides:\n      - Setup: guides/setup.md\n',
      'pages/index.md': '# Welcome\n',
      'pages/guides/setup.md': '# Setup\n',
      'docs/ignored.md': '# Not in docs_dir\n',
    });
    expect(docs.nav).toEqual([
      { title: 'Home', page: 'index.html', depth: 0 },
      { title: 'Guides', depth: 0 },
      { title: 'Setup', page: 'guides/setup.html', depth: 1 },
    ]);
    expect([...docs.files.keys()].sort()).toEqual([
      'docs/default/component/artist-lookup/guides/setup.html',
      'docs/default/component/artist-lookup/index.html',
    ]);
    expect(page(docs, 'guides/setup.html')).toContain('<a href="../index.html">Home</a>');
    expect(page(docs, 'guides/setup.html')).toContain('aria-current="page">Setup</a>');
    expect(docs.problems).toEqual([]);
  });

  it('without mkdocs.yml, reads docs/ with the index (or README) first', () => {
    const docs = render({ 'docs/zeta.md': '# Z\n', 'docs/README.md': '# Start\n', 'docs/alpha.md': '# A\n' });
    expect(docs.nav.map((n) => n.page)).toEqual(['index.html', 'alpha.html', 'zeta.html']);
  });

  it('rewrites links: pages to their HTML, files beside them kept, the rest of the repository to the forge', () => {
    const docs = render({
      'docs/index.md': [
        '# Home',
        '[guide](guide.md#setup) [folder](sub/) [picture](img/a.png) [readme](../README.md) [far](../../../etc/passwd) [web](https://example.com/x) [mail](mailto:a@b.c)',
        '',
        '![diagram](img/a.png) ![tracker](https://evil.example/pixel.png)',
      ].join('\n'),
      'docs/guide.md': '# Guide\n',
      'docs/sub/index.md': '# Sub\n',
      'docs/img/a.png': 'png',
    });
    const html = page(docs, 'index.html');
    expect(html).toContain('<a href="guide.html#setup">guide</a>');
    expect(html).toContain('<a href="sub/index.html">folder</a>');
    expect(html).toContain('<a href="img/a.png">picture</a>');
    expect(html).toContain('<a href="https://github.com/acme/artist-lookup/blob/main/README.md">readme</a>');
    expect(html).toContain('<a>far</a>');
    expect(html).toContain('<a href="https://example.com/x">web</a>');
    expect(html).toContain('<img src="img/a.png" alt="diagram" />');
    // A picture from elsewhere is not loaded: it becomes a link to it.
    expect(html).toContain('<a href="https://evil.example/pixel.png">tracker</a>');
    expect(html).not.toContain('<img src="https://evil.example');
    expect(docs.files.get('docs/default/component/artist-lookup/img/a.png')).toEqual(new TextEncoder().encode('png'));
  });

  it('keeps no script, handler, style or javascript: link from the docs', () => {
    const html = page(
      render({
        'docs/index.md': [
          '# Hostile',
          '<script>alert(1)</script>',
          '<img src="x.png" onerror="alert(2)">',
          '<a href="javascript:alert(3)">click</a> <a href="JaVaScRiPt:alert(4)">again</a>',
          '<iframe src="https://evil.example"></iframe><style>body{display:none}</style>',
          '<div onclick="alert(5)" style="position:fixed">overlay</div>',
          '[md](javascript:alert(6))',
        ].join('\n\n'),
      }),
      'index.html',
    );
    const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    for (const bad of [
      '<script',
      'onerror',
      'onclick',
      'href="javascript:',
      'JaVaScRiPt',
      '<iframe',
      '<style',
      'position:fixed',
    ])
      expect(article).not.toContain(bad);
    expect(article).toContain('overlay');
  });

  it('highlights code, shows MkDocs admonitions with their titles, and cuts pages into sections for search', () => {
    const docs = render({
      'docs/index.md': [
        '# Home',
        '```ts',
        'const x: number = 1;',
        '```',
        '',
        '!!! warning "Mind the cache"',
        '    It is per replica.',
        '',
        '## Backfills',
        '',
        'A backfill is idempotent.',
      ].join('\n'),
    });
    const html = page(docs, 'index.html');
    expect(html).toContain('<span class="hljs-keyword">const</span>');
    expect(html).toContain('<p class="admonition-title">Mind the cache</p>');
    expect(docs.sections).toContainEqual({
      title: 'Home: Backfills',
      text: 'A backfill is idempotent.',
      url: 'docs/default/component/artist-lookup/index.html#backfills',
    });
  });

  it('says what it could not do: a nav entry with no page, docs_dir leaving the folder, no page at all', () => {
    expect(render({ 'mkdocs.yml': 'nav:\n  - Gone: gone.md\n', 'docs/index.md': '# Home\n' }).problems).toEqual([
      "mkdocs.yml's nav names gone.md, which is not a page of docs",
    ]);
    expect(render({ 'mkdocs.yml': 'docs_dir: ../../elsewhere\n', 'docs/index.md': '# Home\n' }).problems).toEqual([
      `mkdocs.yml's docs_dir "../../elsewhere" leaves the docs folder; docs/ is read instead`,
    ]);
    expect(render({ 'mkdocs.yml': 'site_name: x\n' }).problems).toEqual(['no Markdown pages in docs']);
  });

  it('reads mkdocs.yml with Python tags, as MkDocs projects write them', () => {
    const docs = render({
      'mkdocs.yml':
        'site_name: x\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\nnav:\n  - Start: index.md\n',
      'docs/index.md': '# Home\n',
    });
    expect(docs.nav).toEqual([{ title: 'Start', page: 'index.html', depth: 0 }]);
    expect(docs.problems).toEqual([]);
  });
});
