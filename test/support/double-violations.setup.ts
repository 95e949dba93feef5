/**
 * Vitest setup (vitest.config.ts `setupFiles`): every GitHub double a test file started
 * (test/support/github.ts `startDouble`, test/github-double/fixture.ts `useDouble`) must have recorded
 * no violation. Checked after each test, so a violation fails the test during which it was recorded,
 * and once more after the file, for what the file's teardown (a server stopping) left.
 */
import { afterAll, afterEach, expect } from 'vitest';
import { forgetDoubles, uncheckedViolations } from '../github-double/checked-doubles.ts';

const MESSAGE =
  'the GitHub double recorded violations (requests GitHub would refuse, or that the double cannot answer as GitHub does; see test/github-double/README.md)';

afterEach(() => {
  expect(uncheckedViolations(), MESSAGE).toEqual([]);
});

afterAll(() => {
  const left = uncheckedViolations();
  forgetDoubles();
  expect(left, `after the last test: ${MESSAGE}`).toEqual([]);
});
