/**
 * Property-style: random hostile repositories (long lines of the characters YAML and patterns care
 * about, deep nesting, big files, many keys and documents) fed to the descriptor check and the
 * scorer, in this thread (no worker, no budget to hide behind). Every case must finish with a
 * report, never a throw, within a bound only a hang or a super-linear blow-up can reach: each input
 * is large enough that quadratic work on it takes minutes. The seed is printed with any failure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { random } from '../../bench/synthetic-org.ts';
import { inThisThread } from '../../app/core/content-work.ts';
import { parseScorecards } from '../../app/core/scorecard/parse-scorecards.ts';
import { scoreRepository } from '../../app/core/scorecard/score-repository.ts';
import type { Entity } from '../../app/core/model/entity.ts';
import { componentYaml } from '../support/descriptors.ts';
import { memoryRepository } from '../support/memory-repository.ts';

const CASES = 30;
const CASE_BOUND_MS = 10_000;
/** The characters YAML's syntax and common patterns turn on, and some they do not. */
const ALPHABET = [
  ' ',
  '\t',
  '-',
  ':',
  '#',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&',
  '*',
  '!',
  '?',
  '|',
  '>',
  "'",
  '"',
  '\\',
  '%',
  '@',
  '`',
  '.',
  '0',
  'a',
  'é',
  '\u2028',
  '\r',
  '\n',
  '$',
  '/',
];

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]) => items[Math.floor(rng() * items.length)]!;
const between = (rng: Rng, low: number, high: number) => low + Math.floor(rng() * (high - low));

/** A long line: a run of one character, or of a few mixed, a hundred thousand characters or more. */
function longLine(rng: Rng): string {
  const chars = Array.from({ length: between(rng, 1, 4) }, () => pick(rng, ALPHABET));
  const length = between(rng, 100_000, 400_000);
  if (chars.length === 1) return chars[0]!.repeat(length);
  let line = '';
  while (line.length < length) line += pick(rng, chars).repeat(between(rng, 1, 50));
  return line;
}

function deepNesting(rng: Rng): string {
  const depth = between(rng, 50, 20_000);
  switch (between(rng, 0, 3)) {
    case 0:
      return `[${'['.repeat(depth)}${']'.repeat(depth)}]`;
    case 1:
      return `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`;
    default: {
      const levels = Math.min(depth, 1_500);
      return '\n' + Array.from({ length: levels }, (_, i) => `${' '.repeat(i + 4)}- `).join('\n') + '1';
    }
  }
}

/** A descriptor: valid documents with hostile parts spliced in, at the end, inside a value or between documents. */
function hostileDescriptor(rng: Rng): string {
  const parts = [componentYaml('svc-a')];
  for (let i = between(rng, 1, 4); i > 0; i--) {
    switch (between(rng, 0, 5)) {
      case 0:
        parts.push(`${longLine(rng)}\n`);
        break;
      case 1:
        parts.push(componentYaml(`svc-${i}`, `\n  extra: ${deepNesting(rng)}\n`));
        break;
      case 2:
        parts.push(
          componentYaml(
            `svc-${i}`,
            `\n  extra:\n${Array.from({ length: between(rng, 10_000, 60_000) }, (_, k) => `    k${k % 1000 === 0 ? 0 : k}: ${k}`).join('\n')}\n`,
          ),
        );
        break;
      case 3:
        parts.push(
          Array.from({ length: between(rng, 1_000, 6_000) }, (_, k) => componentYaml(`many-${i}-${k}`)).join('---\n'),
        );
        break;
      default:
        parts.push(
          componentYaml(`svc-${i}`).replace(
            'metadata:\n',
            `metadata:\n  description: "${longLine(rng).replaceAll('"', '')}"\n`,
          ),
        );
    }
  }
  return parts.join(pick(rng, ['---\n', '\n', '---\n#\t\n']));
}

