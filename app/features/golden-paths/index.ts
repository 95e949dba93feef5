/**
 * Golden paths: the catalog's software templates, offered as issue forms on the catalog repository
 * (written after each full catalog build), run when someone opens one (a new repository, in one
 * commit, in the catalog), and kept alive in the repositories made from them: a push to a template's
 * folder on its repository's default branch runs that template's updates; a full catalog build and
 * the scheduled reconcile run every template's (which repositories were made from a template, and at
 * which version, is read from GitHub each time).
 */
import type { Job } from '../../queue/job-queue.ts';
import { defineJob, runs } from '../../queue/job-kinds.ts';
import { onCallboard, onWebhook, type AppServices, type Feature } from '../feature.ts';
import { isCatalogRepository, isDefaultBranchPush, ownerOf, pushedPaths } from '../shared/payload.ts';
import { templateOfIssue } from '../../core/scaffold/issue-answers.ts';
import { createFromIssue, createFromIssueJob } from './create-from-issue.ts';
import { writeIssueForms, writeIssueFormsJob } from './issue-forms.ts';
import { templateSources } from './template-sources.ts';
import {
  runTemplateUpdates,
  runTemplateUpdatesJob,
  updateFromTemplate,
  updateFromTemplateJob,
} from './template-updates.ts';

interface TemplatesData {
  installationId: number;
  organization: string;
  reason: string;
  /** A push: the repository and the paths it changed; absent for every template. */
  push?: { repository: string; paths: string[] };
}

/** Which templates to update: those a push touched, or all of them. */
export const templatesChangedJob = defineJob<TemplatesData>('templates-changed');

export function goldenPaths(services: AppServices): Feature {
  const { jobs } = services;
  const runAll = (id: string, installationId: number, organization: string, reason: string) =>
    jobs.add(templatesChangedJob, `${id}:templates-changed`, { installationId, organization, reason }).then(() => {});
  return {
    name: 'golden-paths',
    events: [
      onWebhook(['push'], async ({ id, payload }) => {
        const { repository, installation } = payload;
        if (!installation || !isDefaultBranchPush(payload)) return;
        await jobs.add(templatesChangedJob, `${id}:templates-changed`, {
          installationId: installation.id,
          organization: ownerOf(repository),
          reason: `push to ${repository.full_name}`,
          push: { repository: repository.full_name, paths: pushedPaths(payload, { removed: true }) },
        });
      }),
      // An issue opened with a template's form asks for a repository; an edit or a re-opening asks again.
      onWebhook(['issues.opened', 'issues.edited', 'issues.reopened'], async ({ id, payload }) => {
        const { issue, repository, installation, sender } = payload;
        if (
          !installation ||
          sender.type === 'Bot' ||
          !isCatalogRepository(repository.name, services.settings.catalogRepository)
        )
          return;
        if (!templateOfIssue(issue.body ?? '')) return;
        await jobs.add(createFromIssueJob, `${id}:create-from-issue`, {
          installationId: installation.id,
          organization: ownerOf(repository),
          catalogRepository: repository.name,
          number: issue.number,
        });
      }),
      onCallboard('callboard.catalog_rebuilt', async ({ installationId, organization, id }) => {
        await jobs.add(writeIssueFormsJob, `${id}:write-issue-forms`, { installationId, organization });
        await runAll(id, installationId, organization, 'catalog rebuilt');
      }),
    ],
    jobs: [
      runs(createFromIssueJob, createFromIssue(services)),
      runs(writeIssueFormsJob, writeIssueForms(services)),
      runs(templatesChangedJob, templatesChanged(services)),
      runs(runTemplateUpdatesJob, runTemplateUpdates(services)),
      runs(updateFromTemplateJob, updateFromTemplate(services)),
    ],
    reconcile: ({ installationId, organization, id }) =>
      runAll(`reconcile:${installationId}:${id}`, installationId, organization, 'scheduled reconcile'),
  };
}

function templatesChanged(services: AppServices) {
  return async (job: Job<TemplatesData>) => {
    const { installationId, organization, reason, push } = job.data;
    const forge = await services.forgeFor(installationId);
    const { sources } = await templateSources(services, forge, organization);
    for (const [ref, source] of sources) {
      const touched =
        !push ||
        (`${source.repository.owner}/${source.repository.name}`.toLowerCase() === push.repository.toLowerCase() &&
          push.paths.some((p) => !source.folder || p.startsWith(`${source.folder}/`)));
      if (!touched) continue;
      await services.jobs.add(runTemplateUpdatesJob, `${job.id}:${ref}`, {
        installationId,
        organization,
        template: ref,
        reason,
      });
    }
  };
}
