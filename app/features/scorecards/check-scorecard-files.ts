/**
 * "Callboard / scorecards" on the catalog repository's commits that touch `scorecards/`: every
 * track and exemption file validated, each problem annotated on its line with its fix, failure only
 * for errors (a track with an error is left out of scoring, so its author must see why), and the
 * summary says which tracks will be scored.
 */
import { parseScorecards } from '../../core/scorecard/parse-scorecards.ts';
import type { Forge, RepositoryId } from '../../forge/types.ts';
import type { Job } from '../../queue/job-queue.ts';
import { problemAnnotations } from '../shared/problem-annotations.ts';
import { readScorecardFiles } from '../../catalog-repo/catalog-parts.ts';
import { defineJob } from '../../queue/job-kinds.ts';
import { fullNameOf } from '../shared/payload.ts';
import { count } from '../../core/words.ts';

export const SCORECARD_FILES_CHECK = 'Callboard / scorecards';

export interface CheckScorecardFilesData {
  installationId: number;
  repository: RepositoryId;
  headSha: string;
}

/** A commit's checks of the scorecard files run one at a time. */
export const checkScorecardFilesJob = defineJob<CheckScorecardFilesData>('check-scorecard-files', {
  group: (d) => `${fullNameOf(d.repository)}@${d.headSha}`,
});

export function checkScorecardFiles(deps: { forgeFor(installationId: number): Promise<Forge>; now?(): Date }) {
  return async (job: Job<CheckScorecardFilesData>) => {
    const { installationId, repository, headSha } = job.data;
    const forge = await deps.forgeFor(installationId);
    const files = await readScorecardFiles(forge, repository, headSha);
    const {
      tracks,
      exemptions,
      files: problems,
    } = parseScorecards(files, (deps.now?.() ?? new Date()).toISOString().slice(0, 10));
    const all = problems.flatMap((f) => f.problems);
    const errors = all.filter((p) => p.severity === 'error').length;
    const warnings = all.length - errors;
    const rows = tracks.map(
      (t) =>
        `| ${t.title} | \`${t.source}\` | ${t.levels.length} | ${t.levels.reduce((n, l) => n + l.checks.length, 0)} |`,
    );
    await forge.ensureCheckRun({
      repository,
      headSha,
      name: SCORECARD_FILES_CHECK,
      status: 'completed',
      conclusion: errors ? 'failure' : 'success',
      title: `${count(tracks.length, 'track')} scored, ${count(exemptions.length, 'exemption')} in force${all.length ? `; ${count(errors, 'error')}, ${count(warnings, 'warning')}` : ''}`,
      summary: [
        rows.length
          ? ['| track | file | levels | checks |', '|---|---|---:|---:|', ...rows].join('\n')
          : 'No valid track: nothing will be scored.',
        errors
          ? '\nA track with an error is left out of scoring until it is fixed; the annotations say where and how.'
          : '',
      ].join('\n'),
      annotations: problems.flatMap((f) => problemAnnotations(f.path, f.problems)),
    });
  };
}
