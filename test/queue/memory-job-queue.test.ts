import { describe, expect, it } from 'vitest';
import type { Job, JobQueue, Processor } from '../../app/queue/job-queue.ts';
import { createMemoryJobQueue } from '../../app/queue/memory-job-queue.ts';

/** The queue carries any data; these tests know what they put in (the app's typed face is job-kinds.ts). */
const processAs = <T>(queue: JobQueue, name: string, processor: (job: Job<T>) => Promise<void>) =>
  queue.process(name, processor as Processor);

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createMemoryJobQueue', () => {
  it('runs jobs with bounded concurrency', async () => {
    const queue = createMemoryJobQueue({ concurrency: 3 });
    let running = 0;
    let most = 0;
    queue.process('work', async () => {
      running++;
      most = Math.max(most, running);
      await tick(10);
      running--;
    });
    for (let i = 0; i < 12; i++) await queue.add({ name: 'work', id: `d${i}`, data: i });
    await queue.drain();
    expect(most).toBe(3);
  });

  it('drops a job whose id it has seen (a redelivered webhook)', async () => {
    const queue = createMemoryJobQueue();
    const ran: number[] = [];
    processAs<number>(queue, 'work', async (job) => void ran.push(job.data));
    expect(await queue.add({ name: 'work', id: 'delivery-1', data: 1 })).toBe('queued');
    expect(await queue.add({ name: 'work', id: 'delivery-1', data: 2 })).toBe('duplicate');
    await queue.drain();
    expect(ran).toEqual([1]);
  });

  it('forgets the oldest ids beyond its memory', async () => {
    const queue = createMemoryJobQueue({ rememberIds: 2 });
    queue.process('work', async () => {});
    for (const id of ['a', 'b', 'c']) await queue.add({ name: 'work', id, data: null });
    expect(await queue.add({ name: 'work', id: 'a', data: null })).toBe('queued');
    expect(await queue.add({ name: 'work', id: 'c', data: null })).toBe('duplicate');
    await queue.drain();
  });

  it('runs one group in order, one at a time, while other groups go ahead', async () => {
    const queue = createMemoryJobQueue({ concurrency: 4 });
    const log: string[] = [];
    processAs<string>(queue, 'work', async (job) => {
      log.push(`start ${job.data}`);
      await tick(job.data.startsWith('pr1') ? 15 : 1);
      log.push(`end ${job.data}`);
    });
    await queue.add({ name: 'work', id: '1', data: 'pr1-a', group: 'pr1' });
    await queue.add({ name: 'work', id: '2', data: 'pr1-b', group: 'pr1' });
    await queue.add({ name: 'work', id: '3', data: 'pr2-a', group: 'pr2' });
    await queue.drain();
    expect(log.indexOf('end pr1-a')).toBeLessThan(log.indexOf('start pr1-b'));
    expect(log.indexOf('end pr2-a')).toBeLessThan(log.indexOf('end pr1-a'));
  });

  it('retries a failing job with backoff, then reports it, and keeps going', async () => {
    const failures: [string, number, boolean][] = [];
    const queue = createMemoryJobQueue({
      attempts: 3,
      backoffMs: 2,
      events: { failed: (job, _e, attempt, retry) => void failures.push([job.id, attempt, retry]) },
    });
    let calls = 0;
    queue.process('flaky', async () => {
      calls++;
      throw new Error('boom');
    });
    queue.process('fine', async () => {});
    await queue.add({ name: 'flaky', id: 'x', data: null });
    await queue.add({ name: 'fine', id: 'y', data: null });
    await queue.drain();
    expect(calls).toBe(3);
    expect(failures).toEqual([
      ['x', 1, true],
      ['x', 2, true],
      ['x', 3, false],
    ]);
  });

  it('runs a failed job again when it is redelivered with the same id (GitHub\'s "Redeliver")', async () => {
    const queue = createMemoryJobQueue({ attempts: 1 });
    let calls = 0;
    queue.process('work', async () => {
      if (++calls === 1) throw new Error('GitHub was down');
    });
    await queue.add({ name: 'work', id: 'delivery-9', data: null });
    await queue.drain();
    expect(await queue.add({ name: 'work', id: 'delivery-9', data: null })).toBe('queued');
    await queue.drain();
    expect(calls).toBe(2);
    expect(await queue.add({ name: 'work', id: 'delivery-9', data: null })).toBe('duplicate');
  });

  it('reports a job nobody processes instead of throwing', async () => {
    const failed: string[] = [];
    const queue = createMemoryJobQueue({ attempts: 1, events: { failed: (_job, e) => void failed.push(String(e)) } });
    await queue.add({ name: 'unknown', id: 'z', data: null });
    await queue.drain();
    expect(failed).toEqual(['Error: No processor for job "unknown"']);
  });

  it('on close, finishes the running job without retrying it and counts the queued ones it drops', async () => {
    const failed: string[] = [];
    const queue = createMemoryJobQueue({
      concurrency: 1,
      attempts: 3,
      backoffMs: 1,
      events: { failed: (job, e, _a, retry) => void failed.push(`${job.id} ${String(e)} ${retry}`) },
    });
    queue.process('slow', async () => {
      await tick(20);
      throw new Error('boom');
    });
    await queue.add({ name: 'slow', id: 'running', data: null });
    await queue.add({ name: 'slow', id: 'queued', data: null });
    await queue.add({ name: 'slow', id: 'queued too', data: null });
    await tick(1);
    expect(await queue.close()).toEqual({ dropped: 2, unfinished: 0, peak: 2 });
    expect(failed).toEqual(['running Error: boom false']);
    await expect(queue.add({ name: 'slow', id: 'late', data: null })).rejects.toThrow(/closed/);
  });

  it('on close, gives a job that never ends its grace period and no more', async () => {
    const queue = createMemoryJobQueue({ concurrency: 2 });
    queue.process('stuck', () => new Promise<void>(() => {}));
    for (const id of ['a', 'b', 'c']) await queue.add({ name: 'stuck', id, data: null });
    await tick(1);
    expect(await queue.close({ graceMs: 30 })).toEqual({ dropped: 1, unfinished: 2, peak: 1 });
  });
});

