import { describe, expect, it } from 'vitest';
import { createMemoryJobQueue } from '../../app/jobs/memory-job-queue.ts';

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
    queue.process<number>('work', async (job) => void ran.push(job.data));
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
    queue.process<string>('work', async (job) => {
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
    const queue = createMemoryJobQueue({ attempts: 3, backoffMs: 2, events: { failed: (job, _e, attempt, retry) => void failures.push([job.id, attempt, retry]) } });
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
    expect(failures).toEqual([['x', 1, true], ['x', 2, true], ['x', 3, false]]);
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

  it('on close, finishes the running job without retrying it and drops the queued ones, saying so', async () => {
    const failed: string[] = [];
    const queue = createMemoryJobQueue({ concurrency: 1, attempts: 3, backoffMs: 1, events: { failed: (job, e, _a, retry) => void failed.push(`${job.id} ${String(e)} ${retry}`) } });
    queue.process('slow', async () => {
      await tick(20);
      throw new Error('boom');
    });
    await queue.add({ name: 'slow', id: 'running', data: null });
    await queue.add({ name: 'slow', id: 'queued', data: null });
    await tick(1);
    await queue.close();
    expect(failed).toEqual(['queued Error: The queue closed before the job ran false', 'running Error: boom false']);
    await expect(queue.add({ name: 'slow', id: 'late', data: null })).rejects.toThrow(/closed/);
  });
});
