/**
 * The renderer's shortcuts for the common case (plain text, plain refs) must give exactly what the
 * full rules give: checked on many random strings drawn from the characters the rules care about.
 */
import { describe, expect, it } from 'vitest';
import { entityPagePath, pathSegment, relativePath } from '../../../../app/core/catalog/render/catalog-paths.ts';
import { escapeText, text } from '../../../../app/core/markdown/markdown-text.ts';

function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const draw = (rand: () => number, alphabet: string[], max: number) =>
  Array.from({ length: Math.floor(rand() * max) }, () => alphabet[Math.floor(rand() * alphabet.length)]!).join('');

describe('text', () => {
  it('returns what the full escaping returns, for 20,000 random strings', () => {
    const rand = random(11);
    const alphabet = [...'aZ09 .-_#+=*`|[]~<>&\\)', '  ', '\t', '\n', '\u00a0', 'é', '1.', '2)', '—'];
    let plain = 0;
    for (let i = 0; i < 20_000; i++) {
      const s = draw(rand, alphabet, 8);
      expect(text(s), JSON.stringify(s)).toBe(escapeText(s));
      if (escapeText(s) === s) plain++;
    }
    expect(plain).toBeGreaterThan(100); // the shortcut was taken, not only the full path
  });
  it('escapes what is not plain', () => {
    expect(text(' # x ')).toBe('\\# x');
    expect(text('1. a')).toBe('1\\. a');
    expect(text('a  b')).toBe('a b');
    expect(text(42)).toBe('42');
  });
});

describe('entityPagePath', () => {
  it('gives each part its safe segment, for 5,000 random refs', () => {
    const rand = random(5);
    const alphabet = [...'ab09._-', 'A', ' ', '..', '/', ':', 'é'];
    for (let i = 0; i < 5_000; i++) {
      const [kind, namespace, name] = [1, 2, 3].map(() => draw(rand, alphabet, 4).replace(/[/:]/g, '') || 'x');
      const ref = `${kind}:${namespace}/${name}`;
      expect(entityPagePath(ref), ref).toBe(`${[kind, namespace, name].map((p) => pathSegment(p!)).join('/')}.md`);
    }
  });
});

describe('relativePath', () => {
  it('links within a folder, up and across', () => {
    expect(relativePath('component/default/a.md', 'component/default/b.md')).toBe('b.md');
    expect(relativePath('component/default/a.md', 'group/default/t.md')).toBe('../../group/default/t.md');
    expect(relativePath('component/default/a.md', 'errors.md')).toBe('../../errors.md');
    expect(relativePath('README.md', 'component/default/a.md')).toBe('component/default/a.md');
    expect(relativePath('README.md', 'errors.md')).toBe('errors.md');
    expect(relativePath('component/default/a.md', 'component/default/sub/b.md')).toBe('sub/b.md');
  });
});
