/**
 * Validates one descriptor document's data, the way Backstage's processing pipeline would
 * (envelope, schema, root fields, field formats, kind schema, reference parsing), but as a
 * composition of small checks that reports every problem instead of the first.
 */
import { isRecord, type Entity } from '../model/entity.ts';
import { entityRefOf } from '../model/entity-ref.ts';
import { entityRelations } from '../model/entity-relations.ts';
import { BUILTIN_KINDS, createKindRegistry, type KindDefinition } from '../model/kinds.ts';
import type { Relation } from '../model/relations.ts';
import { allOf, type CheckSubject } from './checks/check.ts';
import { entityRefsCheck } from './checks/entity-refs-check.ts';
import { envelopeCheck } from './checks/envelope-check.ts';
import { fieldFormatCheck } from './checks/field-format-check.ts';
import { kindCheck } from './checks/kind-check.ts';
import { rootFieldsCheck } from './checks/root-fields-check.ts';
import { makeValidators, type FieldValidators } from './field-formats.ts';
import { problem, type Problem } from './problem.ts';
import { createSchemaCompiler } from './schema-compiler.ts';
import { userSchemaCheck, type UserSchemaSet } from './user-schemas.ts';

export interface EntityValidatorOptions {
  /** Replace individual field rules, as Backstage's `makeValidator(overrides)` allows. */
  fieldValidators?: Partial<FieldValidators>;
  /** Users' schemas, from `compileUserSchemas`. */
  userSchemas?: UserSchemaSet;
  kinds?: readonly KindDefinition[];
}

export interface EntityVerdict {
  problems: Problem[];
  /** Present when the envelope holds: the entity, its canonical ref and its relations. */
  entity?: Entity;
  ref?: string;
  definition?: KindDefinition;
  relations: Relation[];
}

export type EntityValidator = (value: unknown, opaque?: readonly string[]) => EntityVerdict;

export function createEntityValidator(options: EntityValidatorOptions = {}): EntityValidator {
  const registry = createKindRegistry(options.kinds ?? BUILTIN_KINDS);
  const userSchemas = options.userSchemas;
  const check = allOf([
    envelopeCheck,
    rootFieldsCheck,
    fieldFormatCheck(makeValidators(options.fieldValidators)),
    kindCheck(createSchemaCompiler()),
    entityRefsCheck,
    ...(userSchemas ? [userSchemaCheck(userSchemas)] : []),
  ]);

  return (value, opaque = []) => {
    if (!isRecord(value)) {
      const found = Array.isArray(value) ? 'a list' : typeof value;
      return {
        problems: [
          problem('error', 'document-not-object', '', `Expected object at root, got ${found}`, {
            fix: 'A descriptor document is a mapping with apiVersion, kind, metadata and spec.',
          }),
        ],
        relations: [],
      };
    }
    const subject: CheckSubject = { value: withoutNullAnnotations(value) };
    const entity = envelopeHolds(subject.value) ? subject.value : undefined;
    if (entity) {
      subject.entity = entity;
      const lookup = registry.lookup(
        entity.apiVersion,
        entity.kind,
        isRecord(entity.spec) ? entity.spec.type : undefined,
      );
      if ('found' in lookup) subject.definition = lookup.found;
      subject.claimedByUserSchema = userSchemas?.claims(entity.apiVersion, entity.kind) ?? false;
    }
    const found = check(subject);
    const problems =
      found.length === 0
        ? found
        : dedupe(found).filter((p) => !opaque.some((o) => p.pointer === o || p.pointer.startsWith(o + '/')));
    const valid = !problems.some((p) => p.severity === 'error');
    return {
      problems,
      ...(entity ? { entity, ref: entityRefOf(entity) } : {}),
      ...(subject.definition ? { definition: subject.definition } : {}),
      relations: entity && subject.definition && valid ? entityRelations(entity, subject.definition) : [],
    };
  };
}

function envelopeHolds(value: Record<string, unknown>): value is Record<string, unknown> & Entity {
  const m = value.metadata;
  const nonEmpty = (v: unknown) => typeof v === 'string' && v !== '';
  return (
    nonEmpty(value.apiVersion) &&
    nonEmpty(value.kind) &&
    isRecord(m) &&
    nonEmpty(m.name) &&
    (m.namespace === undefined || nonEmpty(m.namespace)) &&
    (m.annotations === undefined || isRecord(m.annotations))
  );
}

/** `annotations: null` means none: Backstage's catalog replaces it with its own annotations on read. */
function withoutNullAnnotations(value: Record<string, unknown>): Record<string, unknown> {
  if (!isRecord(value.metadata) || value.metadata.annotations !== null) return value;
  const { annotations: _none, ...metadata } = value.metadata;
  return { ...value, metadata };
}

/** A user schema that `$ref`s Entity repeats the built-in findings: say each thing once. */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.pointer}\0${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
