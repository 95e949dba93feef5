/**
 * `npm run demo`: Callboard's main job on the bundled example organisation (examples/acme, one
 * folder per repository): every repository's descriptors checked as Backstage would check them
 * (problems shown in place), then the organisation's catalog built into ./callboard-out/, exactly
 * as the GitHub App commits it to the catalog repository, with its site (search, docs, API references)
 * in ./callboard-out/site/, then every repository scored on the starter scorecards, the example
 * migration planned over every repository, and a new repository made from the organisation's golden
 * path, as an issue on the catalog repository would make it.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { styleText } from 'node:util';
import { formatText, plainStyle, type TextStyle } from '../app/core/report/format-text.ts';
import { summarize } from '../app/core/validate/validation-report.ts';
import { nodeIo } from '../app/cli/cli-io.ts';
import { main } from '../app/cli/main.ts';
import { validateLocalDescriptors } from '../app/forge/local/validate-local-descriptors.ts';

const ORG = join(import.meta.dirname, '..', 'examples', 'acme');
const cwd = process.cwd();
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (f: Parameters<typeof styleText>[0]) => (s: string) => (color ? styleText(f, s) : s);
const style: TextStyle = color
  ? { red: paint('red'), yellow: paint('yellow'), green: paint('green'), dim: paint('dim'), bold: paint('bold') }
  : plainStyle;

console.log(style.bold(`Callboard demo: the "acme" organisation (${relative(cwd, ORG)}), one folder per repository\n`));

// One io for the whole demo: one worker thread checks and scores every repository's content.
const io = { ...nodeIo(), cwd };
const repositories = readdirSync(ORG, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const results = [];
for (const name of repositories) {
  const root = join(ORG, name);
  const result = await validateLocalDescriptors({ work: io.work, patterns: [root], cwd, root });
  const { entities, errors, warnings, skipped } = result.report.summary;
  const mark = errors ? style.red('✖') : warnings ? style.yellow('⚠') : style.green('✔');
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const counts = [
    n(entities, 'entity', 'entities'),
    errors && style.red(n(errors, 'error', 'errors')),
    warnings && style.yellow(n(warnings, 'warning', 'warnings')),
    skipped && style.dim(n(skipped, 'template skeleton skipped', 'template skeletons skipped')),
  ];
  console.log(`  ${mark} ${name.padEnd(18)} ${counts.filter(Boolean).join(', ')}`);
  results.push(result);
}

const report = summarize(results.flatMap((r) => r.report.files));
const sources = new Map(results.flatMap((r) => [...r.sources]));
console.log(`\n${style.bold('Problems, where they are and how to fix them')}\n`);
process.stdout.write(formatText(report, (path) => sources.get(path), style));
console.log(
  style.dim('\nsearch-service and legacy-billing are broken on purpose (examples/README.md lists each problem).'),
);

console.log(`\n${style.bold('The catalog')}\n`);
const out = join(cwd, 'callboard-out');
const site = join(out, 'site');
await main(['catalog', 'build', ORG, '--out', out, '--org', 'acme', '--site', site], io);
console.log(
  `Open ${style.bold(relative(cwd, join(out, 'catalog', 'README.md')))}: the overview, then a page per entity (owners, contacts, dependents, a graph).`,
);

// Scorecards: every repository scored on the starter tracks (templates/scorecards) against the catalog
// just built; www-artist with the CI reports its workflow would hand to the scorecard action.
console.log(
  `\n${style.bold('Scorecards')} ${style.dim('(the starter tracks in templates/scorecards; level reached of levels)')}\n`,
);
const REPORTS = join(import.meta.dirname, '..', 'examples', 'ci-reports');
const tracks = new Map<string, string>();
const rows: [string, Map<string, string>][] = [];
for (const name of repositories) {
  let json = '';
  const reports = readdirSync(REPORTS).includes(name) ? ['--reports', join(REPORTS, name, '*')] : [];
  await main(['score', join(ORG, name), '--catalog', out, '--format', 'json', ...reports], {
    ...io,
    out: (text) => void (json += text),
    err: () => {},
  });
  for (const score of JSON.parse(json || '[]') as {
    ref: string;
    tracks: { track: string; title: string; level: number; levels: unknown[] }[];
  }[]) {
    rows.push([
      score.ref.replace(':default/', ' '),
      new Map(score.tracks.map((t) => (tracks.set(t.track, t.title), [t.track, `${t.level}/${t.levels.length}`]))),
    ]);
  }
}
const columns = [...tracks.keys()].sort();
console.log(`  ${'entity'.padEnd(36)} ${columns.map((c) => tracks.get(c)!.padEnd(16)).join(' ')}`);
for (const [ref, levels] of rows)
  console.log(`  ${ref.padEnd(36)} ${columns.map((c) => (levels.get(c) ?? '–').padEnd(16)).join(' ')}`);
console.log(
  style.dim(
    "\nwww-artist reaches level 2 of Test Certified with examples/ci-reports/www-artist. Details: npx callboard score examples/acme/www-artist --catalog callboard-out --reports 'examples/ci-reports/www-artist/*'",
  ),
);

// A migration: the example spec in the catalog repository, planned over every repository (nothing touched);
// the app would open these as pull requests and count them on a dashboard.
console.log(
  `\n${style.bold('A migration')} ${style.dim('(examples/acme/platform-catalog/migrations/node-24.yaml, planned)')}\n`,
);
await main(['migrate', 'plan', join(ORG, 'platform-catalog', 'migrations', 'node-24.yaml'), ORG, '--catalog', out], io);
// A golden path: the organisation's template, rendered as the app renders it for an issue (nothing created).
console.log(
  `\n${style.bold('A golden path')} ${style.dim('(examples/acme/golden-paths/templates/node-service, rendered; the app creates the repository from an issue)')}\n`,
);
const answers = join(out, 'demo-answers.json');
writeFileSync(answers, JSON.stringify({ name: 'orders', description: 'Takes orders', owner: 'team-b' }));
await main(['scaffold', join(ORG, 'golden-paths', 'templates', 'node-service'), '--values', answers, '--dry-run'], io);
console.log(
  style.dim(
    'Try it on your own repositories: npx callboard validate [PATH|GLOB ...], npx callboard catalog build ORG_DIR --out DIR, npx callboard migrate plan SPEC ORG_DIR, npx callboard scaffold TEMPLATE --values FILE --out DIR',
  ),
);
