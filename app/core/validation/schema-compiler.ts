/**
 * Ajv, set up once per validator: Backstage's envelope schemas registered under their `$id`s, and
 * every schema compiled twice: a fast one that stops at the first error (most entities are valid),
 * and a thorough one (all errors, with data) that runs only when the fast one fails. Nothing is
 * compiled before it is needed (compiling is most of a short CLI run): Ajv itself on the first
 * compile, the thorough check on the first failure, and a schema given to `later` on its first use.
 */
import { Ajv, type ErrorObject, type Options, type SchemaObject, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { commonSchema, entityMetaSchema, entitySchema } from '../model/entity-schemas.ts';

/** The engine Ajv runs `pattern` with. */
export type RegExpEngine = NonNullable<NonNullable<Options['code']>['regExp']>;

export type SchemaCheck = (data: unknown) => readonly ErrorObject[];

export interface SchemaCompiler {
  /** Compiles the fast check now, so a schema that does not compile throws here (users' schemas). */
  compile(schema: SchemaObject): SchemaCheck;
  /** Compiles on the first check: for the project's own schemas, which are known to compile. */
  later(schema: SchemaObject): SchemaCheck;
}

// ajv-formats is CommonJS; its plugin is both module.exports and module.exports.default.
const addFormats = ajvFormats.default;

/**
 * `lenient` is for users' schemas (lenient-schema-compiler.ts): unknown keywords (`deprecated`,
 * `examples`…) are allowed, and their `pattern`s run on the engine given, the linear-time one, as they
 * meet descriptors from any repository. The project's own schemas keep V8's engine (their few patterns
 * are reviewed and tested, and it is thirty times faster on short strings).
 */
export function createSchemaCompiler(options: { lenient?: { regExp: RegExpEngine } } = {}): SchemaCompiler {
  const make = (allErrors: boolean) => {
    const ajv = new Ajv({
      allErrors,
      verbose: allErrors,
      allowUnionTypes: true,
      strict: options.lenient ? false : true,
      ...(options.lenient ? { code: { regExp: options.lenient.regExp } } : {}),
    });
    addFormats(ajv);
    ajv.addSchema([commonSchema, entityMetaSchema, entitySchema]);
    return ajv;
  };
  let fast: Ajv | undefined;
  let thorough: Ajv | undefined;
  const checkOf = (schema: SchemaObject, now: boolean): SchemaCheck => {
    let quick = now ? (fast ??= make(false)).compile(schema) : undefined;
    let full: ValidateFunction | undefined;
    return (data) => {
      quick ??= (fast ??= make(false)).compile(schema);
      if (quick(data)) return [];
      full ??= (thorough ??= make(true)).compile(schema);
      full(data);
      return full.errors ?? [];
    };
  };
  return { compile: (schema) => checkOf(schema, true), later: (schema) => checkOf(schema, false) };
}
