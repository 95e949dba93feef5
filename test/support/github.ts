/**
 * The GitHub side of tests: a GitHub App identity, the double started with it, and Callboard's own
 * Octokit preset authenticated as an installation against the double (the app's JWT buys the token,
 * as in production). Pacing and back-off are scaled down (milliseconds where GitHub says seconds),
 * never switched off, so the code paths are the production ones.
 */
import { generateKeyPairSync } from 'node:crypto';
import Bottleneck from 'bottleneck';
import { CallboardOctokit } from '../../app/forge/github/callboard-octokit.ts';
import type { ResponseCache } from '../../app/forge/github/conditional-requests.ts';
import { createGithubForge } from '../../app/forge/github/github-forge.ts';
import type { CommitLimits } from '../../app/forge/github/commit-files.ts';
import type { ReadBatching } from '../../app/forge/github/read-files.ts';
import type { Forge } from '../../app/forge/types.ts';
import { appManifest } from '../../app/config/app-config.ts';
import { checkedDouble } from '../github-double/checked-doubles.ts';
import type { WorkflowPermission } from '../github-double/types.ts';
import { startGithubDouble, type GithubDouble } from '../github-double/index.ts';

export const APP = {
  id: 4242,
  slug: 'callboard',
  privateKey: generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  }).privateKey,
};

/**
 * The double, with the app registered as app.yml asks (so the server's readiness finds it ready); its violations
 * fail the test that made them (test/support/double-violations.setup.ts).
 */
export const startDouble = async (options: { treeEntryLimit?: number } = {}): Promise<GithubDouble> => {
  const { permissions, events } = appManifest();
  return checkedDouble(
    await startGithubDouble({
      appId: APP.id,
      privateKey: APP.privateKey,
      appSlug: APP.slug,
      appPermissions: permissions as Record<string, WorkflowPermission>,
      appEvents: events,
      ...options,
    }),
  );
};

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

export function installationOctokit(
  double: GithubDouble,
  installationId: number,
  responses?: ResponseCache,
): CallboardOctokit {
  return new CallboardOctokit({
    ...(responses ? { conditionalRequests: { cache: responses } } : {}),
    baseUrl: `${double.url}/api/v3`,
    auth: { appId: APP.id, privateKey: APP.privateKey, installationId },
    log: silent,
    retry: { retryAfterBaseValue: 5 },
    // A millisecond between content-creating requests where GitHub asks for a second; the windows stay.
    contentBudget: { minIntervalMs: 1 },
    throttle: {
      // 5 ms for each second GitHub asks to wait, and no second-long spacing of writes.
      retryAfterBaseValue: 5,
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    } as never,
  });
}

export function forgeAgainst(
  double: GithubDouble,
  installationId: number,
  batching?: Partial<ReadBatching>,
  commitLimits?: Partial<CommitLimits>,
): { forge: Forge; octokit: CallboardOctokit } {
  const octokit = installationOctokit(double, installationId);
  const identity = { appId: APP.id, login: `${APP.slug}[bot]` };
  return {
    octokit,
    forge: createGithubForge({
      octokit,
      identity,
      ...(batching ? { batching } : {}),
      ...(commitLimits ? { commitLimits } : {}),
    }),
  };
}
