import { isRecord } from '../../model/entity.ts';
import {
  FIELD_EXPECTATIONS,
  isNonEmptyString,
  isValidUrl,
  suggestValue,
  type FieldValidators,
} from '../field-formats.ts';
import { pointerOf } from '../json-pointer.ts';
import { problem, type Problem } from '../problem.ts';
import type { Check } from './check.ts';

type RuleName = keyof typeof FIELD_EXPECTATIONS;

/**
 * Backstage's FieldFormatEntityPolicy: apiVersion, kind, name, namespace, label and annotation keys
 * and values, tags and link URLs, with its messages. Values of the wrong type are left to the schema
 * check, which says so more plainly.
 */
export function fieldFormatCheck(validators: FieldValidators): Check {
  return ({ value }) => {
    const problems: Problem[] = [];
    const check = (
      field: string,
      path: readonly (string | number)[],
      v: unknown,
      rule: RuleName,
      validator: (v: unknown) => boolean,
      atKey = false,
    ) => {
      if (typeof v !== 'string' || validator(v)) return;
      const suggestion = rule in validators ? suggestValue(rule as keyof FieldValidators, v) : undefined;
      problems.push(
        problem(
          'error',
          'field-format',
          pointerOf(path),
          `"${field}" is not valid; expected ${FIELD_EXPECTATIONS[rule]} but found "${v}".`,
          { atKey, fix: fixFor(rule, field, suggestion) },
        ),
      );
    };
    check('apiVersion', ['apiVersion'], value.apiVersion, 'isValidApiVersion', validators.isValidApiVersion);
    check('kind', ['kind'], value.kind, 'isValidKind', validators.isValidKind);
    const metadata = isRecord(value.metadata) ? value.metadata : {};
    check('metadata.name', ['metadata', 'name'], metadata.name, 'isValidEntityName', validators.isValidEntityName);
    check(
      'metadata.namespace',
      ['metadata', 'namespace'],
      metadata.namespace,
      'isValidNamespace',
      validators.isValidNamespace,
    );
    for (const [map, keyRule, valueRule] of [
      ['labels', 'isValidLabelKey', 'isValidLabelValue'],
      ['annotations', 'isValidAnnotationKey', 'isValidAnnotationValue'],
    ] as const) {
      const entries = isRecord(metadata[map]) ? Object.entries(metadata[map]) : [];
      for (const [k, v] of entries) {
        check(`${map}.${k}`, ['metadata', map, k], k, keyRule, validators[keyRule], true);
        check(`${map}.${k}`, ['metadata', map, k], v, valueRule, validators[valueRule]);
      }
    }
    const tags = Array.isArray(metadata.tags) ? metadata.tags : [];
    tags.forEach((tag, i) => check(`tags.${i}`, ['metadata', 'tags', i], tag, 'isValidTag', validators.isValidTag));
    const links = Array.isArray(metadata.links) ? metadata.links : [];
    links.forEach((link, i) => {
      if (!isRecord(link)) return;
      check(`links.${i}.url`, ['metadata', 'links', i, 'url'], link.url, 'url', isValidUrl);
      check(`links.${i}.title`, ['metadata', 'links', i, 'title'], link.title, 'nonEmpty', isNonEmptyString);
      check(`links.${i}.icon`, ['metadata', 'links', i, 'icon'], link.icon, 'nonEmpty', isNonEmptyString);
    });
    return problems;
  };
}

function fixFor(rule: RuleName, field: string, suggestion: string | undefined): string {
  const use = suggestion ? ` For example "${suggestion}".` : '';
  switch (rule) {
    case 'isValidEntityName':
    case 'isValidLabelValue':
      return `Use letters, digits and - _ . only, start and end with a letter or digit, at most 63 characters.${use}`;
    case 'isValidNamespace':
      return `Use lowercase letters, digits and - only, at most 63 characters.${use}`;
    case 'isValidTag':
      return `Tags are lowercase: letters, digits and : + #, joined by single dashes.${use}`;
    case 'isValidLabelKey':
    case 'isValidAnnotationKey':
      return 'Use "name" or "prefix/name", where the prefix is a lowercase DNS name (e.g. example.com/team) and the name follows the entity name rules.';
    case 'isValidApiVersion':
      return 'Use group/version with a lowercase DNS group, e.g. backstage.io/v1alpha1.';
    case 'isValidKind':
      return 'Use letters and digits only, starting with a letter, e.g. Component.';
    case 'url':
      return `Give an absolute URL, including its scheme (https://…), in "${field}".`;
    default:
      return `Give "${field}" a value or remove it.`;
  }
}
