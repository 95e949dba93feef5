/**
 * Backstage's four built-in template filters, with its semantics (plugin-scaffolder-backend's
 * `createDefaultFilters`): `parseRepoUrl` and `projectSlug` read a RepoUrlPicker value
 * (`github.com?owner=acme&repo=api`), `parseEntityRef` splits `kind:namespace/name` with optional
 * defaults, and `pick` reads a property path (lodash's `get`, as Backstage uses). Only GitHub hosts
 * are known here: github.com and the GitHub Enterprise host the app runs against.
 */
import get from 'lodash/get.js';
import type { TemplateFilter, TemplateValue } from 'nunjitsu';
import { parseEntityRef as parseRef } from '../model/entity-ref.ts';

export interface FilterSettings {
  /** Hosts whose repositories a template may name, besides github.com (GitHub Enterprise Server). */
  githubHosts?: readonly string[];
}

export interface RepoSpec {
  host: string;
  owner: string;
  repo: string;
}

/** A RepoUrlPicker value's parts, or an error Backstage would also raise. */
export function parseRepoUrl(repoUrl: string, settings: FilterSettings = {}): RepoSpec {
  let parsed: URL;
  try {
    parsed = new URL(`https://${repoUrl}`);
  } catch (error) {
    throw new Error(`Invalid repo URL passed to publisher, got ${repoUrl}, ${String(error)}`, { cause: error });
  }
  const hosts = ['github.com', ...(settings.githubHosts ?? [])];
  if (!hosts.includes(parsed.host))
    throw new Error(
      `${parsed.host} is not a GitHub host Callboard knows (${hosts.join(', ')}): use github.com?owner=…&repo=…`,
    );
  for (const param of ['repo', 'owner'])
    if (!parsed.searchParams.get(param))
      throw new Error(`Invalid repo URL passed to publisher: ${parsed.toString()}, missing ${param}`);
  const param = (name: string) => trimSlashes(parsed.searchParams.get(name)!);
  return { host: parsed.host, owner: param('owner'), repo: param('repo') };
}

/** `lodash.trim(value, '/')`, as Backstage trims each parameter. */
function trimSlashes(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value[start] === '/') start++;
  while (end > start && value[end - 1] === '/') end--;
  return value.slice(start, end);
}

export function backstageFilters(settings: FilterSettings): Record<string, TemplateFilter> {
  return {
    parseRepoUrl: (url) => {
      const spec = parseRepoUrl(String(url), settings);
      // Backstage's result also carries the parameters other hosts use, absent on GitHub.
      return { ...spec } as TemplateValue;
    },
    projectSlug: (url) => {
      const { owner, repo } = parseRepoUrl(String(url), settings);
      return `${owner}/${repo}`;
    },
    parseEntityRef: (ref, context) => {
      const parsed = parseRef(ref, (context ?? {}) as { defaultKind?: string; defaultNamespace?: string });
      if (!parsed.ok) throw new Error(parsed.message);
      return { ...parsed.ref };
    },
    pick: (value, path) => get(value, path as string) as TemplateValue | undefined,
  };
}
