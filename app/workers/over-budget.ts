/** Work that went over its time or memory budget, and the item (a file, a check) that was in hand. */
export class OverBudget extends Error {
  /** What the unit said it had started last; undefined before it said anything. */
  readonly item: string | undefined;
  /** The item's own budget was spent, or the whole unit's. */
  readonly scope: 'item' | 'unit';
  readonly resource: 'time' | 'memory';
  /** The budget spent: milliseconds or megabytes. */
  readonly limit: number;

  constructor(item: string | undefined, scope: 'item' | 'unit', resource: 'time' | 'memory', limit: number) {
    super(
      `${scope === 'item' && item ? item : 'the work'} went over its ${resource} budget (${limit} ${resource === 'time' ? 'ms' : 'MB'})`,
    );
    this.name = 'OverBudget';
    this.item = item;
    this.scope = scope;
    this.resource = resource;
    this.limit = limit;
  }
}
