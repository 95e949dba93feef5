import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { NODE, REPO_ROOT } from './paths.ts';

export interface BundleRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a committed bundle from dist/ with Node 24, as `npx callboard` or the Actions runner would. */
export function runBundle(
  bundle: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): BundleRun {
  const result = spawnSync(NODE, [join(REPO_ROOT, 'dist', bundle), ...args], {
    cwd: options.cwd,
    // A clean environment: no GITHUB_* or INPUT_* leaking in from a CI runner.
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
