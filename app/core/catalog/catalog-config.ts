/**
 * The catalog repository's `callboard.yaml`: the folder the catalog goes to, which repositories hold more
 * descriptors than their root `catalog-info.yaml` (monorepos), and whether the organisation's teams
 * are imported. Problems are reported with line and column, as for descriptors, and the defaults
 * apply to whatever is wrong, so a typo in the config never stops the catalog.
 */
import type { SchemaObject } from 'ajv';
import { globOrNothing } from '../patterns/linear-glob.ts';
import { parseDescriptorFile } from '../descriptor/parse-descriptor-file.ts';
import { offsetsOf, rangeOf } from '../descriptor/source-position.ts';
import { createSchemaCompiler } from '../validation/schema-compiler.ts';
import { schemaProblems } from '../validation/schema-problems.ts';
import type { LocatedProblem } from '../validation/problem.ts';

export interface DiscoveryRule {
  /** Repository names this rule applies to (a glob, e.g. `playback` or `platform-*`). */
  repositories: string;
  /** Paths or globs of descriptor files in those repositories. */
  paths: string[];
}

export interface CatalogConfig {
  /** Folder of the catalog repository the catalog is written to. */
  folder: string;
  discovery: DiscoveryRule[];
  teams: { import: boolean };
}

export const CONFIG_PATH = 'callboard.yaml';

/** The catalog repository's name, unless the app is told otherwise (CALLBOARD_CATALOG_REPOSITORY). */
export const DEFAULT_CATALOG_REPOSITORY = 'callboard-catalog';

export const DEFAULT_CONFIG: CatalogConfig = {
  folder: 'catalog',
  discovery: [],
  teams: { import: true },
};

const SCHEMA: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  properties: {
    catalog: {
      type: 'object',
      additionalProperties: false,
      properties: {
        folder: { type: 'string', pattern: '^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$' },
      },
    },
    discovery: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['paths'],
        properties: {
          repositories: { type: 'string', minLength: 1 },
          paths: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
        },
      },
    },
    teams: { type: 'object', additionalProperties: false, properties: { import: { type: 'boolean' } } },
  },
};

const check = createSchemaCompiler().later(SCHEMA);

export interface ParsedConfig {
  config: CatalogConfig;
  problems: LocatedProblem[];
}

export function parseCatalogConfig(text: string | undefined): ParsedConfig {
  if (text === undefined) return { config: DEFAULT_CONFIG, problems: [] };
  const file = parseDescriptorFile(CONFIG_PATH, text);
  const doc = file.documents[0];
  if (!doc) return { config: DEFAULT_CONFIG, problems: [] };
  const locate = (pointer: string, atKey?: boolean) =>
    rangeOf(file.lineCounter, text, offsetsOf(doc.yaml, pointer, atKey));
  if (doc.problems.length) {
    return {
      config: DEFAULT_CONFIG,
      problems: doc.problems.map((p) => ({
        ...p,
        ...rangeOf(file.lineCounter, text, [p.offset, p.endOffset]),
        document: 1,
      })),
    };
  }
  const found = schemaProblems(check(doc.value), 'user-schema', CONFIG_PATH, () => undefined);
  const problems = found.map((p) => ({ ...p, ...locate(p.pointer, p.atKey), document: 1 }));
  const bad = (pointer: string) => found.some((p) => p.pointer === pointer || p.pointer.startsWith(`${pointer}/`));
  const raw = (doc.value ?? {}) as {
    catalog?: { folder?: string };
    discovery?: DiscoveryRule[];
    teams?: { import?: boolean };
  };
  return {
    problems,
    config: {
      folder: !bad('/catalog') && raw.catalog?.folder ? raw.catalog.folder : DEFAULT_CONFIG.folder,
      discovery:
        !bad('/discovery') && raw.discovery
          ? raw.discovery.map((d) => ({ repositories: d.repositories ?? '*', paths: d.paths }))
          : [],
      teams: {
        import:
          !bad('/teams') && typeof raw.teams?.import === 'boolean' ? raw.teams.import : DEFAULT_CONFIG.teams.import,
      },
    },
  };
}

/** The extra descriptor paths (and globs) configured for a repository. */
export function discoveryPaths(config: CatalogConfig, repositoryName: string): string[] {
  // Matched in linear time; a negation, which cannot be, matches nothing.
  return config.discovery
    .filter((d) => globOrNothing(d.repositories, { nocase: true })(repositoryName))
    .flatMap((d) => d.paths);
}
