/**
 * Migrations, as the catalog repository's `migrations/<id>.yaml` declare them: which repositories
 * (a catalog query, name globs, explicit lists), what to change in each (ordered steps), and when a
 * repository counts as migrated (a condition in the scorecard rule language). Sourcegraph's batch
 * spec and turbolift's campaign are the anchors; the steps are declarative (no scripts), so a plan
 * is pure: the same spec and the same files give the same changes, locally and in the app.
 */
import type { FileChange } from '../file-change.ts';
import type { Condition, EntityFilter } from '../scorecard/scorecard-model.ts';

export const MIGRATION_API_VERSION = 'callboard.dev/v1';
export const MIGRATION_KIND = 'Migration';
/** Where specs live in the catalog repository: `migrations/<id>.yaml`, templates in `migrations/<id>/`. */
export const MIGRATIONS_FOLDER = 'migrations';
/** The branch of a migration's pull request in each repository. */
export const migrationBranch = (id: string) => `callboard/migrate/${id}`;

/** Which entities a migration is for: the scorecard filter, plus domains, namespaces and failing checks. */
export interface EntityQuery extends EntityFilter {
  domain?: string[];
  namespace?: string[];
  /** The entity fails (or has not reported) one of these scorecard checks. */
  failing?: { track: string; check: string }[];
}

export interface MigrationTargets {
  /** Repositories with an entity matching every field given (each field: any of its values). */
  entities?: EntityQuery;
  /** Repository names (`svc-*`) or full names (`acme/svc-*`), as globs; any may match. */
  repositories?: string[];
  /** `false`: only repositories without any entity in the catalog (onboarding); `true`: only catalogued ones. */
  catalogued?: boolean;
  /** Full names always included (when not excluded), whatever the query says. */
  include: string[];
  /** Full names never included. */
  exclude: string[];
}

/** A path into a YAML or JSON document: keys and list indexes. */
export type DocumentPath = (string | number)[];

export type EditOperation =
  | { op: 'set'; path: DocumentPath; value: unknown }
  /** Deep-merges a mapping into the mapping at `path` (created when missing). */
  | { op: 'merge'; path: DocumentPath; value: Record<string, unknown> }
  | { op: 'delete'; path: DocumentPath }
  /** Appends to the list at `path` (created when missing); nothing when an equal item is already there. */
  | { op: 'append'; path: DocumentPath; value: unknown };

export type MigrationStep =
  /** Renders every file of a folder beside the spec into the repository (paths and contents templated). */
  | { kind: 'files'; from: string; to: string; overwrite: boolean }
  /** Edits YAML or JSON files matching a glob, keeping comments, key order and formatting. */
  | { kind: 'edit'; files: string; format: 'yaml' | 'json' | 'auto'; operations: EditOperation[] }
  /** Replaces text matching a (linear-time) regular expression in files matching a glob. */
  | { kind: 'replace'; files: string; pattern: string; flags: string; with: string }
  /** Deletes files matching any of the globs. */
  | { kind: 'delete'; files: string[] };

/** A step as the spec wrote it, with where it is (for messages). */
export type LocatedStep = MigrationStep & { index: number; name?: string; line: number };

export interface MigrationSpec {
  /** The file's name without `.yaml`: the branch, the markers and the dashboard are keyed by it. */
  id: string;
  title: string;
  /** Markdown: the pull request body's why. */
  description: string;
  /** A catalog group (`group:default/platform`), who asked. */
  owner: string;
  /** `YYYY-MM-DD`. */
  deadline?: string;
  /** Changing it re-opens declined pull requests. `1` when not given. */
  version: string;
  targets: MigrationTargets;
  steps: LocatedStep[];
  /** When a repository counts as migrated; without it, a repository the steps would not change has migrated. */
  migrated?: Condition;
  /** Template values, themselves templated from the entity and repository (`${{ entity.name }}`). */
  values: Record<string, unknown>;
  pullRequest: { labels: string[]; draft: boolean };
  /** The spec's path in the catalog repository (`migrations/<id>.yaml`). */
  source: string;
}

/** What a template sees, for one repository: `${{ values.x }}`, `${{ entity.owner }}`, `${{ repository.name }}`. */
export interface TemplateContext {
  values: Record<string, unknown>;
  /** The repository's first matching entity (its root descriptor's first, else the first by ref); absent when none. */
  entity?: {
    ref: string;
    kind: string;
    namespace: string;
    name: string;
    title: string | null;
    type: string | null;
    lifecycle: string | null;
    owner: string | null;
    system: string | null;
    domain: string | null;
    tags: string[];
  };
  repository: {
    owner: string;
    name: string;
    fullName: string;
    defaultBranch: string;
    /** Guessed from the files (onboarding): the most used language, a likely component type and owner. */
    language: string | null;
    type: string;
    guessedOwner: string | null;
  };
  migration: { id: string; title: string; version: string };
}

/** Where each repository stands against a spec, computed from its files (nothing on GitHub). */
export type RepositoryPlan =
  | { repository: string; status: 'not-applicable'; reason: string }
  | { repository: string; status: 'migrated'; evidence: string }
  | {
      repository: string;
      status: 'changes';
      changes: FileChange[];
      diff: string;
      notes: string[];
      /** Open the pull request as a draft whatever the campaign says (a template update with conflicts). */
      draft?: boolean;
    }
  | { repository: string; status: 'failed'; reason: string };
