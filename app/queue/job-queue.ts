/**
 * The job interface between webhook handlers (which must answer GitHub within 10 s) and the work
 * they trigger. Shaped like BullMQ (a named job with an id and JSON data, processors registered by
 * name, attempts with backoff), so a Redis-backed queue can replace the in-memory one across
 * several replicas without changing a handler.
 *
 * The policy every queue keeps (docs/operating.md):
 * - **Bounded.** At most `limit` jobs wait. A job added to a full queue is dropped, said in one log
 *   line; its work is found again later (the catalog's pending updates stay for the next catalog job;
 *   a scheduled reconcile re-reads what changed and scores every repository; a pull request is
 *   checked again on its next push or "Re-run").
 * - **Superseded.** Jobs with the same `coalesce` key do the same work on newer data: a new one
 *   takes the place of the one still waiting (a pull request's newest head; one catalog update per
 *   installation, which takes every pending change at once).
 * - **Retries wait outside the slots.** A failed job is queued again with a time before which it
 *   does not run; it keeps its place ahead of its group's later jobs.
 * - **Closing is bounded.** Queued jobs are dropped and counted; running ones get a grace period.
 */
export interface Job<T = unknown> {
  /** Which processor runs it. */
  name: string;
  /** De-duplication key: a job with an id seen recently is dropped (webhooks are redelivered). */
  id: string;
  data: T;
  /** Jobs of one group run one at a time, in order (e.g. one pull request's comment and check). */
  group?: string;
  /** Jobs with one key do the same work: a newer one replaces the one still waiting, in its place. */
  coalesce?: string;
}

export type Processor<T = unknown> = (job: Job<T>) => Promise<void>;

/** `dropped`: the queue was full (the job is not remembered, so a redelivery may run it). */
export type AddResult = 'queued' | 'superseded' | 'duplicate' | 'dropped';

export interface CloseResult {
  /** Queued jobs (retries included) that will not run. */
  dropped: number;
  /** Jobs still running when the grace period ended. */
  unfinished: number;
  /** The most jobs that waited at once, over the queue's life (retries included). */
  peak: number;
}

export interface JobQueue {
  /** `superseded`: the job took the place of a waiting one with its `coalesce` key. */
  add(job: Job): Promise<AddResult>;
  process(name: string, processor: Processor): void;
  /** Resolves when nothing is queued or running (tests). */
  drain(): Promise<void>;
  /** Stops taking jobs, drops the queued ones, and gives running ones `graceMs` to finish. */
  close(options?: { graceMs?: number }): Promise<CloseResult>;
}

export interface QueueEvents {
  failed?(job: Job, error: unknown, attempt: number, willRetry: boolean): void;
  completed?(job: Job, ms: number): void;
  /** A job refused because `waiting` jobs already wait (the limit). */
  dropped?(job: Job, waiting: number): void;
}
