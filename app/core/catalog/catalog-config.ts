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
import { problem, type LocatedProblem } from '../validation/problem.ts';

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
  /** Where the catalog site goes in the catalog repository; absent: no site. */
  site?: { folder: string };
}

export const CONFIG_PATH = 'callboard.yaml';

/** The catalog repository's name, unless the app is told otherwise (CALLBOARD_CATALOG_REPOSITORY). */
export const DEFAULT_CATALOG_REPOSITORY = 'callboard-catalog';

export const DEFAULT_CONFIG: CatalogConfig = {
  folder: 'catalog',
  discovery: [],
  teams: { import: true },
};

/** A folder of the catalog repository: names without dots first, so none climbs out. */
const FOLDER = '^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$';

/** The site's folder when `site: true` says only that there is one. */
export const DEFAULT_SITE_FOLDER = 'site';

const SCHEMA: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  properties: {
    catalog: {
      type: 'object',
      additionalProperties: false,
      properties: {
        folder: { type: 'string', pattern: FOLDER },
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
    site: {
      anyOf: [
        { type: 'boolean' },
        { type: 'object', additionalProperties: false, properties: { folder: { type: 'string', pattern: FOLDER } } },
      ],
    },
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
    site?: boolean | { folder?: string };
  };
  const folder = !bad('/catalog') && raw.catalog?.folder ? raw.catalog.folder : DEFAULT_CONFIG.folder;
  let site =
    !bad('/site') && raw.site ? (typeof raw.site === 'object' && raw.site.folder) || DEFAULT_SITE_FOLDER : undefined;
  const overlaps = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
  if (site && overlaps(site, folder)) {
    // The site's folder is rewritten whole by each build: it must not hold the catalog's pages.
    problems.push({
      ...problem(
        'error',
        'user-schema',
        '/site',
        `the site's folder "${site}" overlaps the catalog's folder "${folder}"`,
        {
          fix: 'give the site a folder of its own, e.g. site: { folder: site }',
        },
      ),
      ...locate('/site'),
      document: 1,
    });
    site = undefined;
  }
  return {
    problems,
    config: {
      folder,
      discovery:
        !bad('/discovery') && raw.discovery
          ? raw.discovery.map((d) => ({ repositories: d.repositories ?? '*', paths: d.paths }))
          : [],
      teams: {
        import:
          !bad('/teams') && typeof raw.teams?.import === 'boolean' ? raw.teams.import : DEFAULT_CONFIG.teams.import,
      },
      ...(site ? { site: { folder: site } } : {}),
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
