/**
 * Users' JSON Schemas from a folder: every .json, .yaml and .yml file below it, compiled once here so a broken one is a
 * usage error before any work starts.
 */
import { readFile } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { parse } from 'yaml';
import { createLenientSchemaCompiler } from '../../core/validation/lenient-schema-compiler.ts';
import { compileUserSchemas, type UserSchemaSource } from '../../core/validation/user-schemas.ts';
import { UserSchemaError } from '../../core/errors.ts';
import { displayPath } from './find-descriptor-files.ts';
import { UsageError } from './usage-error.ts';

export async function loadUserSchemas(dir: string, cwd: string): Promise<UserSchemaSource[]> {
  const files = (
    await glob('**/*.{json,yaml,yml}', { cwd: dir, absolute: true, ignore: ['**/node_modules/**'] }).catch(() => [])
  ).sort();
  if (files.length === 0)
    throw new UsageError(`--schema-dir ${dir}: no .json, .yaml or .yml schema files in this folder`);
  const sources = await Promise.all(
    files.map(async (file) => {
      const path = displayPath(file, cwd);
      const text = await readFile(file, 'utf8');
      try {
        return { path, schema: file.endsWith('.json') ? JSON.parse(text) : parse(text) };
      } catch (e) {
        throw new UsageError(`${path}: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(e as Error).message}`);
      }
    }),
  );
  try {
    compileUserSchemas(sources, createLenientSchemaCompiler());
    return sources;
  } catch (e) {
    if (e instanceof UserSchemaError) throw new UsageError(e.message);
    throw e;
  }
}
