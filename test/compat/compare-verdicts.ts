/**
 * Compares Callboard's verdict on a file with Backstage's: the same entities, each accepted or
 * rejected alike, and the file failing alike. A disagreement is allowed only where Callboard
 * deliberately differs (listed in the README), recognised by the rule of the problem it reports.
 */
import type { FileReport } from '../../app/core/validate/validation-report.ts';
import type { OracleVerdict } from './backstage-oracle.ts';

/** Callboard's deliberate differences: where Backstage rejects and Callboard only warns. */
export const DELIBERATE_DIFFERENCES = {
  'foreign-kind':
    "A kind or apiVersion outside Backstage's own groups is accepted with a warning: Backstage rejects it unless a custom processor knows it, which a validator cannot see.",
} as const;

const DOCUMENT_RULES = new Set(['yaml-syntax', 'document-not-object', 'envelope', 'file-too-large']);

export interface Comparison {
  agree: boolean;
  deliberate: string[];
  details: string[];
}

export function compareVerdicts(ours: FileReport, backstage: OracleVerdict): Comparison {
  const details: string[] = [];
  const deliberate: string[] = [];
  const ourFileErrors = ours.problems.filter((p) => p.severity === 'error' && DOCUMENT_RULES.has(p.rule));
  if (ourFileErrors.length > 0 !== backstage.fileErrors.length > 0) {
    details.push(
      `file errors: Callboard ${JSON.stringify(ourFileErrors.map((p) => p.message))} vs Backstage ${JSON.stringify(backstage.fileErrors)}`,
    );
  }
  const ourRefs = ours.entities.map((e) => e.ref);
  const theirRefs = backstage.entities.map((e) => e.ref);
  if (JSON.stringify(ourRefs) !== JSON.stringify(theirRefs)) {
    details.push(`entities: Callboard ${JSON.stringify(ourRefs)} vs Backstage ${JSON.stringify(theirRefs)}`);
    return { agree: false, deliberate, details };
  }
  ours.entities.forEach((entity, i) => {
    const theirs = backstage.entities[i]!;
    if (entity.valid === theirs.ok) return;
    const problems = ours.problems.filter((p) => p.document === entity.document);
    const why = entity.valid ? problems.find((p) => p.rule in DELIBERATE_DIFFERENCES)?.rule : undefined;
    if (why) {
      deliberate.push(why);
      return;
    }
    details.push(
      `${entity.ref}: Callboard ${
        entity.valid
          ? 'accepts'
          : `rejects (${problems
              .filter((p) => p.severity === 'error')
              .map((p) => p.message)
              .join('; ')})`
      }, Backstage ${theirs.ok ? 'accepts' : `rejects (${theirs.errors.join('; ')})`}`,
    );
  });
  return { agree: details.length === 0, deliberate, details };
}
