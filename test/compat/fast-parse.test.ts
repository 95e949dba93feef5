/**
 * The fast path reads exactly what `yaml` (Backstage's parser) reads: wherever js-yaml is used, the
 * documents, their values and their first lines are the same, and `yaml` finds no error there.
 * Checked on the corpus, every generated variant, synthetic organisations and edge cases. And it
 * decides what it reads in linear time, whatever follows a descriptor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastParse, NULL_OR_EMPTY_KEY } from '../../app/core/descriptor/fast-parse.ts';
import { parseDescriptorFile } from '../../app/core/descriptor/parse-descriptor-file.ts';
import { offsetsOf, rangeOf } from '../../app/core/descriptor/source-position.ts';
import { syntheticEntities } from '../../bench/synthetic-org.ts';
import { CORPUS_DIR, corpusAvailable } from '../support/paths.ts';
import { variants } from './variants.ts';

/** What `yaml` reads: the non-empty documents' values and first lines, or undefined on a YAML error. */
function exact(text: string) {
  const file = parseDescriptorFile('x.yaml', text);
  if (file.documents.some((d) => d.problems.length)) return undefined;
  return file.documents.map((d) => ({
    number: d.number,
    value: d.value,
    line: rangeOf(file.lineCounter, text, offsetsOf(d.yaml, '')).line,
  }));
}

const EDGE_CASES = [
  '',
  '# only a comment\n',
  '---\n',
  '---\n---\n',
  'a: 1\n---\n',
  '---\na: 1\n---\n\n---\nb: 2\n',
  '# lead\n\n---\n# inside\na: 1\n',
  'a: 1\n...\n',
  '--- # marker comment\na: 1\n',
  'a: |\n  ---\n  not a marker\n',
  'a: "quoted\n  over lines"\n',
  'a: [1, 2,\n  3]\n',
  'a: {b: 1,\n  c: 2}\n',
  'key: value # comment\n# trailing\n',
  'a: b\n  c\n',
  'list:\n- a\n- b\n',
  'a:\n  - b: 1\n    c: 2\n',
  'a: 0b101\n',
  'null: x\n',
  'a: &x 1\nb: *x\n',
  'a: !!str 5\n',
  '? complex\n: key\n',
  'a:\tb\n',
  'a: 1\r\nb: 2\r\n',
  'a: 1\nb: 2\na: 3\n',
  'a: [\n',
  '- just a list\n',
  '42\n',
  'a: "\\u263A \\x41"\n',
];

const texts = (): [string, string][] => {
  const out: [string, string][] = EDGE_CASES.map((t, i) => [`edge ${i}`, t]);
  out.push(...variants().map((v): [string, string] => [v.name, v.text]));
  const entities = syntheticEntities(3000);
  for (let i = 0; i < entities.length; i += 7)
    out.push([
      `synthetic ${i}`,
      entities
        .slice(i, i + 7)
        .map((e) => stringify(e))
        .join('---\n'),
    ]);
  return out;
};

describe('the fast path reads what yaml reads', () => {
  it('on edge cases, every variant and synthetic organisations', () => {
    let fast = 0;
    const all = texts();
    for (const [name, text] of all) {
      const documents = fastParse(text);
      if (!documents) continue;
      fast++;
      expect(exact(text), name).toEqual(documents);
    }
    // Most plain descriptors take the fast path.
    expect(fast).toBeGreaterThan(all.length * 0.6);
  });

  it.skipIf(!corpusAvailable)('on every file of the Backstage corpus', async () => {
    const paths = await glob('**/*.{yaml,yml}', { cwd: CORPUS_DIR });
    let fast = 0;
    for (const path of paths) {
      const text = readFileSync(join(CORPUS_DIR, path), 'utf8');
      const documents = fastParse(text);
      if (!documents) continue;
      fast++;
      expect(exact(text), path).toEqual(documents);
    }
    expect(fast).toBeGreaterThan(paths.length / 2);
  });

  it('leaves to yaml what it cannot read the same way', () => {
    for (const text of [
      'a: 0b101\n',
      'null: x\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 5\n',
      '? k\n: v\n',
      'a:\tb\n',
      'a: 1\nb: 2\na: 3\n',
      'a: [\n',
      'x: 1\n...\n',
      '<<: {a: 1}\n',
    ]) {
      expect(fastParse(text), text).toBeUndefined();
    }
  });
});

describe('the fast path decides in linear time', () => {
  const DESCRIPTOR =
    'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: x\nspec:\n  type: service\n  owner: team-a\n';
  /** Far above the milliseconds a linear pass over a megabyte takes; the quadratic form took 4.5 s on 40,000 spaces. */
  const GENEROUS_MS = 10_000;
  // What the subset's patterns look at (blanks, dashes, colons, null words, tags, digits, markers),
  // alone and in the pairs that make them backtrack, each pumped to a line of a million characters.
  const units = [
    ' ',
    '\n',
    '-',
    ':',
    '~',
    '!',
    '&',
    '*',
    '?',
    '<',
    '0b',
    '%',
    '.',
    '#',
    '[',
    '{',
    ',',
    '+',
    'null',
    'NULL',
    '\u00a0',
    '\u2028',
  ];
  const pumps = [...units, ...units.flatMap((a) => [' ', '\n', '- '].map((b) => a + b))];

  it.each(pumps)('a descriptor followed by a line of %j', { timeout: 60_000 }, (unit) => {
    for (const tail of ['', '\n', 'x', ': x']) {
      const text = DESCRIPTOR + unit.repeat(Math.ceil(1_000_000 / unit.length)) + tail;
      const start = performance.now();
      fastParse(text);
      expect(performance.now() - start, JSON.stringify(tail)).toBeLessThan(GENEROUS_MS);
    }
  });

  it('flags the same null and empty keys as the quadratic form it replaces, on every short text of the characters it looks at', () => {
    /* eslint-disable-next-line
       regexp/no-super-linear-backtracking, regexp/no-super-linear-move, regexp/no-unused-capturing-group
       -- the old form, run only on texts of six characters */
    const FIRST_FORM = /^\s*(-\s+)?(null|Null|NULL|~)?\s*:(\s|$)/m;
    const alphabet = [' ', '\n', '-', ':', 'n', 'u', 'l', '~', 'x', '\u00a0', '\u2028'];
    let texts = [''];
    let differ = 0;
    for (let length = 1; length <= 6; length++) {
      texts = texts.flatMap((t) => alphabet.map((c) => t + c));
      for (const text of texts) if (NULL_OR_EMPTY_KEY.test(text) !== FIRST_FORM.test(text)) differ++;
    }
    expect(differ).toBe(0);
    for (const text of ['- null: x\n', '~ : x\n', 'a:\n  : x\n', '-\n  : x\n'])
      expect(NULL_OR_EMPTY_KEY.test(text), text).toBe(true);
  });
});
