/**
 * An entity's references, field by field, as canonical refs with the JSON pointer of each value:
 * what a change to a descriptor adds or removes, and where to annotate a reference that points
 * nowhere. Defaults are applied as Backstage applies them (the field's default kind, the entity's
 * namespace); values that do not parse are validation's to report and are skipped here.
 */
import type { Entity } from '../model/entity.ts';
import { compoundRefOf, parseEntityRef, stringifyEntityRef } from '../model/entity-ref.ts';
import { refValues } from '../model/entity-relations.ts';
import { createKindRegistry, type RefField } from '../model/kinds.ts';

export interface EntityReference {
  field: RefField;
  /** Canonical target ref. */
  target: string;
  /** Where the value is, e.g. `/spec/dependsOn/1`. */
  pointer: string;
}

const registry = createKindRegistry();

export function entityReferences(entity: Entity): EntityReference[] {
  const lookup = registry.lookup(entity.apiVersion, entity.kind, (entity.spec as { type?: unknown } | undefined)?.type);
  if (!('found' in lookup)) return [];
  const namespace = compoundRefOf(entity).namespace;
  const references: EntityReference[] = [];
  for (const field of lookup.found.refFields) {
    const value = entity.spec?.[field.field];
    refValues(value).forEach((v, i) => {
      const parsed = parseEntityRef(v, { defaultKind: field.defaultKind, defaultNamespace: namespace });
      if (!parsed.ok) return;
      references.push({
        field,
        target: stringifyEntityRef(parsed.ref),
        pointer: Array.isArray(value) ? `/spec/${field.field}/${i}` : `/spec/${field.field}`,
      });
    });
  }
  return references;
}

/** A ref for people: `group team-a`, `component billing/invoices`. */
export function refWords(ref: string): string {
  const colon = ref.indexOf(':');
  const slash = ref.indexOf('/', colon);
  const kind = ref.slice(0, colon);
  const namespace = ref.slice(colon + 1, slash);
  const name = ref.slice(slash + 1);
  return `${kind === 'api' ? 'API' : kind} ${namespace === 'default' ? name : `${namespace}/${name}`}`;
}
