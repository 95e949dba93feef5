/**
 * The server's command, read from the Dockerfile's CMD, so the end-to-end tests start what the
 * container image runs. `node` is this test run's Node (Node 24, as in the image).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.ts';

export function serverCommand(): { command: string; args: string[] } {
  const dockerfile = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');
  const cmd = /^CMD (\[.*\])$/m.exec(dockerfile);
  if (!cmd) throw new Error('Dockerfile: no CMD in exec form (CMD ["node", …])');
  const [program, ...args] = JSON.parse(cmd[1]!) as string[];
  if (program !== 'node') throw new Error(`Dockerfile: CMD runs ${program}, not node`);
  return { command: process.execPath, args: args.map((arg) => (arg.startsWith('app/') ? join(REPO_ROOT, arg) : arg)) };
}
