/**
 * The oracle: what Backstage itself decides about a descriptor file, computed by Backstage's own
 * published code (devDependencies only, never shipped): `parseEntityYaml` (plugin-catalog-node),
 * the entity envelope validator, the `PlaceholderProcessor` and `BuiltinKindsEntityProcessor`
 * (plugin-catalog-backend), the default policy chain and the kind validators of
 * `@backstage/catalog-model` (plus `/alpha` for AiResource and MCP-server APIs), the scaffolder's
 * Template validator and its ScaffolderEntitiesProcessor (Template relations). Only the glue between them (the order of
 * steps and the output collector's
 * annotation handling) is restated here, from plugin-catalog-backend 4.0.0's
 * DefaultCatalogProcessingOrchestrator and ProcessorOutputCollector.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { REPO_ROOT } from '../support/paths.ts';

// Backstage is loaded through its CommonJS builds: its ESM builds import `lodash/isEqual` without
// an extension, which bundlers accept and Node's own ESM loader does not.
const require = createRequire(import.meta.url);
const model = require('@backstage/catalog-model') as typeof import('@backstage/catalog-model');
const alpha = require('@backstage/catalog-model/alpha') as typeof import('@backstage/catalog-model/alpha');
const { ConfigReader } = require('@backstage/config') as typeof import('@backstage/config');
const { ScmIntegrations } = require('@backstage/integration') as typeof import('@backstage/integration');
const { BuiltinKindsEntityProcessor, PlaceholderProcessor } =
  require('@backstage/plugin-catalog-backend') as typeof import('@backstage/plugin-catalog-backend');
const { parseEntityYaml } =
  require('@backstage/plugin-catalog-node') as typeof import('@backstage/plugin-catalog-node');
const { templateEntityV1beta3Validator } =
  require('@backstage/plugin-scaffolder-common') as typeof import('@backstage/plugin-scaffolder-common');
const { ScaffolderEntitiesProcessor } =
  require('@backstage/plugin-catalog-backend-module-scaffolder-entity-model') as typeof import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model');
// The three resolvers the catalog builder registers by default are not re-exported by the package
// index; they are loaded from the same published file the index itself uses.
const { jsonPlaceholderResolver, textPlaceholderResolver, yamlPlaceholderResolver } = require(
  join(REPO_ROOT, 'node_modules/@backstage/plugin-catalog-backend/dist/processors/PlaceholderProcessor.cjs.js'),
);
const { parseEntityRef, stringifyEntityRef } = model;

export interface OracleEntity {
  ref: string;
  ok: boolean;
  errors: string[];
  /** The relations Backstage's processors emitted, as `source type target` with canonical refs. */
  relations: string[];
}

export interface OracleVerdict {
  /** Errors not tied to one entity: YAML errors, non-object documents, envelope failures. */
  fileErrors: string[];
  entities: OracleEntity[];
}

export interface OracleInput {
  /** Repository-relative path of the file. */
  path: string;
  text: string;
  /** Other files of the repository, by repository-relative path. */
  read(path: string): string | undefined;
  /** `https://github.com/owner/repo` when the file is ingested from GitHub; otherwise a non-SCM URL is used. */
  repositoryUrl?: string;
}

type KindValidator = { check(entity: Entity): Promise<boolean> };

const integrations = ScmIntegrations.fromConfig(new ConfigReader({}));
const policy = model.EntityPolicies.allOf([
  new model.SchemaValidEntityPolicy(),
  new model.DefaultNamespaceEntityPolicy(),
  new model.NoForeignRootFieldsEntityPolicy(),
  new model.FieldFormatEntityPolicy(),
]);
const validateEnvelope = model.entityEnvelopeSchemaValidator();
const validateEntity = model.entitySchemaValidator();
const builtinKinds = new BuiltinKindsEntityProcessor();
const scaffolderEntities = new ScaffolderEntitiesProcessor();
const AI_TYPES: Record<string, KindValidator> = {
  skill: alpha.skillAiResourceEntityV1alpha1Validator,
  rule: alpha.ruleAiResourceEntityV1alpha1Validator,
  plugin: alpha.pluginAiResourceEntityV1alpha1Validator,
  marketplace: alpha.marketplaceAiResourceEntityV1alpha1Validator,
};

/** The kind validators a current Backstage has, with the catalog model's spec-type variants. */
function kindValidators(entity: Entity): KindValidator[] {
  const type = (entity.spec as { type?: unknown } | undefined)?.type;
  const api =
    entity.kind === 'API' && type === 'mcp-server'
      ? alpha.mcpServerApiEntityValidator
      : model.apiEntityV1alpha1Validator;
  const ai = (typeof type === 'string' && AI_TYPES[type]) || alpha.aiResourceEntityV1alpha1Validator;
  return [
    api,
    model.componentEntityV1alpha1Validator,
    model.resourceEntityV1alpha1Validator,
    model.groupEntityV1alpha1Validator,
    model.locationEntityV1alpha1Validator,
    model.userEntityV1alpha1Validator,
    model.systemEntityV1alpha1Validator,
    model.domainEntityV1alpha1Validator,
    templateEntityV1beta3Validator,
    ai,
  ];
}

/** Reference fields of the AiResource model layer (relations Backstage's alpha ModelProcessor emits). */
const EXTRA_REF_FIELDS: Record<string, [string, string | undefined][]> = {
  AiResource: [
    ['owner', 'Group'],
    ['system', 'System'],
    ['dependsOn', 'AiResource'],
    ['skills', 'AiResource'],
    ['plugins', 'AiResource'],
  ],
};

