/**
 * The answers of an issue opened with a template's form, read with GitHub's own parser
 * (`@github/issue-parser`, given the form Callboard generated, so fields are matched by their
 * labels) and turned into the types the template's schema asks for, then checked as the scaffolder
 * checks a form. An issue body is hostile and people edit it: nothing here throws on an odd body; a
 * missing answer is left out so the template's default applies.
 */
import { parseIssue } from '@github/issue-parser';
import { issueForm, idOf, TEMPLATE_FIELD, type FormTemplate } from './issue-form.ts';
import { checkValues, formFields, type FieldProblem, type FormField } from './parameters.ts';

/** GitHub limits an issue body to 65,536 characters. */
export const MAX_BODY = 65_536;

/** The template an issue asks for: its form's first answer (the one-choice "Template" dropdown). */
export function templateOfIssue(body: string): string | undefined {
  if (body.length > MAX_BODY) return undefined;
  const lines = body.split('\n');
  const heading = lines.findIndex((line) => line.trim() === `### ${TEMPLATE_FIELD.label}`);
  if (heading === -1) return undefined;
  const answer = lines.slice(heading + 1).find((line) => line.trim() !== '');
  return answer === undefined || answer.startsWith('###') ? undefined : answer.trim();
}

export interface IssueContext {
  /** The organisation: a repository given by its name alone is created there. */
  organization: string;
  host?: string;
}

export function answersFromIssue(
  body: string,
  template: FormTemplate,
  context: IssueContext,
): { values: Record<string, unknown> } | { problems: FieldProblem[] } {
  if (body.length > MAX_BODY)
    return { problems: [{ field: '', message: `the issue is longer than ${MAX_BODY} characters` }] };
  let parsed: Record<string, unknown>;
  try {
    parsed = parseIssue(body, issueForm(template).yaml) as Record<string, unknown>;
  } catch (error) {
    return {
      problems: [
        {
          field: '',
          message: `the issue cannot be read as the form's answers (${(error as Error).message}): open it again from the form`,
        },
      ],
    };
  }
  const values: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];
  for (const field of formFields(template.parameters)) {
    const answer = parsed[idOf(field.name)];
    if (answer === undefined) continue;
    const value = valueOf(field, answer, context);
    if (value instanceof Error) problems.push({ field: field.name, message: value.message });
    else if (value !== undefined) values[field.name] = value;
  }
  const checked = checkValues(template.parameters, values);
  if ('problems' in checked) problems.push(...checked.problems);
  return problems.length ? { problems: labelled(problems, template) } : checked;
}

/** An answer as the schema's type; undefined when there is none; an Error saying what it must be. */
function valueOf(field: FormField, answer: unknown, context: IssueContext): unknown {
  const { schema } = field;
  if (Array.isArray(schema.enum)) return fromLabels(schema, schema.enum, answer, false);
  if (schema.type === 'boolean') {
    const selected = (answer as { selected?: unknown[] }).selected;
    return Array.isArray(selected) ? selected.length > 0 : undefined;
  }
  if (schema.type === 'array') {
    const items = schema.items as Record<string, unknown> | undefined;
    if (items && Array.isArray(items.enum)) return fromLabels(items, items.enum, answer, true);
    if (typeof answer !== 'string') return undefined;
    return answer
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  }
  if (typeof answer !== 'string') return undefined;
  const text = answer.trim();
  if (schema.type === 'number' || schema.type === 'integer') {
    const n = Number(text);
    return text === '' || Number.isNaN(n) ? new Error(`"${text}" is not a number`) : n;
  }
  if (schema['ui:field'] === 'RepoUrlPicker') return repoUrlValue(text, context);
  return text;
}

/** Dropdown labels back to the schema's values (`enumNames` shown, `enum` kept). */
function fromLabels(schema: Record<string, unknown>, values: unknown[], answer: unknown, multiple: boolean): unknown {
  // A dropdown's answer is one line; text a person added below the last field joins it, and is left out.
  const chosen = (Array.isArray(answer) ? answer.map(String) : typeof answer === 'string' ? [answer] : []).map(
    (label) => label.split('\n')[0]!,
  );
  const names = Array.isArray(schema.enumNames) ? schema.enumNames : values;
  const mapped = chosen.map((label) => {
    const i = names.findIndex((n, j) => String(n ?? values[j]) === label.trim());
    return i === -1 ? label : values[i];
  });
  if (!mapped.length) return undefined;
  return multiple ? mapped : mapped[0];
}

/**
 * A repository as Backstage's RepoUrlPicker gives it, `github.com?owner=acme&repo=orders`, from what a
 * person types: `orders`, `acme/orders`, or that form itself.
 */
export function repoUrlValue(text: string, context: IssueContext): string {
  const host = context.host ?? 'github.com';
  if (text.includes('?')) return text;
  const slash = text.indexOf('/');
  const [owner, repo] = slash === -1 ? [context.organization, text] : [text.slice(0, slash), text.slice(slash + 1)];
  return `${host}?owner=${encodeURIComponent(owner)}&repo=${encodeURIComponent(repo)}`;
}

/** Each problem also names the field by the label the person saw. */
function labelled(problems: FieldProblem[], template: FormTemplate): FieldProblem[] {
  const labels = new Map(formFields(template.parameters).map((f) => [f.name, String(f.schema.title ?? f.name)]));
  return problems.map((p) => {
    const label = labels.get(p.field);
    return label && label !== p.field ? { field: `${label} (${p.field})`, message: p.message } : p;
  });
}
