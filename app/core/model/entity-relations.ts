import type { Entity } from './entity.ts';
import { compoundRefOf, parseEntityRef, stringifyEntityRef } from './entity-ref.ts';
import type { KindDefinition } from './kinds.ts';
import type { Relation } from './relations.ts';

/**
 * Both directions of every relation an entity's reference fields declare, as Backstage's
 * BuiltinKindsEntityProcessor emits them: the referring entity's namespace is the default, each
 * field has its default kind, and references that do not parse are left to validation to report.
 */
export function entityRelations(entity: Entity, definition: KindDefinition): Relation[] {
  const self = compoundRefOf(entity);
  const selfRef = stringifyEntityRef(self);
  const relations: Relation[] = [];
  for (const field of definition.refFields) {
    for (const value of refValues(entity.spec?.[field.field])) {
      const parsed = parseEntityRef(value, { defaultKind: field.defaultKind, defaultNamespace: self.namespace });
      if (!parsed.ok) continue;
      const target = stringifyEntityRef(parsed.ref);
      relations.push({ source: selfRef, type: field.forward, target });
      relations.push({ source: target, type: field.reverse, target: selfRef });
    }
  }
  return relations;
}

/** A reference field holds one reference or a list of them. */
export const refValues = (value: unknown): readonly unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
