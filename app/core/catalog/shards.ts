/**
 * A large catalog's machine files are split into shards of a few hundred entities, so a change
 * rewrites a few small files instead of one huge one: GitHub refuses files over 100 MB, warns past
 * 50 MB, and a commit that resends tens of megabytes for a one-line change is waste. The shard of a
 * key (an entity's ref, a problem's repository) is the first `digits` hex digits of its SHA-256:
 * stable, evenly spread, and computable by any reader.
 */
import { hash } from 'node:crypto';

/** Shards hold about this many entities at most before the catalog grows to more shards. */
export const SHARD_CAPACITY = 512;

/** The fewest hex digits (at least one: 16 shards) that keep shards within capacity for `count` entities. */
export function shardDigits(count: number): number {
  let digits = 1;
  while (count > SHARD_CAPACITY * 16 ** digits) digits++;
  return digits;
}

export const shardOf = (key: string, digits: number): string => hash('sha256', key, 'hex').slice(0, digits);
