/**
 * `catalog:write` and `catalog:register`, as Backstage's actions do them. `catalog:write` writes the
 * entity with `yaml.stringify` and the `backstage.io/source-template` annotation. `catalog:register`
 * records the descriptor to register and reports its entity as Backstage does (the first Component
 * not named `generated-…`, else the first entity): Callboard's catalog lists the repository once its
 * first commit lands, so registering means reading that file.
 */
import { stringify } from 'yaml';
import { isRecord } from '../../model/entity.ts';
import { stringifyEntityRef } from '../../model/entity-ref.ts';
import { parseYamlDocuments } from '../../descriptor/parse-yaml.ts';
import { SOURCE_TEMPLATE } from '../template-origin.ts';
import { childPath, textFile } from '../workspace.ts';
import { ActionInputError, booleanInput, stringInput, type ActionContext, type TemplateAction } from './action.ts';

export const catalogWrite: TemplateAction = {
  id: 'catalog:write',
  run(input, context) {
    const path = childPath('', stringInput(input, 'filePath', this.id) ?? 'catalog-info.yaml');
    const entity = input.entity;
    if (!isRecord(entity) || !isRecord(entity.metadata))
      throw new ActionInputError(`${this.id}: input entity must be an entity with metadata`);
    const annotations = {
      ...(entity.metadata.annotations as object),
      [SOURCE_TEMPLATE]: context.templateRef,
    };
    const written = { ...entity, metadata: { ...entity.metadata, annotations } };
    context.log(`Writing ${path}`);
    context.workspace.write(path, textFile(stringify(written)));
  },
};

export const catalogRegister: TemplateAction = {
  id: 'catalog:register',
  run(input, context) {
    const action = this.id;
    const optional = booleanInput(input, 'optional', action) ?? false;
    const path = registeredPath(input, context);
    const entityRef = entityRefIn(context, path);
    context.requests.registrations.push({ path, optional, ...(entityRef ? { entityRef } : {}) });
    if (entityRef) context.output('entityRef', entityRef);
    else if (!optional)
      throw new ActionInputError(`${action}: ${path} holds no entity in the new repository; write it before this step`);
  },
};

/** The descriptor's path in the new repository: `repoContentsUrl` + `catalogInfoPath`, or `catalogInfoUrl`. */
function registeredPath(input: Record<string, unknown>, context: ActionContext): string {
  const action = catalogRegister.id;
  const publish = context.requests.publish;
  if (!publish) throw new ActionInputError(`${action}: runs after publish:github, which names the repository`);
  const base = `https://${publish.host}/${publish.owner}/${publish.repo}/blob/${publish.defaultBranch}`;
  const url = stringInput(input, 'catalogInfoUrl', action);
  if (url !== undefined) {
    if (!url.startsWith(`${base}/`))
      throw new ActionInputError(`${action}: catalogInfoUrl must point into the new repository (${base}/…)`);
    return childPath('', url.slice(base.length + 1));
  }
  const contents = stringInput(input, 'repoContentsUrl', action);
  if (contents !== undefined && contents !== base)
    throw new ActionInputError(`${action}: repoContentsUrl must be publish:github's repoContentsUrl (${base})`);
  // Backstage writes the path from the repository's root: `/catalog-info.yaml`.
  const path = stringInput(input, 'catalogInfoPath', action) ?? '/catalog-info.yaml';
  return childPath('', path.startsWith('/') ? path.slice(1) : path);
}

function entityRefIn(context: ActionContext, path: string): string | undefined {
  const source = context.requests.publish?.sourcePath ?? '';
  const file = context.workspace.files.get(childPath(source, path));
  if (!file) return undefined;
  const entities = parseYamlDocuments(new TextDecoder().decode(file.content))
    .map((document) => document.toJSON() as unknown)
    .filter(
      (value): value is { kind: string; metadata: { name: string; namespace?: string } } =>
        isRecord(value) &&
        typeof value.kind === 'string' &&
        isRecord(value.metadata) &&
        typeof value.metadata.name === 'string',
    );
  const named = entities.filter((e) => !e.metadata.name.startsWith('generated-'));
  const entity = named.find((e) => e.kind === 'Component') ?? named[0] ?? entities[0];
  if (!entity) return undefined;
  const { kind, metadata } = entity;
  return stringifyEntityRef({ kind, namespace: metadata.namespace ?? 'default', name: metadata.name });
}
