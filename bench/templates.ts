/**
 * Template engines compared: Nunjucks (the baseline), LiquidJS with Backstage's `${{ }}` delimiters
 * (the engine of migration templates), and nunjitsu as Backstage's scaffolder 4.3 configures it (the
 * engine of Backstage software templates, app/core/scaffold).
 * Correctness: both render Backstage's own create-app skeletons (../shared/corpus, when present)
 * and a skeleton with conditions and loops to the same text. Safety: templates that try to reach
 * the process, the prototype chain or the file system, and one that allocates without end. Speed:
 * renders a second of a realistic catalog-info.yaml skeleton, against Nunjucks in the same run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import nunjucks from 'nunjucks';
import { renderTemplate } from '../app/core/template/render-template.ts';
import { templateEngine } from '../app/core/scaffold/template-engine.ts';

const CORPUS = join(
  import.meta.dirname,
  '..',
  '..',
  'shared',
  'corpus',
  'backstage-examples',
  'create-app',
  'templates',
);
const context = {
  values: {
    name: 'artist-lookup',
    description: 'Finds artists',
    owner: 'team-a',
    tags: ['java', 'data'],
    enabledDB: true,
  },
};
const env = new nunjucks.Environment(null, { autoescape: false, tags: { variableStart: '${{', variableEnd: '}}' } });
env.addFilter('dump', (v: unknown) => JSON.stringify(v));
const withNunjucks = (text: string) => env.renderString(text, context);
const withLiquid = (text: string) => {
  const rendered = renderTemplate(text, context);
  if ('error' in rendered) throw new Error(rendered.error.message);
  return rendered.text;
};

const scaffoldEngine = templateEngine();
const withNunjitsu = (text: string) => scaffoldEngine.render(text, context);

const SKELETON = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: \${{ values.name | dump }}
  description: \${{ values.description }}
  tags:
{% for tag in values.tags %}    - \${{ tag }}
{% endfor %}spec:
  type: service
  owner: \${{ values.owner }}
{% if values.enabledDB %}  dependsOn: [resource:\${{ values.name }}-db]
{% endif %}`;

const skeletons: [string, string][] = [['conditions and loops', SKELETON]];
if (existsSync(CORPUS)) {
  for (const app of readdirSync(CORPUS)) {
    const content = join(CORPUS, app, 'examples', 'template', 'content');
    if (!existsSync(content)) continue;
    for (const file of readdirSync(content))
      skeletons.push([`${app}/${file}`, readFileSync(join(content, file), 'utf8')]);
  }
} else console.log(`(corpus absent at ${CORPUS}: only the bench's own skeleton is compared)`);

console.log('Templates: correctness (same text from the three engines)');
for (const [name, text] of skeletons) {
  const same = withNunjucks(text) === withLiquid(text) && withNunjucks(text) === withNunjitsu(text);
  console.log(`  ${same ? 'same' : 'DIFFERENT'}: ${name}`);
}

console.log('\nTemplates: safety (a template trying to leave its values)');
const attempts: [string, string][] = [
  ['run code through a constructor', '${{ range.constructor("return process.pid")() }}'],
  ['read the prototype chain', '${{ values.constructor.name }}'],
  ['include a file', '{% include "/etc/hostname" %}'],
  ['allocate without end', '{% for i in (1..100000000) %}{% for j in (1..100000000) %}xx{% endfor %}{% endfor %}'],
];
for (const [name, text] of attempts) {
  const outcome = (render: (t: string) => string) => {
    try {
      const out = render(text);
      return `rendered ${JSON.stringify(out.slice(0, 40))}`;
    } catch (e) {
      return `refused (${String((e as Error).message)
        .split('\n')[0]!
        .slice(0, 60)})`;
    }
  };
  // Nunjucks's loop syntax differs; its range() bomb would hang the bench, so only the first three run on it.
  const nunjucksOutcome =
    name === 'allocate without end' ? 'not run (no budget: it would not stop)' : outcome(withNunjucks);
  // nunjitsu has no Liquid ranges: the bomb is written in Nunjucks's syntax for it (range() inside range()).
  const nunjitsuText =
    name === 'allocate without end'
      ? '{% for i in range(100000000) %}{% for j in range(100000000) %}xx{% endfor %}{% endfor %}'
      : text;
  console.log(
    `  ${name}:\n    Nunjucks: ${nunjucksOutcome}\n    LiquidJS: ${outcome(withLiquid)}\n    nunjitsu: ${outcome(() => withNunjitsu(nunjitsuText))}`,
  );
}

console.log('\nTemplates: speed (renders of the skeleton above)');
const rate = (render: (t: string) => string) => {
  for (let i = 0; i < 2000; i++) render(SKELETON);
  const started = performance.now();
  let n = 0;
  while (performance.now() - started < 1000) {
    render(SKELETON);
    n++;
  }
  return n / ((performance.now() - started) / 1000);
};
const baseline = rate(withNunjucks);
const chosen = rate(withLiquid);
const scaffolder = rate(withNunjitsu);
console.log(`  Nunjucks (baseline):                 ${Math.round(baseline)} renders/s`);
console.log(
  `  LiquidJS (migrations):               ${Math.round(chosen)} renders/s, ${(chosen / baseline).toFixed(2)}× the baseline`,
);
console.log(
  `  nunjitsu (Backstage templates):      ${Math.round(scaffolder)} renders/s, ${(scaffolder / baseline).toFixed(2)}× the baseline`,
);
