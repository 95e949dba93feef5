/**
 * The catalog repository's scorecard files (`scorecards/*.yaml`) read into tracks and exemptions,
 * every problem placed on its line as descriptors' are. A track with an error is left out whole
 * (a level judged on half its checks would say something false) and its problems say why; the
 * other tracks are unaffected. Exemptions are checked against the tracks they name.
 */
import { JSONPath } from 'jsonpath-plus';
import { parseDescriptorFile, type DescriptorDocument } from '../descriptor/parse-descriptor-file.ts';
import { offsetsOf, rangeOf } from '../descriptor/source-position.ts';
import { linearGlob } from '../patterns/linear-glob.ts';
import { PatternError } from '../errors.ts';
import { closest } from '../validation/closest.ts';
import { fieldNameOf } from '../validation/json-pointer.ts';
import { problem, type LocatedProblem, type Problem } from '../validation/problem.ts';
import { createSchemaCompiler } from '../validation/schema-compiler.ts';
import { schemaProblems } from '../validation/schema-problems.ts';
import { FACT_NAMES, FACTS_BY_NAME } from './fact-names.ts';
import { parseRegex } from './regex.ts';
import type { Check, Condition, EntityFilter, Exemption, Level, Track } from './scorecard-model.ts';
import { EXEMPTIONS_SCHEMA, SCORECARD_API_VERSION, TRACK_SCHEMA } from './scorecard-schema.ts';

export interface ScorecardFile {
  path: string;
  text: string;
}

export interface ScorecardFileProblems {
  path: string;
  problems: LocatedProblem[];
}

export interface Scorecards {
  tracks: Track[];
  exemptions: Exemption[];
  files: ScorecardFileProblems[];
}

const compiler = createSchemaCompiler();
const checkTrack = compiler.compile(TRACK_SCHEMA);
const checkExemptions = compiler.compile(EXEMPTIONS_SCHEMA);

const NUMERIC = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);

/** `today` (YYYY-MM-DD) decides which exemptions have expired. */
export function parseScorecards(files: readonly ScorecardFile[], today: string): Scorecards {
  const tracks: Track[] = [];
  const exemptions: { exemption: Exemption; report: (p: Problem) => void }[] = [];
  const reports: ScorecardFileProblems[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const parsed = parseDescriptorFile(file.path, file.text);
    const problems: LocatedProblem[] = [];
    reports.push({ path: file.path, problems });
    for (const doc of parsed.documents) {
      const place = placeAt(parsed, doc);
      const report = (p: Problem) => problems.push(place(p));
      if (doc.problems.length) {
        for (const p of doc.problems)
          problems.push({
            ...p,
            ...rangeOf(parsed.lineCounter, parsed.text, [p.offset, p.endOffset]),
            document: doc.number,
          });
        continue;
      }
      const kind = (doc.value as { kind?: unknown } | null)?.kind;
      if (!envelopeOk(doc.value, report)) continue;
      if (kind === 'Exemptions') {
        const found = schemaProblems(checkExemptions(doc.value), 'scorecard', 'an exemption', () => undefined);
        found.forEach(report);
        if (found.length) continue;
        const raw = (doc.value as { spec: { exemptions: Omit<Exemption, 'source' | 'line'>[] } }).spec.exemptions;
        raw.forEach((e, i) => {
          const pointer = `/spec/exemptions/${i}`;
          const { line } = place(problem('warning', 'scorecard', pointer, ''));
          exemptions.push({
            exemption: { ...e, source: file.path, line },
            report: (p) => report({ ...p, pointer: `${pointer}${p.pointer}` }),
          });
        });
        continue;
      }
      const found = schemaProblems(checkTrack(doc.value), 'scorecard', 'a track', () => undefined);
      found.forEach(report);
      if (found.length) continue;
      const track = trackOf(doc.value as RawTrack, file.path);
      const semantic = trackProblems(track, doc.value as RawTrack);
      const duplicate = tracks.find((t) => t.name === track.name);
      if (duplicate)
        semantic.push(
          problem(
            'error',
            'scorecard',
            '/metadata/name',
            `The track "${track.name}" is already declared in ${duplicate.source}`,
            { fix: 'Give this track another name, or remove one of the two.' },
          ),
        );
      semantic.forEach(report);
      if (!semantic.some((p) => p.severity === 'error')) tracks.push(track);
    }
  }
  const kept: Exemption[] = [];
  for (const { exemption, report } of exemptions) {
    const problems = exemptionProblems(exemption, tracks, today);
    problems.forEach(report);
    if (!problems.length) kept.push(exemption);
  }
  for (const r of reports) r.problems.sort((a, b) => a.document - b.document || a.line - b.line || a.column - b.column);
  return { tracks, exemptions: kept, files: reports.filter((r) => r.problems.length) };
}

