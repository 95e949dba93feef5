/**
 * `callboard <command>`: finds the command and hands it the rest of the arguments. Every way out
 * is one of the documented exit codes with one line on stderr: a user's mistake (a UsageError, or
 * the file system refusing a path) exits 2, a bug exits 3; `--debug`, anywhere, adds the stack.
 */
import { CALLBOARD_VERSION } from '../core/version.ts';
import { asUsageError } from '../forge/local/usage-error.ts';
import type { CliIo } from './cli-io.ts';
import { catalogCommand } from './catalog-command.ts';
import { doctorCommand } from './doctor-command.ts';
import { impactCommand } from './impact-command.ts';
import { migrateCommand } from './migrate-command.ts';
import { scaffoldCommand } from './scaffold-command.ts';
import { scoreCommand } from './score-command.ts';
import { templateCommand } from './template-command.ts';
import { validateCommand } from './validate-command.ts';

export const EXIT = { ok: 0, problems: 1, usage: 2, bug: 3 } as const;

interface Command {
  summary: string;
  /** How messages name the command, when its first argument is a subcommand (`catalog build`). */
  subcommands?: readonly string[];
  run(args: string[], io: CliIo): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  catalog: catalogCommand,
  impact: impactCommand,
  score: scoreCommand,
  migrate: migrateCommand,
  scaffold: scaffoldCommand,
  template: templateCommand,
  doctor: doctorCommand,
};

const usage = () =>
  [
    'Usage: callboard <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`),
    '',
    'Options for every command:',
    '  --debug          show the stack of an error',
    '  -v, --version    print the version',
    '',
    'Run "callboard <command> --help" for a command\'s options.',
    '',
  ].join('\n');

export async function main(argv: string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  const [name, ...args] = argv.filter((a) => a !== '--debug');
  if (name === '--version' || name === '-v') {
    io.out(`${CALLBOARD_VERSION}\n`);
    return EXIT.ok;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`callboard: unknown command "${name}"\n\n${usage()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    const mistake = asUsageError(error);
    const line = mistake
      ? mistake.message
      : `unexpected error: ${firstLine(error)}. This is a bug in Callboard: run the command again with --debug to see where, and report it.`;
    const named = command.subcommands?.includes(args[0] ?? '') ? `${name} ${args[0]}` : name;
    io.err(`callboard ${named}: ${line}\n`);
    if (debug) io.err(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return mistake ? EXIT.usage : EXIT.bug;
  }
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];
