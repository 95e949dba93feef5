/**
 * The unit pool with real worker threads: content is checked and scored there, a worker that goes
 * over its time or memory budget is stopped and the item in hand is refused in its place (the rest
 * is checked), a unit over its own budget is refused whole, and the calling thread stays free.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inThisThread } from '../../app/core/content-work.ts';
import { pooledWork } from '../../app/workers/pooled-work.ts';
import { createUnitPool, type UnitPool } from '../../app/workers/unit-pool.ts';
import { componentYaml } from '../support/descriptors.ts';
import { memoryRepository } from '../support/memory-repository.ts';

const pools: UnitPool[] = [];
const poolOf = (options: Parameters<typeof createUnitPool>[0] = {}) => {
  const pool = createUnitPool(options);
  pools.push(pool);
  return pool;
};
afterAll(() => Promise.all(pools.map((p) => p.close())));

/** A descriptor of `n` entities in one file: big enough that parsing it takes tens of milliseconds at least. */
const manyEntities = (n: number) => Array.from({ length: n }, (_, i) => componentYaml(`service-${i}`)).join('---\n');

/**
 * A file of 5,000 entities with two errors each: checking and placing every problem takes about a second, many times
 * 0.3 s.
 */
const manyBroken = () =>
  Array.from({ length: 5000 }, (_, i) => componentYaml(`Service ${i}`, '\n  dependsOn: [nope]')).join('---\n');

/** A repository whose root descriptor points, through a Location, at a big file and at a small one. */
const repositoryWithBigFile = () =>
  memoryRepository({
    'catalog-info.yaml':
      'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: all\nspec:\n  targets: [./big/catalog-info.yaml, ./small/catalog-info.yaml]\n',
    'big/catalog-info.yaml': manyBroken(),
    'small/catalog-info.yaml': componentYaml('small'),
  });

describe('the unit pool', () => {
  it('checks descriptors in a worker exactly as in this thread, its reads answered from here', async () => {
    const repo = memoryRepository({
      'catalog-info.yaml':
        componentYaml('artist-lookup', '\n  dependsOn: [artists-db]') + '---\n' + componentYaml('Bad Name'),
    });
    const check = { paths: ['catalog-info.yaml'], repositoryUrl: 'https://github.com/acme/artist-lookup' };
    const pooled = await pooledWork(poolOf()).checkDescriptors(repo, check);
    const local = await inThisThread.checkDescriptors(
      memoryRepository({ 'catalog-info.yaml': repo.reads.length ? (await repo.read('catalog-info.yaml'))! : '' }),
      check,
    );
    expect(pooled.report).toEqual(local.report);
    expect(pooled.report.summary.errors).toBe(2);
    expect(repo.reads).toContain('catalog-info.yaml');
  });

  it('refuses a file that takes longer than its budget, reports it in its place, and checks the rest', async () => {
    // 300 ms a file: the small ones take a few milliseconds; the big one about a second.
    const { report } = await pooledWork(poolOf({ itemMs: 300 })).checkDescriptors(repositoryWithBigFile(), {
      paths: ['catalog-info.yaml'],
    });
    expect(
      report.files.map((f) => [
        f.path,
        f.entities.length,
        f.problems.map((p) => `${p.rule} ${p.line}:${p.column} ${p.message}`),
      ]),
    ).toEqual([
      ['catalog-info.yaml', 1, []],
      ['big/catalog-info.yaml', 0, ['over-budget 1:1 took longer than 0.3 s to check; not evaluated']],
      ['small/catalog-info.yaml', 1, []],
    ]);
  });

  it('refuses the whole repository when the unit takes longer than its own budget, and says nothing is known of the rest', async () => {
    const { report } = await pooledWork(poolOf({ unitMs: 5 })).checkDescriptors(repositoryWithBigFile(), {
      paths: ['catalog-info.yaml'],
    });
    expect(report.incomplete).toMatch(
      /^Checking this repository's descriptors took longer than 0 s; they were not evaluated$/,
    );
    expect(report.files).toEqual([
      expect.objectContaining({
        path: 'catalog-info.yaml',
        entities: [],
        problems: [expect.objectContaining({ rule: 'over-budget', line: 1 })],
      }),
    ]);
  });

  it('stops a worker that needs more memory than its limit, and the item is refused, not the process', async () => {
    const repo = memoryRepository({ 'catalog-info.yaml': manyEntities(16000) });
    const { report } = await pooledWork(poolOf({ memoryMb: 16 })).checkDescriptors(repo, {
      paths: ['catalog-info.yaml'],
    });
    expect(report.files[0]!.problems[0]).toMatchObject({
      rule: 'over-budget',
      message: expect.stringMatching(/needed more than 16 MB/),
    });
  });

  it('scores a check that takes longer than its budget as an error, and the other checks normally', async () => {
    // Twenty workflows of a megabyte each: the most a content check reads, scanned whole when nothing matches.
    const workflows = Array.from(
      { length: 20 },
      (_, i) => [`.github/workflows/ci-${i}.yml`, 'steps:\n' + '  - run: echo\n'.repeat(80_000)] as const,
    );
    const request = {
      subjects: [
        {
          ref: 'component:default/a',
          entity: { apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: { name: 'a' }, spec: {} },
          folder: '',
        },
      ],
      files: { paths: [...workflows.map(([path]) => path), 'README.md'], texts: new Map(workflows) },
      tracks: [
        {
          name: 'basics',
          title: 'Basics',
          source: 'scorecards/basics.yaml',
          levels: [
            {
              ordinal: 1,
              name: 'L1',
              required: false,
              checks: [
                {
                  id: 'readme',
                  title: 'README',
                  severity: 'error' as const,
                  rule: { file: 'README.md', operator: 'exists' as const },
                },
                {
                  id: 'tests',
                  title: 'Tests',
                  severity: 'error' as const,
                  rule: { file: '.github/workflows/*.yml', operator: 'matches' as const, value: 'npm (run )?test' },
                },
              ],
            },
          ],
        },
      ],
      now: new Date('2026-12-01'),
    };
    const [score] = await pooledWork(poolOf({ itemMs: 1 })).scoreSubjects(request);
    const states = Object.fromEntries(
      score!.tracks[0]!.levels[0]!.checks.map((c) => [c.check, `${c.state}: ${c.evidence}`]),
    );
    expect(states.tests).toBe('error: took longer than 0 s to evaluate; not evaluated');
    expect(states.readme).toMatch(/^(failed: no file matches README.md|error: took longer)/);
  });

  it('keeps this thread free while a worker works', async () => {
    const pool = poolOf({ size: 1 });
    const work = pooledWork(pool).checkDescriptors(memoryRepository({ 'catalog-info.yaml': manyEntities(6000) }), {
      paths: ['catalog-info.yaml'],
    });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    await work;
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(3);
  });
});
