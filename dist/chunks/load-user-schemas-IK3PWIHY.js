import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  compileUserSchemas
} from "./chunk-CDEYP3ZQ.js";
import {
  displayPath
} from "./chunk-7OZBI5G4.js";
import "./chunk-5U7GGHSL.js";
import "./chunk-DEQYOCHN.js";
import "./chunk-2SMOZSPU.js";
import "./chunk-JXHDITPO.js";
import {
  glob
} from "./chunk-LVF6ZBLO.js";
import {
  UsageError
} from "./chunk-7P7JJGH6.js";
import "./chunk-6UNDT6GO.js";
import "./chunk-M3WY2IZ6.js";
import {
  require_dist
} from "./chunk-3SVCAJPW.js";
import "./chunk-I6AYO5FO.js";
import "./chunk-JLATT4XO.js";
import {
  createLenientSchemaCompiler
} from "./chunk-MJ7AYRFP.js";
import "./chunk-P3CGGNQC.js";
import "./chunk-YV55PDYP.js";
import {
  UserSchemaError
} from "./chunk-H3NJOLHB.js";
import {
  __toESM
} from "./chunk-RHSRYE64.js";

// app/forge/local/load-user-schemas.ts
import { readFile } from "node:fs/promises";
var import_yaml = __toESM(require_dist(), 1);
async function loadUserSchemas(dir, cwd) {
  const files = (await glob("**/*.{json,yaml,yml}", { cwd: dir, absolute: true, ignore: ["**/node_modules/**"] }).catch(() => [])).sort();
  if (files.length === 0)
    throw new UsageError(`--schema-dir ${dir}: no .json, .yaml or .yml schema files in this folder`);
  const sources = await Promise.all(
    files.map(async (file) => {
      const path = displayPath(file, cwd);
      const text = await readFile(file, "utf8");
      try {
        return { path, schema: file.endsWith(".json") ? JSON.parse(text) : (0, import_yaml.parse)(text) };
      } catch (e) {
        throw new UsageError(`${path}: not valid ${file.endsWith(".json") ? "JSON" : "YAML"}: ${e.message}`);
      }
    })
  );
  try {
    compileUserSchemas(sources, createLenientSchemaCompiler());
    return sources;
  } catch (e) {
    if (e instanceof UserSchemaError) throw new UsageError(e.message);
    throw e;
  }
}
export {
  loadUserSchemas
};
