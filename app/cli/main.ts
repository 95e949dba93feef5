/**
 * `callboard <command>`: finds the command and hands it the rest of the arguments. Every way out
 * is one of the documented exit codes with one line on stderr: a user's mistake (a UsageError, or
 * the file system refusing a path) exits 2, a bug exits 3; `--debug`, anywhere, adds the stack.
 */
import { CALLBOARD_VERSION } from '../core/version.ts';
import { asUsageError } from '../forge/local/usage-error.ts';
import type { UnitName } from '../workers/units.ts';
import type { CliIo } from './cli-io.ts';

export const EXIT = { ok: 0, problems: 1, usage: 2, bug: 3 } as const;

interface Command {
  summary: string;
  /** How messages name the command, when its first argument is a subcommand (`catalog build`). */
  subcommands?: readonly string[];
  /** The unit it runs on repository content in the worker, whose start-up can then overlap the command's own. */
  unit?: UnitName;
  /**
   * The command's code, loaded only when it runs: `--help` and every other command never pay for it (a CLI run per
   * repository in CI pays its start-up each time; bench/cli-startup.ts).
   */
  load(): Promise<{ run(args: string[], io: CliIo): Promise<number> }>;
}

const COMMANDS: Record<string, Command> = {
  validate: {
    summary: 'check catalog-info.yaml files the way Backstage does, with clearer errors',
    unit: 'check-descriptors',
    load: async () => (await import('./validate-command.ts')).validateCommand,
  },
  catalog: {
    summary: 'build the catalog of a folder of repositories, as the app would commit it',
    subcommands: ['build'],
    unit: 'check-descriptors',
    load: async () => (await import('./catalog-command.ts')).catalogCommand,
  },
  impact: {
    summary: 'what a change to a repository touches: owners, dependents, descriptor changes',
    unit: 'check-descriptors',
    load: async () => (await import('./impact-command.ts')).impactCommand,
  },
  score: {
    summary: 'score a repository on the scorecards: levels, checks, evidence, what to fix next',
    unit: 'score-subjects',
    load: async () => (await import('./score-command.ts')).scoreCommand,
  },
  migrate: {
    summary: 'plan or apply a migration spec over a folder of checkouts: diffs, branches, commits',
    subcommands: ['plan', 'apply'],
    unit: 'plan-migration',
    load: async () => (await import('./migrate-command.ts')).migrateCommand,
  },
  scaffold: {
    summary: 'render a Backstage template locally: the files a new repository would get',
    unit: 'scaffold',
    load: async () => (await import('./scaffold-command.ts')).scaffoldCommand,
  },
  template: {
    summary: 'what a template update would change in a repository made from it (template diff)',
    subcommands: ['diff'],
    unit: 'plan-template-update',
    load: async () => (await import('./template-command.ts')).templateCommand,
  },
  doctor: {
    summary: "check that the app's id, key, installations, permissions and catalog repository work",
    load: async () => (await import('./doctor-command.ts')).doctorCommand,
  },
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
    if (command.unit && !args.includes('--help') && !args.includes('-h')) io.warmWork?.(command.unit);
    return await (await command.load()).run(args, io);
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
