import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  offsetsOf,
  parseDescriptorFile,
  rangeOf
} from "./chunk-K4MDT5UF.js";
import {
  schemaProblems
} from "./chunk-5U7GGHSL.js";
import {
  problem
} from "./chunk-6UNDT6GO.js";
import {
  globOrNothing
} from "./chunk-CR7J3FDB.js";
import {
  createSchemaCompiler
} from "./chunk-P3CGGNQC.js";

// app/core/catalog/catalog-config.ts
var CONFIG_PATH = "callboard.yaml";
var DEFAULT_CATALOG_REPOSITORY = "callboard-catalog";
var DEFAULT_CONFIG = {
  folder: "catalog",
  discovery: [],
  teams: { import: true }
};
var FOLDER = "^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$";
var DEFAULT_SITE_FOLDER = "site";
var SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    catalog: {
      type: "object",
      additionalProperties: false,
      properties: {
        folder: { type: "string", pattern: FOLDER }
      }
    },
    discovery: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["paths"],
        properties: {
          repositories: { type: "string", minLength: 1 },
          paths: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } }
        }
      }
    },
    teams: { type: "object", additionalProperties: false, properties: { import: { type: "boolean" } } },
    site: {
      anyOf: [
        { type: "boolean" },
        { type: "object", additionalProperties: false, properties: { folder: { type: "string", pattern: FOLDER } } }
      ]
    }
  }
};
var check = createSchemaCompiler().later(SCHEMA);
function parseCatalogConfig(text) {
  if (text === void 0) return { config: DEFAULT_CONFIG, problems: [] };
  const file = parseDescriptorFile(CONFIG_PATH, text);
  const doc = file.documents[0];
  if (!doc) return { config: DEFAULT_CONFIG, problems: [] };
  const locate = (pointer, atKey) => rangeOf(file.lineCounter, text, offsetsOf(doc.yaml, pointer, atKey));
  if (doc.problems.length) {
    return {
      config: DEFAULT_CONFIG,
      problems: doc.problems.map((p) => ({
        ...p,
        ...rangeOf(file.lineCounter, text, [p.offset, p.endOffset]),
        document: 1
      }))
    };
  }
  const found = schemaProblems(check(doc.value), "user-schema", CONFIG_PATH, () => void 0);
  const problems = found.map((p) => ({ ...p, ...locate(p.pointer, p.atKey), document: 1 }));
  const bad = (pointer) => found.some((p) => p.pointer === pointer || p.pointer.startsWith(`${pointer}/`));
  const raw = doc.value ?? {};
  const folder = !bad("/catalog") && raw.catalog?.folder ? raw.catalog.folder : DEFAULT_CONFIG.folder;
  let site = !bad("/site") && raw.site ? typeof raw.site === "object" && raw.site.folder || DEFAULT_SITE_FOLDER : void 0;
  const overlaps = (a, b) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
  if (site && overlaps(site, folder)) {
    problems.push({
      ...problem(
        "error",
        "user-schema",
        "/site",
        `the site's folder "${site}" overlaps the catalog's folder "${folder}"`,
        {
          fix: "give the site a folder of its own, e.g. site: { folder: site }"
        }
      ),
      ...locate("/site"),
      document: 1
    });
    site = void 0;
  }
  return {
    problems,
    config: {
      folder,
      discovery: !bad("/discovery") && raw.discovery ? raw.discovery.map((d) => ({ repositories: d.repositories ?? "*", paths: d.paths })) : [],
      teams: {
        import: !bad("/teams") && typeof raw.teams?.import === "boolean" ? raw.teams.import : DEFAULT_CONFIG.teams.import
      },
      ...site ? { site: { folder: site } } : {}
    }
  };
}
function discoveryPaths(config, repositoryName) {
  return config.discovery.filter((d) => globOrNothing(d.repositories, { nocase: true })(repositoryName)).flatMap((d) => d.paths);
}

export {
  CONFIG_PATH,
  DEFAULT_CATALOG_REPOSITORY,
  DEFAULT_CONFIG,
  parseCatalogConfig,
  discoveryPaths
};
