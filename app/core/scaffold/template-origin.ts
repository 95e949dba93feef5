/**
 * What a repository made from a template records, so the template's later changes can come to it
 * as pull requests: the answers file `.callboard/template.yaml` (which template, which version — the
 * catalog repository's commit — and the answers, as copier's `.copier-answers.yml` and cruft's
 * `.cruft.json` record them) and, in the descriptor the template registers, the annotations
 * Backstage and its community use: `backstage.io/source-template` and `backstage.io/template-version`.
 * Secret answers (`ui:widget: password`) are never written.
 */
import { isMap, parseAllDocuments, stringify } from 'yaml';
import { isRecord } from '../model/entity.ts';
import { stringifyEntityRef } from '../model/entity-ref.ts';
import { parseYamlDocuments } from '../descriptor/parse-yaml.ts';
import type { PublishRequest, Registration } from './actions/action.ts';
import { formFields } from './parameters.ts';
import { childPath, textFile, type FileTree, type TreeFile } from './workspace.ts';

export const ANSWERS_FILE = '.callboard/template.yaml';
export const SOURCE_TEMPLATE = 'backstage.io/source-template';
export const TEMPLATE_VERSION = 'backstage.io/template-version';

export interface TemplateOrigin {
  /** The template's entity ref: `template:default/node-service`. */
  template: string;
  /** Where its template.yaml is: `acme/catalog/templates/node-service/template.yaml`, or a local path. */
  source: string;
  /** The commit of the catalog repository the repository was rendered from (or `local`). */
  version: string;
  answers: Record<string, unknown>;
  /** The issue that asked for the repository, when one did: how a retry knows the repository is its own. */
  request?: string;
}

/** The run's files with the origin recorded: the answers file and the registered descriptors' annotations. */
/** What a run made: its workspace, the repository it publishes and the descriptors it registers. */
interface RunMade {
  workspace: FileTree;
  publish?: PublishRequest;
  registrations: readonly Registration[];
}

export function withOrigin(run: RunMade, origin: TemplateOrigin, parameters: unknown): FileTree {
  const files = new Map(run.workspace.files);
  const root = run.publish?.sourcePath ?? '';
  const answers = storedAnswers(parameters, origin.answers);
  files.set(childPath(root, ANSWERS_FILE), answersFile({ ...origin, answers }));
  for (const registration of run.registrations) {
    const path = childPath(root, registration.path);
    const file = files.get(path);
    if (file && registration.entityRef) files.set(path, annotated(file, registration.entityRef, origin));
  }
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))), folders: run.workspace.folders };
}

function answersFile(origin: TemplateOrigin): TreeFile {
  const header =
    '# Written by Callboard when this repository was created from a template: which template, which\n' +
    '# version, and the answers. Template updates come as pull requests rendered with these answers;\n' +
    '# change an answer here to have the next update use it.\n';
  return textFile(header + stringify(origin));
}

/** The answers file's content, or why it cannot be read. */
export function readOrigin(text: string): TemplateOrigin | { problem: string } {
  let value: unknown;
  try {
    const [document] = parseYamlDocuments(text);
    value = document?.toJSON();
  } catch (error) {
    return { problem: `${ANSWERS_FILE} is not YAML: ${(error as Error).message}` };
  }
  if (!isRecord(value)) return { problem: `${ANSWERS_FILE} must be a mapping` };
  const { template, source, version, answers, request } = value;
  if (typeof template !== 'string' || typeof source !== 'string' || typeof version !== 'string')
    return { problem: `${ANSWERS_FILE} needs template, source and version (text)` };
  if (answers !== undefined && !isRecord(answers)) return { problem: `${ANSWERS_FILE}: answers must be a mapping` };
  return { template, source, version, answers: answers ?? {}, ...(typeof request === 'string' ? { request } : {}) };
}

/** The descriptor with the two annotations set on the registered entity, keeping its formatting. */
function annotated(file: TreeFile, entityRef: string, origin: TemplateOrigin): TreeFile {
  const documents = parseAllDocuments(new TextDecoder().decode(file.content));
  if (!Array.isArray(documents)) return file;
  for (const document of documents) {
    const value = document.toJSON() as unknown;
    if (!isRecord(value) || !isRecord(value.metadata) || !isMap(document.get('metadata'))) continue;
    const { kind, metadata } = value;
    const ref = { kind: String(kind), namespace: String(metadata.namespace ?? 'default'), name: String(metadata.name) };
    if (stringifyEntityRef(ref) !== entityRef) continue;
    document.setIn(['metadata', 'annotations', SOURCE_TEMPLATE], origin.template);
    document.setIn(['metadata', 'annotations', TEMPLATE_VERSION], origin.version);
  }
  return textFile(documents.map((d) => d.toString()).join(''), file.kind);
}

/** The answers without the secret ones (a password widget, or `ui:backstage.review.mask`). */
export function storedAnswers(parameters: unknown, answers: Record<string, unknown>): Record<string, unknown> {
  const secret = new Set(
    formFields(parameters)
      .filter(({ schema }) => schema['ui:widget'] === 'password' || masked(schema))
      .map((field) => field.name),
  );
  return Object.fromEntries(Object.entries(answers).filter(([name]) => !secret.has(name)));
}

/** `ui:backstage: { review: { mask: '***' } }`: Backstage hides the answer on its review step. */
function masked(property: Record<string, unknown>): boolean {
  const backstage = property['ui:backstage'];
  return isRecord(backstage) && isRecord(backstage.review) && 'mask' in backstage.review;
}
