/**
 * The cases of bench/hostile.ts: each builds a hostile input and a normal one of about the same size
 * and does the same work on either. Work runs through the code the app runs (the core, the unit pool).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { inThisThread, type ContentWork } from '../app/core/content-work.ts';
import type { Entity } from '../app/core/model/entity.ts';
import { parseScorecards } from '../app/core/scorecard/parse-scorecards.ts';
import { scoreRepository } from '../app/core/scorecard/score-repository.ts';
import type { Track } from '../app/core/scorecard/scorecard-model.ts';
import { pooledWork } from '../app/workers/pooled-work.ts';
import { createUnitPool } from '../app/workers/unit-pool.ts';
import { memoryRepository } from '../test/support/memory-repository.ts';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { validateLocalDescriptors } from '../app/forge/local/validate-local-descriptors.ts';
import { join } from 'node:path';
import { SERVER_CASES } from './server-cases.ts';
import { syntheticEntities } from './synthetic-org.ts';

export type Variant = 'hostile' | 'normal';

/** What a case measured itself, when its figures are not this process's (the server's, in server-cases.ts). */
export interface Measured {
  ms: number;
  peakMb: number;
  note: string;
}

export interface HostileCase {
  name: string;
  title: string;
  /** Does the work; returns what came out, in a few words (or with the figures it measured). */
  run(variant: Variant): Promise<string | Measured>;
}