describe('createMemoryJobQueue under load', () => {
  /** A queue with one slot held by a job that runs until `release()`. */
  async function heldQueue(options: Parameters<typeof createMemoryJobQueue>[0] = {}) {
    const queue = createMemoryJobQueue({ concurrency: 1, ...options });
    const ran: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    processAs<string>(queue, 'work', async (job) => {
      ran.push(job.data);
      if (job.data === 'holder') await held;
    });
    await queue.add({ name: 'work', id: 'holder', data: 'holder' });
    return { queue, ran, release };
  }

  it('lets at most `limit` jobs wait and drops what comes beyond, saying how many wait; a dropped job may come again', async () => {
    const dropped: string[] = [];
    const { queue, ran, release } = await heldQueue({
      limit: 3,
      events: { dropped: (job, waiting) => void dropped.push(`${job.id} ${waiting}`) },
    });
    const results = [];
    for (let i = 1; i <= 6; i++) results.push(await queue.add({ name: 'work', id: `j${i}`, data: `j${i}` }));
    expect(results).toEqual(['queued', 'queued', 'queued', 'dropped', 'dropped', 'dropped']);
    expect(dropped).toEqual(['j4 3', 'j5 3', 'j6 3']);
    release();
    await queue.drain();
    expect(ran).toEqual(['holder', 'j1', 'j2', 'j3']);
    expect(await queue.add({ name: 'work', id: 'j4', data: 'j4 again' })).toBe('queued');
    await queue.drain();
    expect(ran.at(-1)).toBe('j4 again');
    // The most that ever waited at once is the limit, whatever was offered.
    expect((await queue.close()).peak).toBe(3);
  });

  it('replaces a waiting job by a newer one with its coalesce key, in its place, and remembers both ids', async () => {
    const { queue, ran, release } = await heldQueue({ limit: 2 });
    expect(await queue.add({ name: 'work', id: 'pr-head-1', data: 'head 1', coalesce: 'pr#1' })).toBe('queued');
    expect(await queue.add({ name: 'work', id: 'other', data: 'other' })).toBe('queued');
    // The queue is full, but a newer head takes the older one's place.
    for (let head = 2; head <= 50; head++)
      expect(await queue.add({ name: 'work', id: `pr-head-${head}`, data: `head ${head}`, coalesce: 'pr#1' })).toBe(
        'superseded',
      );
    expect(await queue.add({ name: 'work', id: 'pr-head-1', data: 'head 1 redelivered', coalesce: 'pr#1' })).toBe(
      'duplicate',
    );
    release();
    await queue.drain();
    expect(ran).toEqual(['holder', 'head 50', 'other']);
  });

  it('does not replace a running job: the newer one runs after it', async () => {
    const { queue, ran, release } = await heldQueue();
    await queue.add({ name: 'work', id: 'again', data: 'holder again', coalesce: 'holder' });
    release();
    await queue.drain();
    expect(ran).toEqual(['holder', 'holder again']);
  });

  it('waits for a retry without holding a slot: other work runs meanwhile, and the retry keeps its place in its group', async () => {
    const started: string[] = [];
    const queue = createMemoryJobQueue({ concurrency: 1, attempts: 2, backoffMs: 300 });
    let failures = 0;
    processAs<string>(queue, 'work', async (job) => {
      started.push(job.data);
      if (job.data === 'flaky' && failures++ === 0) throw new Error('GitHub is down');
    });
    await queue.add({ name: 'work', id: '1', data: 'flaky', group: 'pr#1' });
    await queue.add({ name: 'work', id: '2', data: 'after flaky in its group', group: 'pr#1' });
    await queue.add({ name: 'work', id: '3', data: 'another group', group: 'pr#2' });
    await queue.add({ name: 'work', id: '4', data: 'no group' });
    await queue.drain();
    expect(started).toEqual(['flaky', 'another group', 'no group', 'flaky', 'after flaky in its group']);
  });

  it('does not retry a job a newer one with its key replaces, waiting or arriving while it runs', async () => {
    const started: string[] = [];
    // The backoff outlasts the test: a retry that ran would hang it.
    const queue = createMemoryJobQueue({ concurrency: 1, attempts: 3, backoffMs: 60_000 });
    let arrive: (() => Promise<unknown>) | undefined;
    processAs<string>(queue, 'work', async (job) => {
      started.push(job.data);
      if (job.data.startsWith('old')) {
        await arrive?.();
        throw new Error('GitHub is down');
      }
    });
    // A newer head arrives while the old one runs: the old one is not retried.
    arrive = () => queue.add({ name: 'work', id: 'new-1', data: 'new 1', coalesce: 'pr#1' });
    await queue.add({ name: 'work', id: 'old-1', data: 'old 1', coalesce: 'pr#1' });
    await queue.drain();
    expect(started).toEqual(['old 1', 'new 1']);
    // A newer head arrives while the old one waits for its retry: it takes the retry's place.
    arrive = undefined;
    await queue.add({ name: 'work', id: 'old-2', data: 'old 2', coalesce: 'pr#2' });
    await tick(5);
    expect(await queue.add({ name: 'work', id: 'new-2', data: 'new 2', coalesce: 'pr#2' })).toBe('superseded');
    await queue.drain();
    expect(started.slice(2)).toEqual(['old 2', 'new 2']);
  });
});
