/**
 * A repository's budgets (app/core/budgets.ts): over one is a problem on that repository, located
 * where it can be, never a crash or a blow-up. Inputs are generated here, at sizes where anything
 * super-linear would take minutes; the bounds are ones only a hang or such a blow-up can exceed.
 */
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../app/core/budgets.ts';
import { inThisThread } from '../../app/core/content-work.ts';
import { nestedDeeperThan } from '../../app/core/descriptor/parse-yaml.ts';
import { componentYaml } from '../support/descriptors.ts';
import { memoryRepository } from '../support/memory-repository.ts';

const HANG = 20_000;
const check = async (files: Record<string, string>) =>
  (await inThisThread.checkDescriptors(memoryRepository(files), { paths: ['catalog-info.yaml'] })).report;
const lines = (report: Awaited<ReturnType<typeof check>>) =>
  report.files.flatMap((f) => f.problems.map((p) => `${f.path}:${p.line}:${p.column} ${p.rule} ${p.message}`));

describe('budgets of a repository', () => {
  it(
    'reads at most the placeholder bytes of an entity and of a repository, however many placeholders point at a large file',
    async () => {
      const big = 'x'.repeat(9 * 1024 * 1024);
      const entities = Array.from({ length: 100 }, (_, i) =>
        componentYaml(`svc-${i}`).replace('metadata:\n', 'metadata:\n  description:\n    $text: ./big.txt\n'),
      ).join('---\n');
      const repo = memoryRepository({ 'catalog-info.yaml': entities, 'big.txt': big });
      const { report } = await inThisThread.checkDescriptors(repo, { paths: ['catalog-info.yaml'] });
      // Two entities take 9 MiB each of the repository's 20 MiB; the file's size known, the rest are refused without
      // reading it again.
      const refused = report.files[0]!.problems.filter((p) => p.rule === 'over-budget');
      expect(refused).toHaveLength(98);
      expect(refused[0]).toMatchObject({
        severity: 'error',
        line: 27,
        message:
          'Placeholder ./big.txt was not read: placeholders bring at most 20 MiB into one repository, and this one would go over',
      });
      expect(repo.reads.filter((p) => p === 'big.txt')).toHaveLength(2);
      expect(report.files[0]!.entities.filter((e) => e.valid)).toHaveLength(2);
    },
    HANG,
  );

  it('refuses a placeholder that alone would go over the entity budget', async () => {
    const entity = componentYaml('svc').replace(
      'metadata:\n',
      'metadata:\n  description:\n    $text: ./a.txt\n  title:\n    $text: ./a.txt\n',
    );
    const report = await check({ 'catalog-info.yaml': entity, 'a.txt': 'a'.repeat(6 * 1024 * 1024) });
    expect(lines(report)).toEqual([
      'catalog-info.yaml:7:5 over-budget Placeholder ./a.txt was not read: placeholders bring at most 10 MiB into one entity, and this one would go over',
    ]);
  });

  it(
    `reads the first ${BUDGETS.documentsPerFile} documents of a file and says how many it holds`,
    async () => {
      const text = Array.from({ length: BUDGETS.documentsPerFile + 7 }, (_, i) => componentYaml(`svc-${i}`)).join(
        '---\n',
      );
      const report = await check({ 'catalog-info.yaml': text });
      expect(report.files[0]!.entities).toHaveLength(BUDGETS.documentsPerFile);
      expect(lines(report)).toEqual([
        `catalog-info.yaml:1:1 over-budget The file holds ${BUDGETS.documentsPerFile + 7} documents; only the first ${BUDGETS.documentsPerFile} are read`,
      ]);
    },
    HANG,
  );

  it(
    `reads at most ${BUDGETS.documentsPerRepository} documents from a repository, whatever its Locations lead to`,
    async () => {
      const file = (f: number) => Array.from({ length: 4_000 }, (_, i) => componentYaml(`svc-${f}-${i}`)).join('---\n');
      const files: Record<string, string> = {
        'catalog-info.yaml':
          'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: all\nspec:\n  target: ./teams/*.yaml\n',
      };
      for (let f = 0; f < 6; f++) files[`teams/t${f}.yaml`] = file(f);
      files['teams/t6.yaml'] = componentYaml('small');
      const report = await check(files);
      // The Location and four files fit; the fifth and sixth would go over, the small seventh fits.
      expect(report.summary.entities).toBe(1 + 4_000 * 4 + 1);
      expect(lines(report)).toEqual(
        [4, 5].map(
          (f) =>
            `teams/t${f}.yaml:1:1 over-budget With this file the repository's descriptors would hold more than ${BUDGETS.documentsPerRepository} documents; it was not read`,
        ),
      );
    },
    HANG,
  );

  it(
    `reads at most ${BUDGETS.filesPerGlob} files from one Location glob, and says how many it matches`,
    async () => {
      const files: Record<string, string> = {
        'catalog-info.yaml':
          "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: all\nspec:\n  target: '**/*'\n",
      };
      for (let i = 0; i < 200_000; i++) files[`src/f${i}.txt`] = '';
      const repo = memoryRepository(files);
      const { report } = await inThisThread.checkDescriptors(repo, { paths: ['catalog-info.yaml'] });
      expect(report.files).toHaveLength(BUDGETS.filesPerGlob);
      expect(report.files[0]!.problems.map((p) => `${p.line}:${p.column} ${p.rule} ${p.message}`)).toEqual([
        `6:11 over-budget **/* matches 200001 files; only the first ${BUDGETS.filesPerGlob} are read`,
      ]);
      expect(repo.reads.length).toBeLessThanOrEqual(BUDGETS.filesPerGlob + 1);
    },
    HANG,
  );

  it.each([
    ['flow lists', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`],
    ['flow mappings', (n: number) => `${'{a: '.repeat(n)}1${'}'.repeat(n)}`],
    [
      'block mappings',
      (n: number) => '\n' + Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i + 4)}k${i}:`).join('\n') + ' 1',
    ],
  ])(
    'refuses a document nested deeper than the budget in %s, where the collection too deep starts, and reads the next document',
    async (_name, nest) => {
      for (const depth of [BUDGETS.depth + 1, 50_000]) {
        // its indentation alone would be over the file size budget
        if (depth > 5_000 && _name === 'block mappings') continue;
        const text = componentYaml('deep', `\n  extra: ${nest(depth)}`) + '---\n' + componentYaml('shallow');
        const report = await check({ 'catalog-info.yaml': text });
        expect(lines(report)).toEqual([
          expect.stringMatching(
            /^catalog-info\.yaml:(9|108):\d+ yaml-syntax YAML error: Nested deeper than 100 levels of mappings and lists$/,
          ),
        ]);
        expect(report.files[0]!.entities.map((e) => e.name)).toEqual(['shallow']);
      }
    },
    HANG,
  );

  it('accepts a document exactly as deep as the budget', async () => {
    const report = await check({
      'catalog-info.yaml': componentYaml(
        'deep',
        `\n  extra: ${'['.repeat(BUDGETS.depth - 2)}${']'.repeat(BUDGETS.depth - 2)}`,
      ),
    });
    expect(lines(report)).toEqual([]);
  });

  it(
    'refuses $json data nested deeper than the budget, and walks any depth without overflowing the stack',
    async () => {
      const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
      expect(nestedDeeperThan(JSON.parse(deep))).toBe(true);
      const entity = componentYaml('svc').replace('spec:\n', 'spec:\n  definition:\n    $json: ./deep.json\n');
      expect(lines(await check({ 'catalog-info.yaml': entity, 'deep.json': deep }))).toEqual([
        'catalog-info.yaml:7:5 placeholder Placeholder $json found data nested deeper than 100 levels at ./deep.json',
      ]);
    },
    HANG,
  );

  it(
    "checks a mapping's keys in linear time: 100,000 keys in the exact parser, and 20,000 duplicates each reported on its key",
    async () => {
      // A tab in a comment sends the file to the exact parser (`yaml`), whose own duplicate check is quadratic.
      const keys = Array.from({ length: 100_000 }, (_, i) => `    k${i}: ${i}`).join('\n');
      const many = await check({ 'catalog-info.yaml': `#\t\n${componentYaml('svc', `\n  extra:\n${keys}`)}` });
      expect(lines(many)).toEqual([]);
      const dups = await check({
        'catalog-info.yaml': componentYaml('svc', '\n  extra:\n' + '    same: 1\n'.repeat(20_000)),
      });
      const found = lines(dups);
      expect(found).toHaveLength(19_999);
      expect(found[0]).toBe('catalog-info.yaml:11:5 yaml-syntax YAML error: Map keys must be unique');
    },
    HANG,
  );
});
