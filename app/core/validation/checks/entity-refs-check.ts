import { DEFAULT_NAMESPACE } from '../../model/entity.ts';
import { parseEntityRef } from '../../model/entity-ref.ts';
import { refValues } from '../../model/entity-relations.ts';
import { kindLabel, type RefField } from '../../model/kinds.ts';
import { withArticle } from '../../words.ts';
import { pointerOf } from '../json-pointer.ts';
import { problem, type Problem } from '../problem.ts';
import type { Check } from './check.ts';

/**
 * Every reference field must parse as `[kind:][namespace/]name` (Backstage fails the entity when
 * one does not), `dependsOn`/`dependencyOf` must name their kind, and a reference to a kind the
 * relation cannot point at (an owner that is a Component) is flagged: Backstage's newer model
 * layer silently drops such relations.
 */
export const entityRefsCheck: Check = ({ entity, definition }) => {
  if (!entity || !definition) return [];
  const spec = entity.spec ?? {};
  const namespace = entity.metadata.namespace || DEFAULT_NAMESPACE;
  const declared = (definition.spec.properties ?? {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const field of definition.refFields) {
    const raw = spec[field.field];
    const listed = Array.isArray(raw);
    refValues(raw).forEach((value, i) => {
      // Declared fields are typed by the schema, which reports non-strings more plainly.
      if ((typeof value !== 'string' || value === '') && field.field in declared) return;
      problems.push(
        ...checkRef(field, value, () => pointerOf(['spec', field.field, ...(listed ? [i] : [])]), namespace),
      );
    });
  }
  return problems;
};

function checkRef(field: RefField, value: unknown, pointerOfValue: () => string, namespace: string): Problem[] {
  const parsed = parseEntityRef(value, { defaultKind: field.defaultKind, defaultNamespace: namespace });
  const kind = parsed.ok ? parsed.ref.kind.toLowerCase() : '';
  const allowed = !field.allowedKinds || field.allowedKinds.some((k) => k.toLowerCase() === kind);
  if (parsed.ok && typeof value === 'string' && allowed) return [];
  const pointer = pointerOfValue();
  const name = `spec.${field.field}`;
  if (!parsed.ok) {
    const text = typeof value === 'string' ? value : '';
    const fix = parsed.missingKind
      ? `"${name}" needs the kind in every reference: write ${(field.allowedKinds ?? ['component'])
          .map((k) => `"${k.toLowerCase()}:${text || 'name'}"`)
          .join(' or ')}.`
      : `Write the reference as [kind:][namespace/]name, e.g. ${field.defaultKind ? `${field.defaultKind.toLowerCase()}:default/` : 'component:default/'}${text.replace(/[:/]/g, '') || 'name'}.`;
    return [
      problem('error', 'entity-ref', pointer, parsed.message, { expected: `a reference to ${field.describes}`, fix }),
    ];
  }
  const problems: Problem[] = [];
  if (typeof value !== 'string') {
    problems.push(
      problem('warning', 'entity-ref', pointer, `"${name}" holds a reference written as a mapping`, {
        fix: `Write it as a string, e.g. ${parsed.ref.kind.toLowerCase()}:${parsed.ref.namespace}/${parsed.ref.name}.`,
      }),
    );
  }
  if (field.allowedKinds && !allowed) {
    problems.push(
      problem(
        'warning',
        'relation-target-kind',
        pointer,
        `"${name}" refers to ${withArticle(kindLabel(parsed.ref.kind))} (${String(value)}), but it should refer to ${field.describes}`,
        {
          expected: field.allowedKinds.map((kind) => withArticle(kindLabel(kind))).join(' or '),
          fix: `Refer to ${field.allowedKinds.map((kind) => withArticle(kindLabel(kind))).join(' or ')}; Backstage's catalog model layer drops this relation.`,
        },
      ),
    );
  }
  return problems;
}
