/**
 * Pull requests (forks included): check the descriptors the change touches, on its head commit, and say what it touches
 * in the catalog.
 */
import type { Probot } from 'probot';
import type { JobQueue } from '../../queue/job-queue.ts';
import type { ValidateDescriptorsData } from './validate-descriptors.ts';

export function onPullRequest(app: Probot, queue: JobQueue) {
  app.on(
    ['pull_request.opened', 'pull_request.synchronize', 'pull_request.reopened', 'pull_request.ready_for_review'],
    async (context) => {
      const { pull_request: pr, repository, installation } = context.payload;
      if (!installation) return;
      await queue.add<ValidateDescriptorsData>({
        name: 'validate-descriptors',
        id: `${context.id}:validate-descriptors`,
        group: `${repository.full_name}#${pr.number}`,
        // Only the newest head matters: a check of an older one still waiting is replaced.
        coalesce: `validate-descriptors:${repository.full_name}#${pr.number}`,
        data: {
          installationId: installation.id,
          // The base repository: a fork's pull request is checked where it will land.
          repository: { owner: repository.owner.login, name: repository.name },
          htmlUrl: repository.html_url,
          headSha: pr.head.sha,
          baseSha: pr.base.sha,
          pullRequest: pr.number,
        },
      });
    },
  );
}
