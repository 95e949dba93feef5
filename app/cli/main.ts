/** `callboard <command>`: finds the command and hands it the rest of the arguments. */
import type { CliIo } from './cli-io.ts';
import { catalogCommand } from './catalog-command.ts';
import { impactCommand } from './impact-command.ts';
import { scoreCommand } from './score-command.ts';
import { validateCommand } from './validate-command.ts';

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

interface Command {
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  catalog: catalogCommand,
  impact: impactCommand,
  score: scoreCommand,
};

const usage = () =>
  [
    'Usage: callboard <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`),
    '',
    'Run "callboard <command> --help" for a command\'s options.',
    '',
  ].join('\n');

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`callboard: unknown command "${name}"\n\n${usage()}`);
    return EXIT.usage;
  }
  return command.run(args, io);
}
