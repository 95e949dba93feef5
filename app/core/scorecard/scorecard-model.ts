/**
 * Scorecards, as the catalog repository's `scorecards/*.yaml` declare them: tracks made of ordered
 * levels made of checks (Soundcheck's model). A check is a rule over facts; a level is reached when
 * every check of it and of the levels below is satisfied. What a check decided is a result with one
 * of Soundcheck's states, the evidence that decided it, and a hint for fixing it.
 */

/** Which entities a track or a check applies to; every field given must match (each field: any of its values). */
export interface EntityFilter {
  kind?: string[];
  type?: string[];
  lifecycle?: string[];
  tags?: string[];
  /** Entity refs (`system:default/audio`, or a bare name for the default namespace). */
  system?: string[];
  owner?: string[];
}

export type Operator =
  | 'exists'
  | 'equal'
  | 'notEqual'
  | 'matches'
  | 'doesNotMatch'
  | 'contains'
  | 'doesNotContain'
  | 'in'
  | 'notIn'
  | 'lessThan'
  | 'lessThanInclusive'
  | 'greaterThan'
  | 'greaterThanInclusive';

export const OPERATORS: readonly Operator[] = [
  'exists',
  'equal',
  'notEqual',
  'matches',
  'doesNotMatch',
  'contains',
  'doesNotContain',
  'in',
  'notIn',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
];

/** A named fact (`ci.tests.count`), optionally a JSONPath into it (`entity` + `$.spec.owner`). */
export interface FactCondition {
  fact: string;
  path?: string;
  operator: Operator;
  value?: unknown;
}

/**
 * A repository file: that some file matches the glob (`exists`), or its content (`matches`,
 * `contains`), or a value at a JSONPath in it (JSON, YAML or TOML). A glob starting with `/` is
 * from the repository's root; otherwise from the entity's folder (its descriptor's, in a monorepo).
 */
export interface FileCondition {
  file: string;
  path?: string;
  operator: Operator;
  value?: unknown;
}

export type Condition =
  FactCondition | FileCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export type CheckSeverity = 'error' | 'warning';

export interface Check {
  id: string;
  title: string;
  description?: string;
  /** A failing warning is reported but does not keep the level from being reached. */
  severity: CheckSeverity;
  rule: Condition;
  /** What to do when it fails. */
  hint?: string;
  applies?: EntityFilter;
}

export interface Level {
  /** 1 for the first level. */
  ordinal: number;
  name: string;
  /** A pull request that loses this level fails the scorecard check. */
  required: boolean;
  checks: Check[];
}

export interface Track {
  name: string;
  title: string;
  description?: string;
  owner?: string;
  applies?: EntityFilter;
  levels: Level[];
  /** The file that declares it, for messages. */
  source: string;
}

export interface Exemption {
  /** The entity's ref, `kind:namespace/name`. */
  entity: string;
  track: string;
  check: string;
  justification: string;
  author: string;
  /** `YYYY-MM-DD`, the last day it applies. */
  expires: string;
  source: string;
  line: number;
}

export type ResultState = 'passed' | 'failed' | 'warning' | 'not-applicable' | 'not-reported' | 'error' | 'exempt';

/** States that keep a level from being reached. */
export const BLOCKING_STATES: ReadonlySet<ResultState> = new Set(['failed', 'not-reported', 'error']);

export interface CheckResult {
  check: string;
  title: string;
  level: number;
  severity: CheckSeverity;
  state: ResultState;
  /** What decided it: the file, value or setting. */
  evidence: string;
  hint?: string;
  exemption?: Pick<Exemption, 'justification' | 'author' | 'expires'>;
}

export interface LevelResult {
  ordinal: number;
  name: string;
  required: boolean;
  achieved: boolean;
  checks: CheckResult[];
}

export interface TrackResult {
  track: string;
  title: string;
  /** The highest level reached, 0 for none. */
  level: number;
  levels: LevelResult[];
  /** The first thing keeping the next level out of reach. */
  next?: CheckResult;
}

export interface EntityScore {
  ref: string;
  /** Only the tracks that apply to it. */
  tracks: TrackResult[];
}
