/**
 * Templates as Backstage's skeletons write them — `${{ values.name }}` outputs, `{% if %}` and
 * `{% for %}` tags — rendered with LiquidJS rather than Backstage's Nunjucks. Templates come from
 * repositories, so they are hostile: Nunjucks reaches JavaScript through any value's constructor
 * (`${{ range.constructor("return process")() }}` runs code), while Liquid has no function calls,
 * reads only a value's own properties here, includes nothing (no file system: an empty in-memory
 * set of templates), and stops a render past its time or memory budget. Filter arguments are
 * Liquid's (`| replace: "a", "b"`); Nunjucks's `dump` is kept, as Backstage's skeletons use it.
 * (docs/migrations.md gives the measurements behind the choice.)
 */
import { Liquid, type Template } from 'liquidjs';

export interface TemplateError {
  message: string;
  /** 1-based, in the template's text; absent when the engine could not place it. */
  line?: number;
  column?: number;
}

export type Rendered = { text: string } | { error: TemplateError };

/** A render stops after this long, or past this much memory (Liquid counts what it allocates). */
export const TEMPLATE_BUDGET = { renderMs: 1000, memory: 10_000_000, parseChars: 1_000_000 } as const;

const engine = new Liquid({
  outputDelimiterLeft: '${{',
  outputDelimiterRight: '}}',
  strictVariables: true,
  lenientIf: true,
  strictFilters: true,
  ownPropertyOnly: true,
  templates: {},
  relativeReference: false,
  dynamicPartials: false,
  renderLimit: TEMPLATE_BUDGET.renderMs,
  memoryLimit: TEMPLATE_BUDGET.memory,
  parseLimit: TEMPLATE_BUDGET.parseChars,
});
engine.registerFilter('dump', (value: unknown) => JSON.stringify(value));

const OUTPUT = '${{';
const TAG = '{%';

/** The text with its placeholders filled from `context`, or what is wrong and where. */
export function renderTemplate(text: string, context: object): Rendered {
  // Most files hold no placeholder: nothing to parse.
  if (!text.includes(OUTPUT) && !text.includes(TAG)) return { text };
  let parsed: Template[];
  try {
    parsed = engine.parse(text);
  } catch (error) {
    return { error: errorOf(error, context) };
  }
  try {
    return { text: String(engine.renderSync(parsed, context)) };
  } catch (error) {
    return { error: errorOf(error, context) };
  }
}

/** Every string inside a JSON-like value rendered (keys too); the first error stops it. */
export function renderValue(value: unknown, context: object): { value: unknown } | { error: TemplateError } {
  if (typeof value === 'string') {
    const rendered = renderTemplate(value, context);
    return 'error' in rendered ? rendered : { value: rendered.text };
  }
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) {
      const rendered = renderValue(item, context);
      if ('error' in rendered) return rendered;
      items.push(rendered.value);
    }
    return { value: items };
  }
  if (value !== null && typeof value === 'object') {
    const entries: [string, unknown][] = [];
    for (const [key, item] of Object.entries(value)) {
      const k = renderTemplate(key, context);
      if ('error' in k) return k;
      const v = renderValue(item, context);
      if ('error' in v) return v;
      entries.push([k.text, v.value]);
    }
    return { value: Object.fromEntries(entries) };
  }
  return { value };
}

function errorOf(error: unknown, context: object): TemplateError {
  const e = error as { message?: string; token?: { getPosition?(): [number, number] } };
  const position = e.token?.getPosition?.();
  const raw = (e.message ?? String(error)).replace(/, line:\d+, col:\d+$/, '');
  const undefinedName = /undefined variable: (\S+)/.exec(raw)?.[1];
  const message = undefinedName
    ? `${undefinedName} is not defined; the template can use ${namesIn(context)}${
        Object.hasOwn(context, undefinedName.split('.')[0]!)
          ? ''
          : ` (a GitHub Actions expression such as \${{ secrets.TOKEN }} is kept by writing it inside {% raw %}…{% endraw %})`
      }`
    : /Failed to lookup/.test(raw)
      ? 'a template cannot include, render or lay out another file: write its content here'
      : /limit exceeded/.test(raw)
        ? `${raw}: a template may take ${TEMPLATE_BUDGET.renderMs} ms and ${TEMPLATE_BUDGET.memory.toLocaleString('en')} bytes; make its loops smaller`
        : raw;
  return { message, ...(position ? { line: position[0], column: position[1] } : {}) };
}

/** The names a template can use, for a message: `values.a`, `entity.name`, … */
function namesIn(context: object): string {
  const names = Object.entries(context).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.keys(value).map((k) => `${key}.${k}`)
      : [key],
  );
  return names.length ? names.slice(0, 30).join(', ') : 'no values';
}
