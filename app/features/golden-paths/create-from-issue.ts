/**
 * A repository asked for with an issue form on the catalog repository. The job reads the issue as it
 * is now (an edit may have come after the webhook), so a redelivery, a retry or an edit all decide
 * afresh from GitHub:
 *
 * - someone who cannot write to the catalog repository gets an answer and nothing else;
 * - wrong answers get a comment naming each field, and nothing is created;
 * - the template runs in a worker with a budget; a template mistake is named, nothing created;
 * - the repository is created with GitHub's first commit, and its contents replace it as one root
 *   commit (compare-and-swap), so the repository's history is one commit;
 * - a name taken by a repository not made for this issue is reported, nothing touched. One made for
 *   it (its answers file names the issue), or left by an interrupted run (only GitHub's first commit,
 *   created after the issue), is finished, not made twice;
 * - the catalog is told, the issue answered with the links and closed.
 */
import { templateOfIssue } from '../../core/scaffold/issue-answers.ts';
import {
  answersReply,
  createdReply,
  elsewhereReply,
  interruptedReply,
  notAllowedReply,
  REPLY_MARKER,
  takenReply,
  templateReply,
} from '../../core/scaffold/issue-replies.ts';
import { ANSWERS_FILE, readOrigin } from '../../core/scaffold/template-origin.ts';
import type { Forge, ForgeRepository, IssueState, RepositoryId } from '../../forge/types.ts';
import type { Job } from '../../queue/job-queue.ts';
import { defineJob } from '../../queue/job-kinds.ts';
import type { AppServices } from '../feature.ts';
import { templateAt, templateSources, type TemplateSource } from './template-sources.ts';
import type { Scaffolded } from '../../core/scaffold/scaffold.ts';

export interface CreateFromIssueData {
  installationId: number;
  organization: string;
  catalogRepository: string;
  number: number;
}

const issueKey = (d: CreateFromIssueData) => `create-from-issue:${d.installationId}:${d.catalogRepository}#${d.number}`;

/** One issue's request at a time; an edit while one waits is the same request. */
export const createFromIssueJob = defineJob<CreateFromIssueData>('create-from-issue', {
  group: issueKey,
  coalesce: issueKey,
});

type Made = Extract<Scaffolded, { ok: true }> & { publish: NonNullable<Extract<Scaffolded, { ok: true }>['publish']> };

export function createFromIssue(services: AppServices) {
  return async (job: Job<CreateFromIssueData>) => {
    const { installationId, organization, catalogRepository, number } = job.data;
    const forge = await services.forgeFor(installationId);
    const catalog: RepositoryId = { owner: organization, name: catalogRepository };
    const issue = await forge.getIssue(catalog, number);
    if (!issue || issue.state === 'closed') return;
    const name = templateOfIssue(issue.body);
    if (!name) return; // not a request for a repository
    const reply = (body: string) => forge.ensureComment({ repository: catalog, number, marker: REPLY_MARKER, body });
    if (!(await forge.canWrite(catalog, issue.author)))
      return void (await reply(notAllowedReply(issue.author, `${organization}/${catalogRepository}`)));
    const { sources } = await templateSources(services, forge, organization);
    const source = [...sources.values()].find((s) => s.entity.name === name);
    if (!source)
      return void (await reply(templateReply(name, [{ where: '', message: 'it is not in the catalog any more' }])));
    const made = await render(services, forge, source, organization, issue, reply);
    if (!made) return;
    if (made.publish.owner.toLowerCase() !== organization.toLowerCase())
      return void (await reply(elsewhereReply(made.publish, organization)));
    const repository = await publish(forge, made, issue, reply);
    if (!repository) return;
    await services.emit('callboard.repository_created', {
      installationId,
      organization,
      repository: repository.fullName,
    });
    const { webUrl } = services.settings;
    await reply(
      createdReply({
        template: source.entity.ref,
        fullName: repository.fullName,
        repositoryUrl: repository.htmlUrl,
        links: made.links,
        text: made.text,
        notifications: made.notifications,
        ...(made.registrations[0]?.entityRef ? { entityRef: made.registrations[0].entityRef } : {}),
        catalogUrl: `${webUrl}/${organization}/${catalogRepository}`,
      }),
    );
    await forge.closeIssue(catalog, number);
    services.log.info(`Created ${repository.fullName} from ${source.entity.ref} for issue #${number}`);
  };
}

