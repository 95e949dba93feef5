/**
 * `$text`, `$json` and `$yaml` placeholders, resolved as Backstage's PlaceholderProcessor does:
 * only an object with exactly one key naming a known resolver is replaced; objects with several
 * keys (or an unknown `$x`, such as a JSON-Schema `$ref`) are left alone. Relative paths resolve
 * against the descriptor's folder, `/x` against the repository root, and nothing may escape the
 * repository. Absolute URLs are not fetched: a `$text` URL stands for a string; a `$json`/`$yaml`
 * URL's content is unknown, so its subtree is not checked (and a warning says so).
 */
import { posix } from 'node:path';
import { BUDGETS } from '../budgets.ts';
import { nestedDeeperThan, parseYamlDocuments } from '../descriptor/parse-yaml.ts';
import { isRecord } from '../model/entity.ts';
import { pointerOf } from './json-pointer.ts';
import { problem, type Problem } from './problem.ts';

export type ReadRepositoryFile = (repositoryPath: string) => Promise<string | undefined>;

export interface PlaceholderContext {
  /** The descriptor's path, POSIX, relative to the repository root. */
  filePath: string;
  /** Reads a file by its repository-relative path; undefined when it does not exist. */
  read: ReadRepositoryFile;
  /**
   * `https://host/owner/repo`, when known: absolute file URLs into another repository are refused, as Backstage does.
   */
  repositoryUrl?: string;
  /** What is left of the repository's placeholder bytes, shared by all its documents (see BUDGETS). */
  budget?: PlaceholderBudget;
}

/** Bytes placeholders may still bring into a repository's entities: one per repository, shared by its documents. */
export interface PlaceholderBudget {
  bytesLeft: number;
  /** The size of each file placeholders read: one known not to fit is not read again. */
  sizes?: Map<string, number>;
}

export const placeholderBudget = (): PlaceholderBudget => ({
  bytesLeft: BUDGETS.placeholderBytesPerRepository,
  sizes: new Map(),
});

export interface ResolvedPlaceholders {
  value: unknown;
  problems: Problem[];
  /** Pointers whose content could not be known; problems at or below them are not reported. */
  opaque: string[];
}

const RESOLVERS = ['text', 'json', 'yaml'] as const;
type ResolverKey = (typeof RESOLVERS)[number];

export async function resolvePlaceholders(value: unknown, context: PlaceholderContext): Promise<ResolvedPlaceholders> {
  if (!mayHoldPlaceholder(value)) return { value, problems: [], opaque: [] };
  const problems: Problem[] = [];
  const opaque: string[] = [];
  const budget = {
    entity: { bytesLeft: BUDGETS.placeholderBytesPerEntity },
    repository: context.budget ?? placeholderBudget(),
  };
  const walk = async (data: unknown, path: (string | number)[]): Promise<unknown> => {
    if (Array.isArray(data)) return Promise.all(data.map((item, i) => walk(item, [...path, i])));
    if (!isRecord(data)) return data;
    const keys = Object.keys(data);
    if (!keys.some((k) => k.startsWith('$'))) {
      const entries = await Promise.all(keys.map(async (k) => [k, await walk(data[k], [...path, k])] as const));
      return Object.fromEntries(entries);
    }
    const key = keys[0]!.slice(1);
    if (keys.length !== 1 || !(RESOLVERS as readonly string[]).includes(key)) return data;
    const outcome = await resolveOne(key as ResolverKey, data[keys[0]!], context, budget);
    const pointer = pointerOf(path);
    if ('problem' in outcome) {
      problems.push({ ...outcome.problem, pointer });
      opaque.push(pointer);
      return data;
    }
    if ('unknown' in outcome) {
      problems.push({ ...outcome.unknown, pointer });
      opaque.push(pointer);
      return data;
    }
    return outcome.value;
  };
  const resolved = await walk(value, []);
  return { value: resolved, problems, opaque };
}

/** Whether any mapping below holds a `$` key: most documents have none, and skip the async walk. */
function mayHoldPlaceholder(data: unknown): boolean {
  if (Array.isArray(data)) return data.some(mayHoldPlaceholder);
  if (!isRecord(data)) return false;
  for (const key in data) if (key.startsWith('$') || mayHoldPlaceholder(data[key])) return true;
  return false;
}

type Outcome = { value: unknown } | { problem: Problem } | { unknown: Problem };

type Budgets = { entity: PlaceholderBudget; repository: PlaceholderBudget };