function placeAt(parsed: ReturnType<typeof parseDescriptorFile>, doc: DescriptorDocument) {
  return (p: Problem): LocatedProblem => ({
    ...p,
    ...rangeOf(parsed.lineCounter, parsed.text, offsetsOf(doc.yaml, p.pointer, p.atKey, p.span)),
    document: doc.number,
  });
}

/** apiVersion, kind and the root fields, said once and plainly (the schema's wording is for deeper fields). */
function envelopeOk(value: unknown, report: (p: Problem) => void): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    report(
      problem(
        'error',
        'scorecard',
        '',
        'A scorecard document must be a mapping with apiVersion, kind, metadata and spec',
        { fix: `Start it with "apiVersion: ${SCORECARD_API_VERSION}" and "kind: Track".` },
      ),
    );
    return false;
  }
  const { apiVersion, kind, ...rest } = value as Record<string, unknown>;
  let ok = true;
  if (apiVersion !== SCORECARD_API_VERSION) {
    report(
      problem(
        'error',
        'scorecard',
        '/apiVersion',
        `apiVersion must be "${SCORECARD_API_VERSION}", but found ${JSON.stringify(apiVersion)}`,
        { atKey: apiVersion === undefined, fix: `Write "apiVersion: ${SCORECARD_API_VERSION}".` },
      ),
    );
    ok = false;
  }
  if (kind !== 'Track' && kind !== 'Exemptions') {
    const guess = typeof kind === 'string' ? closest(kind, ['Track', 'Exemptions']) : undefined;
    report(
      problem(
        'error',
        'scorecard',
        '/kind',
        `kind must be "Track" or "Exemptions", but found ${JSON.stringify(kind)}`,
        { atKey: kind === undefined, fix: guess ? `Did you mean "${guess}"?` : 'Write "kind: Track" for a track.' },
      ),
    );
    ok = false;
  }
  for (const key of Object.keys(rest)) {
    if (key !== 'metadata' && key !== 'spec') {
      report(
        problem('error', 'scorecard', `/${key}`, `Unknown field "${key}" at the document root`, {
          atKey: true,
          fix: 'A scorecard document has apiVersion, kind, metadata and spec; move it under spec or remove it.',
        }),
      );
      ok = false;
    }
  }
  if (kind === 'Track' && !(value as { metadata?: { name?: unknown } }).metadata?.name) {
    report(
      problem('error', 'scorecard', '/metadata', 'A track needs metadata.name', {
        atKey: true,
        fix: 'Add "metadata: { name: test-certified }".',
      }),
    );
    ok = false;
  }
  return ok;
}

interface RawCheck extends Omit<Check, 'severity'> {
  severity?: Check['severity'];
}
interface RawTrack {
  metadata: { name: string; title?: string; description?: string; owner?: string };
  spec: { applies?: EntityFilter; levels: { name?: string; required?: boolean; checks: RawCheck[] }[] };
}

