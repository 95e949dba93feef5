/**
 * A `scaffolder.backstage.io/v1beta3` Template, as the scaffolder runs it: its parameters (JSON
 * Schema form steps, kept raw), its steps and its output. The descriptor itself is validated by the
 * catalog's validator (the Template kind's schema); this reads what running it needs and names what
 * Callboard cannot run, before anything runs.
 */
import { DEFAULT_NAMESPACE, isRecord } from '../model/entity.ts';
import { stringifyEntityRef } from '../model/entity-ref.ts';
import { SUPPORTED_ACTIONS } from './actions/supported-actions.ts';

export const TEMPLATE_API_VERSION = 'scaffolder.backstage.io/v1beta3';

export interface TemplateStep {
  id: string;
  name: string;
  action: string;
  input: Record<string, unknown>;
  /** `false`, or a `${{ }}` expression; absent runs the step. */
  if?: unknown;
  /** A `${{ }}` expression giving an array or object: the step runs once per entry. */
  each?: unknown;
}

export interface TemplateSpec {
  /** `template:default/name`, Backstage's entity ref (the `backstage.io/source-template` value). */
  ref: string;
  name: string;
  title: string;
  description?: string;
  owner?: string;
  type?: string;
  /** One JSON Schema form step or several, as written (read by parameters.ts). */
  parameters: unknown;
  steps: TemplateStep[];
  output: Record<string, unknown>;
}

/** A template Callboard cannot run: every reason, each a sentence saying what to change. */
export class TemplateSpecError extends Error {
  readonly reasons: string[];

  constructor(reasons: string[]) {
    super(reasons.join('\n'));
    this.name = 'TemplateSpecError';
    this.reasons = reasons;
  }
}

export function readTemplateSpec(value: unknown): TemplateSpec {
  if (!isRecord(value) || value.kind !== 'Template')
    throw new TemplateSpecError(['This is not a Template: its kind must be Template.']);
  if (value.apiVersion !== TEMPLATE_API_VERSION)
    throw new TemplateSpecError([
      `apiVersion is ${JSON.stringify(value.apiVersion)}: Callboard runs ${TEMPLATE_API_VERSION} templates (Backstage's current format; older ones are migrated by renaming their steps' fields, see Backstage's docs).`,
    ]);
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  const spec = isRecord(value.spec) ? value.spec : {};
  const name = typeof metadata.name === 'string' ? metadata.name : '';
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : DEFAULT_NAMESPACE;
  const reasons: string[] = [];
  if (!name) reasons.push('metadata.name is missing.');
  const steps = readSteps(spec.steps, reasons);
  if (reasons.length) throw new TemplateSpecError(reasons);
  return {
    ref: stringifyEntityRef({ kind: 'Template', namespace, name }),
    name,
    title: typeof metadata.title === 'string' ? metadata.title : name,
    ...(typeof metadata.description === 'string' ? { description: metadata.description } : {}),
    ...(typeof spec.owner === 'string' ? { owner: spec.owner } : {}),
    ...(typeof spec.type === 'string' ? { type: spec.type } : {}),
    parameters: spec.parameters ?? [],
    steps,
    output: isRecord(spec.output) ? spec.output : {},
  };
}

function readSteps(raw: unknown, reasons: string[]): TemplateStep[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    reasons.push('spec.steps must be a list of steps.');
    return [];
  }
  const seen = new Set<string>();
  return raw.flatMap((step: unknown, index) => {
    const where = `spec.steps[${index}]`;
    if (!isRecord(step) || typeof step.action !== 'string') {
      reasons.push(`${where} needs an action.`);
      return [];
    }
    const id = typeof step.id === 'string' && step.id ? step.id : `step-${index + 1}`;
    if (seen.has(id)) reasons.push(`${where}: the id ${id} is used by an earlier step; give each step its own id.`);
    seen.add(id);
    if (!SUPPORTED_ACTIONS.includes(step.action))
      reasons.push(
        `${where} (${id}) uses the action ${step.action}, which Callboard does not run. Supported actions: ${SUPPORTED_ACTIONS.join(', ')}.`,
      );
    if (step.input !== undefined && !isRecord(step.input)) reasons.push(`${where} (${id}): input must be a mapping.`);
    return [
      {
        id,
        name: typeof step.name === 'string' ? step.name : id,
        action: step.action,
        input: isRecord(step.input) ? step.input : {},
        ...('if' in step ? { if: step.if } : {}),
        ...('each' in step ? { each: step.each } : {}),
      },
    ];
  });
}