async function resolveOne(
  key: ResolverKey,
  target: unknown,
  context: PlaceholderContext,
  budget: Budgets,
): Promise<Outcome> {
  const fail = (message: string, fix?: string): Outcome => ({
    problem: problem('error', 'placeholder', '', message, fix ? { fix } : {}),
  });
  if (typeof target !== 'string') {
    return fail(
      `Placeholder $${key} expected a string value parameter, in the form of an absolute URL or a relative path`,
      `Write it as $${key}: ./path/to/file or $${key}: https://…`,
    );
  }
  if (isAbsoluteUrl(target)) {
    const other = otherRepository(target, context.repositoryUrl);
    if (other) {
      return fail(
        `Placeholder may only reference files from the same repository as the entity; ${target} is in ${other}`,
        'Copy the file into this repository and refer to it by a relative path.',
      );
    }
    if (key === 'text') return { value: target };
    return {
      unknown: problem(
        'warning',
        'placeholder',
        '',
        `Placeholder $${key} points at ${target}, which is not fetched during validation, so its content is not checked`,
      ),
    };
  }
  const repositoryPath = repositoryPathOf(target, context.filePath);
  if (repositoryPath === undefined) {
    return fail(
      `Placeholder $${key} refers to ${target}, which is outside the repository`,
      'Refer to a file inside this repository, relative to the descriptor (./file) or to the repository root (/file).',
    );
  }
  // A budget spent is not read against: a hundred placeholders of one large file cost one read of it.
  const spent = overBudget(budget, budget.repository.sizes?.get(repositoryPath) ?? 0);
  if (spent) return { problem: spent(target) };
  const content = await context.read(repositoryPath);
  if (content !== undefined) budget.repository.sizes?.set(repositoryPath, content.length);
  if (content === undefined) {
    return fail(
      `Placeholder $${key} could not read location ${target}: no file at ${repositoryPath}`,
      `Create ${repositoryPath} or correct the path (relative to the descriptor's folder, or to the repository root when it starts with /).`,
    );
  }
  const over = overBudget(budget, content.length);
  if (over) return { problem: over(target) };
  budget.entity.bytesLeft -= content.length;
  budget.repository.bytesLeft -= content.length;
  return parseContent(key, target, content, fail);
}

/** The problem of a placeholder whose content would go over the entity's or the repository's budget, if it would. */
function overBudget(budget: Budgets, bytes: number): ((target: string) => Problem) | undefined {
  const mib = (n: number) => `${n / 1024 / 1024} MiB`;
  const whose =
    bytes > budget.entity.bytesLeft || budget.entity.bytesLeft <= 0
      ? 'entity'
      : bytes > budget.repository.bytesLeft || budget.repository.bytesLeft <= 0
        ? 'repository'
        : undefined;
  if (!whose) return undefined;
  const limit = whose === 'entity' ? BUDGETS.placeholderBytesPerEntity : BUDGETS.placeholderBytesPerRepository;
  return (target) =>
    problem(
      'error',
      'over-budget',
      '',
      `Placeholder ${target} was not read: placeholders bring at most ${mib(limit)} into one ${whose}, and this one would go over`,
      {
        fix:
          whose === 'entity'
            ? 'Point at smaller files, or split the entity.'
            : 'Point at smaller files, or move some entities to their own repository.',
      },
    );
}

function parseContent(
  key: ResolverKey,
  target: string,
  content: string,
  fail: (m: string, fix?: string) => Outcome,
): Outcome {
  if (key === 'text') return { value: content };
  if (key === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (e) {
      return fail(
        `Placeholder $json failed to parse JSON data at ${target}, ${String(e)}`,
        `Correct the JSON in ${target}, or use $text to take it as a string.`,
      );
    }
    if (nestedDeeperThan(value))
      return fail(
        `Placeholder $json found data nested deeper than ${BUDGETS.depth} levels at ${target}`,
        `Flatten the data in ${target}, or use $text to take it as a string.`,
      );
    return { value };
  }
  const documents = parseYamlDocuments(content, { merge: false });
  if (documents.length !== 1) {
    return fail(
      `Placeholder $yaml expected to find exactly one document of data at ${target}, found ${documents.length}`,
      `Keep exactly one YAML document in ${target} (no --- separators between documents).`,
    );
  }
  const [document] = documents;
  if (document!.errors.length) {
    return fail(
      `Placeholder $yaml found an error in the data at ${target}, ${document!.errors[0]!.message.split('\n')[0]!.replace(/:$/, '')}`,
      `Correct the YAML in ${target}.`,
    );
  }
  try {
    return { value: document!.toJSON() };
  } catch (e) {
    return fail(
      `Placeholder $yaml could not read the data at ${target}, ${String(e)}`,
      `Simplify ${target}: remove the aliases that repeat content.`,
    );
  }
}

/** A URL with a scheme (https:, file:…): it points outside the repository's file tree. */
export const isAbsoluteUrl = (s: string) => /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(s) && URL.canParse(s);

/** The repository-relative path a placeholder target names, or undefined when it escapes the repository. */
export function repositoryPathOf(target: string, filePath: string): string | undefined {
  const joined = target.startsWith('/') ? target.slice(1) : posix.join(posix.dirname(filePath), target);
  const normalized = posix.normalize(joined);
  if (normalized === '..' || normalized.startsWith('../') || posix.isAbsolute(normalized)) return undefined;
  return normalized === '.' ? '' : normalized;
}

/** `owner/repo` of a file URL into another repository on the same host, as Backstage's same-repository rule sees it. */
function otherRepository(url: string, repositoryUrl: string | undefined): string | undefined {
  if (!repositoryUrl) return undefined;
  const file = gitFileUrl(url);
  const base = URL.canParse(repositoryUrl) ? new URL(repositoryUrl) : undefined;
  if (!file || !base) return undefined;
  const baseName = base.pathname.replace(/^\/|\/$|\.git$/g, '').toLowerCase();
  const same = file.host === base.host.toLowerCase() && file.fullName.toLowerCase() === baseName;
  return same ? undefined : `${file.host}/${file.fullName}`;
}

function gitFileUrl(url: string): { host: string; fullName: string } | undefined {
  const u = new URL(url);
  const m = /^\/([^/]+)\/([^/]+)\/(?:-\/)?(?:blob|tree|raw|edit|src)\/[^/]+\/.+/.exec(u.pathname);
  return m ? { host: u.host.toLowerCase(), fullName: `${m[1]}/${m[2]}` } : undefined;
}
