/**
 * A worker thread of the unit pool: runs the units it is given, one at a time, asking the calling
 * thread for reads through the task's ports and telling it which item it starts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FromWorker, ToWorker } from './unit-messages.ts';
import { preloadUnit, UNITS, type UnitName } from './units.ts';

// A worker warmed for a unit loads its code while the caller is still getting ready.
const preload = (workerData as { preload?: UnitName } | undefined)?.preload;
if (preload) void preloadUnit(preload).catch(() => {});

const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);
const calls = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
let lastCall = 0;

const ask = (name: string, args: unknown[]) =>
  new Promise<unknown>((resolve, reject) => {
    const call = ++lastCall;
    calls.set(call, { resolve, reject });
    send({ type: 'call', call, port: name, args });
  });

port.on('message', async (message: ToWorker) => {
  if (message.type === 'reply') {
    const pending = calls.get(message.call);
    calls.delete(message.call);
    if (message.error !== undefined) pending?.reject(new Error(message.error));
    else pending?.resolve(message.value);
    return;
  }
  const ports = Object.fromEntries(message.ports.map((name) => [name, (...args: unknown[]) => ask(name, args)]));
  try {
    const unit = UNITS[message.unit as UnitName] as (
      input: unknown,
      ports: unknown,
      progress: (item: string, budgetMs: number) => void,
    ) => Promise<unknown>;
    const value = await unit(message.input, ports, (item, budgetMs) => send({ type: 'progress', item, budgetMs }));
    send({ type: 'done', value });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    send({ type: 'failed', error: { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } });
  }
});
