/**
 * A condition evaluated for one subject: true or false with the evidence that decided it, or
 * unknown when a fact it needs was not reported. `all` is false as soon as one part is false,
 * `any` true as soon as one part is true; an unknown part makes the whole unknown only when the
 * known parts do not already decide it.
 */
import { JSONPath } from 'jsonpath-plus';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { BUDGETS } from '../budgets.ts';
import { nestedDeeperThan } from '../descriptor/parse-yaml.ts';
import { compare, show, wanted } from './compare.ts';
import { FACTS_BY_NAME, readFact } from './fact-names.ts';
import { globMatcher, regexOf } from './compiled.ts';
import type { Condition, FactCondition, FileCondition } from './scorecard-model.ts';
import type { ScoringSubject } from './scoring-subject.ts';

export type Outcome = 'true' | 'false' | 'unknown' | 'error';

export interface Evaluated {
  outcome: Outcome;
  evidence: string;
}

/**
 * Files matched by one glob whose contents are looked at: enough for any sane rule, bounded for a hostile repository.
 */
export const MAX_FILES_PER_GLOB = 20;
/** How much of a file a content rule reads. */
export const MAX_SCAN_CHARS = 1_000_000;

export function evaluateCondition(condition: Condition, subject: ScoringSubject, now: Date): Evaluated {
  if ('all' in condition)
    return combine(
      condition.all.map((c) => evaluateCondition(c, subject, now)),
      'all',
    );
  if ('any' in condition)
    return combine(
      condition.any.map((c) => evaluateCondition(c, subject, now)),
      'any',
    );
  if ('not' in condition) {
    const inner = evaluateCondition(condition.not, subject, now);
    return {
      outcome: inner.outcome === 'true' ? 'false' : inner.outcome === 'false' ? 'true' : inner.outcome,
      evidence: inner.evidence,
    };
  }
  return 'file' in condition ? evaluateFile(condition, subject) : evaluateFact(condition, subject, now);
}

function combine(parts: Evaluated[], how: 'all' | 'any'): Evaluated {
  const deciding = how === 'all' ? 'false' : 'true';
  const decided = parts.find((p) => p.outcome === deciding);
  if (decided) return decided;
  const open = parts.find((p) => p.outcome === 'error') ?? parts.find((p) => p.outcome === 'unknown');
  if (open) return open;
  return {
    outcome: how === 'all' ? 'true' : 'false',
    evidence: parts.map((p) => p.evidence).join(how === 'all' ? '; ' : ' and '),
  };
}

function evaluateFact(c: FactCondition, subject: ScoringSubject, now: Date): Evaluated {
  const name = FACTS_BY_NAME.get(c.fact);
  if (!name) return { outcome: 'error', evidence: `there is no fact ${c.fact}` };
  const reading = readFact(name, subject, now);
  const label = c.path ? `${c.fact} ${c.path}` : c.fact;
  if (!reading.reported) return { outcome: 'unknown', evidence: `${label}: ${reading.why}` };
  // JSONPath (`$..x`), comparison and evidence all recurse: data nested without end would exhaust the stack.
  if (nestedDeeperThan(reading.value)) return tooDeep(c.fact);
  const value = c.path ? valueAt(reading.value, c.path) : reading.value;
  // A value the catalog, GitHub or CI did not report is "not reported", except when the rule asks whether it exists.
  if (value === undefined && c.operator !== 'exists' && !['entity', 'files'].includes(name.source))
    return { outcome: 'unknown', evidence: `${label} was not reported${name.source === 'ci' ? ' by CI' : ''}` };
  return judged(label, compare(value, c.operator, c.value), c);
}

const judged = (
  label: string,
  result: { ok: boolean; seen: string },
  c: { operator: FactCondition['operator']; value?: unknown },
): Evaluated => ({
  outcome: result.ok ? 'true' : 'false',
  evidence: `${label} ${result.seen}${result.ok ? '' : ` (wanted ${wanted(c.operator, c.value)})`}`,
});

/** The value at a JSONPath: one value for a definite path, the list of matches for one with wildcards. */
export function valueAt(json: unknown, path: string): unknown {
  if (json === undefined || json === null) return undefined;
  const matches = JSONPath({ path, json: json as object, eval: false, wrap: true }) as unknown[];
  return /\*|\.\.|\[[^\][,:]*[,:][^\][]*\]/.test(path) ? matches : matches[0];
}

/**
 * The repository paths a file glob means for this subject: from the root with a leading `/`, else from the entity's
 * folder.
 */
