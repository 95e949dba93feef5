/**
 * The linear-time engine keeps JavaScript's meaning: every pattern the shipped tracks write, and a
 * table of syntax, answer as V8 answers on inputs made from their own characters. Users' JSON Schema
 * patterns run on it too: a pattern built to backtrack checks a long value at once, and a pattern
 * it refuses fails the schema with the construct named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { linearRegex } from '../../../app/core/patterns/linear-regex.ts';
import { compileUserSchemas } from '../../../app/core/validation/user-schemas.ts';
import { UserSchemaError } from '../../../app/core/errors.ts';
import { createLenientSchemaCompiler } from '../../../app/core/validation/lenient-schema-compiler.ts';
import { createEntityValidator } from '../../../app/core/validation/validate-entity.ts';
import { componentYaml } from '../../support/descriptors.ts';
import { pumped, pumpsFor } from '../../support/pumped-inputs.ts';

const STARTERS = join(import.meta.dirname, '..', '..', '..', 'templates', 'scorecards');

/** Every `value` of a `matches`/`doesNotMatch` condition in the shipped tracks. */
function shippedPatterns(): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if ((record.operator === 'matches' || record.operator === 'doesNotMatch') && typeof record.value === 'string')
        found.push(record.value);
      Object.values(record).forEach(walk);
    }
  };
  for (const name of readdirSync(STARTERS)) walk(parse(readFileSync(join(STARTERS, name), 'utf8')));
  return found;
}

const SYNTAX: [string, string][] = [
  ['npm (run )?test', 'm'],
  ['^run: npm test$', 'm'],
  ['license', 'im'],
  ['a.b', 'm'],
  ['a.b', 'ms'],
  ['a\\sb|[^\\S]x|\\S+', ''],
  ['\\d{2,4}-\\w+\\b', 'u'],
  ['[a-c\\-x]+|[^abc]', 'i'],
  ['\\u0041\\x42\\cJ\\0', ''],
  ['[^]|[]', ''],
  ['(?<name>a+?)b', ''],
  ['(?i:a)B', ''],
  ['\\p{Lu}+\\p{Script=Greek}', 'u'],
];

describe('linearRegex', () => {
  it('ships tracks whose patterns it runs', () => expect(shippedPatterns().length).toBeGreaterThanOrEqual(3));

  it.each([...shippedPatterns().map((p): [string, string] => [p, 'm']), ...SYNTAX])(
    'answers as V8 does: /%s/%s',
    (source, flags) => {
      const linear = linearRegex(source, flags);
      const v8 = new RegExp(source, flags);
      const inputs = pumpsFor(source, flags).map((pump) => pumped(pump, 12));
      inputs.push(
        'run: mvn -B verify\r\n',
        'npm run test:unit',
        'uses: github/codeql-action/init@v3',
        'on: pull_request_target',
        'LICENSE',
        'a\u00a0b',
        'ΑΒγ',
        'x\nrun: npm test\r\n',
      );
      const differ = inputs.filter(
        (input) => linear.test(input) !== v8.test(input) || linear.search(input) !== input.search(v8),
      );
      expect(differ).toEqual([]);
    },
  );
});

describe("users' JSON Schema patterns", () => {
  const compiler = createLenientSchemaCompiler();
  const schema = (pattern: string) => ({
    path: 'schemas/tier.json',
    schema: {
      properties: {
        kind: { enum: ['Component'] },
        metadata: { properties: { description: { type: 'string', pattern } } },
      },
    },
  });

  it('a pattern built to backtrack checks a long value in linear time', () => {
    const validate = createEntityValidator({ userSchemas: compileUserSchemas([schema('^(a+)+$')], compiler) });
    const entity = parse(componentYaml('x')) as { metadata: Record<string, unknown> };
    entity.metadata.description = `${'a'.repeat(100_000)}!`;
    const start = performance.now();
    const { problems } = validate(entity);
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(problems.map((p) => [p.rule, p.message.slice(0, 60)])).toEqual([
      ['user-schema', '"metadata.description" must match the pattern ^(a+)+$, but f'],
    ]);
  });

  it('a pattern it refuses fails the schema, naming the construct and how to rewrite it', () => {
    expect(() => compileUserSchemas([schema('^(?!internal-).*')], compiler)).toThrow(UserSchemaError);
    expect(() => compileUserSchemas([schema('^(?!internal-).*')], compiler)).toThrow(
      /schemas\/tier\.json: .*the pattern "\^\(\?!internal-\)\.\*": The negative lookahead \(\?!internal-\) at character 2 cannot be run in linear time.*doesNotMatch|not:/,
    );
  });
});