function trackOf(raw: RawTrack, source: string): Track {
  const levels: Level[] = raw.spec.levels.map((l, i) => ({
    ordinal: i + 1,
    name: l.name ?? `Level ${i + 1}`,
    required: l.required ?? false,
    checks: l.checks.map((c) => ({ ...c, severity: c.severity ?? 'error', rule: withDefaults(c.rule) })),
  }));
  const { name, title, description, owner } = raw.metadata;
  return {
    name,
    title: title ?? name,
    ...(description ? { description } : {}),
    ...(owner ? { owner } : {}),
    ...(raw.spec.applies ? { applies: raw.spec.applies } : {}),
    levels,
    source,
  };
}

/** A file condition without an operator asks whether the file exists. */
function withDefaults(c: Condition): Condition {
  if ('all' in c) return { all: c.all.map(withDefaults) };
  if ('any' in c) return { any: c.any.map(withDefaults) };
  if ('not' in c) return { not: withDefaults(c.not) };
  return 'file' in c && !c.operator ? { ...c, operator: 'exists' } : c;
}

function trackProblems(track: Track, raw: RawTrack): Problem[] {
  const out: Problem[] = [];
  const ids = new Map<string, string>();
  track.levels.forEach((level, l) =>
    level.checks.forEach((check, c) => {
      const at = `/spec/levels/${l}/checks/${c}`;
      const other = ids.get(check.id);
      if (other)
        out.push(
          problem('error', 'scorecard', `${at}/id`, `The check id "${check.id}" is already used by ${other}`, {
            fix: 'Check ids must be unique in a track; rename one of them.',
          }),
        );
      ids.set(check.id, fieldNameOf(at));
      out.push(...conditionProblems(raw.spec.levels[l]!.checks[c]!.rule, `${at}/rule`));
    }),
  );
  return out;
}

function conditionProblems(c: Condition, at: string): Problem[] {
  if ('all' in c) return c.all.flatMap((x, i) => conditionProblems(x, `${at}/all/${i}`));
  if ('any' in c) return c.any.flatMap((x, i) => conditionProblems(x, `${at}/any/${i}`));
  if ('not' in c) return conditionProblems(c.not, `${at}/not`);
  const out: Problem[] = [];
  if ('fact' in c && !FACTS_BY_NAME.has(c.fact)) {
    const guess = closest(
      c.fact,
      FACT_NAMES.map((f) => f.name),
    );
    // The facts of the same source (`ci.`, `github.`…) are the likely ones; all of them would be a wall of names.
    const family = FACT_NAMES.filter((f) => f.name.split('.')[0] === c.fact.split('.')[0]).map((f) => f.name);
    out.push(
      problem('error', 'scorecard', `${at}/fact`, `There is no fact "${c.fact}"`, {
        ...(family.length ? { expected: `one of ${family.join(', ')}` } : {}),
        fix: guess ? `Did you mean "${guess}"?` : 'Use one of the facts docs/scorecards.md lists ("Facts").',
      }),
    );
  }
  if ('file' in c) out.push(...globProblems(c.file, `${at}/file`));
  if (c.path !== undefined) out.push(...pathProblems(c.path, `${at}/path`));
  out.push(...valueProblems(c.operator ?? 'exists', c.value, at));
  return out;
}

function globProblems(glob: string, at: string): Problem[] {
  if (glob.split('/').some((segment) => segment === '..')) {
    return [
      problem('error', 'scorecard', at, `The glob "${glob}" leaves the repository ("..")`, {
        fix: 'Write it from the repository root with a leading "/", or from the entity\'s folder, without "..".',
      }),
    ];
  }
  try {
    linearGlob(glob.replace(/^\/+/, ''));
    return [];
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    return [problem('error', 'scorecard', at, e.message, { fix: e.fix })];
  }
}

