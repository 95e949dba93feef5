import type { Entity } from '../model/entity.ts';
import type { LocatedProblem } from '../validation/problem.ts';

export interface EntitySummary {
  /** Canonical ref, lowercased, as Backstage keys entities: `component:default/artist-lookup`. */
  ref: string;
  kind: string;
  namespace: string;
  name: string;
  /** 1-based number of the document in its file. */
  document: number;
  line: number;
  /**
   * False when the entity has errors of its own: Backstage would not ingest it. The organisation's catalog checks
   * (dangling references, conflicts) leave it alone.
   */
  valid: boolean;
  /** The entity as read, placeholders resolved (not printed; the catalog keeps it). */
  entity: Entity;
}

export interface FileReport {
  path: string;
  entities: EntitySummary[];
  problems: LocatedProblem[];
  /** Why the file was not validated (e.g. a template skeleton); absent when it was. */
  skipped?: string;
}

export interface ValidationSummary {
  files: number;
  skipped: number;
  entities: number;
  errors: number;
  warnings: number;
}

export interface ValidationReport {
  files: FileReport[];
  summary: ValidationSummary;
  /** Why the repository was not checked whole (it went over its budget): what was not read is unknown, not gone. */
  incomplete?: string;
}

export function summarize(files: FileReport[]): ValidationReport {
  const validated = files.filter((f) => !f.skipped);
  const count = (severity: string) =>
    validated.reduce((n, f) => n + f.problems.filter((p) => p.severity === severity).length, 0);
  return {
    files,
    summary: {
      files: validated.length,
      skipped: files.length - validated.length,
      entities: validated.reduce((n, f) => n + f.entities.length, 0),
      errors: count('error'),
      warnings: count('warning'),
    },
  };
}
