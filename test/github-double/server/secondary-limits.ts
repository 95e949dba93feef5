/**
 * GitHub's secondary limits on content creation, enforced when a test asks for them: "no more than
 * 80 content-generating requests per minute and no more than 500 content-generating requests per
 * hour", counted per caller's bucket (an installation's tokens share one), over sliding windows on a
 * clock the test gives (a simulated one runs hours in seconds). A request over a limit is answered
 * as GitHub answers it: 403, the secondary-limit message and `retry-after`. What counts as content
 * creation is Callboard's own rule (app/forge/github/content-budget.ts), which the double shares so
 * the two cannot disagree about which requests count.
 */
import { isContentCreating } from '../../../app/forge/github/content-budget.ts';

export interface SecondaryLimitOptions {
  perMinute: number;
  perHour: number;
  clock: { now(): number };
}

const MINUTE = 60_000;
const HOUR = 3_600_000;

export interface SecondaryLimits {
  /** Seconds to wait when this request is over a limit (it is not counted); undefined when it may go (it is). */
  take(bucket: string, request: { method: string; path: string; mutation: boolean }): number | undefined;
  /** Requests refused so far. */
  hits(): number;
}

export function createSecondaryLimits(options: SecondaryLimitOptions): SecondaryLimits {
  const sent = new Map<string, number[]>();
  let refused = 0;
  return {
    take(bucket, request) {
      const creating = isContentCreating({
        method: request.method,
        url: request.path,
        ...(request.mutation ? { query: 'mutation' } : {}),
      });
      if (!creating) return undefined;
      const now = options.clock.now();
      const times = (sent.get(bucket) ?? []).filter((t) => t > now - HOUR);
      sent.set(bucket, times);
      const inMinute = times.filter((t) => t > now - MINUTE);
      const minuteWait =
        inMinute.length >= options.perMinute ? inMinute[inMinute.length - options.perMinute]! + MINUTE - now : 0;
      const hourWait = times.length >= options.perHour ? times[times.length - options.perHour]! + HOUR - now : 0;
      const wait = Math.max(minuteWait, hourWait);
      if (wait > 0) {
        refused++;
        return Math.ceil(wait / 1000);
      }
      times.push(now);
      return undefined;
    },
    hits: () => refused,
  };
}
