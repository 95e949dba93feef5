/**
 * A problem found in a descriptor: a value with a position, never a thrown string.
 * `rule` is a stable identifier (documented in docs/cli.md) so tools can filter on it;
 * `message` keeps Backstage's wording where Backstage has one, so existing knowledge applies.
 */
export type Severity = 'error' | 'warning';

export type RuleId =
  | 'yaml-syntax'
  | 'document-not-object'
  | 'envelope'
  | 'entity-schema'
  | 'root-field'
  | 'field-format'
  | 'api-version'
  | 'foreign-kind'
  | 'kind-schema'
  | 'entity-ref'
  | 'relation-target-kind'
  | 'placeholder'
  | 'location-target'
  | 'duplicate-entity'
  | 'user-schema'
  | 'no-entities'
  | 'file-too-large'
  | 'over-budget'
  | 'symbolic-link'
  | 'catalog-reference'
  | 'catalog-conflict'
  | 'scorecard'
  | 'migration'
  | 'api-breaking-change';

export interface Problem {
  severity: Severity;
  rule: RuleId;
  message: string;
  /** What a valid value looks like, when that is not already in the message. */
  expected?: string;
  /** How to fix it, in one sentence the author can act on. */
  fix?: string;
  /** JSON pointer into the document ('' is the document itself). */
  pointer: string;
  /** Set when the problem is about a key (an unknown field, a bad label key) rather than its value. */
  atKey?: boolean;
  /** For a problem about part of a string value (a construct in a pattern): its 0-based character range. */
  span?: [number, number];
}

/** A problem placed in a file: 1-based line and column, 1-based document number. */
export interface LocatedProblem extends Problem {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  document: number;
  entity?: string;
}

export const problem = (
  severity: Severity,
  rule: RuleId,
  pointer: string,
  message: string,
  extra: Partial<Pick<Problem, 'expected' | 'fix' | 'atKey' | 'span'>> = {},
): Problem => ({ severity, rule, message, pointer, ...extra });
