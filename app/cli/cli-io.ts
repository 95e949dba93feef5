/** What a command needs from its process, passed in so commands run in tests without one. */
import { styleText } from 'node:util';
import type { ContentWork } from '../core/content-work.ts';
import { plainStyle, type TextStyle } from '../core/report/format-text.ts';
import { pooledWork } from '../workers/pooled-work.ts';
import { createUnitPool } from '../workers/unit-pool.ts';
import type { UnitName } from '../workers/units.ts';

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  out(text: string): void;
  err(text: string): void;
  /** Colours for stdout, or none when it is not a terminal (or NO_COLOR is set). */
  style: TextStyle;
  /** A one-line progress display on a terminal ('' clears it); absent when stderr is not a terminal. */
  progress?: (line: string) => void;
  /** Where repository content is checked and scored: a worker thread with time and memory budgets. */
  work: ContentWork;
  /** Starts that worker ahead of the work, loading the unit a command will run. */
  warmWork?: (unit: UnitName) => void;
}

export function nodeIo(): CliIo {
  const color = (format: Parameters<typeof styleText>[0]) => (s: string) =>
    styleText(format, s, { stream: process.stdout });
  const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
  const pool = createUnitPool({ size: 1 });
  return {
    cwd: process.cwd(),
    env: process.env,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    style: useColor
      ? { red: color('red'), yellow: color('yellow'), green: color('green'), dim: color('dim'), bold: color('bold') }
      : plainStyle,
    ...(process.stderr.isTTY ? { progress: (line: string) => void process.stderr.write(`\r\x1b[2K${line}`) } : {}),
    // One worker: a command's units run one after another. An idle worker does not keep the process alive.
    work: pooledWork(pool),
    warmWork: (unit) => pool.warm(unit),
  };
}
