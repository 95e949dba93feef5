import { describe, expect, it } from 'vitest';
import { byNaturalText } from '../../app/core/sort.ts';

describe('byNaturalText', () => {
  it('orders runs of digits as numbers, and the rest by code units, the same everywhere', () => {
    const names = [
      'acme/r100',
      'acme/r10',
      'acme/r2',
      'acme/r1',
      'acme/R3',
      'acme/r02',
      'acme/a',
      'acme/r1b',
      'acme/r',
    ];
    expect([...names].sort(byNaturalText)).toEqual([
      'acme/R3',
      'acme/a',
      'acme/r',
      'acme/r1',
      'acme/r1b',
      'acme/r02',
      'acme/r2',
      'acme/r10',
      'acme/r100',
    ]);
    expect(byNaturalText('v99999999999999999999', 'v100000000000000000000')).toBeLessThan(0);
  });
});
