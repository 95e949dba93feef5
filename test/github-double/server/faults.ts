/**
 * Fault injection: each fault applies to the next `count` matching requests, then is gone. The
 * first matching fault, in the order added, wins. `move-ref` is not a request fault: the branch
 * write handlers ask for it just before their compare-and-swap, so the swap fails as it would when
 * another writer pushed in between.
 */
import type { Fault, Faults, Match } from '../types.ts';

export interface RequestInfo {
  method: string;
  route?: string;
  graphql?: { mutation: boolean; rootFields: string[] };
}

export type RequestFault = Exclude<Fault, { kind: 'move-ref' }>;

interface Entry {
  fault: Fault;
  left: number;
}

export type FaultRegistry = ReturnType<typeof createFaults>;

function matches(match: Match | undefined, request: RequestInfo): boolean {
  if (!match) return true;
  if (match.method && match.method.toUpperCase() !== request.method.toUpperCase()) return false;
  if (match.graphql) {
    if (!request.graphql) return false;
    if ((request.graphql.mutation ? 'mutation' : 'query') !== match.graphql) return false;
  }
  if (match.route) {
    const hit = request.route === match.route || (request.graphql?.rootFields.includes(match.route) ?? false);
    if (!hit) return false;
  }
  return true;
}

export function createFaults(moveRef: (owner: string, repo: string, branch: string, nth: number) => void) {
  let entries: Entry[] = [];
  let moves = 0;
  const spend = (entry: Entry) => {
    entry.left -= 1;
    if (entry.left <= 0) entries = entries.filter((e) => e !== entry);
  };
  const api: Faults = {
    add(fault) {
      if (!Number.isInteger(fault.count) || fault.count < 1)
        throw new Error('github-double: a fault needs a positive integer count');
      const entry: Entry = { fault, left: fault.count };
      entries.push(entry);
      return { remaining: () => entry.left };
    },
    clear() {
      entries = [];
    },
  };
  return {
    api,
    /** The fault for this request, spent by one, if any. */
    take(request: RequestInfo): RequestFault | undefined {
      for (const entry of entries) {
        const { fault } = entry;
        if (fault.kind === 'move-ref' || !matches(fault.match, request)) continue;
        spend(entry);
        return fault;
      }
      return undefined;
    },
    /** Called by each branch write before its compare-and-swap: lets a concurrent writer in. */
    beforeBranchWrite(owner: string, repo: string, branch: string): void {
      for (const entry of entries) {
        const { fault } = entry;
        if (fault.kind !== 'move-ref') continue;
        if (
          fault.owner.toLowerCase() !== owner.toLowerCase() ||
          fault.repo.toLowerCase() !== repo.toLowerCase() ||
          fault.branch !== branch
        )
          continue;
        spend(entry);
        moveRef(owner, repo, branch, ++moves);
        return;
      }
    },
  };
}
