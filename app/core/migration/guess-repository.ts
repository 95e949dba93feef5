/**
 * What a repository without a descriptor probably is, guessed from its file listing and a few texts,
 * for the onboarding migration's `catalog-info.yaml` (the pull request asks people to check each
 * guess). Simple rules, written to be predicted:
 * - language: the language most of its source files are in, by extension, leaving out vendored and
 *   generated folders (node_modules, vendor, dist…); as a catalog tag (`typescript`, `go`), or null;
 * - type: `website` when it has a web framework's configuration (next.config.js, astro.config.mjs…)
 *   or an index.html at its root or in public/; `library` when it has a package manifest
 *   (package.json, go.mod, pyproject.toml…) and no server entry (a Dockerfile, a Procfile, a
 *   server or main file, a cmd/ folder, a package.json start script); `service` otherwise;
 * - owner: the first team CODEOWNERS names for the repository's root descriptor (the catch-all rule,
 *   unless a later line claims it), else the team with admin, then maintain, permission.
 */
import { codeownersFacts, CODEOWNERS_PATHS } from '../scorecard/codeowners.ts';
import type { RepositoryFiles } from '../scorecard/scoring-subject.ts';

export type GuessedType = 'service' | 'website' | 'library';

export interface RepositoryGuesses {
  language: string | null;
  type: GuessedType;
  /** A group's name (`team-a`), or null when nothing names one. */
  owner: string | null;
}

/** A team's access to the repository, as GitHub lists it (`admin`, `maintain`, `push`, `triage`, `pull`). */
export interface TeamAccess {
  slug: string;
  permission: string;
}

export interface GuessInput {
  files: RepositoryFiles;
  /** The organisation, so that CODEOWNERS' `@acme/team-a` is taken and another organisation's team is not. */
  organization: string;
  teams?: readonly TeamAccess[];
}

const LANGUAGES: Record<string, string> = {
  ts: 'typescript',
  tsx: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  py: 'python',
  go: 'go',
  java: 'java',
  kt: 'kotlin',
  kts: 'kotlin',
  scala: 'scala',
  rb: 'ruby',
  php: 'php',
  cs: 'csharp',
  fs: 'fsharp',
  c: 'c',
  h: 'c',
  cc: 'cpp',
  cpp: 'cpp',
  cxx: 'cpp',
  hpp: 'cpp',
  rs: 'rust',
  swift: 'swift',
  m: 'objective-c',
  dart: 'dart',
  ex: 'elixir',
  exs: 'elixir',
  erl: 'erlang',
  hs: 'haskell',
  clj: 'clojure',
  lua: 'lua',
  pl: 'perl',
  r: 'r',
  sh: 'shell',
  bash: 'shell',
  tf: 'terraform',
  vue: 'vue',
  svelte: 'svelte',
};

/** Folders whose files are someone else's code or a build's output. */
const VENDORED = new Set([
  'node_modules',
  'vendor',
  'third_party',
  'third-party',
  'dist',
  'build',
  'out',
  'target',
  'coverage',
  'generated',
  '__generated__',
  '.next',
  '.nuxt',
  '.venv',
  'venv',
  '.git',
]);

/** A web framework's configuration file, by its name. */
const WEB_FRAMEWORK =
  /^(?:(?:next|nuxt|astro|svelte|remix|docusaurus|vue)\.config|gatsby-config)\.[cm]?[jt]s$|^(?:angular\.json|_config\.yml|hugo\.toml)$/;
/** A package manifest at the root, by its name. */
const MANIFEST =
  /^(?:package\.json|go\.mod|pyproject\.toml|setup\.py|Cargo\.toml|pom\.xml|build\.gradle(?:\.kts)?|composer\.json)$|\.(?:gemspec|csproj)$/;
/** A file that runs a server, by its name. */
const SERVER_FILE =
  /^(?:Dockerfile|Containerfile|Procfile|(?:docker-)?compose\.ya?ml|manage\.py|main\.(?:go|rs)|(?:server|app)\.(?:[cm]?[jt]s|py|go|rb))$/;

/** The files a guess reads besides the listing: CODEOWNERS and the root package.json. */
export function guessFilesToRead(paths: readonly string[]): string[] {
  return [...CODEOWNERS_PATHS, 'package.json'].filter((p) => paths.includes(p));
}

export function guessRepository(input: GuessInput): RepositoryGuesses {
  const own = input.files.paths.filter((p) => !p.split('/').some((segment) => VENDORED.has(segment)));
  return {
    language: languageOf(own),
    type: typeOf(own, input.files),
    owner: codeownersTeam(input) ?? teamWith(input.teams ?? []),
  };
}

function languageOf(paths: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const path of paths) {
    const extension = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
    const language = extension === undefined ? undefined : LANGUAGES[extension];
    if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  // The most files; a tie goes to the name first in the alphabet, so a guess never depends on the listing's order.
  const [best] = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
  return best?.[0] ?? null;
}

function typeOf(paths: readonly string[], files: RepositoryFiles): GuessedType {
  const names = paths.map((p) => p.split('/').pop()!);
  const atRoot = paths.filter((p) => !p.includes('/'));
  if (names.some((n) => WEB_FRAMEWORK.test(n)) || paths.some((p) => p === 'index.html' || p === 'public/index.html'))
    return 'website';
  const manifest = atRoot.some((p) => MANIFEST.test(p));
  const server =
    names.some((n) => SERVER_FILE.test(n)) ||
    paths.some((p) => p.startsWith('cmd/')) ||
    startScript(files) !== undefined;
  return manifest && !server ? 'library' : 'service';
}

/** package.json's `scripts.start`, which a library has no use for. */
function startScript(files: RepositoryFiles): string | undefined {
  const text = files.paths.includes('package.json') ? files.text('package.json') : undefined;
  if (text === undefined) return undefined;
  try {
    const start = (JSON.parse(text) as { scripts?: { start?: unknown } } | null)?.scripts?.start;
    return typeof start === 'string' ? start : undefined;
  } catch {
    return undefined;
  }
}

function codeownersTeam({ files, organization }: GuessInput): string | null {
  const { owners } = codeownersFacts(files, '', undefined, organization);
  const prefix = `@${organization.toLowerCase()}/`;
  const team = owners.find((h) => h.toLowerCase().startsWith(prefix));
  return team ? team.slice(prefix.length).toLowerCase() : null;
}

function teamWith(teams: readonly TeamAccess[]): string | null {
  for (const permission of ['admin', 'maintain'])
    for (const team of [...teams].sort((a, b) => (a.slug < b.slug ? -1 : 1)))
      if (team.permission === permission) return team.slug;
  return null;
}
