/**
 * `publish:github`: the new repository, as Backstage's action describes it (plugin-scaffolder-
 * backend-module-github), with its defaults (`master` as the default branch, private, the default
 * branch protected, "initial commit"). Recorded, not carried out: the app creates the repository and
 * commits the workspace once every step has run. Inputs that need more than an app's repository
 * permissions (repository secrets and variables, collaborators, custom properties, OIDC) are refused
 * by name before anything is created.
 */
import { parseRepoUrl } from '../template-filters.ts';
import { childPath } from '../workspace.ts';
import {
  ActionInputError,
  booleanInput,
  requiredString,
  stringInput,
  type RepositorySettings,
  type TemplateAction,
} from './action.ts';

const NOT_SUPPORTED = ['collaborators', 'repoVariables', 'secrets', 'oidcCustomization', 'customProperties', 'access'];
const VISIBILITIES = ['private', 'internal', 'public'] as const;

export const publishGithub: TemplateAction = {
  id: 'publish:github',
  run(input, context) {
    const action = this.id;
    if (context.requests.publish)
      throw new ActionInputError(`${action}: a template creates one repository; this one has two publish:github steps`);
    for (const name of NOT_SUPPORTED)
      if (input[name] !== undefined)
        throw new ActionInputError(
          `${action}: input ${name} is not supported by Callboard (an app cannot set it when it creates a repository); remove it and set it on the repository afterwards`,
        );
    const { host, owner, repo } = parseRepoUrl(requiredString(input, 'repoUrl', action), context.engine);
    const defaultBranch = stringInput(input, 'defaultBranch', action) ?? 'master';
    const visibility = stringInput(input, 'repoVisibility', action) ?? 'private';
    if (!VISIBILITIES.includes(visibility as never))
      throw new ActionInputError(`${action}: repoVisibility must be one of ${VISIBILITIES.join(', ')}`);
    context.requests.publish = {
      host,
      owner,
      repo,
      sourcePath: childPath('', stringInput(input, 'sourcePath', action) ?? '.'),
      defaultBranch,
      commitMessage: stringInput(input, 'gitCommitMessage', action) ?? 'initial commit',
      settings: settingsOf(input, visibility as RepositorySettings['visibility']),
      protectDefaultBranch: booleanInput(input, 'protectDefaultBranch', action) ?? true,
    };
    const remoteUrl = `https://${host}/${owner}/${repo}`;
    context.output('remoteUrl', remoteUrl);
    context.output('repoContentsUrl', `${remoteUrl}/blob/${defaultBranch}`);
  },
};

function settingsOf(input: Record<string, unknown>, visibility: RepositorySettings['visibility']): RepositorySettings {
  const action = publishGithub.id;
  const topics = input.topics;
  if (topics !== undefined && (!Array.isArray(topics) || topics.some((t) => typeof t !== 'string')))
    throw new ActionInputError(`${action}: topics must be a list of strings`);
  const flags = [
    'hasIssues',
    'hasWiki',
    'hasProjects',
    'allowMergeCommit',
    'allowSquashMerge',
    'allowRebaseMerge',
    'allowAutoMerge',
    'deleteBranchOnMerge',
  ] as const;
  const settings: RepositorySettings = { visibility };
  const description = stringInput(input, 'description', action);
  const homepage = stringInput(input, 'homepage', action);
  if (description !== undefined) settings.description = description;
  if (homepage !== undefined) settings.homepage = homepage;
  if (topics) settings.topics = topics as string[];
  for (const flag of flags) {
    const value = booleanInput(input, flag, action);
    if (value !== undefined) settings[flag] = value;
  }
  return settings;
}
