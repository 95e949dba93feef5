/**
 * The job interface between webhook handlers (which must answer GitHub within 10 s) and the work
 * they trigger. Shaped like BullMQ (a named job with an id and JSON data, processors registered by
 * name, attempts with backoff), so a Redis-backed queue can replace the in-memory one across
 * several replicas without changing a handler.
 */
export interface Job<T = unknown> {
  /** Which processor runs it. */
  name: string;
  /** De-duplication key: a job with an id seen recently is dropped (webhooks are redelivered). */
  id: string;
  data: T;
  /** Jobs of one group run one at a time, in order (e.g. one pull request's comment and check). */
  group?: string;
}

export type Processor<T = unknown> = (job: Job<T>) => Promise<void>;

export interface JobQueue {
  add<T>(job: Job<T>): Promise<'queued' | 'duplicate'>;
  process<T>(name: string, processor: Processor<T>): void;
  /** Resolves when nothing is queued or running (tests, graceful shutdown). */
  drain(): Promise<void>;
  /** Stops taking jobs and finishes those running; what is lost is found again by the next reconcile. */
  close(): Promise<void>;
}

export interface QueueEvents {
  failed?(job: Job, error: unknown, attempt: number, willRetry: boolean): void;
  completed?(job: Job, ms: number): void;
}
