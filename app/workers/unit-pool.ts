/**
 * A bounded pool of worker threads for the work on repository content (the units of units.ts).
 * Each unit runs in a worker with a time budget and a memory limit. Time is counted while the
 * worker computes, not while it waits for the reads it asks of this thread: per item it says it has
 * started (a file, a check, with that item's budget) and for the whole unit. A worker over budget is
 * terminated and replaced, and the unit fails with OverBudget naming the item in hand, so the
 * caller can refuse that item and try again. This thread stays free the while: the app acknowledges
 * webhooks whatever a repository holds.
 *
 * Written on node:worker_threads rather than piscina or tinypool: both load a worker file of their
 * own from beside their module, which the single-file bundles of the CLI and the actions do not
 * have, and a unit here needs a two-way channel while it runs (its reads), which their task model
 * does not give.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { BUDGETS } from '../core/budgets.ts';
import { OverBudget } from './over-budget.ts';
import type { UnitName, Units } from './units.ts';
import type { FromWorker, ToWorker } from './unit-messages.ts';

type Ports = Record<string, (...args: never[]) => unknown>;

export interface UnitPoolOptions {
  /** Workers at most (default: the machine's cores, 1 to 4). */
  size?: number;
  /** The time budget of a whole unit, in ms. */
  unitMs?: number;
  /** At most this budget for any item, in ms, whatever the item asks for (a deployment's stricter limit). */
  itemMs?: number;
  /** The memory limit of a worker, in MB (V8's old generation). */
  memoryMb?: number;
  /** The worker's module (default: unit-worker beside this file, or beside the bundle). */
  workerUrl?: URL;
}

export interface UnitPool {
  run<K extends UnitName>(
    unit: K,
    input: Parameters<Units[K]>[0],
    ports: Parameters<Units[K]>[1],
  ): ReturnType<Units[K]>;
  /**
   * Starts a worker now, idle, if none is running, loading the code of the unit it will run, so its start-up overlaps
   * the caller's (a CLI command loading its own code); it does not keep the process alive.
   */
  warm(unit: UnitName): void;
  /** Terminates the workers; units still waiting fail. */
  close(): Promise<void>;
}

/**
 * The worker's file: beside this module when run from source; dist/unit-worker.js beside a bundle's folder
 * (dist/<entry>/index.js).
 */
const DEFAULT_WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('./unit-worker.ts', import.meta.url)
  : new URL('../unit-worker.js', import.meta.url);

interface Task {
  unit: string;
  input: unknown;
  ports: Ports;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export function createUnitPool(options: UnitPoolOptions = {}): UnitPool {
  const size = options.size ?? Math.max(1, Math.min(4, availableParallelism()));
  const budget = {
    unitMs: options.unitMs ?? BUDGETS.unitMs,
    itemMs: options.itemMs ?? Infinity,
    memoryMb: options.memoryMb ?? BUDGETS.workerMemoryMb,
  };
  const workerUrl = options.workerUrl ?? DEFAULT_WORKER_URL;
  const idle: Worker[] = [];
  const waiting: Task[] = [];
  let workers = 0;
  let closed = false;
  const busy = new Set<() => void>();

  const next = () => {
    while (waiting.length && (idle.length || workers < size)) {
      const task = waiting.shift()!;
      const worker = idle.pop() ?? spawn(task.unit as UnitName);
      const stop = runOn(worker, task, budget, (healthy) => {
        busy.delete(stop);
        if (healthy && !closed) {
          worker.unref();
          idle.push(worker);
        } else {
          workers--;
          void worker.terminate();
        }
        next();
      });
      busy.add(stop);
    }
  };
  const spawn = (preload?: UnitName) => {
    workers++;
    return new Worker(workerUrl, {
      resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb },
      ...(preload ? { workerData: { preload } } : {}),
    });
  };

