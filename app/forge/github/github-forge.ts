/**
 * The forge port on GitHub: each verb in its own module, composed here around one Octokit (the
 * Callboard preset, authenticated as an installation or with a token).
 */
import type { Forge } from '../types.ts';
import type { CallboardOctokit } from './callboard-octokit.ts';
import { ensureCheckRun } from './check-runs.ts';
import { ensureComment } from './comments.ts';
import { commitSnapshots } from './commit-snapshots.ts';
import { commitFiles, DEFAULT_COMMIT_LIMITS, type CommitLimits } from './commit-files.ts';
import type { ForgeIdentity } from './identity.ts';
import { ensureIssue } from './issues.ts';
import { branchStates, deleteBranch, rewriteBranch } from './branches.ts';
import {
  addLabels,
  ensurePullRequest,
  listPullRequestFiles,
  requestTeamReview,
  updatePullRequest,
} from './pull-requests.ts';
import { DEFAULT_BATCHING, readFiles, type ReadBatching } from './read-files.ts';
import {
  closeIssue,
  configureRepository,
  createRepository,
  getIssue,
  readFolder,
  replaceContents,
} from './new-repositories.ts';
import { repositorySettings } from './repository-settings.ts';
import {
  canWrite,
  getRepositories,
  headCommit,
  listFiles,
  listRepositories,
  listTeams,
  repositoryTeams,
} from './repositories.ts';

export interface GithubForgeOptions {
  octokit: CallboardOctokit;
  identity: ForgeIdentity;
  batching?: Partial<ReadBatching>;
  /** How much one commit request may carry before a change set is staged (tests set it low). */
  commitLimits?: Partial<CommitLimits>;
}

export function createGithubForge({ octokit, identity, batching, commitLimits }: GithubForgeOptions): Forge {
  const reads = { ...DEFAULT_BATCHING, ...batching };
  const limits = { ...DEFAULT_COMMIT_LIMITS, ...commitLimits };
  return {
    listRepositories: () => listRepositories(octokit),
    getRepositories: (repositories) => getRepositories(octokit, repositories),
    headCommit: (repository, ref) => headCommit(octokit, repository, ref),
    listFiles: (repository, ref, folder) => listFiles(octokit, repository, ref, folder),
    readFiles: (requests) => readFiles(octokit, requests, reads),
    commitSnapshots: (requests) => commitSnapshots(octokit, requests, reads),
    commitFiles: (request) => commitFiles(octokit, request, limits),
    ensurePullRequest: (request) => ensurePullRequest(octokit, request),
    listPullRequestFiles: (repository, number) => listPullRequestFiles(octokit, repository, number),
    ensureCheckRun: (request) => ensureCheckRun(octokit, identity, request),
    ensureComment: (request) => ensureComment(octokit, identity, request),
    ensureIssue: (request) => ensureIssue(octokit, identity, request),
    listTeams: (org) => listTeams(octokit, org),
    repositorySettings: (repository, branch, parts) => repositorySettings(octokit, repository, branch, parts),
    canWrite: (repository, login) => canWrite(octokit, repository, login),
    branchStates: (repositories, branch) => branchStates(octokit, identity, repositories, branch, reads),
    createRepository: (request) => createRepository(octokit, request),
    replaceContents: (request) => replaceContents(octokit, request),
    configureRepository: (repository, settings) => configureRepository(octokit, repository, settings),
    readFolder: (repository, ref, folder) => readFolder(octokit, repository, ref, folder, reads),
    getIssue: (repository, number) => getIssue(octokit, repository, number),
    closeIssue: (repository, number) => closeIssue(octokit, repository, number),
    rewriteBranch: (request) => rewriteBranch(octokit, request),
    deleteBranch: (repository, branch, expectedHead) => deleteBranch(octokit, repository, branch, expectedHead),
    updatePullRequest: (repository, number, fields) => updatePullRequest(octokit, repository, number, fields),
    requestTeamReview: (repository, number, team) => requestTeamReview(octokit, repository, number, team),
    addLabels: (repository, number, labels) => addLabels(octokit, repository, number, labels),
    repositoryTeams: (repository) => repositoryTeams(octokit, repository),
  };
}