describe('hostile repositories, at random', () => {
  it(
    `${CASES} random descriptors are each checked, every problem placed`,
    async () => {
      for (let seed = 1; seed <= CASES; seed++) {
        const rng = random(seed);
        const text = hostileDescriptor(rng);
        const started = performance.now();
        const { report } = await inThisThread.checkDescriptors(memoryRepository({ 'catalog-info.yaml': text }), {
          paths: ['catalog-info.yaml'],
        });
        const ms = performance.now() - started;
        expect(ms, `seed ${seed}: ${text.length} characters took ${Math.round(ms)} ms`).toBeLessThan(CASE_BOUND_MS);
        expect(report.files, `seed ${seed}`).toHaveLength(1);
        for (const p of report.files[0]!.problems)
          expect(p.line, `seed ${seed}: ${p.message}`).toBeGreaterThanOrEqual(1);
      }
    },
    CASES * CASE_BOUND_MS,
  );

  it(
    `${CASES} random repositories are each scored on the starter tracks and on rules that read files' values`,
    async () => {
      const starters = join(import.meta.dirname, '..', '..', 'templates', 'scorecards');
      const values = `apiVersion: callboard.dev/v1\nkind: Track\nmetadata: { name: values, title: Values }\nspec:\n  levels:\n    - name: one\n      checks:\n        - { id: deep, title: Deep, rule: { file: package.json, path: '$..x', operator: exists } }\n        - { id: scripts, title: Scripts, rule: { file: package.json, path: $.scripts.test, operator: matches, value: 'vitest|jest' } }\n        - { id: config, title: Config, rule: { file: 'config/*.{yaml,toml}', path: '$..enabled', operator: equal, value: true } }\n        - { id: readme, title: Readme, rule: { file: README.md, operator: matches, value: '^#+ .*\\b(usage|install)\\b' } }\n`;
      const scorecards = parseScorecards(
        [
          ...readdirSync(starters).map((n) => ({ path: n, text: readFileSync(join(starters, n), 'utf8') })),
          { path: 'values.yaml', text: values },
        ],
        '2026-12-01',
      );
      expect(scorecards.files.flatMap((f) => f.problems)).toEqual([]);
      const entity = {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'svc' },
        spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
      } as Entity;
      for (let seed = 1; seed <= CASES; seed++) {
        const rng = random(1000 + seed);
        const depth = between(rng, 100, 200_000);
        const files: Record<string, string> = {
          'package.json': `{"scripts":{"test":"${longLine(rng).replace(/["\\\n\r\u2028]/g, 'x')}"},"a":${'{"x":'.repeat(depth)}1${'}'.repeat(depth)}}`,
          'README.md': `# ${longLine(rng)}\n${'#'.repeat(100_000)} usage\n`,
          'config/app.yaml': `enabled: ${deepNesting(rng)}\n`,
          'config/app.toml': `${'a.'.repeat(between(rng, 10, 5_000))}enabled = true\n${'['.repeat(between(rng, 1, 10_000))}\n`,
          ...Object.fromEntries(
            Array.from({ length: 20 }, (_, i) => [
              `.github/workflows/w${i}.yml`,
              `steps:\n  - run: ${pick(rng, ['mvn ', 'npm ', 'test ', 'gradle ', ' ', 'a'])}${longLine(rng)}\n`,
            ]),
          ),
        };
        const started = performance.now();
        const scores = await scoreRepository({
          work: inThisThread,
          entities: [{ ref: 'component:default/svc', path: 'catalog-info.yaml', entity }],
          paths: Object.keys(files).sort(),
          read: async (paths) => new Map(paths.filter((p) => p in files).map((p) => [p, files[p]!])),
          tracks: scorecards.tracks,
          now: new Date('2026-12-01'),
        });
        const ms = performance.now() - started;
        expect(ms, `seed ${seed}: scoring took ${Math.round(ms)} ms`).toBeLessThan(CASE_BOUND_MS);
        const states = scores.flatMap((s) =>
          s.tracks.flatMap((t) => t.levels.flatMap((l) => l.checks.map((c) => c.state))),
        );
        expect(states.length, `seed ${seed}`).toBeGreaterThan(10);
      }
    },
    CASES * CASE_BOUND_MS,
  );
});
