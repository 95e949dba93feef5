/**
 * Issue forms from templates' parameters, and their answers read back as GitHub submits them:
 * Backstage's example template (shared corpus) and a template with every kind of field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { answersFromIssue, templateOfIssue } from '../../../app/core/scaffold/issue-answers.ts';
import { issueForm, type FormTemplate } from '../../../app/core/scaffold/issue-form.ts';
import { checkValues } from '../../../app/core/scaffold/parameters.ts';
import { readTemplate } from '../../../app/core/scaffold/scaffold.ts';
import { CORPUS_DIR } from '../../support/paths.ts';

const EXAMPLE = join(CORPUS_DIR, 'create-app/templates/default-app/examples/template/template.yaml');

const rich: FormTemplate = {
  name: 'service',
  title: 'A service',
  parameters: [
    {
      title: 'About',
      required: ['name', 'size'],
      properties: {
        name: { title: 'Name', type: 'string', pattern: '^[a-z][a-z0-9-]*$', 'ui:help': 'lower-case' },
        summary: { title: 'Summary', type: 'string', 'ui:widget': 'textarea' },
        size: {
          title: 'Size',
          type: 'string',
          enum: ['s', 'm', 'l'],
          enumNames: ['Small', 'Medium', 'Large'],
          default: 'm',
        },
        replicas: { title: 'Replicas', type: 'integer', minimum: 1, default: 2 },
        public: { title: 'Public', type: 'boolean' },
        regions: { title: 'Regions', type: 'array', uniqueItems: true, items: { type: 'string', enum: ['eu', 'us'] } },
        aliases: { title: 'Aliases', type: 'array', items: { type: 'string' } },
        repoUrl: { title: 'Repository', type: 'string', 'ui:field': 'RepoUrlPicker' },
      },
    },
    {
      title: 'Secrets',
      properties: {
        token: { title: 'Token', type: 'string', 'ui:widget': 'password' },
        labels: { title: 'Labels', type: 'object', default: { team: 'a' } },
      },
    },
  ],
};

/** An issue body as GitHub writes a submitted form: `### Label`, a blank line, the answer. */
const body = (answers: Record<string, string>) =>
  Object.entries(answers)
    .map(([label, answer]) => `### ${label}\n\n${answer}`)
    .join('\n\n');

const context = { organization: 'acme' };

describe('an issue form from a template', () => {
  it('has a field per parameter, of the kind its schema asks, and says what it cannot ask', () => {
    const form = issueForm(rich);
    const yaml = parse(form.yaml) as {
      name: string;
      title: string;
      body: { type: string; id?: string; attributes: Record<string, unknown>; validations?: { required: boolean } }[];
    };
    expect(form.fileName).toBe('callboard-service.yml');
    expect(yaml.title).toBe('[Create] A service: ');
    const fields = Object.fromEntries(yaml.body.filter((e) => e.id).map((e) => [e.id, e]));
    expect(fields['callboard-template']).toMatchObject({
      type: 'dropdown',
      attributes: { options: ['service'], default: 0 },
    });
    expect(fields.name).toMatchObject({
      type: 'input',
      attributes: { label: 'Name', description: 'lower-case' },
      validations: { required: true },
    });
    expect(fields.summary!.type).toBe('textarea');
    expect(fields.size).toMatchObject({
      type: 'dropdown',
      attributes: { options: ['Small', 'Medium', 'Large'], default: 1 },
    });
    expect(fields.replicas).toMatchObject({
      type: 'input',
      attributes: { value: '2', description: '(a whole number)' },
    });
    expect(fields.public).toMatchObject({ type: 'checkboxes', attributes: { options: [{ label: 'Yes' }] } });
    expect(fields.regions).toMatchObject({ type: 'dropdown', attributes: { multiple: true, options: ['eu', 'us'] } });
    expect(fields.aliases!.type).toBe('textarea');
    expect(fields.repoUrl).toMatchObject({ attributes: { placeholder: 'owner/name, or a name' } });
    expect(fields.token).toBeUndefined();
    expect(form.unsupported).toEqual([
      'token: a password field is not asked in an issue, which anyone in the repository can read',
      'labels: an object cannot be asked in an issue form',
    ]);
    expect(yaml.body[0]!.attributes.value).toContain('- labels: an object cannot be asked');
  });

  it.skipIf(!existsSync(EXAMPLE))("asks what Backstage's example template asks, and reads the answers back", () => {
    const spec = readTemplate(readFileSync(EXAMPLE, 'utf8'));
    const template = { name: spec.name, title: spec.title, parameters: spec.parameters };
    const form = issueForm(template);
    expect(form.unsupported).toEqual([]);
    const issue = body({ Template: spec.name, Name: 'orders', 'Repository Location': 'orders' });
    expect(templateOfIssue(issue)).toBe('example-nodejs-template');
    expect(answersFromIssue(issue, template, context)).toEqual({
      values: { name: 'orders', repoUrl: 'github.com?owner=acme&repo=orders' },
    });
  });
});

describe('answers read from an issue', () => {
  it('turns each answer into its type, and leaves the unanswered to their defaults', () => {
    const issue = body({
      Template: 'service',
      Name: 'orders',
      Summary: 'Takes orders.\nAnd ships them.',
      Size: 'Large',
      Replicas: '_No response_',
      Public: '- [X] Yes',
      Regions: 'eu, us',
      Aliases: 'o\nord',
      Repository: 'acme-labs/orders',
    });
    expect(answersFromIssue(issue, rich, context)).toEqual({
      values: {
        name: 'orders',
        summary: 'Takes orders.\nAnd ships them.',
        size: 'l',
        replicas: 2,
        public: true,
        regions: ['eu', 'us'],
        aliases: ['o', 'ord'],
        repoUrl: 'github.com?owner=acme-labs&repo=orders',
        labels: { team: 'a' },
      },
    });
  });

  it('names each field that needs fixing, by its label and name', () => {
    const issue = body({ Template: 'service', Name: 'Not A Name', Size: 'Huge', Replicas: 'two' });
    const result = answersFromIssue(issue, rich, context);
    expect(result).toEqual({
      problems: [
        { field: 'Replicas (replicas)', message: '"two" is not a number' },
        { field: 'Name (name)', message: 'must match the pattern ^[a-z][a-z0-9-]*$' },
        { field: 'Size (size)', message: 'must be one of s, m, l' },
      ],
    });
  });

  it('reads a body a person edited, and says when a body is not the form at all', () => {
    const edited = `Hi team! Please make this.\n\n${body({ Template: 'service', Name: 'orders', Size: 'Small' })}\n\nThanks`;
    expect(answersFromIssue(edited, rich, context)).toMatchObject({ values: { name: 'orders', size: 's' } });
    expect(templateOfIssue('Just a question')).toBeUndefined();
    expect(answersFromIssue('x'.repeat(70_000), rich, context)).toMatchObject({ problems: [{ field: '' }] });
  });

  it('checks a catastrophic pattern in linear time', () => {
    const template: FormTemplate = {
      name: 'x',
      title: 'X',
      parameters: { properties: { name: { type: 'string', pattern: '^(a+)+$' } } },
    };
    const started = Date.now();
    const result = checkValues(template.parameters, { name: `${'a'.repeat(50_000)}b` });
    expect(result).toMatchObject({ problems: [{ field: 'name' }] });
    expect(Date.now() - started).toBeLessThan(10_000); // a hang, not a timing: backtracking would take years
  });
});