const component = (name: string, extra = '') =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a${extra}\n`;

/**
 * Checks one repository's descriptors in this thread: the parse and the validation themselves, no budget to stop them.
 */
async function check(files: Record<string, string>, work: ContentWork = inThisThread): Promise<string> {
  const { report } = await work.checkDescriptors(memoryRepository(files), { paths: ['catalog-info.yaml'] });
  const { entities, errors, warnings } = report.summary;
  const rules = [...new Set(report.files.flatMap((f) => f.problems.map((p) => p.rule)))].join(', ');
  return `${entities} entities, ${errors} errors, ${warnings} warnings${rules ? ` (${rules})` : ''}`;
}

const TRACKS_FOLDER = join(import.meta.dirname, '..', 'templates', 'scorecards');
const starterTracks = () =>
  parseScorecards(
    readdirSync(TRACKS_FOLDER).map((n) => ({ path: n, text: readFileSync(join(TRACKS_FOLDER, n), 'utf8') })),
    '2026-12-01',
  ).tracks;
const ENTITY = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'svc' },
  spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
} as Entity;

async function score(
  files: Record<string, string>,
  tracks: readonly Track[],
  work: ContentWork = inThisThread,
): Promise<string> {
  const scores = await scoreRepository({
    work,
    entities: [{ ref: 'component:default/svc', path: 'catalog-info.yaml', entity: ENTITY }],
    paths: Object.keys(files).sort(),
    read: async (paths) => new Map(paths.filter((p) => p in files).map((p) => [p, files[p]!])),
    tracks,
    now: new Date('2026-12-01'),
  });
  const checks = scores.flatMap((s) => s.tracks.flatMap((t) => t.levels.flatMap((l) => l.checks)));
  const by = new Map<string, number>();
  for (const c of checks) by.set(c.state, (by.get(c.state) ?? 0) + 1);
  return [...by].map(([state, n]) => `${n} ${state}`).join(', ');
}

const track = (rule: string): Track[] =>
  parseScorecards(
    [
      {
        path: 't.yaml',
        text: `apiVersion: callboard.dev/v1\nkind: Track\nmetadata: { name: t, title: T }\nspec:\n  levels:\n    - name: one\n      checks:\n        - { id: c, title: C, rule: ${rule} }\n`,
      },
    ],
    '2026-12-01',
  ).tracks;

export const CASES: HostileCase[] = [
  {
    name: 'long-line',
    title: 'a descriptor followed by a line of 1,000,000 spaces; normal: a 1,000,000-character description',
    run: (v) =>
      check({
        'catalog-info.yaml':
          v === 'hostile'
            ? `${component('svc')}${' '.repeat(1_000_000)}\n`
            : component('svc').replace('metadata:\n', `metadata:\n  description: ${'a'.repeat(1_000_000)}\n`),
      }),
  },
  {
    name: 'many-keys',
    title: 'one mapping of 100,000 keys read by `yaml` (a tab sends it there); normal: 1,000 mappings of 100 keys',
    run: (v) => {
      const keys = Array.from({ length: 100_000 }, (_, i) =>
        v === 'hostile' ? `    k${i}: ${i}` : `${i % 100 === 0 ? `    m${i}:\n` : ''}      k${i}: ${i}`,
      ).join('\n');
      return check({ 'catalog-info.yaml': `#\t\n${component('svc', `\n  extra:\n${keys}`)}` });
    },
  },
  {
    name: 'deep',
    title: 'a value nested 100,000 lists deep; normal: a list of 100,000 numbers',
    run: (v) =>
      check({
        'catalog-info.yaml': component(
          'svc',
          `\n  extra: ${v === 'hostile' ? `${'['.repeat(100_000)}${']'.repeat(100_000)}` : `[${'1,'.repeat(99_999)}1]`}`,
        ),
      }),
  },
  {
    name: 'track-pattern',
    title: 'the pattern (a+)+$ over a README of 1,000,000 a and a b; normal: a+$',
    run: (v) =>
      score(
        { 'README.md': `${'a'.repeat(1_000_000)}b` },
        track(`{ file: README.md, operator: matches, value: '${v === 'hostile' ? '(a+)+$' : 'a+$'}' }`),
      ),
  },
  {
    name: 'test-certified',
    title: 'the shipped tracks over 20 workflows of 1 MB of `mvn `; normal: 20 workflows of 1 MB of prose',
    run: (v) => {
      const text =
        v === 'hostile' ? 'mvn '.repeat(250_000) : 'the quick brown fox jumps over the lazy dog '.repeat(23_256);
      return score(
        Object.fromEntries(
          Array.from({ length: 20 }, (_, i) => [`.github/workflows/w${i}.yml`, `steps:\n  - run: ${text}\n`]),
        ),
        starterTracks(),
      );
    },
  },
  {
    name: 'placeholders',
    title: '100 entities each with $text of one 9 MB file; normal: each with its own 9 KB file',
    run: (v) => {
      const files: Record<string, string> = {};
      const docs = Array.from({ length: 100 }, (_, i) => {
        const target = v === 'hostile' ? 'big.txt' : `small-${i}.txt`;
        files[target] = 'x'.repeat(v === 'hostile' ? 9 * 1024 * 1024 : 9 * 1024);
        return component(`svc-${i}`).replace('metadata:\n', `metadata:\n  description:\n    $text: ./${target}\n`);
      });
      return check({ ...files, 'catalog-info.yaml': docs.join('---\n') });
    },
  },
  {
    name: 'location-glob',
    title: "a Location with target '**/*' over 200,000 files; normal: over 1,000 (the most one glob brings in)",
    run: (v) => {
      const files: Record<string, string> = {
        'catalog-info.yaml':
          "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: all\nspec:\n  target: '**/*'\n",
      };
      for (let i = 0; i < (v === 'hostile' ? 200_000 : 999); i++) files[`src/f${i}.txt`] = '';
      return check(files);
    },
  },
  {
    name: 'json-path',
    title: '$..x over a package.json nested 200,000 levels; normal: 200,000 keys side by side',
    run: (v) => {
      const json =
        v === 'hostile'
          ? `${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}`
          : `{${Array.from({ length: 200_000 }, (_, i) => `"a${i}":1`).join(',')}}`;
      return score({ 'package.json': json }, track("{ file: package.json, path: '$..x', operator: exists }"));
    },
  },
  {
    name: 'pool',
    title:
      "1,000 repositories' descriptors checked in the unit pool; normal: in this thread. Outcome: the longest the calling thread was blocked",
    run: async (v) => {
      const entities = syntheticEntities(5_000);
      const pool = v === 'hostile' ? createUnitPool({ size: 1 }) : undefined;
      const work = pool ? pooledWork(pool) : inThisThread;
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      for (let r = 0; r < 1_000; r++)
        await check(
          {
            'catalog-info.yaml': entities
              .slice(r * 5, r * 5 + 5)
              .map((e) => stringify(e))
              .join('---\n'),
          },
          work,
        );
      delay.disable();
      await pool?.close();
      return `the calling thread blocked ${Math.round(delay.max / 1e6)} ms at most`;
    },
  },
  {
    name: 'symlinks',
    title:
      'callboard validate on a repository holding a link to / and a link loop; normal: the same repository without them',
    run: async (v) => {
      const root = mkdtempSync(join(tmpdir(), 'callboard-links-'));
      try {
        for (let i = 0; i < 200; i++) {
          mkdirSync(join(root, `services/s${i}`), { recursive: true });
          writeFileSync(join(root, `services/s${i}/catalog-info.yaml`), component(`s${i}`));
        }
        if (v === 'hostile') {
          symlinkSync('/', join(root, 'root'));
          symlinkSync('..', join(root, 'services', 'loop'));
        }
        const pool = createUnitPool({ size: 1 });
        const { report } = await validateLocalDescriptors({ work: pooledWork(pool), patterns: [], cwd: root });
        await pool.close();
        const links = report.files.filter((f) => f.problems.some((p) => p.rule === 'symbolic-link')).length;
        return `${report.summary.entities} entities, ${links} links said and not followed`;
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  },
  ...SERVER_CASES,
];
