/**
 * What an action needs from the runner, passed in so an action's `run(io)` is tested without one;
 * `runnerIo()` is the real runner's: inputs, outputs, job summary and failure through @actions/core,
 * the workflow's context and GitHub clients through @actions/github, as users' other actions get
 * them (GitHub Enterprise Server's API address, the runner's proxy, the event's payload).
 */
import * as core from '@actions/core';
import { context, getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { ContentWork } from '../../app/core/content-work.ts';
import type { CallboardOctokit } from '../../app/forge/github/callboard-octokit.ts';
import { CALLBOARD_PLUGINS, callboardOptions } from '../../app/forge/github/octokit-policy.ts';
import { pooledWork } from '../../app/workers/pooled-work.ts';
import { createUnitPool } from '../../app/workers/unit-pool.ts';

/** The workflow run's context, as @actions/github reads it from the runner's environment. */
export type ActionContext = typeof context;

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
  context: ActionContext;
  /** A client for the token, with Callboard's retry, rate-limit and write-pacing policy (as the app's). */
  octokit(token: string): CallboardOctokit;
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
    context,
    octokit: (token) =>
      // The runner's proxy and API address come in @actions/github's request defaults; Callboard's options wrap them.
      getOctokit(
        token,
        callboardOptions({ request: defaults.request }),
        throttling,
        retry,
        ...CALLBOARD_PLUGINS,
      ) as unknown as CallboardOctokit,
  };
}

/** `owner/repo` of the workflow's repository, when the runner says. */
export function workflowRepository(context: ActionContext): { owner: string; repo: string } | undefined {
  try {
    return context.repo;
  } catch {
    // context.repo throws without GITHUB_REPOSITORY or a repository in the payload.
    return undefined;
  }
}
