/**
 * A template's parameters as a GitHub issue form (`.github/ISSUE_TEMPLATE/<file>.yml` in the catalog
 * repository), so anyone can ask for a repository from GitHub's "New issue" page. Fields follow the
 * JSON Schema: text as inputs (textareas for `ui:widget: textarea` and lists of text), `enum` as
 * dropdowns (`enumNames` as the labels, the default kept), booleans as a checkbox, lists of `enum`
 * values as a multiple-choice dropdown; titles, descriptions (`ui:help`), placeholders, defaults
 * and `required` kept. What a form cannot ask (objects, lists of objects, secrets, conditional
 * fields) is listed at the top of the form and in `unsupported`: its default is used. GitHub
 * enforces `required` only in public repositories, so Callboard checks every answer itself.
 */
import { stringify } from 'yaml';
import { isRecord } from '../model/entity.ts';
import { formFields, formSteps, type FormField } from './parameters.ts';

export interface FormTemplate {
  name: string;
  title: string;
  description?: string;
  parameters: unknown;
}

export interface IssueForm {
  /** The form's file name in `.github/ISSUE_TEMPLATE/`. */
  fileName: string;
  yaml: string;
  /** The fields the form cannot ask, each with why. */
  unsupported: string[];
}

/** Every form Callboard writes is named so; others in the folder are left alone. */
export const FORM_PREFIX = 'callboard-';
/** The dropdown that says which template the issue asks for. */
export const TEMPLATE_FIELD = { id: 'callboard-template', label: 'Template' } as const;

type Element = Record<string, unknown>;

export function issueForm(template: FormTemplate): IssueForm {
  const unsupported: string[] = [];
  const labels = new Set<string>([TEMPLATE_FIELD.label]);
  const elements: Element[] = [];
  for (const field of formFields(template.parameters)) {
    const element = elementOf(field);
    if (typeof element === 'string') {
      unsupported.push(`${field.name}: ${element}`);
      continue;
    }
    const attributes = element.attributes as { label: string };
    if (labels.has(attributes.label)) attributes.label = `${attributes.label} (${field.name})`;
    labels.add(attributes.label);
    elements.push(element);
  }
  for (const step of formSteps(template.parameters))
    for (const keyword of ['dependencies', 'oneOf', 'anyOf', 'if', 'allOf'])
      if (step[keyword] !== undefined)
        unsupported.push(
          `${String(step.title ?? 'a step')}: its \`${keyword}\` rules (checked when the issue is read)`,
        );
  const form = {
    name: template.title,
    description: template.description ?? `Create a repository from the template ${template.title}`,
    title: `[Create] ${template.title}: `,
    body: [intro(template, unsupported), templateField(template.name), ...elements],
  };
  return {
    fileName: `${FORM_PREFIX}${fileSafe(template.name)}.yml`,
    yaml: `# Written by Callboard from the template ${template.name}: edit the template, not this file.\n${stringify(form, { lineWidth: 0 })}`,
    unsupported,
  };
}

function intro(template: FormTemplate, unsupported: string[]): Element {
  const lines = [
    `Callboard creates the repository from the template **${template.title}** when this issue is opened by someone who can write to this repository, answers here with the links, and closes the issue. If an answer needs fixing, it says which: edit the issue to try again.`,
  ];
  if (unsupported.length)
    lines.push(
      '',
      'This form cannot ask for everything the template takes; these use their defaults:',
      ...unsupported.map((u) => `- ${u}`),
    );
  return { type: 'markdown', attributes: { value: lines.join('\n') } };
}

/** The one-choice dropdown naming the template: how Callboard knows what the issue asks for. */
function templateField(name: string): Element {
  return {
    type: 'dropdown',
    id: TEMPLATE_FIELD.id,
    attributes: {
      label: TEMPLATE_FIELD.label,
      description: 'The template this issue asks for',
      options: [name],
      default: 0,
    },
    validations: { required: true },
  };
}

/** The form element for a field, or why there is none. */
function elementOf(field: FormField): Element | string {
  const { schema } = field;
  const widget = schema['ui:widget'];
  if (widget === 'password' || widget === 'hidden')
    return `a ${String(widget)} field is not asked in an issue, which anyone in the repository can read`;
  const type = schema.type;
  const attributes: Record<string, unknown> = { label: String(schema.title ?? field.name) };
  const description = schema['ui:help'] ?? schema.description;
  if (typeof description === 'string') attributes.description = description;
  const base = { id: idOf(field.name), attributes, ...(field.required ? { validations: { required: true } } : {}) };
  if (Array.isArray(schema.enum)) return dropdown(base, schema, schema.enum, false);
  if (type === 'boolean') {
    // A form's checkbox cannot start ticked: a template that defaults to true says so.
    const hint = schema.default === true ? ' (the template says yes unless you leave it unticked)' : '';
    return {
      type: 'checkboxes',
      id: base.id,
      attributes: {
        ...attributes,
        description: `${String(description ?? '')}${hint}`.trim(),
        options: [{ label: 'Yes' }],
      },
    };
  }
  if (type === 'array') {
    const items = schema.items as Record<string, unknown> | undefined;
    if (items && Array.isArray(items.enum)) return dropdown(base, items, items.enum, true);
    if (items && items.type === 'string')
      return {
        type: 'textarea',
        ...base,
        attributes: { ...attributes, description: `${String(description ?? '')} One per line.`.trim() },
      };
    return 'a list of objects cannot be asked in an issue form';
  }
  if (type === 'object') return 'an object cannot be asked in an issue form';
  const placeholder =
    schema['ui:placeholder'] ?? (schema['ui:field'] === 'RepoUrlPicker' ? 'owner/name, or a name' : undefined);
  if (typeof placeholder === 'string') attributes.placeholder = placeholder;
  if (schema.default !== undefined && typeof schema.default !== 'object') attributes.value = String(schema.default);
  const textarea = widget === 'textarea' || (isRecord(schema['ui:options']) && schema['ui:options'].rows !== undefined);
  if (type === 'number' || type === 'integer')
    attributes.description =
      `${String(attributes.description ?? '')} (${type === 'integer' ? 'a whole number' : 'a number'})`.trim();
  return { type: textarea ? 'textarea' : 'input', ...base };
}

function dropdown(base: Element, schema: Record<string, unknown>, values: unknown[], multiple: boolean): Element {
  const names = Array.isArray(schema.enumNames) ? schema.enumNames : values;
  const options = values.map((v, i) => String(names[i] ?? v));
  const attributes = { ...(base.attributes as object), options, ...(multiple ? { multiple: true } : {}) } as Record<
    string,
    unknown
  >;
  const index = values.findIndex((v) => v === schema.default);
  if (index >= 0) attributes.default = index;
  return { type: 'dropdown', ...base, attributes };
}

/** A property name as an element id: GitHub takes letters, digits, `-` and `_`. */
export function idOf(name: string): string {
  let id = '';
  for (const c of name) id += /[\w-]/.test(c) ? c : '_';
  return id || 'field';
}

const fileSafe = (name: string) => idOf(name).toLowerCase();
