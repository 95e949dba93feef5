/**
 * Scorecards: the "Callboard / scorecard" check on pull requests (head against base), on pushes to
 * the default branch, when a workflow writes CI facts on a commit (the scorecard action's check run
 * completes) and when someone asks for the check again; the "Callboard / scorecards" check on the
 * catalog repository's scorecard files; and the whole organisation scored after each full build of
 * its catalog (installation, scheduled reconcile, `/callboard reconcile`, callboard.yaml changed).
 */
import { CI_FACTS_CHECK } from '../../core/scorecard/ci-facts-check.ts';
import { SCORECARD_CHECK } from '../../core/scorecard/render-score-check.ts';
import { runs } from '../../queue/job-kinds.ts';
import { onCallboard, onWebhook, type AppServices, type Feature } from '../feature.ts';
import { isCatalogRepository, isDefaultBranchPush, pushedPaths, repositoryIdOf } from '../shared/payload.ts';
import { checkScorecardFiles, checkScorecardFilesJob } from './check-scorecard-files.ts';
import { createScoreRecorder } from './record-scores.ts';
import { scoreCommit, scoreCommitJob, scoreOrganization, scoreOrganizationJob } from './score-commit.ts';

interface RepositoryPayload {
  owner: { login: string } | null;
  name: string;
  full_name: string;
  html_url: string;
}

export function scorecards(services: AppServices): Feature {
  const { jobs } = services;
  const score = (
    id: string,
    installationId: number,
    repository: RepositoryPayload,
    headSha: string,
    on: { baseSha?: string | undefined; defaultBranch?: boolean; pullRequest?: number },
  ) =>
    jobs.add(scoreCommitJob, `${id}:score-commit`, {
      installationId,
      repository: repositoryIdOf(repository),
      htmlUrl: repository.html_url,
      headSha,
      ...(on.baseSha ? { baseSha: on.baseSha } : {}),
      ...(on.defaultBranch ? { defaultBranch: true } : {}),
      ...(on.pullRequest ? { pullRequest: on.pullRequest } : {}),
    });
  const record = createScoreRecorder(services.catalogRepositories, (recorded) =>
    services.emit('callboard.scores_recorded', recorded),
  );
  const scoring = { ...services, record };

  return {
    name: 'scorecards',
    events: [
      onCallboard('callboard.catalog_rebuilt', ({ installationId, organization, id }) =>
        jobs.add(scoreOrganizationJob, `${id}:score-organization`, { installationId, organization }).then(() => {}),
      ),
      onWebhook(
        ['pull_request.opened', 'pull_request.synchronize', 'pull_request.reopened', 'pull_request.ready_for_review'],
        async ({ id, payload: { pull_request: pr, repository, installation } }) => {
          if (!installation) return;
          await score(id, installation.id, repository, pr.head.sha, { baseSha: pr.base.sha, pullRequest: pr.number });
        },
      ),
      onWebhook(['push'], async ({ id, payload }) => {
        const { after, repository, installation, deleted } = payload;
        if (!installation || deleted) return;
        const onDefaultBranch = isDefaultBranchPush(payload);
        // The catalog repository's scorecard files, wherever they are pushed (a branch, before its pull request).
        if (
          isCatalogRepository(repository.name, services.settings.catalogRepository) &&
          pushedPaths(payload, { removed: true }).some((p) => p.startsWith('scorecards/'))
        ) {
          await jobs.add(checkScorecardFilesJob, `${id}:check-scorecard-files`, {
            installationId: installation.id,
            repository: repositoryIdOf(repository),
            headSha: after,
          });
          // Tracks changed on the default branch: every level may have moved.
          if (onDefaultBranch)
            await jobs.add(scoreOrganizationJob, `${id}:score-organization`, {
              installationId: installation.id,
              organization: repositoryIdOf(repository).owner,
            });
        }
        if (onDefaultBranch) await score(id, installation.id, repository, after, { defaultBranch: true });
      }),
      // A workflow's CI facts arrived, or someone asked for the scorecard again.
      onWebhook(['check_run.completed', 'check_run.rerequested'], async ({ id, payload }) => {
        const { check_run: run, repository, installation, action } = payload;
        const wanted = action === 'completed' ? CI_FACTS_CHECK : SCORECARD_CHECK;
        if (!installation || run.name !== wanted) return;
        // Facts on the default branch's commit (not a pull request's) update the catalog's scorecards too.
        const defaultBranch = run.check_suite?.head_branch === repository.default_branch && !run.pull_requests.length;
        await score(id, installation.id, repository, run.head_sha, {
          baseSha: run.pull_requests[0]?.base.sha,
          defaultBranch,
        });
      }),
      // "Re-run all checks": the scorecard is one of them, as the descriptor check is.
      onWebhook(
        ['check_suite.rerequested'],
        async ({ id, payload: { check_suite: suite, repository, installation } }) => {
          if (!installation) return;
          const pullRequests = suite.pull_requests ?? [];
          await score(id, installation.id, repository, suite.head_sha, {
            baseSha: pullRequests[0]?.base.sha,
            defaultBranch: suite.head_branch === repository.default_branch && !pullRequests.length,
          });
        },
      ),
    ],
    jobs: [
      runs(scoreCommitJob, scoreCommit(scoring)),
      runs(scoreOrganizationJob, scoreOrganization(scoring)),
      runs(checkScorecardFilesJob, checkScorecardFiles(services)),
    ],
  };
}
