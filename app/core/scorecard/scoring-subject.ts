/**
 * What one entity is scored on, gathered before evaluation (which is pure and synchronous): its
 * descriptor and folder, the repository's files (listed, and the texts the checks need, read
 * beforehand), and, when known, what the catalog, GitHub and CI say. A source that is absent makes
 * the checks that need it "not reported", never failed.
 */
import type { BranchProtection } from './repository-settings.ts';
import type { Entity } from '../model/entity.ts';
import type { CiFacts } from './ci-reports/ci-facts.ts';

export interface RepositoryFiles {
  /** Every file of the repository at the scored commit, repository-relative. */
  paths: readonly string[];
  /** A file's text, when it was read; undefined when it was not (or could not be). */
  text(path: string): string | undefined;
}

export interface CatalogFacts {
  owner?: { ref: string; exists: boolean; kind: string };
  dependsOn: { ref: string; exists: boolean; lifecycle?: string }[];
  dependents: number;
}

export interface GithubFacts {
  defaultBranch: string;
  visibility: string;
  archived: boolean;
  pushedAt?: string;
  /** As the forge reads it (rulesets and classic protection combined). */
  branchProtection?: BranchProtection;
  dependabot?: { alerts?: boolean; securityUpdates?: boolean };
  secretScanning?: boolean;
}

export interface ReportedCiFacts extends CiFacts {
  reportedAt?: string;
  commit?: string;
}

export interface ScoringSubject {
  /** `kind:namespace/name`, lowercased as the catalog keys it. */
  ref: string;
  entity: Entity;
  /** The entity's folder in its repository ('' for the root): where its relative file globs start. */
  folder: string;
  /** The organisation, for CODEOWNERS team handles (`@acme/team-a`). */
  organization?: string;
  files: RepositoryFiles;
  catalog?: CatalogFacts;
  github?: GithubFacts;
  ci?: ReportedCiFacts;
}
