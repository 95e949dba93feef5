/**
 * The typed job table: a job kind ties its name to its data. The `@ts-expect-error` lines are the
 * test that matters (as in octokit's plugin-throttling typescript-validate.ts): `npm run typecheck`
 * fails if any of them compiles, that is, if a job could be queued with another's data or a
 * processor registered for the wrong data. The runtime checks say what a kind adds to a job.
 */
import { describe, expect, it } from 'vitest';
import { defineJob, jobsOn, registerJobs, runs } from '../../app/queue/job-kinds.ts';
import type { Forge } from '../../app/forge/types.ts';
import { recordingQueue } from '../support/app-services.ts';
import { updateCatalogJob } from '../../app/features/catalog/update-catalog.ts';
import { validateDescriptorsJob } from '../../app/features/descriptor-checks/validate-descriptors.ts';

const catalogData = { installationId: 1, organization: 'acme' };

/** Never run: it only has to compile, or not. */
function typeChecks(forge: Forge) {
  const jobs = jobsOn(recordingQueue());
  void jobs.add(updateCatalogJob, 'id', catalogData);
  // @ts-expect-error the catalog job's data is not a descriptor check's
  void jobs.add(validateDescriptorsJob, 'id', catalogData);
  // @ts-expect-error a field of the data is missing
  void jobs.add(updateCatalogJob, 'id', { installationId: 1 });
  // @ts-expect-error the data is not an object of that kind at all
  void jobs.add(updateCatalogJob, 'id', 'acme');
  runs(updateCatalogJob, async (job) => void job.data.organization.toUpperCase());
  // @ts-expect-error a processor of another kind's data
  runs(updateCatalogJob, async (job: { data: { headSha: string } }) => void job.data.headSha);
  // @ts-expect-error the forge port has no method to push to a branch without compare-and-swap
  void forge.forcePush;
  // @ts-expect-error a commit is asked with its changes, not a bare list of paths
  void forge.commitFiles({ repository: { owner: 'a', name: 'b' }, branch: 'main', message: 'm', paths: [] });
}
void typeChecks;

describe('a job kind', () => {
  it('names the job and derives its group and coalesce key from the data', async () => {
    const queue = recordingQueue();
    const kind = defineJob<{ repo: string; pr?: number }>('check', {
      group: (d) => d.repo,
      coalesce: (d) => (d.pr ? `check:${d.repo}#${d.pr}` : undefined),
    });
    await jobsOn(queue).add(kind, 'd1', { repo: 'acme/a', pr: 3 });
    await jobsOn(queue).add(kind, 'd2', { repo: 'acme/a' });
    expect(queue.added).toEqual([
      { name: 'check', id: 'd1', data: { repo: 'acme/a', pr: 3 }, group: 'acme/a', coalesce: 'check:acme/a#3' },
      { name: 'check', id: 'd2', data: { repo: 'acme/a' }, group: 'acme/a' },
    ]);
  });

  it('is registered once: two kinds of one name are refused', () => {
    const one = defineJob<number>('same');
    const other = defineJob<string>('same');
    expect(() => registerJobs(recordingQueue(), [runs(one, async () => {}), runs(other, async () => {})])).toThrow(
      'Two job kinds are named "same"',
    );
  });
});
