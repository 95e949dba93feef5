import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDuration } from '../src/index.js';

test('reads durations with one or several units', () => {
  assert.equal(parseDuration('90s'), 90_000);
  assert.equal(parseDuration('1h30m'), 5_400_000);
  assert.equal(parseDuration('2d'), 172_800_000);
  assert.equal(parseDuration('250ms'), 250);
});

test('says what a duration must look like', () => {
  assert.throws(() => parseDuration('soon'), /not a duration/);
  assert.throws(() => parseDuration(''), /needs at least one/);
});
