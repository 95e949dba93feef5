/**
 * Callboard's version, from its package: what a snapshot was read by (a new version reads every repository again once).
 */
import pkg from '../../package.json' with { type: 'json' };

export const CALLBOARD_VERSION: string = pkg.version;
