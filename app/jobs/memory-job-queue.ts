/**
 * The in-process job queue: bounded concurrency, jobs de-duplicated by id for a while (GitHub
 * redelivers; a redelivery keeps its delivery id), jobs of one group run in order, failures retried
 * with exponential backoff before they are reported. A job that finally failed is forgotten, so a
 * manual "Redeliver" (same delivery id, sent to retry exactly that) runs it again. State lives in
 * the instance, nothing global.
 */
import type { Job, JobQueue, Processor, QueueEvents } from './job-queue.ts';

export interface MemoryQueueOptions {
  concurrency?: number;
  attempts?: number;
  backoffMs?: number;
  /** How many recent job ids are remembered for de-duplication. */
  rememberIds?: number;
  events?: QueueEvents;
}

export function createMemoryJobQueue(options: MemoryQueueOptions = {}): JobQueue {
  const { concurrency = 4, attempts = 3, backoffMs = 1000, rememberIds = 10_000, events = {} } = options;
  const processors = new Map<string, Processor>();
  const seen = new Set<string>();
  const waiting: Job[] = [];
  const busyGroups = new Set<string>();
  let running = 0;
  let closed = false;
  let idle: (() => void)[] = [];

  const remember = (id: string) => {
    seen.add(id);
    // A Set iterates in insertion order: the oldest id goes first.
    if (seen.size > rememberIds) seen.delete(seen.values().next().value!);
  };

  const runJob = async (job: Job) => {
    const processor = processors.get(job.name);
    if (!processor) throw new Error(`No processor for job "${job.name}"`);
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        await processor(job);
        events.completed?.(job, Date.now() - started);
        return;
      } catch (error) {
        const willRetry = attempt < attempts && !closed;
        events.failed?.(job, error, attempt, willRetry);
        if (!willRetry) {
          seen.delete(job.id);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** (attempt - 1)));
      }
    }
  };

  /** Starts waiting jobs while there are free slots; a job whose group is busy waits its turn. */
  const pump = () => {
    for (let i = 0; i < waiting.length && running < concurrency; ) {
      const job = waiting[i]!;
      if (job.group && busyGroups.has(job.group)) {
        i++;
        continue;
      }
      waiting.splice(i, 1);
      running++;
      if (job.group) busyGroups.add(job.group);
      void runJob(job)
        .catch((error) => events.failed?.(job, error, attempts, false))
        .finally(() => {
          running--;
          if (job.group) busyGroups.delete(job.group);
          pump();
          if (running === 0 && waiting.length === 0) {
            idle.forEach((resolve) => resolve());
            idle = [];
          }
        });
    }
  };

  return {
    async add(job) {
      if (closed) throw new Error('The job queue is closed');
      if (seen.has(job.id)) return 'duplicate';
      remember(job.id);
      waiting.push(job as Job);
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
    /** Finishes the jobs in hand (without retrying them); queued jobs are dropped and reported. */
    async close() {
      closed = true;
      for (const job of waiting.splice(0)) events.failed?.(job, new Error('The queue closed before the job ran'), 0, false);
      await this.drain();
    },
  };
}
