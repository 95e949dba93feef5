/**
 * The forge port on GitHub: each verb in its own module, composed here around one Octokit (the
 * Callboard preset, authenticated as an installation or with a token).
 */
import type { Forge } from '../types.ts';
import type { CallboardOctokit } from './callboard-octokit.ts';
import { ensureCheckRun } from './check-runs.ts';
import { ensureComment } from './comments.ts';
import { commitFiles } from './commit-files.ts';
import type { ForgeIdentity } from './identity.ts';
import { ensureIssue } from './issues.ts';
import { ensurePullRequest, listPullRequestFiles } from './pull-requests.ts';
import { DEFAULT_BATCHING, readFiles, type ReadBatching } from './read-files.ts';
import { canWrite, listFiles, listRepositories, listTeams } from './repositories.ts';

export interface GithubForgeOptions {
  octokit: CallboardOctokit;
  identity: ForgeIdentity;
  batching?: Partial<ReadBatching>;
}

export function createGithubForge({ octokit, identity, batching }: GithubForgeOptions): Forge {
  const reads = { ...DEFAULT_BATCHING, ...batching };
  return {
    listRepositories: () => listRepositories(octokit),
    listFiles: (repository, ref) => listFiles(octokit, repository, ref),
    readFiles: (requests) => readFiles(octokit, requests, reads),
    commitFiles: (request) => commitFiles(octokit, request),
    ensurePullRequest: (request) => ensurePullRequest(octokit, request),
    listPullRequestFiles: (repository, number) => listPullRequestFiles(octokit, repository, number),
    ensureCheckRun: (request) => ensureCheckRun(octokit, identity, request),
    ensureComment: (request) => ensureComment(octokit, identity, request),
    ensureIssue: (request) => ensureIssue(octokit, identity, request),
    listTeams: (org) => listTeams(octokit, org),
    canWrite: (repository, login) => canWrite(octokit, repository, login),
  };
}
