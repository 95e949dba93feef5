/**
 * The typed job table. A job kind ties a job's name to the type of its data and says, once, how its
 * jobs are grouped and coalesced; features queue jobs through a kind and register processors for it,
 * so a job cannot be queued with another's data, nor a processor registered for the wrong data.
 * (Renovate's platform table is a Map from id to implementation; this is that, typed per entry.)
 */
import type { AddResult, Job, JobQueue } from './job-queue.ts';

export interface JobKind<Data> {
  readonly name: string;
  /** Jobs of one group run one at a time, in order (see Job.group). */
  readonly group?: (data: Data) => string | undefined;
  /** Jobs with one key do the same work: a newer one takes the place of one still waiting. */
  readonly coalesce?: (data: Data) => string | undefined;
  /** Only for the type checker: makes `Data` invariant, so one kind's data never passes for another's. */
  readonly dataType?: (data: Data) => Data;
}

export const defineJob = <Data>(name: string, how: Pick<JobKind<Data>, 'group' | 'coalesce'> = {}): JobKind<Data> => ({
  name,
  ...how,
});

/** A kind with the processor that runs its jobs: an entry of the table. */
export interface JobRoute {
  readonly kind: JobKind<never>;
  readonly run: (job: Job<never>) => Promise<void>;
}

export const runs = <Data>(kind: JobKind<Data>, run: (job: Job<Data>) => Promise<void>): JobRoute =>
  ({ kind, run }) as unknown as JobRoute;

/** The queue as features see it: jobs are added through their kind. */
export interface Jobs {
  /** `id` de-duplicates (webhooks are redelivered): derive it from the delivery or the job that asks. */
  add<Data>(kind: JobKind<Data>, id: string, data: Data): Promise<AddResult>;
}

export function jobsOn(queue: JobQueue): Jobs {
  return {
    add(kind, id, data) {
      const group = kind.group?.(data);
      const coalesce = kind.coalesce?.(data);
      return queue.add({ name: kind.name, id, data, ...(group ? { group } : {}), ...(coalesce ? { coalesce } : {}) });
    },
  };
}

/** Registers each route's processor; two kinds with one name are a programming error. */
export function registerJobs(queue: JobQueue, routes: readonly JobRoute[]) {
  const names = new Set<string>();
  for (const { kind, run } of routes) {
    if (names.has(kind.name)) throw new Error(`Two job kinds are named "${kind.name}"`);
    names.add(kind.name);
    queue.process(kind.name, run as (job: Job) => Promise<void>);
  }
}