function pathProblems(path: string, at: string): Problem[] {
  try {
    // Evaluated on nothing, to learn whether it parses; filter expressions are never run (eval: false).
    JSONPath({ path, json: {}, eval: false, wrap: true });
    return /\?\(|\(@/.test(path)
      ? [
          problem(
            'error',
            'scorecard',
            at,
            `The path "${path}" uses a filter or script expression, which Callboard does not run`,
            { fix: 'Use plain member and index steps, e.g. $.spec.owner or $.jobs.*.steps.' },
          ),
        ]
      : [];
  } catch (e) {
    return [
      problem('error', 'scorecard', at, `The path "${path}" is not a valid JSONPath: ${(e as Error).message}`, {
        fix: 'Write it as $.field.subfield, with ["odd/key"] for keys with dots or slashes.',
      }),
    ];
  }
}

function valueProblems(operator: string, value: unknown, at: string): Problem[] {
  const bad = (expected: string, fix: string) => [
    problem(
      'error',
      'scorecard',
      `${at}/value`,
      `The operator ${operator} needs ${expected}, but found ${JSON.stringify(value) ?? 'nothing'}`,
      { fix },
    ),
  ];
  if (operator === 'exists')
    return value === undefined || typeof value === 'boolean'
      ? []
      : bad('true, false or no value', 'Write "value: false" to ask that it does not exist, or leave value out.');
  if (NUMERIC.has(operator))
    return typeof value === 'number' ? [] : bad('a number', 'Write the value as a number, e.g. "value: 80".');
  if (operator === 'in' || operator === 'notIn')
    return Array.isArray(value)
      ? []
      : bad('a list', 'Write the value as a list, e.g. "value: [production, experimental]".');
  if (operator === 'matches' || operator === 'doesNotMatch') {
    if (typeof value !== 'string')
      return bad('a regular expression as a string', 'Write the value as a string, e.g. "value: npm (run )?test".');
    const regex = parseRegex(value);
    return regex instanceof PatternError
      ? [
          problem(
            'error',
            'scorecard',
            `${at}/value`,
            `The regular expression ${JSON.stringify(value)} is not valid: ${regex.message}`,
            { fix: regex.fix, span: [regex.index, regex.end] },
          ),
        ]
      : [];
  }
  return value === undefined ? bad('a value', 'Add "value:".') : [];
}

function exemptionProblems(e: Exemption, tracks: readonly Track[], today: string): Problem[] {
  const track = tracks.find((t) => t.name === e.track);
  if (!track) {
    const guess = closest(
      e.track,
      tracks.map((t) => t.name),
    );
    return [
      problem('error', 'scorecard', '/track', `There is no track "${e.track}"`, {
        fix: guess ? `Did you mean "${guess}"?` : 'Name a track declared in scorecards/.',
      }),
    ];
  }
  const checks = track.levels.flatMap((l) => l.checks.map((c) => c.id));
  if (!checks.includes(e.check)) {
    const guess = closest(e.check, checks);
    return [
      problem('error', 'scorecard', '/check', `The track "${e.track}" has no check "${e.check}"`, {
        fix: guess ? `Did you mean "${guess}"?` : `Name one of: ${checks.join(', ')}.`,
      }),
    ];
  }
  if (!/^[a-z][a-z0-9-]*:[^/]+\/.+$/i.test(e.entity)) {
    return [
      problem('error', 'scorecard', '/entity', `"${e.entity}" is not a full entity ref`, {
        fix: 'Write it as kind:namespace/name, e.g. component:default/artist-lookup.',
      }),
    ];
  }
  if (Number.isNaN(Date.parse(`${e.expires}T00:00:00Z`)))
    return [
      problem('error', 'scorecard', '/expires', `"${e.expires}" is not a date`, { fix: 'Write it as YYYY-MM-DD.' }),
    ];
  if (e.expires < today)
    return [
      problem('warning', 'scorecard', '/expires', `This exemption expired on ${e.expires} and no longer applies`, {
        fix: 'Renew it with a new date and justification, or remove it.',
      }),
    ];
  return [];
}
