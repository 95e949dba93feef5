/**
 * Globs on the linear-time engine mean what picomatch means (`dot: true`), on every plain path of a
 * generated corpus, and take linear time where picomatch's backtracking takes seconds on a hundred
 * characters. Negations, which only a lookaround can express, are refused with a reason.
 */
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { linearGlob } from '../../../app/core/patterns/linear-glob.ts';
import { PatternError } from '../../../app/core/errors.ts';

/** A small deterministic generator, so a difference found is found again. */
function generator(seed: number) {
  return (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
}

const GLOB_ATOMS = [
  '*',
  '**',
  '?',
  'a',
  'b',
  '.',
  '-',
  '[ab]',
  '[!a]',
  '[a-c]',
  '{a,b}',
  '{a,}',
  '{,b}',
  '*.md',
  'x*y',
  '.github',
  '.*',
  '{1..3}',
  '@(a|b)',
  '+(a|b)',
  '?(a)',
  '*(a|b)',
  '\\*',
  './',
  'a/',
  '/',
];
const PATH_PARTS = ['a', 'b', 'c', '.', '-', 'x', 'y', '1', '2', 'md', '.github', '*'];

describe('linearGlob', () => {
  it('agrees with picomatch on generated globs and paths', () => {
    const rnd = generator(7);
    const pick = <T>(list: readonly T[]) => list[rnd(list.length)]!;
    let compared = 0;
    const differences: string[] = [];
    for (let g = 0; g < 4000; g++) {
      const glob = Array.from({ length: 1 + rnd(3) }, () =>
        Array.from({ length: 1 + rnd(3) }, () => pick(GLOB_ATOMS)).join(''),
      ).join('/');
      let linear: (path: string) => boolean;
      try {
        linear = linearGlob(glob);
      } catch (e) {
        expect(e, glob).toBeInstanceOf(PatternError);
        continue;
      }
      const reference = picomatch(glob, { dot: true });
      for (let p = 0; p < 60; p++) {
        const path = Array.from({ length: 1 + rnd(4) }, () =>
          Array.from({ length: 1 + rnd(3) }, () => pick(PATH_PARTS)).join(''),
        ).join('/');
        if (path.split('/').some((s) => s === '.' || s === '..')) continue;
        compared++;
        if (reference(path) !== linear(path)) differences.push(`${glob} ${path}: picomatch says ${reference(path)}`);
      }
    }
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(100_000);
  });

  it.each([
    ['/.github/workflows/*.{yml,yaml}', '.github/workflows/ci.yml', true],
    ['{sli,slis,slo,slos,.slo}/**/*.{yaml,yml}', '.slo/a/b/x.yaml', true],
    ['/**/{*.pem,*.key,id_rsa,id_ed25519,.env}', 'deploy/server.key', true],
    ['**/catalog-info.yaml', 'catalog-info.yaml', true],
    ['*.md', 'docs/a.md', false],
  ])("matches the shipped tracks' kind of glob: %s on %s", (glob, path, hit) => {
    expect(linearGlob(glob.replace(/^\/+/, ''))(path)).toBe(hit);
  });

  it('matches case-insensitively when asked (repository names in catalog.yaml)', () => {
    expect(linearGlob('Acme-*', { nocase: true })('acme-payments')).toBe(true);
    expect(linearGlob('Acme-*')('acme-payments')).toBe(false);
  });

  it('refuses negations, which only a lookaround expresses, and invalid globs', () => {
    expect(() => linearGlob('!(*.md)')).toThrow(/negation/);
    expect(() => linearGlob('!docs/**')).toThrow(/negation/);
  });

  it('never matches a path with an empty, . or .. segment (no listing holds one)', () => {
    for (const path of ['', '/a', 'a/', 'a//b', './a', 'a/../b']) expect(linearGlob('**')(path), path).toBe(false);
  });

  const hostile: [string, (n: number) => string][] = [
    ['**/*a*a*a*a*a*a*b', (n) => `x/${'a'.repeat(n)}c`],
    ['*a*a*a*a*a*a*a*a*b', (n) => 'a'.repeat(n)],
    ['**/a/**/a/**/a/**/b', (n) => `${'a/'.repeat(n / 2)}c`],
    ['**/*.{yml,yaml}', (n) => `${'a.yml/'.repeat(n / 6)}x`],
  ];
  it.each(hostile)('%s on long paths, in linear time', { timeout: 60_000 }, (glob, path) => {
    const matches = linearGlob(glob);
    const start = performance.now();
    for (const n of [1_000, 10_000, 100_000]) expect(matches(path(n))).toBe(false);
    // picomatch's expression takes seconds on the 100-character path; here 100,000 take milliseconds.
    expect(performance.now() - start).toBeLessThan(10_000);
  });
});
