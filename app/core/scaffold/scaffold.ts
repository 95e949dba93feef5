/**
 * A repository made from a template, in memory: the template read, the answers checked against its
 * form, its steps run, and where it came from recorded. The same request serves `callboard
 * scaffold`, the app's self-service issues and template updates (which render an old and a new
 * version with a repository's recorded answers); it is data, so it runs in a worker with budgets.
 */
import { parseYamlDocuments } from '../descriptor/parse-yaml.ts';
import type { Notification, PublishRequest, Registration } from './actions/action.ts';
import { runTemplate, TemplateRunError, type OutputLink, type TemplateRun } from './run-template.ts';
import { TemplateProblem } from './template-engine.ts';
import type { FilterSettings } from './template-filters.ts';
import { withOrigin, type TemplateOrigin } from './template-origin.ts';
import { readTemplateSpec, TemplateSpecError, type TemplateSpec } from './template-spec.ts';
import { subtree, UnsafePathError, type FileTree } from './workspace.ts';
import { ActionInputError } from './actions/action.ts';
import { answersFromIssue } from './issue-answers.ts';
import { checkValues } from './parameters.ts';

export interface ScaffoldRequest {
  /** template.yaml's text. */
  templateText: string;
  /** Every file of the template's folder, by path inside it. */
  template: FileTree;
  /** The answers (parameters), as given: checked against the form here. */
  answers: Record<string, unknown>;
  /** Or an issue opened with the template's form, whose answers are read here (`answers` is then ignored). */
  issue?: { body: string; organization: string };
  /** Recorded in the answers file and annotations: where the template is and which version. */
  source: string;
  version: string;
  /** The issue that asked, recorded with the origin. */
  request?: string;
  settings?: FilterSettings;
  user?: { ref?: string };
}

export type Scaffolded =
  | {
      ok: true;
      spec: Pick<TemplateSpec, 'ref' | 'name' | 'title'>;
      /** The new repository's files (the publish step's folder of the workspace, origin recorded). */
      files: FileTree;
      publish?: PublishRequest;
      registrations: Registration[];
      notifications: Notification[];
      links: OutputLink[];
      text: TemplateRun['text'];
      log: string[];
    }
  /** The answers are wrong (each field named), or the template cannot run (each reason). */
  | { ok: false; kind: 'answers' | 'template'; problems: ScaffoldProblem[] };

export interface ScaffoldProblem {
  /** The parameter's name for an answer, the step's id for a template error ('' for the whole). */
  where: string;
  message: string;
}

export function scaffold(request: ScaffoldRequest): Scaffolded {
  let spec: TemplateSpec;
  try {
    spec = readTemplate(request.templateText);
  } catch (error) {
    if (error instanceof TemplateSpecError)
      return { ok: false, kind: 'template', problems: error.reasons.map((message) => ({ where: '', message })) };
    throw error;
  }
  const checked = request.issue
    ? answersFromIssue(
        request.issue.body,
        {
          name: spec.name,
          title: spec.title,
          ...(spec.description ? { description: spec.description } : {}),
          parameters: spec.parameters,
        },
        { organization: request.issue.organization },
      )
    : checkValues(spec.parameters, request.answers);
  if ('problems' in checked)
    return {
      ok: false,
      kind: 'answers',
      problems: checked.problems.map((p) => ({ where: p.field, message: p.message })),
    };
  const parameters = checked.values;
  let run: TemplateRun;
  try {
    run = runTemplate({
      spec,
      template: request.template,
      parameters,
      ...(request.user ? { user: request.user } : {}),
      ...(request.settings ? { settings: request.settings } : {}),
    });
  } catch (error) {
    if (isTemplateMistake(error)) {
      const problem =
        error instanceof TemplateRunError
          ? { where: error.step, message: error.reason }
          : { where: '', message: error.message };
      return { ok: false, kind: 'template', problems: [problem] };
    }
    throw error;
  }
  const origin: TemplateOrigin = {
    template: spec.ref,
    source: request.source,
    version: request.version,
    answers: parameters,
    ...(request.request ? { request: request.request } : {}),
  };
  const recorded = withOrigin(run, origin, spec.parameters);
  return {
    ok: true,
    spec: { ref: spec.ref, name: spec.name, title: spec.title },
    // The workspace's `sourcePath` folder is the repository's root.
    files: subtree(recorded, run.publish?.sourcePath ?? ''),
    ...(run.publish ? { publish: run.publish } : {}),
    registrations: run.registrations,
    notifications: run.notifications,
    links: run.links,
    text: run.text,
    log: run.log,
  };
}

export function readTemplate(text: string): TemplateSpec {
  const documents = parseYamlDocuments(text);
  const [document] = documents;
  if (!document || document.errors.length)
    throw new TemplateSpecError([`template.yaml is not YAML: ${document?.errors[0]?.message ?? 'it is empty'}`]);
  return readTemplateSpec(document.toJSON());
}

const isTemplateMistake = (error: unknown): error is Error =>
  error instanceof TemplateRunError ||
  error instanceof TemplateProblem ||
  error instanceof ActionInputError ||
  error instanceof UnsafePathError;
