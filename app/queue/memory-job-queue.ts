/**
 * The in-process job queue, with the policy of job-queue.ts: bounded concurrency and a bounded
 * number of waiting jobs (a job added to a full queue is dropped and reported); jobs de-duplicated
 * by id for a while (GitHub redelivers; a redelivery keeps its delivery id); a newer job with a
 * waiting job's `coalesce` key takes its place; jobs of one group run in order; a failure is queued
 * again with a not-before time (exponential backoff), so a retry waits without holding a slot. A job
 * that finally failed is forgotten, so a manual "Redeliver" (same delivery id, sent to retry exactly
 * that) runs it again. State lives in the instance, nothing global.
 */
import type { Job, JobQueue, Processor, QueueEvents } from './job-queue.ts';

export interface MemoryQueueOptions {
  concurrency?: number;
  /** At most this many jobs wait; retries of running jobs go back in even beyond it. */
  limit?: number;
  attempts?: number;
  backoffMs?: number;
  /** How many recent job ids are remembered for de-duplication. */
  rememberIds?: number;
  events?: QueueEvents;
}

/** Waiting jobs by default: a few minutes of a busy organisation's events, a few hundred kB. */
export const DEFAULT_QUEUE_LIMIT = 1000;

interface Entry {
  job: Job;
  attempt: number;
  /** Epoch ms before which it does not start (a retry's backoff); 0 for at once. */
  notBefore: number;
}

export function createMemoryJobQueue(options: MemoryQueueOptions = {}): JobQueue {
  const {
    concurrency = 4,
    limit = DEFAULT_QUEUE_LIMIT,
    attempts = 3,
    backoffMs = 1000,
    rememberIds = 10_000,
    events = {},
  } = options;
  const processors = new Map<string, Processor>();
  const seen = new Set<string>();
  let waiting: Entry[] = [];
  /** The waiting entry of each coalesce key (a running job is no longer replaceable). */
  const waitingByKey = new Map<string, Entry>();
  const busyGroups = new Set<string>();
  let running = 0;
  let peak = 0;
  let closed = false;
  let wake: ReturnType<typeof setTimeout> | undefined;
  let idle: (() => void)[] = [];

  const remember = (id: string) => {
    seen.add(id);
    // A Set iterates in insertion order: the oldest id goes first.
    if (seen.size > rememberIds) seen.delete(seen.values().next().value!);
  };
  const settleIdle = () => {
    if (running > 0 || waiting.length > 0) return;
    idle.forEach((resolve) => resolve());
    idle = [];
  };
  const enqueue = (entry: Entry, atFront: boolean) => {
    if (atFront) waiting.unshift(entry);
    else waiting.push(entry);
    peak = Math.max(peak, waiting.length);
    if (entry.job.coalesce) waitingByKey.set(entry.job.coalesce, entry);
  };

  const run = async (entry: Entry) => {
    const { job, attempt } = entry;
    const started = Date.now();
    try {
      const processor = processors.get(job.name);
      if (!processor) throw new Error(`No processor for job "${job.name}"`);
      await processor(job);
      events.completed?.(job, Date.now() - started);
    } catch (error) {
      // A newer job with its key is waiting: it does this work on newer data, so no retry.
      const superseded = job.coalesce !== undefined && waitingByKey.has(job.coalesce);
      const willRetry = attempt < attempts && !closed && !superseded;
      events.failed?.(job, error, attempt, willRetry);
      if (willRetry)
        enqueue({ job, attempt: attempt + 1, notBefore: Date.now() + backoffMs * 2 ** (attempt - 1) }, true);
      else seen.delete(job.id);
    }
  };

  /**
   * Starts waiting jobs while there are free slots, in order. A job whose group is busy, or behind a
   * job of its group that is not due yet, waits its turn; the queue wakes when the first retry is due.
   */
  const pump = () => {
    if (closed) return;
    clearTimeout(wake);
    wake = undefined;
    const now = Date.now();
    const blocked = new Set(busyGroups);
    let nextDue = Infinity;
    for (let i = 0; i < waiting.length && running < concurrency;) {
      const entry = waiting[i]!;
      const { group } = entry.job;
      if (group && blocked.has(group)) {
        i++;
        continue;
      }
      if (entry.notBefore > now) {
        if (group) blocked.add(group);
        nextDue = Math.min(nextDue, entry.notBefore);
        i++;
        continue;
      }
      waiting.splice(i, 1);
      start(entry);
      if (group) blocked.add(group);
    }
    if (nextDue < Infinity && running < concurrency) wake = setTimeout(pump, nextDue - now);
  };

  const start = (entry: Entry) => {
    const { job } = entry;
    if (job.coalesce && waitingByKey.get(job.coalesce) === entry) waitingByKey.delete(job.coalesce);
    running++;
    if (job.group) busyGroups.add(job.group);
    void run(entry).finally(() => {
      running--;
      if (job.group) busyGroups.delete(job.group);
      pump();
      settleIdle();
    });
  };

  return {
    async add(job) {
      if (closed) throw new Error('The job queue is closed');
      if (seen.has(job.id)) return 'duplicate';
      const replaced = job.coalesce ? waitingByKey.get(job.coalesce) : undefined;
      if (replaced) {
        remember(job.id);
        Object.assign(replaced, { job, attempt: 1, notBefore: 0 });
        queueMicrotask(pump);
        return 'superseded';
      }
      if (waiting.length >= limit) {
        events.dropped?.(job as Job, waiting.length);
        return 'dropped';
      }
      remember(job.id);
      enqueue({ job: job as Job, attempt: 1, notBefore: 0 }, false);
      queueMicrotask(pump);
      return 'queued';
    },
    process(name, processor) {
      processors.set(name, processor as Processor);
    },
    drain() {
      if (running === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idle.push(resolve));
    },
    async close({ graceMs = 5000 } = {}) {
      closed = true;
      clearTimeout(wake);
      const dropped = waiting.length;
      waiting = [];
      waitingByKey.clear();
      settleIdle();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
      await Promise.race([this.drain(), grace]);
      clearTimeout(timer);
      return { dropped, unfinished: running, peak };
    },
  };
}
