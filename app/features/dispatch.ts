/**
 * One dispatcher per event: every feature that asked for an event gets it, all at once, whatever
 * the order the features are listed in. A feature whose handler fails does not stop the others;
 * the failures are thrown together, so Probot answers and logs as it does for its own handlers.
 */
import type { EventRoute } from './feature.ts';

export type Dispatch = (name: string, event: unknown) => Promise<void>;

export interface Dispatcher {
  /** Every event name some feature listens to (GitHub's `push`, `pull_request.opened`…, and Callboard's own). */
  names: string[];
  dispatch: Dispatch;
}

export function createDispatcher(routes: readonly EventRoute[]): Dispatcher {
  const byName = new Map<string, EventRoute['handle'][]>();
  for (const route of routes)
    for (const name of route.events) byName.set(name, [...(byName.get(name) ?? []), route.handle]);
  return {
    names: [...byName.keys()],
    async dispatch(name, event) {
      const handlers = byName.get(name) ?? [];
      const results = await Promise.allSettled(
        handlers.map((handle) => (handle as (e: unknown) => Promise<void>)(event)),
      );
      const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      if (errors.length === 1) throw errors[0];
      if (errors.length) throw new AggregateError(errors, `${errors.length} features failed on ${name}`);
    },
  };
}
