/**
 * Runs a template's steps in order, as Backstage's workflow runner does: each step's input rendered
 * against `parameters`, `steps.<id>.output`, `user` and `each`; `if:` skips a step when falsy
 * (Backstage's `isTruthy`: an empty list is false); `each:` runs it once per entry, collecting each
 * output into a list; then the template's `output` (links and text, each with an optional `if`).
 * Everything happens in memory: the run's result says which repository to create with which files
 * and what to register, so nothing on GitHub is touched by a template that fails.
 */
import { isRecord } from '../model/entity.ts';
import type { ActionContext, Notification, PublishRequest, Registration } from './actions/action.ts';
import { ACTIONS } from './actions/supported-actions.ts';
import { renderInput, templateEngine, type PreparedTemplateContext, type TemplateValue } from './template-engine.ts';
import type { FilterSettings } from './template-filters.ts';
import type { TemplateSpec, TemplateStep } from './template-spec.ts';
import { Workspace, type FileTree } from './workspace.ts';

export interface RunTemplateInput {
  spec: TemplateSpec;
  /** Every file of the template's folder, by path inside it. */
  template: FileTree;
  /** The parameters, checked against the template's form (defaults applied). */
  parameters: Record<string, unknown>;
  /** `${{ user.entity }}` and `${{ user.ref }}`: who asked. */
  user?: { ref?: string; entity?: unknown };
  settings?: FilterSettings;
}

export interface OutputLink {
  title?: string;
  url?: string;
  entityRef?: string;
  icon?: string;
}

export interface TemplateRun {
  workspace: FileTree;
  publish?: PublishRequest;
  registrations: Registration[];
  notifications: Notification[];
  links: OutputLink[];
  text: { title?: string; content?: string }[];
  log: string[];
}

/** A step that failed: which, and why (a template error says where in the text). */
export class TemplateRunError extends Error {
  readonly step: string;
  readonly reason: string;

  constructor(step: string, reason: string) {
    super(`step ${step}: ${reason}`);
    this.name = 'TemplateRunError';
    this.step = step;
    this.reason = reason;
  }
}

export function runTemplate(input: RunTemplateInput): TemplateRun {
  const { spec, settings = {} } = input;
  // Backstage's `always()` and `failure()`: a failed step stops the run here, so cleanup steps never run.
  const engine = templateEngine(settings);
  const log: string[] = [];
  const requests: ActionContext['requests'] = { registrations: [], notifications: [] };
  const workspace = new Workspace();
  let context = engine.prepareContext({
    parameters: input.parameters as TemplateValue,
    steps: {},
    user: (input.user ?? {}) as TemplateValue,
    context: { task: { id: 'callboard' } },
  });
  for (const step of spec.steps) {
    try {
      const output = runStep(step, { engine, context, workspace, requests, log, input });
      if (output) context = context.withValue(['steps', step.id], { output: output as TemplateValue });
    } catch (error) {
      throw new TemplateRunError(step.id, (error as Error).message);
    }
  }
  const output = renderInput(engine, spec.output, context, 'output');
  return {
    workspace: workspace.tree(),
    ...(requests.publish ? { publish: requests.publish } : {}),
    registrations: requests.registrations,
    notifications: requests.notifications,
    links: conditionalItems(isRecord(output) ? output.links : undefined) as OutputLink[],
    text: conditionalItems(isRecord(output) ? output.text : undefined) as TemplateRun['text'],
    log,
  };
}

interface StepRun {
  engine: ReturnType<typeof templateEngine>;
  context: PreparedTemplateContext;
  workspace: Workspace;
  requests: ActionContext['requests'];
  log: string[];
  input: RunTemplateInput;
}

/** The step's output, or undefined when its `if:` skipped it. */
function runStep(step: TemplateStep, run: StepRun): Record<string, unknown> | undefined {
  const { engine, context } = run;
  if (step.if === false) return undefined;
  if (typeof step.if === 'string' && step.each === undefined && !isTruthy(renderInput(engine, step.if, context, 'if')))
    return undefined;
  const action = ACTIONS.get(step.action)!;
  const iterations = iterationsOf(step, run);
  const output: Record<string, unknown> = {};
  const actionContext: ActionContext = {
    template: run.input.template,
    templateRef: run.input.spec.ref,
    workspace: run.workspace,
    engine: run.input.settings ?? {},
    requests: run.requests,
    log: (line) => run.log.push(`[${step.id}] ${line}`),
    output: (name, value) => {
      if (step.each === undefined) output[name] = value;
      else ((output[name] ??= []) as unknown[]).push(value);
    },
  };
  // Every iteration's input is rendered (and its `if:` decided) before any of them runs, as Backstage does.
  const inputs = iterations.flatMap((iteration) => {
    const at = iteration ? context.withValue(['each'], iteration as TemplateValue) : context;
    if (iteration && typeof step.if === 'string' && !isTruthy(renderInput(engine, step.if, at, 'if'))) return [];
    return [renderInput(engine, step.input, at, 'input') as Record<string, unknown>];
  });
  for (const stepInput of inputs) action.run(isRecord(stepInput) ? stepInput : {}, actionContext);
  return output;
}

function iterationsOf(step: TemplateStep, run: StepRun): ({ key: string; value: unknown } | undefined)[] {
  if (step.each === undefined) return [undefined];
  const each = renderInput(run.engine, step.each, run.context, 'each');
  if (each === undefined) throw new Error(`each: "${String(step.each)}" cannot be resolved to a value`);
  if (each === null || typeof each !== 'object') throw new Error('each: must resolve to a list or a mapping');
  return Object.entries(each).map(([key, value]) => ({ key, value }));
}

/** Backstage's `isTruthy`: a list is true when it has entries, anything else by JavaScript's rules. */
const isTruthy = (value: unknown) => (Array.isArray(value) ? value.length > 0 : Boolean(value));

/** Output links and text whose `if` is falsy are left out; the `if` key itself is dropped. */
function conditionalItems(items: unknown): unknown[] {
  if (!Array.isArray(items)) return [];
  return items.flatMap((item) => {
    if (!isRecord(item)) return [item];
    if ('if' in item && !isTruthy(item.if)) return [];
    const { if: _if, ...rest } = item;
    return [rest];
  });
}
