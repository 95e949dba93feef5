/**
 * Run by bench/run.ts in a child process: validates BENCH_ENTITIES synthetic entities with
 * Callboard alone and prints the process's peak resident memory, so the figure is Callboard's own.
 */
import { createEntityValidator } from '../app/core/validation/validate-entity.ts';
import { syntheticEntities } from './synthetic-org.ts';

const entities = syntheticEntities(Number(process.env.BENCH_ENTITIES ?? 100_000));
const validator = createEntityValidator();
let relations = 0;
for (const e of entities) relations += validator(e).relations.length;
console.log(JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), relations }));
