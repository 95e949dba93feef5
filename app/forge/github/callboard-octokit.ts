/**
 * Callboard's Octokit preset for the app, built once: Probot's Octokit (throttling, retry, pagination,
 * REST methods, the app's authentication) with Callboard's plugins and policy (octokit-policy.ts).
 */
import { ProbotOctokit } from 'probot';
import { CALLBOARD_PLUGINS, callboardOptions } from './octokit-policy.ts';

export const CallboardOctokit = ProbotOctokit.plugin(...CALLBOARD_PLUGINS).defaults(callboardOptions);

export type CallboardOctokit = InstanceType<typeof CallboardOctokit>;
