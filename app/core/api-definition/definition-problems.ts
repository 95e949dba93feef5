/**
 * The catalog's problems with API definitions: one that does not read as its `spec.type` says (its
 * reference page can only show the error), and `$ref`s that leave the definition (not followed:
 * the catalog reads only what the descriptor embeds). Backstage accepts any string as a
 * definition, so these are warnings, placed at the entity and listed in errors.md.
 */
import type { CatalogEntity, CatalogProblem } from '../catalog/types.ts';
import { readApiDefinition } from './api-definition.ts';

export function definitionProblems(entities: readonly CatalogEntity[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  for (const e of entities) {
    if (e.entity.kind.toLowerCase() !== 'api' || e.status.state !== 'current') continue;
    const type = typeof e.entity.spec?.type === 'string' ? e.entity.spec.type : '';
    const definition = readApiDefinition(type, e.entity.spec?.definition);
    const at = {
      kind: 'definition' as const,
      severity: 'warning' as const,
      ref: e.ref,
      repository: e.source.repository,
      path: e.source.path,
      line: e.source.line,
      url: e.source.url,
    };
    if (!definition.ok) {
      const where = definition.line
        ? ` (line ${definition.line}${definition.column ? `, column ${definition.column}` : ''} of the definition)`
        : '';
      problems.push({ ...at, message: `${e.ref}: its ${type} definition does not read${where}: ${definition.error}` });
    } else if ('external' in definition && definition.external.length) {
      const refs = definition.external;
      problems.push({
        ...at,
        message: `${e.ref}: its definition refers to ${refs.slice(0, 3).join(', ')}${refs.length > 3 ? ` and ${refs.length - 3} more` : ''} outside it; the reference page does not follow them (bundle the definition into one file)`,
      });
    }
  }
  return problems;
}
