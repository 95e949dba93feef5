import { isRecord } from '../../model/entity.ts';
import { problem, type Problem } from '../problem.ts';
import type { Check } from './check.ts';

/**
 * The envelope Backstage checks before anything else (EntityEnvelope schema): apiVersion, kind and
 * metadata.name as non-empty strings, metadata.namespace non-empty when given.
 */
export const envelopeCheck: Check = ({ value }) => {
  const problems: Problem[] = [];
  const need = (pointer: string, v: unknown, example: string) => {
    const field = pointer.slice(1).replace('/', '.');
    if (v === undefined) {
      const parent = pointer.slice(0, pointer.lastIndexOf('/'));
      problems.push(
        problem('error', 'envelope', parent, `"${field}" is required but is missing`, {
          atKey: true,
          fix: `Add ${field.split('.').pop()}: ${example}${parent ? ' under metadata' : ''}.`,
        }),
      );
    } else if (typeof v !== 'string' || v === '') {
      problems.push(
        problem(
          'error',
          'envelope',
          pointer,
          `"${field}" must be a non-empty string, but found ${v === '' ? 'an empty string' : JSON.stringify(v)}`,
          {
            fix: `Set ${field} to a string, e.g. ${example}.`,
          },
        ),
      );
    }
  };
  need('/apiVersion', value.apiVersion, 'backstage.io/v1alpha1');
  need('/kind', value.kind, 'Component');
  if (value.metadata === undefined) {
    problems.push(
      problem('error', 'envelope', '', '"metadata" is required but is missing', {
        fix: 'Add a metadata mapping with at least a name, e.g. metadata: { name: my-service }.',
      }),
    );
  } else if (!isRecord(value.metadata)) {
    problems.push(
      problem(
        'error',
        'envelope',
        '/metadata',
        `"metadata" must be a mapping, but found ${JSON.stringify(value.metadata)}`,
        {
          fix: 'Write metadata as a mapping with at least a name.',
        },
      ),
    );
  } else {
    need('/metadata/name', value.metadata.name, 'my-service');
    // Backstage's catalog adds its own annotations to every entity it reads, and fails the document
    // outright when annotations exist but are not a mapping (null is taken as none).
    const annotations = value.metadata.annotations;
    if (annotations !== undefined && annotations !== null && !isRecord(annotations)) {
      problems.push(
        problem(
          'error',
          'envelope',
          '/metadata/annotations',
          `"metadata.annotations" must be a mapping, but found ${JSON.stringify(annotations)}`,
          {
            fix: 'Write annotations as key: value pairs, e.g. annotations: { github.com/project-slug: acme/my-service }.',
          },
        ),
      );
    }
    const ns = value.metadata.namespace;
    if (ns !== undefined && (typeof ns !== 'string' || ns === '')) {
      problems.push(
        problem(
          'error',
          'envelope',
          '/metadata/namespace',
          `"metadata.namespace" must be a non-empty string, but found ${JSON.stringify(ns)}`,
          {
            fix: 'Remove metadata.namespace to use "default", or give a namespace such as default.',
          },
        ),
      );
    }
  }
  return problems;
};
