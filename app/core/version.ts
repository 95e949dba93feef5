/**
 * Callboard's version: what a snapshot was read by (a new version reads every repository again
 * once) and what `callboard --version` says. Written here, not imported from package.json, so the
 * core imports nothing outside itself; test/architecture.test.ts holds the two equal.
 */
export const CALLBOARD_VERSION = '0.3.0';
