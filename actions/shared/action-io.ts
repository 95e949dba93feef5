/**
 * What an action needs from the runner, passed in so an action's `run(io)` is tested without one;
 * `runnerIo()` is the real runner's, through @actions/core (inputs, outputs, job summary, failure).
 */
import * as core from '@actions/core';
import type { ContentWork } from '../../app/core/content-work.ts';
import { pooledWork } from '../../app/workers/pooled-work.ts';
import { createUnitPool } from '../../app/workers/unit-pool.ts';

export interface ActionIO {
  env: Record<string, string | undefined>;
  getInput(name: string): string;
  setOutput(name: string, value: string | number): void;
  /** Writes to the job log; workflow commands written here become annotations. */
  log(text: string): void;
  writeSummary(markdown: string): Promise<void>;
  setFailed(message: string): void;
  /**
   * Where repository content is checked: a worker thread with time and memory budgets (a fork's pull request is hostile
   * input).
   */
  work: ContentWork;
}

export function runnerIo(): ActionIO {
  return {
    env: process.env,
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    log: (text) => void process.stdout.write(text),
    writeSummary: async (markdown) => void (await core.summary.addRaw(markdown, true).write()),
    setFailed: (message) => core.setFailed(message),
    work: pooledWork(createUnitPool({ size: 1 })),
  };
}
