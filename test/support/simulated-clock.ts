/**
 * A clock where time passes only when someone waits: `sleep(ms)` moves the clock to the waiter's
 * wake time, waking waiters in that order, one per turn of the event loop. Callboard's content budget
 * (app/forge/github/content-budget.ts, whose `Clock` this implements) and the GitHub double's
 * secondary limits share one, so hours of GitHub's pacing run in seconds, and what the budget waits
 * is exactly what a real clock would show.
 */
import type { Clock } from '../../app/forge/github/content-budget.ts';

export class SimulatedClock implements Clock {
  private current: number;
  private readonly sleepers: { wake: number; order: number; resolve: () => void }[] = [];
  private order = 0;
  private scheduled = false;

  constructor(start = Date.UTC(2026, 0, 1)) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.sleepers.push({ wake: this.current + Math.max(0, ms), order: this.order++, resolve });
      this.schedule();
    });
  }

  /** Wakes the earliest sleeper on the next turn, moving the clock to its wake time. */
  private schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.sleepers.sort((a, b) => a.wake - b.wake || a.order - b.order);
      const next = this.sleepers.shift();
      if (!next) return;
      this.current = Math.max(this.current, next.wake);
      next.resolve();
      if (this.sleepers.length) this.schedule();
    });
  }
}
