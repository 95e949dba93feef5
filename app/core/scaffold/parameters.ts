/**
 * A template's parameters: one JSON Schema form step or several (react-jsonschema-form's `ui:*`
 * hints on the properties), as Backstage's scaffolder front end shows them. Answers are checked
 * against every step at once (`allOf`, so a step's `required`, `dependencies` and conditionals all
 * hold) with Ajv, the patterns on RE2's linear-time engine: a template comes from a repository, and
 * a pattern like `^(a+)+$` must not stall anything. Defaults are filled in first, as the form does.
 */
import type { ErrorObject } from 'ajv';
import { isRecord } from '../model/entity.ts';
import { createLenientSchemaCompiler } from '../validation/lenient-schema-compiler.ts';
import type { SchemaCheck } from '../validation/schema-compiler.ts';

export interface FieldProblem {
  /** The property's name; '' for the whole form. */
  field: string;
  message: string;
}

export interface FormField {
  name: string;
  schema: Record<string, unknown>;
  required: boolean;
}

/** The form steps, however the template wrote them (one object, or a list). */
export function formSteps(parameters: unknown): Record<string, unknown>[] {
  const steps = Array.isArray(parameters) ? parameters : parameters === undefined ? [] : [parameters];
  return steps.filter(isRecord);
}

/** Every property of every step, in order, with whether a step requires it. */
export function formFields(parameters: unknown): FormField[] {
  return formSteps(parameters).flatMap((step) => {
    const required = new Set(Array.isArray(step.required) ? step.required : []);
    const properties = isRecord(step.properties) ? step.properties : {};
    return Object.entries(properties).flatMap(([name, schema]) =>
      isRecord(schema) ? [{ name, schema, required: required.has(name) }] : [],
    );
  });
}

const compiler = createLenientSchemaCompiler();
const compiled = new WeakMap<object, SchemaCheck | FieldProblem>();

/** The answers with defaults filled in, or what is wrong with each field. */
export function checkValues(
  parameters: unknown,
  values: Record<string, unknown>,
): { values: Record<string, unknown> } | { problems: FieldProblem[] } {
  const filled = { ...values };
  for (const field of formFields(parameters))
    if (filled[field.name] === undefined && field.schema.default !== undefined)
      filled[field.name] = field.schema.default;
  const check = checkOf(parameters);
  if (!(typeof check === 'function')) return { problems: [check] };
  const errors = check(filled);
  if (!errors.length) return { values: filled };
  return { problems: dedupe(errors.filter((e) => e.keyword !== 'allOf' && e.keyword !== 'if').map(problemOf)) };
}

function checkOf(parameters: unknown): SchemaCheck | FieldProblem {
  const key = isRecord(parameters) || Array.isArray(parameters) ? (parameters as object) : undefined;
  const cached = key && compiled.get(key);
  if (cached) return cached;
  let check: SchemaCheck | FieldProblem;
  try {
    const steps = formSteps(parameters);
    check = compiler.compile(steps.length ? { type: 'object', allOf: steps } : { type: 'object' });
  } catch (error) {
    check = {
      field: '',
      message: `the template's parameters are not a schema Callboard can check: ${(error as Error).message}`,
    };
  }
  if (key) compiled.set(key, check);
  return check;
}

function problemOf(error: ErrorObject): FieldProblem {
  const path = error.instancePath.split('/').filter(Boolean);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return { field: String(params.missingProperty), message: 'is required' };
  const field = path[0] ?? '';
  const at = path.length > 1 ? ` (at ${path.slice(1).join('.')})` : '';
  if (error.keyword === 'enum')
    return { field, message: `must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}${at}` };
  if (error.keyword === 'pattern') return { field, message: `must match the pattern ${String(params.pattern)}${at}` };
  return { field, message: `${error.message ?? 'is not valid'}${at}` };
}

function dedupe(problems: FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.field}\0${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
