/**
 * Backstage's field format rules (catalog-model's KubernetesValidatorFunctions and makeValidator),
 * written from the documented rules in ../shared/reference/catalog-model.md §1.2. Each rule can be
 * replaced on its own, as Backstage's `makeValidator(overrides)` allows, e.g. to loosen names.
 */
import { trimChars } from '../trim-chars.ts';

export type FieldValidator = (value: unknown) => boolean;

export interface FieldValidators {
  isValidApiVersion: FieldValidator;
  isValidKind: FieldValidator;
  isValidEntityName: FieldValidator;
  isValidNamespace: FieldValidator;
  isValidLabelKey: FieldValidator;
  isValidLabelValue: FieldValidator;
  isValidAnnotationKey: FieldValidator;
  isValidAnnotationValue: FieldValidator;
  isValidTag: FieldValidator;
}

const OBJECT_NAME = /^(?:[A-Za-z0-9][-\w.]*)?[A-Za-z0-9]$/;
const DNS_LABEL = /^[a-z0-9]+(?:-+[a-z0-9]+)*$/;
const KIND = /^[a-zA-Z][a-z0-9A-Z]*$/;
const API_VERSION_SUFFIX = /^[a-z0-9A-Z]+$/;
const TAG = /^[a-z0-9:+#]+(?:-[a-z0-9:+#]+)*$/;

const isString = (v: unknown): v is string => typeof v === 'string';
const lengthWithin = (v: string, max: number) => v.length >= 1 && v.length <= max;

export const isValidDnsLabel: FieldValidator = (v) => isString(v) && lengthWithin(v, 63) && DNS_LABEL.test(v);

export const isValidDnsSubdomain: FieldValidator = (v) =>
  isString(v) && lengthWithin(v, 253) && v.split('.').every(isValidDnsLabel);

export const isValidObjectName: FieldValidator = (v) => isString(v) && lengthWithin(v, 63) && OBJECT_NAME.test(v);

/** `<suffix>` or `<prefix>/<suffix>`; more than one separator is invalid. */
function prefixAndOrSuffix(v: unknown, isPrefix: FieldValidator, isSuffix: FieldValidator): boolean {
  if (!isString(v)) return false;
  const parts = v.split('/');
  if (parts.length === 1) return isSuffix(parts[0]);
  if (parts.length === 2) return isPrefix(parts[0]) && isSuffix(parts[1]);
  return false;
}

export const isValidUrl: FieldValidator = (v) => isString(v) && URL.canParse(v);

export const isNonEmptyString: FieldValidator = (v) => isString(v) && v.trim().length >= 1;

const defaults: FieldValidators = {
  isValidApiVersion: (v) =>
    prefixAndOrSuffix(v, isValidDnsSubdomain, (s) => isString(s) && lengthWithin(s, 63) && API_VERSION_SUFFIX.test(s)),
  isValidKind: (v) => isString(v) && lengthWithin(v, 63) && KIND.test(v),
  isValidEntityName: isValidObjectName,
  isValidNamespace: isValidDnsLabel,
  isValidLabelKey: (v) => prefixAndOrSuffix(v, isValidDnsSubdomain, isValidObjectName),
  isValidLabelValue: (v) => v === '' || isValidObjectName(v),
  isValidAnnotationKey: (v) => prefixAndOrSuffix(v, isValidDnsSubdomain, isValidObjectName),
  isValidAnnotationValue: isString,
  isValidTag: (v) => isString(v) && lengthWithin(v, 63) && TAG.test(v),
};

export function makeValidators(overrides: Partial<FieldValidators> = {}): FieldValidators {
  return { ...defaults, ...overrides };
}

/**
 * What each rule expects, in Backstage's words (FieldFormatEntityPolicy), selected by rule id,
 * never by function name, so a minifying bundler cannot change a message.
 */
export const FIELD_EXPECTATIONS: Record<keyof FieldValidators | 'url' | 'nonEmpty', string> = {
  isValidApiVersion: 'a valid prefix and/or suffix',
  isValidKind: 'a string that is a sequence of [a-zA-Z][a-z0-9A-Z], at most 63 characters in total',
  isValidEntityName:
    'a string that is sequences of [a-zA-Z0-9] separated by any of [-_.], at most 63 characters in total',
  isValidNamespace: 'a string that is sequences of [a-z0-9] separated by [-], at most 63 characters in total',
  isValidLabelKey: 'a valid prefix and/or suffix',
  isValidLabelValue:
    'a string that is sequences of [a-zA-Z0-9] separated by any of [-_.], at most 63 characters in total',
  isValidAnnotationKey: 'a valid prefix and/or suffix',
  isValidAnnotationValue: 'a string',
  // Backstage's own text still says [a-z0-9+#] although ':' is allowed; we state the real rule.
  isValidTag: 'a string that is sequences of [a-z0-9:+#] separated by [-], at most 63 characters in total',
  url: 'a string that is a valid url',
  nonEmpty: 'a non empty string',
};

/** A value that would pass the rule, derived from the rejected one, to suggest in a fix. */
export function suggestValue(rule: keyof FieldValidators, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const tidy = (s: string, invalid: RegExp) =>
    trimChars(trimChars(s.replace(invalid, '-').replace(/-{2,}/g, '-'), '-_.', 'both').slice(0, 63), '-_.');
  const candidates: Partial<Record<keyof FieldValidators, string>> = {
    isValidEntityName: tidy(value, /[^\w\-.]+/g),
    isValidLabelValue: tidy(value, /[^\w\-.]+/g),
    isValidNamespace: tidy(value.toLowerCase(), /[^a-z0-9]+/g),
    isValidTag: tidy(value.toLowerCase(), /[^a-z0-9:+#]+/g),
  };
  const candidate = candidates[rule];
  return candidate && candidate !== value && defaults[rule](candidate) ? candidate : undefined;
}