export async function backstageVerdict(input: OracleInput): Promise<OracleVerdict> {
  const base = input.repositoryUrl
    ? `${input.repositoryUrl}/blob/main/`
    : 'https://callboard-oracle.invalid/repository/';
  const location = { type: 'url', target: base + input.path };
  const fileErrors: string[] = [];
  const entities: OracleEntity[] = [];
  const emitted: CatalogProcessorResult[] = [...parseEntityYaml(Buffer.from(input.text), location)];
  for (const item of emitted) {
    if (item.type === 'error') {
      fileErrors.push(String(item.error));
      continue;
    }
    if (item.type !== 'entity') continue;
    const collected = collect(item.entity, location.target);
    if (typeof collected === 'string') {
      fileErrors.push(collected);
      continue;
    }
    const ref = stringifyEntityRef(collected);
    const { errors, relations } = await processEntity(collected, location, input, base);
    entities.push({ ref, ok: errors.length === 0, errors, relations });
  }
  return { fileErrors, entities };
}

/** ProcessorOutputCollector.receive for an emitted entity: envelope check, then location annotations. */
function collect(raw: unknown, target: string): Entity | string {
  let entity: Entity;
  try {
    entity = validateEnvelope(raw);
  } catch (e) {
    return `Envelope validation failed, ${String(e)}`;
  }
  const annotations = entity.metadata.annotations || {};
  if (typeof annotations !== 'object' || Array.isArray(annotations))
    return 'metadata.annotations must be a valid object';
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: {
        ...annotations,
        'backstage.io/managed-by-origin-location': `url:${target}`,
        'backstage.io/managed-by-location': `url:${target}`,
      },
    },
  };
}

/** DefaultCatalogProcessingOrchestrator.processSingleEntity, for the steps that decide validity. */
async function processEntity(
  unprocessed: Entity,
  location: { type: string; target: string },
  input: OracleInput,
  base: string,
) {
  const errors: string[] = [];
  const relations: string[] = [];
  const emit = (r: CatalogProcessorResult) => {
    if (r.type === 'error') errors.push(String(r.error));
    if (r.type === 'relation')
      relations.push(
        `${stringifyEntityRef(r.relation.source)} ${r.relation.type} ${stringifyEntityRef(r.relation.target)}`,
      );
  };
  try {
    validateEnvelope(unprocessed);
    const placeholders = new PlaceholderProcessor({
      resolvers: { json: jsonPlaceholderResolver, yaml: yamlPlaceholderResolver, text: textPlaceholderResolver },
      reader: fakeReader(input, base) as never,
      integrations,
    });
    const entity = await placeholders.preProcessEntity(structuredClone(unprocessed), location, emit);
    if (stringifyEntityRef(entity) !== stringifyEntityRef(unprocessed))
      throw new Error('The entity kind, namespace, or name changed during processing');
    await validateAndRelate(entity, location, emit);
  } catch (e) {
    errors.push(
      String(e) + ((e as { cause?: unknown }).cause ? `; caused by ${String((e as { cause?: unknown }).cause)}` : ''),
    );
  }
  return { errors, relations };
}

/**
 * What Backstage does to an entity after placeholders: sorting, the policy chain, the entity
 * schema, the kind validators and the relations (which fail on a malformed reference). Throws on
 * the first problem, as Backstage does. The benchmark measures this against Callboard's validator.
 */
export async function validateAndRelate(
  input: Entity,
  location: { type: string; target: string } = {
    type: 'url',
    target: 'https://callboard-oracle.invalid/repository/catalog-info.yaml',
  },
  emit: (r: CatalogProcessorResult) => void = () => {},
): Promise<void> {
  validateEnvelope(input);
  let entity = await builtinKinds.preProcessEntity(input);
  const enforced = await policy.enforce(entity);
  if (!enforced) throw new Error('policy returned nothing');
  entity = enforced;
  validateEntity(entity);
  let valid = false;
  for (const validator of kindValidators(entity)) if (await validator.check(entity)) valid = true;
  if (!valid)
    throw new Error(
      `No processor recognized the entity ${stringifyEntityRef(entity)} as valid, possibly caused by a foreign kind or apiVersion`,
    );
  await builtinKinds.postProcessEntity(entity, location, emit);
  await scaffolderEntities.postProcessEntity(entity, location, emit);
  for (const [field, defaultKind] of EXTRA_REF_FIELDS[entity.kind] ?? []) {
    const value = (entity.spec as Record<string, unknown> | undefined)?.[field];
    for (const target of value === undefined ? [] : [value].flat()) {
      parseEntityRef(target as string, { defaultKind, defaultNamespace: entity.metadata.namespace });
    }
  }
}

/**
 * A UrlReader over the repository's files. URLs into the repository read its files (a missing file
 * is NotFound, as GitHub answers), and so does anything else on the repository's own host; an
 * absolute URL on another host exists and holds some text, as a public OpenAPI document would.
 */
function fakeReader(input: OracleInput, base: string) {
  const host = new URL(base).host;
  return {
    async readUrl(url: string) {
      const treeBase = base.replace('/blob/', '/tree/');
      const prefix = url.startsWith(base) ? base : url.startsWith(treeBase) ? treeBase : undefined;
      if (prefix === undefined && new URL(url).host !== host)
        return { buffer: async () => Buffer.from('openapi: 3.0.0\n') };
      if (prefix === undefined)
        throw Object.assign(new Error(`NotFoundError: ${url} could not be read`), { name: 'NotFoundError' });
      const content = input.read(decodeURIComponent(url.slice(prefix.length)));
      if (content === undefined)
        throw Object.assign(new Error(`NotFoundError: ${url} could not be read`), { name: 'NotFoundError' });
      return { buffer: async () => Buffer.from(content) };
    },
  };
}
