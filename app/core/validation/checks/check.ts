import type { Entity } from '../../model/entity.ts';
import type { KindDefinition } from '../../model/kinds.ts';
import type { Problem } from '../problem.ts';

/** What every check sees: the document's data and, once the envelope holds, the entity and its kind. */
export interface CheckSubject {
  value: Record<string, unknown>;
  /** Set when apiVersion, kind and metadata.name are present strings. */
  entity?: Entity;
  /** Set when the (apiVersion, kind, spec.type) is one Callboard knows. */
  definition?: KindDefinition;
  /** Set when a user schema from --schema-dir claims the entity. */
  claimedByUserSchema?: boolean;
}

export type Check = (subject: CheckSubject) => Problem[];

/** Runs every check and keeps all their problems: unlike Backstage, the author sees everything at once. */
export const allOf =
  (checks: readonly Check[]): Check =>
  (subject) => {
    const problems: Problem[] = [];
    for (const check of checks) {
      const found = check(subject);
      for (const p of found) problems.push(p);
    }
    return problems;
  };
