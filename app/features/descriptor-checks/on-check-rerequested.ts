/** "Re-run" from the Checks tab: the check is run again for the same commit. */
import type { Probot } from 'probot';
import type { JobQueue } from '../../queue/job-queue.ts';
import { DESCRIPTORS_CHECK, type ValidateDescriptorsData } from './validate-descriptors.ts';

export function onCheckRerequested(app: Probot, queue: JobQueue) {
  const rerun = async (
    context: { id: string },
    installationId: number | undefined,
    repository: { owner: { login: string }; name: string; full_name: string; html_url: string },
    headSha: string,
    pullRequests: { number: number; base?: { sha: string } }[],
  ) => {
    if (installationId === undefined) return;
    const pullRequest = pullRequests[0]?.number;
    const baseSha = pullRequests[0]?.base?.sha;
    await queue.add<ValidateDescriptorsData>({
      name: 'validate-descriptors',
      id: `${context.id}:validate-descriptors`,
      group: `${repository.full_name}#${pullRequest ?? headSha}`,
      data: {
        installationId,
        repository: { owner: repository.owner.login, name: repository.name },
        htmlUrl: repository.html_url,
        headSha,
        ...(pullRequest ? { pullRequest } : {}),
        ...(baseSha ? { baseSha } : {}),
      },
    });
  };
  app.on('check_run.rerequested', async (context) => {
    const { check_run: run, repository, installation } = context.payload;
    if (run.name !== DESCRIPTORS_CHECK) return;
    await rerun(context, installation?.id, repository, run.head_sha, run.pull_requests);
  });
  app.on('check_suite.rerequested', async (context) => {
    const { check_suite: suite, repository, installation } = context.payload;
    await rerun(context, installation?.id, repository, suite.head_sha, suite.pull_requests ?? []);
  });
}
