/**
 * Every double a test file starts, so that one setup file (test/support/double-violations.setup.ts)
 * checks them all: a violation is a request GitHub would refuse, or one the double cannot answer as
 * GitHub does, and it fails the test it happened in, whatever the test asserts itself. A test that
 * provokes violations on purpose (the double's own suite) takes them with `expectViolations`.
 */
import type { GithubDouble } from './types.ts';

/** How many of each double's violations have been looked at (by the setup file, or a test that expects them). */
const checked = new Map<GithubDouble, number>();

/** Registers a double for the setup file's check; the double is returned. */
export function checkedDouble<D extends GithubDouble>(double: D): D {
  checked.set(double, 0);
  return double;
}

/** The violations recorded since the last check, taken as expected: the setup file does not fail on them. */
export function expectViolations(double: GithubDouble): string[] {
  const fresh = double.violations.slice(checked.get(double) ?? 0);
  checked.set(double, double.violations.length);
  return fresh;
}

/** Each double's violations not yet looked at, marked as looked at. */
export function uncheckedViolations(): { url: string; violations: string[] }[] {
  return [...checked.keys()]
    .map((double) => ({ url: double.url, violations: expectViolations(double) }))
    .filter((d) => d.violations.length > 0);
}

/** Forgets the file's doubles (each test file starts its own). */
export function forgetDoubles() {
  checked.clear();
}
