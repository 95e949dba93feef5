/**
 * Turns Ajv errors into problems people can act on: every error (not just the first), the field
 * named as written in YAML, what was expected, what was found, and a fix.
 */
import type { ErrorObject } from 'ajv';
import { fieldNameOf } from './json-pointer.ts';
import { problem, type Problem, type RuleId } from './problem.ts';

export interface FieldHint {
  /** What the field holds, e.g. "the Group or User that owns it". */
  describes: string;
  /** An example value in YAML, e.g. "team-a". */
  example?: string;
}

export type FieldHints = (pointer: string) => FieldHint | undefined;

const typeNames: Record<string, string> = {
  string: 'a string',
  object: 'a mapping (key: value pairs)',
  array: 'a list',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
  null: 'null',
};

const describeValue = (v: unknown): string => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return v === '' ? 'an empty string' : `the string ${JSON.stringify(v)}`;
  return `${typeof v} ${JSON.stringify(v)}`;
};

const typeList = (t: unknown) =>
  [t]
    .flat()
    .map((x) => typeNames[String(x)] ?? String(x))
    .join(' or ');

/**
 * Fields other checks own: the envelope (apiVersion, kind, metadata.name, metadata.namespace) and
 * unknown root fields. A schema's findings about them would say the same thing twice.
 */
export function ownedElsewhere(fieldPointer: string): boolean {
  if (['/apiVersion', '/kind', '/metadata', '/metadata/name', '/metadata/namespace'].includes(fieldPointer))
    return true;
  return /^\/[^/]+$/.test(fieldPointer) && fieldPointer !== '/spec';
}

/** The field an error is about: the missing property for `required`, the extra one for `additionalProperties`. */
function fieldPointerOf(e: ErrorObject): string {
  const params = e.params as { missingProperty?: string; additionalProperty?: string };
  const child =
    e.keyword === 'required'
      ? params.missingProperty
      : e.keyword === 'additionalProperties'
        ? params.additionalProperty
        : undefined;
  return child === undefined
    ? e.instancePath
    : `${e.instancePath}/${child.replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

export function schemaProblems(
  errors: readonly ErrorObject[],
  rule: RuleId,
  subject: string,
  hints: FieldHints,
): Problem[] {
  const relevant = dropBranchNoise(errors).filter((e) => !ownedElsewhere(fieldPointerOf(e)));
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const e of relevant) {
    const p = describe(e, rule, subject, hints);
    const key = `${p.pointer}\0${p.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  }
  return out;
}

/**
 * When a oneOf/anyOf fails, Ajv reports why each branch failed. If the value has the type of one
 * branch (a list where "a mapping or a list" is allowed), that branch's findings say what is wrong;
 * otherwise the summary ("must be a mapping or a list") does.
 */
function dropBranchNoise(errors: readonly ErrorObject[]): ErrorObject[] {
  const drop = new Set<ErrorObject>();
  for (const e of errors) {
    if (e.keyword !== 'oneOf' && e.keyword !== 'anyOf') continue;
    const branches = Array.isArray(e.schema) ? (e.schema as { type?: unknown }[]) : [];
    const matching = branches.findIndex((b) => [b.type].flat().includes(jsonType(e.data)));
    const kept = matching === -1 ? undefined : `${e.schemaPath}/${matching}/`;
    for (const other of errors) {
      const inBranch = other.schemaPath.startsWith(e.schemaPath + '/');
      if (inBranch && !(kept && other.schemaPath.startsWith(kept))) drop.add(other);
    }
    if (kept && errors.some((o) => o.schemaPath.startsWith(kept))) drop.add(e);
  }
  return errors.filter((e) => !drop.has(e) && e.keyword !== 'if');
}

const jsonType = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;

function describe(e: ErrorObject, rule: RuleId, subject: string, hints: FieldHints): Problem {
  const at = e.instancePath;
  const field = fieldNameOf(at);
  const found = describeValue(e.data);
  switch (e.keyword) {
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      const pointer = `${at}/${missing}`;
      const hint = hints(pointer);
      const name = fieldNameOf(pointer);
      return problem('error', rule, at, `"${name}" is required for ${subject} but is missing`, {
        atKey: true,
        ...(hint ? { expected: hint.describes } : {}),
        fix: `Add "${missing}:" under ${at === '' ? 'the document root' : `"${field}"`}${hint?.example ? `, e.g. ${missing}: ${hint.example}` : ''}.`,
      });
    }
    case 'type': {
      const expected = typeList((e.params as { type: unknown }).type);
      const wrapInList = expected === 'a list' && typeof e.data === 'string';
      return problem('error', rule, at, `"${field}" must be ${expected}, but found ${found}`, {
        fix: wrapInList
          ? `Write it as a list: ${field.split('.').pop()}: [${e.data as string}]`
          : `Change "${field}" to ${expected}.`,
      });
    }
    case 'minLength':
      return e.data === '' || (e.params as { limit: number }).limit === 1
        ? problem('error', rule, at, `"${field}" must not be empty`, { fix: `Give "${field}" a value or remove it.` })
        : problem(
            'error',
            rule,
            at,
            `"${field}" must be at least ${(e.params as { limit: number }).limit} characters long`,
            { fix: `Lengthen "${field}".` },
          );
    case 'maxLength':
      return problem(
        'error',
        rule,
        at,
        `"${field}" must be at most ${(e.params as { limit: number }).limit} characters long`,
        {
          fix: `Shorten "${field}".`,
        },
      );
    case 'minItems':
      return problem(
        'error',
        rule,
        at,
        `"${field}" must have at least ${(e.params as { limit: number }).limit} item(s)`,
        {
          fix: `Add an entry to "${field}".`,
        },
      );
    case 'enum':
    case 'const': {
      const allowed =
        e.keyword === 'enum'
          ? (e.params as { allowedValues: unknown[] }).allowedValues
          : [(e.params as { allowedValue: unknown }).allowedValue];
      const list = allowed.map((v) => JSON.stringify(v)).join(', ');
      return problem(
        'error',
        rule,
        at,
        `"${field}" must be ${allowed.length > 1 ? 'one of ' : ''}${list}, but found ${found}`,
        {
          fix: `Use ${allowed.length > 1 ? 'one of ' : ''}${list}.`,
        },
      );
    }
    case 'oneOf':
    case 'anyOf': {
      const branches = Array.isArray(e.schema) ? (e.schema as { type?: unknown }[]) : [];
      const kinds = branches.map((b) => (b.type ? typeList(b.type) : 'another shape')).join(' or ');
      return problem('error', rule, at, `"${field}" must be ${kinds || 'of another shape'}, but found ${found}`, {
        fix: `Change "${field}" to ${kinds || 'one of the allowed shapes'}.`,
      });
    }
    case 'additionalProperties': {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      const pointer = `${at}/${extra}`;
      return problem('error', rule, pointer, `Unknown field "${fieldNameOf(pointer)}" is not allowed here`, {
        atKey: true,
        fix: `Remove "${extra}" or check its spelling.`,
      });
    }
    case 'pattern':
      return problem(
        'error',
        rule,
        at,
        `"${field}" must match the pattern ${(e.params as { pattern: string }).pattern}, but found ${found}`,
        {
          fix: `Change "${field}" to match ${(e.params as { pattern: string }).pattern}.`,
        },
      );
    default:
      return problem('error', rule, at, `"${field}" ${e.message ?? 'is not valid'}`, {
        fix: `Change "${field}" so that it ${e.message ?? 'is valid'}.`,
      });
  }
}
