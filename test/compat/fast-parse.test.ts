/**
 * The fast path reads exactly what `yaml` (Backstage's parser) reads: wherever js-yaml is used, the
 * documents, their values and their first lines are the same, and `yaml` finds no error there.
 * Checked on the corpus, every generated variant, synthetic organisations and edge cases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../app/core/descriptor/fast-parse.ts';
import { parseDescriptorFile } from '../../app/core/descriptor/parse-descriptor-file.ts';
import { offsetsOf, rangeOf } from '../../app/core/descriptor/source-position.ts';
import { syntheticEntities } from '../../bench/synthetic-org.ts';
import { CORPUS_DIR, corpusAvailable } from '../support/paths.ts';
import { variants } from './variants.ts';

/** What `yaml` reads: the non-empty documents' values and first lines, or undefined on a YAML error. */
function exact(text: string) {
  const file = parseDescriptorFile('x.yaml', text);
  if (file.documents.some((d) => d.problems.length)) return undefined;
  return file.documents.map((d) => ({ number: d.number, value: d.value, line: rangeOf(file.lineCounter, text, offsetsOf(d.yaml, '')).line }));
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
  for (let i = 0; i < entities.length; i += 7) out.push([`synthetic ${i}`, entities.slice(i, i + 7).map((e) => stringify(e)).join('---\n')]);
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
    for (const text of ['a: 0b101\n', 'null: x\n', 'a: &x 1\nb: *x\n', 'a: !!str 5\n', '? k\n: v\n', 'a:\tb\n', 'a: 1\nb: 2\na: 3\n', 'a: [\n', 'x: 1\n...\n', '<<: {a: 1}\n']) {
      expect(fastParse(text), text).toBeUndefined();
    }
  });
});
