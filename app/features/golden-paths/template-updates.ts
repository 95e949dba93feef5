/**
 * Template updates as pull requests. When a template's repository changes on its default branch,
 * every repository made from it (its `.callboard/template.yaml` names the template) whose recorded
 * version is older gets a job; the job renders both versions with the repository's answers, merges
 * three ways, and carries the decision out as every bot pull request is carried out (one branch per
 * template, compare-and-swap, paced under the installation's write budget, state read back from
 * GitHub so a restart or a redelivery repeats nothing).
 */
import { decide } from '../../core/migration/campaign/decide.ts';
import type { RepositoryPlan } from '../../core/migration/migration-model.ts';
import { ANSWERS_FILE, readOrigin, type TemplateOrigin } from '../../core/scaffold/template-origin.ts';
import { short, templateCampaign, updateBody, type UpdatedTemplate } from '../../core/scaffold/update-campaign.ts';
import type { Forge, ForgeRepository, RepositoryId } from '../../forge/types.ts';
import type { Job } from '../../queue/job-queue.ts';
import { defineJob } from '../../queue/job-kinds.ts';
import type { AppServices } from '../feature.ts';
import { carryOut } from '../shared/carry-out.ts';
import { fullNameOf, isCatalogRepository } from '../shared/payload.ts';
import { templateAt, templateSources, type TemplateSource } from './template-sources.ts';

export interface TemplateUpdatesData {
  installationId: number;
  organization: string;
  /** `template:default/node-service`. */
  template: string;
  reason: string;
}

const updatesKey = (d: TemplateUpdatesData) => `template-updates:${d.installationId}:${d.template}`;

/** One template's run over the organisation; runs asked while one waits are one run. */
export const runTemplateUpdatesJob = defineJob<TemplateUpdatesData>('run-template-updates', {
  group: updatesKey,
  coalesce: updatesKey,
});

export interface UpdateRepositoryData {
  installationId: number;
  organization: string;
  template: string;
  repository: RepositoryId;
}

/** One repository's update; jobs of one repository run one at a time (a migration's too). */
export const updateFromTemplateJob = defineJob<UpdateRepositoryData>('update-from-template', {
  group: (d) => fullNameOf(d.repository),
  coalesce: (d) => `${d.installationId}:${d.template}:${fullNameOf(d.repository)}`,
});

export function runTemplateUpdates(services: AppServices) {
  return async (job: Job<TemplateUpdatesData>) => {
    const { installationId, organization, template } = job.data;
    const forge = await services.forgeFor(installationId);
    const { sources } = await templateSources(services, forge, organization);
    const source = sources.get(template);
    // A template gone from the catalog offers nothing more; its open updates stay for people to close.
    if (!source) return;
    const head = await forge.headCommit(source.repository);
    const repositories = (await forge.listRepositories()).filter(
      (r) => !r.archived && !isCatalogRepository(r.name, services.settings.catalogRepository),
    );
    const origins = await originsOf(forge, repositories);
    for (const [i, repository] of repositories.entries()) {
      const origin = origins[i];
      // Made from this template, and behind it.
      if (origin?.template !== template || origin.version === head) continue;
      await services.jobs.add(updateFromTemplateJob, `${job.id}:${repository.fullName}`, {
        installationId,
        organization,
        template,
        repository: { owner: repository.owner, name: repository.name },
      });
    }
  };
}

/** Each repository's answers file, read at its default branch in batches; undefined without one. */
async function originsOf(forge: Forge, repositories: readonly ForgeRepository[]) {
  const snapshots = await forge.commitSnapshots(
    repositories.map((r) => ({ repository: r, ref: r.defaultBranch, paths: [ANSWERS_FILE] })),
  );
  return snapshots.map((snapshot) => {
    const text = snapshot?.files[0]?.text;
    const origin = text === undefined ? undefined : readOrigin(text);
    return origin && !('problem' in origin) ? origin : undefined;
  });
}

export function updateFromTemplate(services: AppServices) {
  return async (job: Job<UpdateRepositoryData>) => {
    const { installationId, organization, template, repository: wanted } = job.data;
    const forge = await services.forgeFor(installationId);
    const [repository] = await forge.getRepositories([wanted]);
    if (!repository) return;
    const [snapshot] = await forge.commitSnapshots([
      { repository, ref: repository.defaultBranch, paths: [ANSWERS_FILE] },
    ]);
    const text = snapshot?.files[0]?.text;
    const origin = text === undefined ? undefined : readOrigin(text);
    if (!snapshot || !origin || 'problem' in origin || origin.template !== template) return;
    const { sources, index } = await templateSources(services, forge, organization);
    const source = sources.get(template);
    if (!source) return; // the template left the catalog: its updates stop here
    const head = (await forge.headCommit(source.repository)) ?? origin.version;
    const updated: UpdatedTemplate = {
      ref: template,
      name: source.entity.name,
      title: source.entity.title ?? source.entity.name,
      source: `${fullNameOf(source.repository)}/${source.path}`,
      version: head,
    };
    const campaign = templateCampaign(updated);
    const plan = await planFor(services, forge, source, repository, snapshot.sha, origin, head);
    const [branch] = await forge.branchStates([repository], campaign.branch);
    const body =
      plan.status === 'changes'
        ? updateBody({
            template: updated,
            from: origin.version,
            changes: plan.changes,
            notes: plan.notes,
            draft: plan.draft ?? false,
          })
        : undefined;
    const decision = decide({
      spec: campaign,
      plan,
      branch: branch ?? { pullRequests: [] },
      ...(body !== undefined ? { expectedBody: body } : {}),
    });
    const team = index?.ofRepository(repository.fullName).find((e) => e.owner)?.owner;
    const done = await carryOut({
      forge,
      spec: campaign,
      repository,
      plan,
      branch,
      decision,
      body,
      ...(team ? { team: team.replace(/^group:(?:[^/]+\/)?/, '') } : {}),
    });
    services.log.info(`Template ${template}: ${repository.fullName} ${done} (${decision.status})`, {
      template,
      from: short(origin.version),
      to: short(head),
    });
  };
}

/** The repository's update: both versions of the template rendered with its answers and merged. */
async function planFor(
  services: AppServices,
  forge: Forge,
  source: TemplateSource,
  repository: ForgeRepository,
  commit: string,
  origin: TemplateOrigin,
  head: string,
): Promise<RepositoryPlan> {
  const fullName = repository.fullName;
  if (origin.version === head)
    return {
      repository: fullName,
      status: 'migrated',
      evidence: 'it was made from, or updated to, the current version',
    };
  const [before, after] = await Promise.all([
    templateAt(forge, source, origin.version),
    templateAt(forge, source, head),
  ]);
  if (!before || !after)
    return {
      repository: fullName,
      status: 'failed',
      reason: `${before ? 'the current' : `the recorded version ${short(origin.version)} of the`} template is not in ${fullNameOf(source.repository)}/${source.folder}`,
    };
  return services.work.planTemplateUpdate({ repository: fullName, origin, before, after }, async (paths) => {
    const files = await forge.readFiles(paths.map((path) => ({ repository, path, ref: commit })));
    return files.flatMap((f): [string, string | null][] =>
      f.binary || f.tooLarge ? [[f.path, null]] : f.text === undefined ? [] : [[f.path, f.text]],
    );
  });
}
