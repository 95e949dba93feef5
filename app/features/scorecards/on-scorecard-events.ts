/**
 * When the scorecard check runs: on pull requests (head against base), on pushes to the default
 * branch, when a workflow writes CI facts on a commit (the scorecard action's check run completes),
 * and when someone asks for the check again from the Checks tab. On installation, the whole
 * organisation is scored (and again on each scheduled reconcile, see callboard-app).
 */
import type { Probot } from 'probot';
import { CI_FACTS_CHECK } from '../../core/scorecard/ci-facts-check.ts';
import { SCORECARD_CHECK } from '../../core/scorecard/render-score-check.ts';
import type { JobQueue } from '../../queue/job-queue.ts';
import type { CheckScorecardFilesData } from './check-scorecard-files.ts';
import type { ScoreCommitData, ScoreOrganizationData } from './score-commit.ts';

interface RepositoryPayload {
  owner: { login: string } | null;
  name: string;
  full_name: string;
  html_url: string;
  default_branch: string;
}

export function onScorecardEvents(app: Probot, queue: JobQueue, catalogRepository: string) {
  const isCatalog = (name: string) => name.toLowerCase() === catalogRepository.toLowerCase();
  const checkFiles = (id: string, installationId: number, repository: RepositoryPayload, headSha: string) =>
    queue.add<CheckScorecardFilesData>({
      name: 'check-scorecard-files',
      id: `${id}:check-scorecard-files`,
      group: `${repository.full_name}@${headSha}`,
      data: {
        installationId,
        repository: { owner: repository.owner?.login ?? repository.full_name.split('/')[0]!, name: repository.name },
        headSha,
      },
    });

  const score = (
    id: string,
    installationId: number,
    repository: RepositoryPayload,
    headSha: string,
    on: { baseSha?: string | undefined; defaultBranch?: boolean; pullRequest?: number },
  ) =>
    queue.add<ScoreCommitData>({
      name: 'score-commit',
      id: `${id}:score-commit`,
      group: `${repository.full_name}@${headSha}`,
      // A pull request's newest head replaces the scoring of an older one still waiting.
      ...(on.pullRequest ? { coalesce: `score-commit:${repository.full_name}#${on.pullRequest}` } : {}),
      data: {
        installationId,
        repository: { owner: repository.owner?.login ?? repository.full_name.split('/')[0]!, name: repository.name },
        htmlUrl: repository.html_url,
        headSha,
        ...(on.baseSha ? { baseSha: on.baseSha } : {}),
        ...(on.defaultBranch ? { defaultBranch: true } : {}),
      },
    });

  app.on('installation.created', async (context) => {
    const { installation } = context.payload;
    const organization = (installation.account as { login?: string } | null)?.login;
    if (organization)
      await queue.add<ScoreOrganizationData>(
        scoreOrganizationJob(`${context.id}:score-organization`, installation.id, organization),
      );
  });

  app.on(
    ['pull_request.opened', 'pull_request.synchronize', 'pull_request.reopened', 'pull_request.ready_for_review'],
    async (context) => {
      const { pull_request: pr, repository, installation } = context.payload;
      if (installation)
        await score(context.id, installation.id, repository, pr.head.sha, {
          baseSha: pr.base.sha,
          pullRequest: pr.number,
        });
    },
  );

  app.on('push', async (context) => {
    const { ref, deleted, after, repository, installation, commits } = context.payload;
    // The catalog repository's scorecard files, wherever they are pushed (a branch, before its pull request).
    const touched = commits.flatMap((c) => [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])]);
    if (installation && !deleted && isCatalog(repository.name) && touched.some((p) => p.startsWith('scorecards/'))) {
      await checkFiles(context.id, installation.id, repository, after);
      // Tracks changed on the default branch: every level may have moved.
      const organization = repository.owner?.login ?? repository.full_name.split('/')[0]!;
      if (ref === `refs/heads/${repository.default_branch}`)
        await queue.add<ScoreOrganizationData>(
          scoreOrganizationJob(`${context.id}:score-organization`, installation.id, organization),
        );
    }
    if (installation && !deleted && ref === `refs/heads/${repository.default_branch}`)
      await score(context.id, installation.id, repository, after, { defaultBranch: true });
  });

  // A workflow's CI facts arrived, or someone asked for the scorecard again.
  app.on(['check_run.completed', 'check_run.rerequested'], async (context) => {
    const { check_run: run, repository, installation, action } = context.payload;
    const wanted = action === 'completed' ? CI_FACTS_CHECK : SCORECARD_CHECK;
    if (!installation || run.name !== wanted) return;
    // Facts on the default branch's commit (not a pull request's) update the catalog's scorecards too.
    const defaultBranch = run.check_suite?.head_branch === repository.default_branch && !run.pull_requests.length;
    await score(context.id, installation.id, repository, run.head_sha, {
      baseSha: run.pull_requests[0]?.base.sha,
      defaultBranch,
    });
  });
}

export const scoreOrganizationJob = (id: string, installationId: number, organization: string) => ({
  name: 'score-organization',
  id,
  // After the catalog's own jobs for the installation: the same group runs one job at a time.
  group: `catalog:${installationId}`,
  // The whole organisation is scored: one waiting is enough.
  coalesce: `score-organization:${installationId}`,
  data: { installationId, organization },
});
