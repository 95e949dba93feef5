/**
 * The catalog repository's scorecard files (`scorecards/*.yaml`) read into tracks and exemptions,
 * every problem placed on its line as descriptors' are. A track with an error is left out whole
 * (a level judged on half its checks would say something false) and its problems say why; the
 * other tracks are unaffected. Exemptions are checked against the tracks they name.
 */
import { parseDescriptorFile, type DescriptorDocument } from '../descriptor/parse-descriptor-file.ts';
import { offsetsOf, rangeOf } from '../descriptor/source-position.ts';
import { closest } from '../validation/closest.ts';
import { fieldNameOf } from '../validation/json-pointer.ts';
import { problem, type LocatedProblem, type Problem } from '../validation/problem.ts';
import { createSchemaCompiler } from '../validation/schema-compiler.ts';
import { schemaProblems } from '../validation/schema-problems.ts';
import { conditionProblems, conditionWithDefaults } from './condition-problems.ts';
import type { Check, EntityFilter, Exemption, Level, Track } from './scorecard-model.ts';
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
const checkTrack = compiler.later(TRACK_SCHEMA);
const checkExemptions = compiler.later(EXEMPTIONS_SCHEMA);

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
    checks: l.checks.map((c) => ({ ...c, severity: c.severity ?? 'error', rule: conditionWithDefaults(c.rule) })),
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
      out.push(...conditionProblems(raw.spec.levels[l]!.checks[c]!.rule, `${at}/rule`, 'scorecard'));
    }),
  );
  return out;
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
