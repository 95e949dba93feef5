/**
 * Templating as Backstage's scaffolder does it (plugin-scaffolder-backend 4.3): Nunjucks syntax run
 * by nunjitsu, the closed interpreter Backstage adopted in place of Nunjucks itself. It generates
 * no JavaScript and exposes no host object, so the Nunjucks escapes through `constructor`
 * (`${{ range.constructor("return process")() }}`) are refused at parse time; every render is
 * bounded in source size, work, nesting and output. Configured as Backstage configures it:
 * `${{ }}` variables, `allowRegexExecution` on (Backstage's `replace` filter takes regular
 * expressions: the app renders in a worker whose budget stops a runaway one), its four filters, and
 * step inputs rendered with JSON coercion so `${{ parameters.count }}` stays a number.
 */
import { createTemplateRenderer, TemplateLimitError, TemplateRenderError } from 'nunjitsu';
import type { PreparedTemplateContext, TemplateRenderer, TemplateValue } from 'nunjitsu';
import { backstageFilters, type FilterSettings } from './template-filters.ts';

export type { PreparedTemplateContext, TemplateRenderer, TemplateValue };

export interface EngineOptions extends FilterSettings {
  cookiecutterCompat?: boolean;
  trimBlocks?: boolean;
  lstripBlocks?: boolean;
}

/** A renderer with Backstage's filters; `cookiecutterCompat` uses `{{ }}` (and Jinja's `jsonify`). */
export function templateEngine(options: EngineOptions = {}): TemplateRenderer {
  return createTemplateRenderer({
    filters: backstageFilters(options),
    allowRegexExecution: true,
    cookiecutterCompat: options.cookiecutterCompat,
    trimBlocks: options.trimBlocks,
    lstripBlocks: options.lstripBlocks,
  });
}

/** Where a template went wrong: what, and the line and column in the text rendered. */
export class TemplateProblem extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(message: string, line?: number, column?: number) {
    super(message);
    this.name = 'TemplateProblem';
    this.line = line;
    this.column = column;
  }
}

/** Runs one render, turning the engine's errors into a TemplateProblem that says where. */
export function rendering<T>(what: string, render: () => T): T {
  try {
    return render();
  } catch (error) {
    if (error instanceof TemplateRenderError || error instanceof TemplateLimitError) {
      const where = error.line ? ` (line ${error.line}${error.column ? `, column ${error.column}` : ''})` : '';
      const message = error.message.replace(/^Template error at line \d+, column \d+: /, '');
      const limit = error instanceof TemplateLimitError ? ' — the template does too much work; make it smaller' : '';
      throw new TemplateProblem(`${what}${where}: ${message}${limit}`, error.line, error.column);
    }
    throw error;
  }
}

/**
 * A step's input (or `if:`, `each:`, the template's `output`) with every string rendered, as
 * Backstage's workflow runner renders it: a string that is one `${{ }}` keeps its value's type,
 * and other text that renders to JSON is decoded (`coercion: 'json'`). Unlike Backstage, a string
 * that fails to render is an error naming the step, not passed on unrendered.
 */
export function renderInput(
  engine: TemplateRenderer,
  value: unknown,
  context: PreparedTemplateContext,
  what: string,
): unknown {
  return JSON.parse(JSON.stringify(value) ?? 'null', (_key, item: unknown) =>
    typeof item === 'string'
      ? rendering(`${what}: "${clip(item)}"`, () => engine.renderValue(item, context, { coercion: 'json' }))
      : item,
  );
}

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);