export function filesMatching(glob: string, subject: Pick<ScoringSubject, 'folder' | 'files'>): string[] {
  const isMatch = globMatcher(glob.replace(/^\/+/, ''));
  if (glob.startsWith('/') || !subject.folder) return subject.files.paths.filter(isMatch);
  // From the entity's folder: the same compiled glob, on paths taken relative to it.
  const prefix = `${subject.folder}/`;
  return subject.files.paths.filter((p) => p.startsWith(prefix) && isMatch(p.slice(prefix.length)));
}

function evaluateFile(c: FileCondition, subject: ScoringSubject): Evaluated {
  const matched = filesMatching(c.file, subject);
  if (c.operator === 'exists' && c.path === undefined) {
    const found = matched.length > 0;
    const ok = found === ((c.value as boolean | undefined) ?? true);
    return {
      outcome: ok ? 'true' : 'false',
      evidence: found
        ? `${matched[0]}${matched.length > 1 ? ` (and ${matched.length - 1} more)` : ''} exists`
        : `no file matches ${c.file}`,
    };
  }
  const negative = c.operator === 'doesNotMatch' || c.operator === 'doesNotContain';
  if (!matched.length)
    return { outcome: negative && c.path === undefined ? 'true' : 'false', evidence: `no file matches ${c.file}` };
  const looked = matched.slice(0, MAX_FILES_PER_GLOB);
  return c.path === undefined ? scanContents(c, looked, subject) : valueInFile(c, looked[0]!, subject);
}

function scanContents(c: FileCondition, paths: string[], subject: ScoringSubject): Evaluated {
  const regex = c.operator === 'matches' || c.operator === 'doesNotMatch' ? regexOf(String(c.value)) : undefined;
  if (typeof regex === 'string')
    return { outcome: 'error', evidence: `the regular expression ${String(c.value)} is not valid: ${regex}` };
  for (const path of paths) {
    const text = subject.files.text(path)?.slice(0, MAX_SCAN_CHARS);
    if (text === undefined) return { outcome: 'error', evidence: `${path} could not be read` };
    const at = regex ? regex.search(text) : text.indexOf(String(c.value));
    if (at !== -1) {
      const where = `${path}:${text.slice(0, at).split('\n').length}`;
      const what = regex ? `matches ${shortPattern(c.value)}` : `contains ${show(c.value)}`;
      return {
        outcome: c.operator === 'matches' || c.operator === 'contains' ? 'true' : 'false',
        evidence: `${where} ${what}`,
      };
    }
  }
  const what = regex ? `matches ${shortPattern(c.value)}` : `contains ${show(c.value)}`;
  return {
    outcome: c.operator === 'matches' || c.operator === 'contains' ? 'false' : 'true',
    evidence: `no file matching ${c.file} ${what} (${paths.length} read)`,
  };
}

/** A long pattern is cut in evidence: the check's title already says what it looks for. */
const shortPattern = (pattern: unknown) => {
  const text = String(pattern);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
};

function valueInFile(c: FileCondition, path: string, subject: ScoringSubject): Evaluated {
  const text = subject.files.text(path);
  if (text === undefined) return { outcome: 'error', evidence: `${path} could not be read` };
  let data: unknown;
  try {
    data = parseStructured(path, text);
  } catch (e) {
    return { outcome: 'error', evidence: `${path} could not be parsed: ${(e as Error).message.split('\n')[0]}` };
  }
  if (nestedDeeperThan(data)) return tooDeep(path);
  return judged(`${path} ${c.path}`, compare(valueAt(data, c.path!), c.operator, c.value), c);
}

const tooDeep = (what: string): Evaluated => ({
  outcome: 'error',
  evidence: `${what} is nested deeper than ${BUDGETS.depth} levels; not evaluated`,
});

/** JSON, YAML or TOML by the file's extension; anything else is tried as JSON, then YAML. */
function parseStructured(path: string, text: string): unknown {
  if (/\.toml$/i.test(path)) return parseToml(text);
  if (/\.ya?ml$/i.test(path)) return parseYaml(text, { maxAliasCount: 100 });
  if (/\.json$/i.test(path)) return JSON.parse(text);
  try {
    return JSON.parse(text);
  } catch {
    return parseYaml(text, { maxAliasCount: 100 });
  }
}

/** The files whose text a condition needs, so they can be read before evaluation. */
export function filesToRead(condition: Condition, subject: Pick<ScoringSubject, 'folder' | 'files'>): string[] {
  if ('all' in condition) return condition.all.flatMap((c) => filesToRead(c, subject));
  if ('any' in condition) return condition.any.flatMap((c) => filesToRead(c, subject));
  if ('not' in condition) return filesToRead(condition.not, subject);
  if (!('file' in condition) || (condition.operator === 'exists' && condition.path === undefined)) return [];
  const matched = filesMatching(condition.file, subject);
  return condition.path === undefined ? matched.slice(0, MAX_FILES_PER_GLOB) : matched.slice(0, 1);
}
