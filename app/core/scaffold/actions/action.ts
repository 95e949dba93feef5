/**
 * What a template step's action sees: the template's own folder, the workspace that becomes the new
 * repository, and where it reports outputs and the GitHub work it asks for. Actions run in memory
 * and write nothing to GitHub: publishing and registering are recorded here and carried out by the
 * app (or listed by `callboard scaffold`) once every step has run, so a template that fails half-way
 * creates nothing.
 */
import type { EngineOptions } from '../template-engine.ts';
import type { FileTree, Workspace } from '../workspace.ts';

/** The repository `publish:github` asks for, with the settings GitHub lets an app set. */
export interface PublishRequest {
  host: string;
  owner: string;
  repo: string;
  /** The workspace folder that becomes the repository ('' for all of it). */
  sourcePath: string;
  defaultBranch: string;
  commitMessage: string;
  settings: RepositorySettings;
  /** Branch protection of the default branch, as Backstage applies it by default. */
  protectDefaultBranch: boolean;
}

export interface RepositorySettings {
  description?: string;
  homepage?: string;
  visibility: 'private' | 'internal' | 'public';
  topics?: string[];
  hasIssues?: boolean;
  hasWiki?: boolean;
  hasProjects?: boolean;
  allowMergeCommit?: boolean;
  allowSquashMerge?: boolean;
  allowRebaseMerge?: boolean;
  allowAutoMerge?: boolean;
  deleteBranchOnMerge?: boolean;
}

/** A descriptor `catalog:register` registers: the file, in the published repository. */
export interface Registration {
  /** Path of the descriptor inside the published repository. */
  path: string;
  /** The entity Backstage's register action reports (`kind:namespace/name`), when the file holds one. */
  entityRef?: string;
  optional: boolean;
}

/** A `notification:send`: said to the person who asked (on the issue, or printed by the CLI). */
export interface Notification {
  title: string;
  info?: string;
  link?: string;
}

export interface ActionContext {
  /** Every file of the template's folder (the one holding template.yaml), by path inside it. */
  template: FileTree;
  templateRef: string;
  workspace: Workspace;
  engine: EngineOptions;
  log(line: string): void;
  output(name: string, value: unknown): void;
  requests: { publish?: PublishRequest; registrations: Registration[]; notifications: Notification[] };
}

export interface TemplateAction {
  id: string;
  run(input: Record<string, unknown>, context: ActionContext): void;
}

/** A step's input that Callboard refuses: the message names the input and what it must be. */
export class ActionInputError extends Error {}

export const stringInput = (input: Record<string, unknown>, name: string, action: string): string | undefined => {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ActionInputError(`${action}: input ${name} must be a string`);
  return value;
};

export const requiredString = (input: Record<string, unknown>, name: string, action: string): string => {
  const value = stringInput(input, name, action);
  if (value === undefined || value === '') throw new ActionInputError(`${action}: input ${name} is required`);
  return value;
};

export const booleanInput = (input: Record<string, unknown>, name: string, action: string): boolean | undefined => {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw new ActionInputError(`${action}: input ${name} must be true or false`);
  return value;
};