/** The template at its head, run with the issue's answers; undefined when the issue was answered instead. */
async function render(
  services: AppServices,
  forge: Forge,
  source: TemplateSource,
  organization: string,
  issue: IssueState,
  reply: (body: string) => Promise<unknown>,
): Promise<Made | undefined> {
  const ref = source.entity.ref;
  const version = (await forge.headCommit(source.repository)) ?? '';
  const template = await templateAt(forge, source, version);
  if (!template) return void (await reply(templateReply(ref, [{ where: '', message: 'its template.yaml is gone' }])));
  // The issue's answers are read in the worker with the template: both are hostile.
  const result = await services.work.scaffold({
    templateText: template.templateText,
    template: template.template,
    answers: {},
    issue: { body: issue.body, organization },
    source: `${source.repository.owner}/${source.repository.name}/${source.path}`,
    version,
    request: issue.url,
    user: { ref: `user:default/${issue.author.toLowerCase()}` },
  });
  if (!result.ok)
    return void (await reply(
      result.kind === 'answers' ? answersReply(ref, result.problems) : templateReply(ref, result.problems),
    ));
  if (!result.publish)
    return void (await reply(
      templateReply(ref, [
        { where: '', message: 'it has no publish:github step, so there is no repository to create' },
      ]),
    ));
  return result as Made;
}

/**
 * The repository created and filled, or found already made for this issue (and finished); undefined
 * when the name is taken by another repository (answered on the issue).
 */
async function publish(
  forge: Forge,
  made: Made,
  issue: IssueState,
  reply: (body: string) => Promise<unknown>,
): Promise<ForgeRepository | undefined> {
  const { publish } = made;
  const fullName = `${publish.owner}/${publish.repo}`;
  let step = 'Creating the repository';
  try {
    const created = await forge.createRepository({
      owner: publish.owner,
      name: publish.repo,
      settings: publish.settings,
    });
    const repository = created.repository;
    step = 'Reading it';
    const state = created.outcome === 'created' ? 'fresh' : await stateOf(forge, repository, issue);
    if (state === 'taken') return void (await reply(takenReply(publish)));
    if (state === 'fresh') {
      step = 'Committing the files';
      const head = await forge.headCommit(repository, repository.defaultBranch);
      // GitHub makes its first commit as it creates the repository; a retry finds it once it is there.
      if (!head) throw new Error("GitHub's first commit is not there yet");
      const written = await forge.replaceContents({
        repository,
        branch: repository.defaultBranch,
        expectedHead: head,
        message: publish.commitMessage,
        files: made.files,
      });
      if (written === 'moved') throw new Error('its default branch moved while Callboard wrote it');
    }
    step = 'Setting its default branch, topics and branch protection';
    await forge.configureRepository(repository, {
      renameBranch: { from: repository.defaultBranch, to: publish.defaultBranch },
      ...(publish.settings.topics ? { topics: publish.settings.topics } : {}),
      ...(publish.protectDefaultBranch ? { protectBranch: publish.defaultBranch } : {}),
    });
    return { ...repository, defaultBranch: publish.defaultBranch };
  } catch (error) {
    await reply(interruptedReply(fullName, step, (error as Error).message));
    throw error;
  }
}

/**
 * An existing repository of the name: made for this issue (its answers file names it), left by an
 * interrupted run for it (nothing but GitHub's first commit, created after the issue), or taken.
 */
async function stateOf(
  forge: Forge,
  repository: ForgeRepository,
  issue: IssueState,
): Promise<'done' | 'fresh' | 'taken'> {
  const [answers] = await forge.readFiles([{ repository, path: ANSWERS_FILE }]);
  const origin = answers?.text === undefined ? undefined : readOrigin(answers.text);
  if (origin && !('problem' in origin) && origin.request === issue.url) return 'done';
  // No branch yet (GitHub had not made its first commit), or only that commit's README.
  const listing = await forge.listFiles(repository);
  const onlyFirstCommit = listing === undefined || (listing.paths.length === 1 && listing.paths[0] === 'README.md');
  const newer = repository.createdAt !== undefined && repository.createdAt >= issue.createdAt;
  return onlyFirstCommit && newer ? 'fresh' : 'taken';
}
