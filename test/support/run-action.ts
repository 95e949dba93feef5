/**
 * Runs a bundled action (dist/<name>/index.js) as the Actions runner does: inputs as INPUT_*
 * variables (names upper-cased, dashes kept), outputs and the job summary through the files named
 * by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. Asynchronous, so a GitHub double in the same process
 * can answer the action's requests.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODE, REPO_ROOT } from './paths.ts';

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export async function runAction(
  bundle: string,
  options: { workspace: string; inputs: Record<string, string>; env?: Record<string, string> },
): Promise<ActionRun> {
  const { workspace } = options;
  const output = join(workspace, `.output-${Math.random()}`);
  const summary = join(workspace, `.summary-${Math.random()}`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    // A clean environment: no GITHUB_* or INPUT_* leaking in from a CI runner.
    PATH: process.env.PATH ?? '',
    NO_COLOR: '1',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_SERVER_URL: 'https://github.com',
    ...options.env,
    ...Object.fromEntries(Object.entries(options.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const child = spawn(NODE, [join(REPO_ROOT, 'dist', bundle)], { cwd: workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(output, 'utf8')),
    summary: readFileSync(summary, 'utf8'),
  };
}

function parseOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const m of file.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return outputs;
}
