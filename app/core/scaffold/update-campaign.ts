/**
 * A template's updates as a bot pull request campaign: one branch per template
 * (`callboard/template/<name>`) in every repository made from it, whose version is the template's
 * commit, so an update declined is offered again when the template changes again. What the pull
 * request says: which template, from which version to which, what it changes, which files have
 * conflicts (and that it is a draft until they are resolved).
 */
import type { FileChange } from '../file-change.ts';
import type { PullRequestCampaign } from '../migration/campaign/pull-request-campaign.ts';
import { changesHash, formatMarker, type CloseReason } from '../migration/campaign/pull-request-text.ts';

export interface UpdatedTemplate {
  /** `template:default/node-service`. */
  ref: string;
  name: string;
  title: string;
  /** Where its template.yaml is: `acme/golden-paths/templates/node-service/template.yaml`. */
  source: string;
  /** The commit of the template's repository now. */
  version: string;
}

export const templateBranch = (name: string) => `callboard/template/${campaignId(name)}`;

/** The campaign's id in markers: `template-` and the template's name in `[a-z0-9-]`. */
function campaignId(name: string): string {
  let id = '';
  for (const c of name.toLowerCase()) id += /[a-z0-9]/.test(c) ? c : '-';
  return id.slice(0, 90) || 'template';
}

export const short = (version: string) => version.slice(0, 12);

export function templateCampaign(template: UpdatedTemplate): PullRequestCampaign {
  return {
    id: `template-${campaignId(template.name)}`,
    version: short(template.version),
    title: `Update from the template "${template.title}"`,
    branch: templateBranch(template.name),
    origin: `Template ${template.ref}, version ${short(template.version)}`,
    pullRequest: { labels: [], draft: false },
    notes: {
      leftAlone: [
        '### Callboard leaves this branch alone',
        '',
        `Someone other than Callboard pushed to \`${templateBranch(template.name)}\`, so Callboard no longer updates it:`,
        'your changes stay. The next change to the template opens a new update.',
      ].join('\n'),
      declined: [
        '### Callboard will not open this again',
        '',
        `This update was closed without merging, so this repository skips version ${short(template.version)} of the template.`,
        'The next change to the template offers the update again, with everything it brings.',
      ].join('\n'),
      closed: (reason: CloseReason, detail: string) =>
        [
          '### Callboard closed this pull request',
          '',
          reason === 'migrated'
            ? `This repository has the template's change without it${detail ? `: ${detail}` : ''}.`
            : `The template is gone from the catalog, so there is nothing to update from${detail ? `: ${detail}` : ''}.`,
        ].join('\n'),
    },
  };
}

export interface UpdateText {
  template: UpdatedTemplate;
  /** The version the repository was made from, or last updated to. */
  from: string;
  changes: readonly FileChange[];
  notes: readonly string[];
  draft: boolean;
}

export function updateBody(text: UpdateText): string {
  const { template, changes, notes } = text;
  const campaign = templateCampaign(template);
  const lines = [
    `This repository was made from the template **${template.title}** (\`${template.ref}\`), which has changed since`,
    `version \`${short(text.from)}\`. This pull request brings it to version \`${short(template.version)}\`: the`,
    "template's change merged three ways with this repository's own changes, which are kept.",
    '',
    ...(text.draft
      ? [
          '**This is a draft: some files have conflicts**, marked the way git marks them (`<<<<<<<`, `=======`,',
          '`>>>>>>>`). Resolve them on this branch, then mark the pull request ready for review.',
          '',
        ]
      : []),
    ...notes.map((n) => `> ${n}`),
    ...(notes.length ? [''] : []),
    '<details><summary>What this pull request changes</summary>',
    '',
    ...changes.map((c) => `- \`${c.path}\` ${c.content === null ? 'deleted' : 'written'}`),
    '',
    '</details>',
    '',
    '**Callboard keeps this pull request current** while nobody else pushes to its branch: when the template',
    'changes again, it makes the update again. Push to the branch and Callboard leaves it to you.',
    '',
    `**Not now?** Close it: Callboard will not open it again until the template changes again.`,
    '',
    `<sub>Template \`${template.ref}\` at \`${template.source}\`; the answers this repository was made with are in \`.callboard/template.yaml\`.</sub>`,
    '',
    formatMarker({ campaign: campaign.id, version: campaign.version, changes: changesHash(changes) }),
  ];
  return lines.join('\n');
}
