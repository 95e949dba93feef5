/**
 * The catalog's data: what was read from each repository (a snapshot), and what the organisation's
 * catalog is once assembled (entities with both directions of every relation, and every problem).
 * The catalog repository holds the snapshots, so the catalog's state lives in git, not a database.
 */
import type { Entity } from '../model/entity.ts';
import type { Relation } from '../model/relations.ts';
import type { LocatedProblem } from '../validation/problem.ts';

export interface CatalogRepository {
  owner: string;
  name: string;
  /** `owner/name` */
  fullName: string;
  defaultBranch: string;
  archived: boolean;
  /** `https://github.com/owner/name` */
  htmlUrl: string;
}

/** A repository as a listing gives it: its metadata, and when it was last pushed to, when the forge says. */
export interface ListedRepository extends CatalogRepository {
  /** Changes with every push (GitHub's `pushed_at`): unchanged since a snapshot means nothing to read again. */
  pushedAt?: string;
}

/** What a snapshot was read at and with: the same again means reading again would find the same. */
export interface SnapshotReading {
  /** The repository's `pushedAt` when it was read. */
  pushedAt?: string;
  /** The Callboard version that read it (a new version may read the same files differently). */
  callboard: string;
  /** The extra descriptor paths (callboard.yaml's discovery) it was read with. */
  paths: string[];
}

/** Where an entity was read: repository, file, document and line. */
export interface EntitySource {
  repository: string;
  path: string;
  document: number;
  line: number;
  /** Link to the line on the forge, e.g. https://github.com/acme/x/blob/main/catalog-info.yaml#L1 */
  url: string;
}

/** A valid entity as read (placeholders resolved), with its source. */
export interface SourcedEntity {
  /** Canonical ref, lowercased: `component:default/artist-lookup`. */
  ref: string;
  entity: Entity;
  source: EntitySource;
}

export interface FileSnapshot {
  path: string;
  /** Every problem in the file (errors and warnings), placed at line and column. */
  problems: LocatedProblem[];
  /** Refs of the entities the file defines, valid or not (when the envelope could be read). */
  refs: string[];
}

/** What one repository contributed at one commit. Stored in the catalog repository. */
export interface RepositorySnapshot {
  repository: CatalogRepository;
  /** What it was read at and with. */
  read?: SnapshotReading;
  files: FileSnapshot[];
  /** Valid entities, and the last good version of those whose descriptor broke. */
  entities: SourcedEntity[];
  /** Which of `entities` are last good versions kept from the previous snapshot, and why. */
  kept?: { ref: string; errors: string[] }[];
}

export type EntityStatus =
  /** Read and valid now. */
  | { state: 'current' }
  /** Its descriptor is broken now: this is the last good version, kept. */
  | { state: 'stale'; errors: string[] }
  /** From the GitHub organisation's teams (no descriptor defines it). */
  | { state: 'imported' };

export interface CatalogEntity extends SourcedEntity {
  /** Both directions of every relation, sorted by type then target (Backstage's stitched form). */
  relations: Relation[];
  status: EntityStatus;
  /** Its repository is archived. */
  archived: boolean;
}

export type CatalogProblemKind =
  'descriptor' | 'dangling-ref' | 'conflict' | 'config' | 'stale' | 'definition' | 'docs';

export interface CatalogProblem {
  kind: CatalogProblemKind;
  severity: 'error' | 'warning';
  message: string;
  repository?: string;
  path?: string;
  line?: number;
  column?: number;
  /** The entity it concerns, when there is one. */
  ref?: string;
  url?: string;
}

export interface RemovedEntity {
  ref: string;
  reason: string;
}

/** The assembled catalog of an organisation. Everything sorted, so rendering is deterministic. */
export interface Catalog {
  organization: string;
  entities: CatalogEntity[];
  problems: CatalogProblem[];
  repositories: CatalogRepository[];
  /** Entities the previous catalog had that this one has not, and why (for the commit message). */
  removed: RemovedEntity[];
}
