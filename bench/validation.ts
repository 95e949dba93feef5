/**
 * Callboard's validator against Backstage's own pipeline on the same synthetic entities, in the
 * same process and run (rounds interleaved, best round kept: these machines are noisy), printed as
 * `name: value unit` lines. BENCH_ENTITIES changes the size (default 100,000).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Entity } from '@backstage/catalog-model';
import { validateDescriptorFiles } from '../app/core/validate/validate-descriptor-files.ts';
import { createEntityValidator } from '../app/core/validation/validate-entity.ts';
import { backstageVerdict, validateAndRelate } from '../test/compat/backstage-oracle.ts';
import { syntheticEntities, syntheticFiles } from './synthetic-org.ts';

const N = Number(process.env.BENCH_ENTITIES ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const line = (name: string, value: number | string, unit = '') =>
  console.log(`${name}: ${value}${unit ? ` ${unit}` : ''}`);
const round = (x: number, digits = 0) => Number(x.toFixed(digits));

const entities = syntheticEntities(N);
const validator = createEntityValidator();

async function callboardEntities(): Promise<{ ms: number; rejected: number }> {
  const start = performance.now();
  let rejected = 0;
  for (const e of entities) if (validator(e).problems.some((p) => p.severity === 'error')) rejected++;
  return { ms: performance.now() - start, rejected };
}

async function backstageEntities(): Promise<{ ms: number; rejected: number }> {
  // Backstage's processors mutate their input (sorting, defaults): each round gets fresh copies, made untimed.
  const copies = entities.map((e) => structuredClone(e) as unknown as Entity);
  const start = performance.now();
  let rejected = 0;
  for (const e of copies) await validateAndRelate(e).catch(() => rejected++);
  return { ms: performance.now() - start, rejected };
}

const best = { callboard: Infinity, backstage: Infinity };
const rejected = { callboard: 0, backstage: 0 };
for (let r = 0; r < ROUNDS; r++) {
  const c = await callboardEntities();
  const b = await backstageEntities();
  best.callboard = Math.min(best.callboard, c.ms);
  best.backstage = Math.min(best.backstage, b.ms);
  rejected.callboard = c.rejected;
  rejected.backstage = b.rejected;
}
line('entities', N);
line('entities rejected by callboard', rejected.callboard);
line('entities rejected by backstage', rejected.backstage);
line('callboard validate entities', round((N / best.callboard) * 1000), 'entities/s');
line('backstage validate entities', round((N / best.backstage) * 1000), 'entities/s');
line('callboard vs backstage entities', round(best.backstage / best.callboard, 2), 'x');

// Files: parse (with positions) + placeholders + validate + place every problem, against Backstage's parse + pipeline.
const files = syntheticFiles(entities.slice(0, Math.min(N, 20_000)));
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
const sources = files.map((f) => ({ path: f.path, repositoryPath: f.path, text: f.text }));
const fileBest = { callboard: Infinity, backstage: Infinity };
for (let r = 0; r < ROUNDS; r++) {
  let start = performance.now();
  await validateDescriptorFiles(sources, { validator, read: async () => undefined });
  fileBest.callboard = Math.min(fileBest.callboard, performance.now() - start);
  start = performance.now();
  for (const f of files) await backstageVerdict({ path: f.path, text: f.text, read: () => undefined });
  fileBest.backstage = Math.min(fileBest.backstage, performance.now() - start);
}
line('files', files.length);
line('callboard parse+validate files', round((files.length / fileBest.callboard) * 1000), 'files/s');
line('callboard parse+validate bytes', round(bytes / 1024 / 1024 / (fileBest.callboard / 1000), 1), 'MB/s');
line('backstage parse+validate files', round((files.length / fileBest.backstage) * 1000), 'files/s');
line('callboard vs backstage files', round(fileBest.backstage / fileBest.callboard, 2), 'x');
const child = JSON.parse(
  execFileSync(process.execPath, [join(import.meta.dirname, 'callboard-memory.ts')], {
    env: { ...process.env, BENCH_ENTITIES: String(N) },
    encoding: 'utf8',
  }),
) as { maxRssMb: number };
line('callboard peak memory', child.maxRssMb, 'MB');
line('bench process peak memory (both pipelines)', round(process.resourceUsage().maxRSS / 1024), 'MB');
