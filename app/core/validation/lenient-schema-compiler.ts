/**
 * The compiler of users' schemas: unknown keywords allowed, and every `pattern` on the linear-time
 * engine (re2js), as they meet descriptors from any repository. A module of its own, so a run without
 * users' schemas never loads that engine (a CLI run's worker, for one).
 */
import { PatternError } from '../errors.ts';
import { linearRegex } from '../patterns/linear-regex.ts';
import { createSchemaCompiler, type SchemaCompiler } from './schema-compiler.ts';

export const createLenientSchemaCompiler = (): SchemaCompiler =>
  createSchemaCompiler({ lenient: { regExp: linearRegExp } });

/**
 * Ajv's hook for the engine behind `pattern` and `patternProperties`; a refused pattern fails the schema's compilation.
 */
const linearRegExp = Object.assign(
  (pattern: string, flags: string) => {
    try {
      return linearRegex(pattern, flags);
    } catch (e) {
      throw e instanceof PatternError ? new Error(`the pattern ${JSON.stringify(pattern)}: ${e.message}. ${e.fix}`) : e;
    }
  },
  { code: 'linearRegex' },
);
