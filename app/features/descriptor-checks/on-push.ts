/** Pushes to the default branch that touch descriptors: check them, on the pushed commit. */
import type { Probot } from 'probot';
import { touchesDescriptors } from '../catalog/on-catalog-events.ts';
import type { JobQueue } from '../../queue/job-queue.ts';
import type { ValidateDescriptorsData } from './validate-descriptors.ts';

export function onPush(app: Probot, queue: JobQueue) {
  app.on('push', async (context) => {
    const { ref, deleted, after, commits, repository, installation } = context.payload;
    if (!installation || deleted || ref !== `refs/heads/${repository.default_branch}`) return;
    const changedPaths = [...new Set(commits.flatMap((c) => [...(c.added ?? []), ...(c.modified ?? [])]))];
    // A push that touches no descriptor costs nothing: no reads, no check.
    if (!touchesDescriptors(changedPaths)) return;
    await queue.add<ValidateDescriptorsData>({
      name: 'validate-descriptors',
      id: `${context.id}:validate-descriptors`,
      group: `${repository.full_name}@${repository.default_branch}`,
      data: {
        installationId: installation.id,
        repository: { owner: repository.owner?.login ?? repository.full_name.split('/')[0]!, name: repository.name },
        htmlUrl: repository.html_url,
        headSha: after,
        changedPaths,
      },
    });
  });
}
