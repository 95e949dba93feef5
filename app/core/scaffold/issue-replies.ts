/**
 * What Callboard answers on an issue that asks for a new repository: one comment, edited in place
 * as the request moves (Renovate's sticky comment), saying what was made and where, or exactly what
 * to fix — each field by its name — and how to try again (edit the issue).
 */
import type { Notification, PublishRequest } from './actions/action.ts';
import type { OutputLink, TemplateRun } from './run-template.ts';
import type { ScaffoldProblem } from './scaffold.ts';

/** The comment's hidden marker: one reply per issue. */
export const REPLY_MARKER = 'callboard:scaffold';

const TRY_AGAIN = 'Edit the issue (its answers, or anything) to try again.';

export interface Created {
  template: string;
  repositoryUrl: string;
  fullName: string;
  links: OutputLink[];
  text: TemplateRun['text'];
  notifications: Notification[];
  /** The entity registered, `component:default/orders`, when there is one. */
  entityRef?: string;
  /** Where the catalog lists the organisation's entities. */
  catalogUrl: string;
}

export function createdReply(made: Created): string {
  const links = made.links.flatMap((link) => {
    const target = link.url ?? (link.entityRef ? made.catalogUrl : undefined);
    const label = link.title ?? link.url ?? link.entityRef ?? 'link';
    return target ? [`- [${label}](${target})${link.entityRef ? ` (\`${link.entityRef}\`)` : ''}`] : [];
  });
  return [
    `### Created [${made.fullName}](${made.repositoryUrl})`,
    '',
    `From the template \`${made.template}\`, in one commit.${made.entityRef ? ` The catalog lists \`${made.entityRef}\` on its next update (usually within a minute).` : ''}`,
    ...(links.length ? ['', ...links] : []),
    ...made.text.flatMap((t) => ['', ...(t.title ? [`**${t.title}**`, ''] : []), t.content ?? '']),
    ...made.notifications.flatMap((n) => [
      '',
      `> **${n.title}**${n.info ? ` — ${n.info}` : ''}${n.link ? ` ([link](${n.link}))` : ''}`,
    ]),
    '',
    'Later changes to the template come to the repository as pull requests.',
  ].join('\n');
}

export function answersReply(template: string, problems: readonly ScaffoldProblem[]): string {
  return [
    `### Nothing was created: some answers need fixing`,
    '',
    `The template \`${template}\` needs:`,
    '',
    ...problems.map((p) => `- ${p.where ? `**${p.where}**: ` : ''}${p.message}`),
    '',
    TRY_AGAIN,
  ].join('\n');
}

export function templateReply(template: string, problems: readonly ScaffoldProblem[]): string {
  return [
    `### Nothing was created: the template \`${template}\` cannot run`,
    '',
    ...problems.map((p) => `- ${p.where ? `step \`${p.where}\`: ` : ''}${p.message}`),
    '',
    `This is for the template's owners to fix; once it is fixed, ${TRY_AGAIN.toLowerCase()}`,
  ].join('\n');
}

export function takenReply(publish: PublishRequest): string {
  return [
    `### Nothing was created: ${publish.owner}/${publish.repo} already exists`,
    '',
    'A repository of that name exists and was not made for this issue. Choose another name, then edit the issue.',
  ].join('\n');
}

export function notAllowedReply(login: string, catalog: string): string {
  return [
    '### Nothing was created',
    '',
    `@${login} cannot write to \`${catalog}\`, and Callboard creates repositories for people who can: ask one of them`,
    'to open the request.',
  ].join('\n');
}

export function elsewhereReply(publish: PublishRequest, organization: string): string {
  return [
    `### Nothing was created: ${publish.host}/${publish.owner} is not this organisation`,
    '',
    `Callboard creates repositories in ${organization} only. Answer with a repository in ${organization}, then edit the issue.`,
  ].join('\n');
}

export function interruptedReply(fullName: string, step: string, reason: string): string {
  return [
    `### Creating ${fullName} stopped half-way`,
    '',
    `${step} failed: ${reason}`,
    '',
    `Callboard tries again by itself; ${TRY_AGAIN.toLowerCase()} It continues where it stopped, and does nothing twice.`,
  ].join('\n');
}