  return {
    run(unit, input, ports) {
      if (closed) return Promise.reject(new Error('The unit pool is closed')) as never;
      return new Promise((resolve, reject) => {
        waiting.push({ unit, input, ports: ports as Ports, resolve, reject });
        next();
      }) as never;
    },
    warm(unit) {
      if (closed || workers > 0) return;
      const worker = spawn(unit);
      worker.unref();
      idle.push(worker);
    },
    async close() {
      closed = true;
      for (const task of waiting.splice(0)) task.reject(new Error('The unit pool closed before the work ran'));
      for (const stop of busy) stop();
      await Promise.all(idle.splice(0).map((w) => w.terminate()));
    },
  };
}

/**
 * Runs one task on a worker, keeping its time: `done(healthy)` is called once, with false when the
 * worker must be thrown away (it went over budget, crashed, or the pool closed). Returns a stop.
 */
function runOn(
  worker: Worker,
  task: Task,
  budget: { unitMs: number; itemMs: number; memoryMb: number },
  done: (healthy: boolean) => void,
): () => void {
  const clock = computeClock();
  let item: string | undefined;
  let itemMs = Infinity;
  let timer: NodeJS.Timeout | undefined;
  let finished = false;
  const post = (message: ToWorker) => finished || worker.postMessage(message);

  const finish = (healthy: boolean, outcome: { value: unknown } | { error: unknown }) => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    if ('value' in outcome) task.resolve(outcome.value);
    else task.reject(outcome.error);
    done(healthy);
  };
  /** Sets the alarm for the moment the item's or the unit's budget runs out, if the worker keeps computing. */
  const watch = () => {
    clearTimeout(timer);
    if (finished || !clock.computing()) return;
    const left = Math.min(itemMs - clock.item(), budget.unitMs - clock.unit());
    timer = setTimeout(check, Math.max(0, left) + 1);
  };
  const check = () => {
    if (clock.item() > itemMs) finish(false, { error: new OverBudget(item, 'item', 'time', itemMs) });
    else if (clock.unit() > budget.unitMs)
      finish(false, { error: new OverBudget(item, 'unit', 'time', budget.unitMs) });
    else watch();
  };
  const onMessage = (message: FromWorker) => {
    if (message.type === 'progress') {
      clock.nextItem();
      item = message.item;
      itemMs = Math.min(message.budgetMs, budget.itemMs);
      check();
    } else if (message.type === 'call') {
      clock.wait();
      watch();
      Promise.resolve()
        .then(() => task.ports[message.port]!(...(message.args as never[])))
        .then(
          (value) => post({ type: 'reply', call: message.call, value }),
          (error: unknown) =>
            post({ type: 'reply', call: message.call, error: error instanceof Error ? error.message : String(error) }),
        )
        .finally(() => {
          clock.resume();
          watch();
        });
    } else if (message.type === 'done') {
      finish(true, { value: message.value });
    } else {
      finish(true, { error: Object.assign(new Error(message.error.message), { stack: message.error.stack }) });
    }
  };
  const onError = (error: Error & { code?: string }) =>
    finish(false, {
      error:
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new OverBudget(item, 'item', 'memory', budget.memoryMb) : error,
    });
  const onExit = (code: number) =>
    finish(false, { error: new Error(`The worker stopped (exit code ${code}) during ${task.unit}`) });

  worker.ref();
  worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  worker.postMessage({
    type: 'task',
    unit: task.unit,
    input: task.input,
    ports: Object.keys(task.ports),
  } satisfies ToWorker);
  watch();
  return () => finish(false, { error: new Error('The unit pool closed while the work ran') });
}

/**
 * Compute time of a worker: the time that passes while it has no read outstanding, for the unit
 * and since its current item started.
 */
function computeClock() {
  let unitMs = 0;
  let itemMs = 0;
  let since: number | undefined = performance.now();
  let reads = 0;
  const settle = () => {
    if (since === undefined) return;
    const now = performance.now();
    unitMs += now - since;
    itemMs += now - since;
    since = now;
  };
  return {
    computing: () => reads === 0,
    unit: () => (settle(), unitMs),
    item: () => (settle(), itemMs),
    nextItem() {
      settle();
      itemMs = 0;
    },
    wait() {
      settle();
      if (reads++ === 0) since = undefined;
    },
    resume() {
      if (--reads === 0) since = performance.now();
    },
  };
}
