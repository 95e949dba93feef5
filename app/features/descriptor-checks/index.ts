/**
 * Descriptor checks: the "Callboard / descriptors" check on pull requests (forks included, checked
 * where they will land) and on pushes to the default branch that touch descriptors, run again from
 * the Checks tab; on pull requests, the impact comment.
 */
import type { AppServices, Feature } from '../feature.ts';
import { onWebhook } from '../feature.ts';
import { isDefaultBranchPush, pushedPaths, repositoryIdOf } from '../shared/payload.ts';
import { touchesDescriptors } from '../shared/descriptor-paths.ts';
import { runs } from '../../queue/job-kinds.ts';
import { DESCRIPTORS_CHECK, validateDescriptors, validateDescriptorsJob } from './validate-descriptors.ts';

export function descriptorChecks(services: AppServices): Feature {
  const { jobs } = services;
  return {
    name: 'descriptor-checks',
    events: [
      onWebhook(
        ['pull_request.opened', 'pull_request.synchronize', 'pull_request.reopened', 'pull_request.ready_for_review'],
        async ({ id, payload: { pull_request: pr, repository, installation } }) => {
          if (!installation) return;
          await jobs.add(validateDescriptorsJob, `${id}:validate-descriptors`, {
            installationId: installation.id,
            // The base repository: a fork's pull request is checked where it will land.
            repository: repositoryIdOf(repository),
            htmlUrl: repository.html_url,
            headSha: pr.head.sha,
            baseSha: pr.base.sha,
            pullRequest: pr.number,
            newestHead: true,
          });
        },
      ),
      onWebhook(['push'], async ({ id, payload }) => {
        const { after, repository, installation } = payload;
        if (!installation || !isDefaultBranchPush(payload)) return;
        const changedPaths = pushedPaths(payload);
        // A push that touches no descriptor costs nothing: no reads, no check.
        if (!touchesDescriptors(changedPaths)) return;
        await jobs.add(validateDescriptorsJob, `${id}:validate-descriptors`, {
          installationId: installation.id,
          repository: repositoryIdOf(repository),
          htmlUrl: repository.html_url,
          headSha: after,
          changedPaths,
        });
      }),
      // "Re-run" from the Checks tab: the check is run again for the same commit.
      onWebhook(['check_run.rerequested'], async ({ id, payload: { check_run: run, repository, installation } }) => {
        if (run.name !== DESCRIPTORS_CHECK || !installation) return;
        await jobs.add(
          validateDescriptorsJob,
          `${id}:validate-descriptors`,
          rerun(installation.id, repository, run.head_sha, run.pull_requests),
        );
      }),
      onWebhook(
        ['check_suite.rerequested'],
        async ({ id, payload: { check_suite: suite, repository, installation } }) => {
          if (!installation) return;
          await jobs.add(
            validateDescriptorsJob,
            `${id}:validate-descriptors`,
            rerun(installation.id, repository, suite.head_sha, suite.pull_requests ?? []),
          );
        },
      ),
    ],
    jobs: [runs(validateDescriptorsJob, validateDescriptors(services))],
  };
}

const rerun = (
  installationId: number,
  repository: { owner: { login: string } | null; name: string; full_name: string; html_url: string },
  headSha: string,
  pullRequests: { number: number; base?: { sha: string } }[],
) => ({
  installationId,
  repository: repositoryIdOf(repository),
  htmlUrl: repository.html_url,
  headSha,
  ...(pullRequests[0]?.number ? { pullRequest: pullRequests[0].number } : {}),
  ...(pullRequests[0]?.base?.sha ? { baseSha: pullRequests[0].base.sha } : {}),
});
