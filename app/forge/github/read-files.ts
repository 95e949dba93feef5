/**
 * Reads many files from many repositories in few requests: one GraphQL query per batch of up to
 * `repositoriesPerQuery` repositories (and `filesPerQuery` files), each repository and file an
 * alias. A batch GitHub cannot answer (a 5xx or timeout after retries: the query was too big) is
 * split in half and tried again. A blob too large for GraphQL (`isTruncated`) is read over REST.
 */
import { despiteNotFound } from './graphql-not-found.ts';
import type { FileContent, FileRequest } from '../types.ts';
import type { CallboardOctokit } from './callboard-octokit.ts';

export interface ReadBatching {
  repositoriesPerQuery: number;
  filesPerQuery: number;
  /** Commits per snapshot query (commit-snapshots.ts): each brings its files and check runs. */
  snapshotsPerQuery: number;
  /** Files larger than this are not read at all (descriptors are small; repository content is hostile). */
  maxFileBytes: number;
}

export const DEFAULT_BATCHING: ReadBatching = {
  repositoriesPerQuery: 100,
  filesPerQuery: 250,
  snapshotsPerQuery: 50,
  maxFileBytes: 5 * 1024 * 1024,
};

/** What a batched read asks of each file (`...file`). */
export const FILE_FRAGMENT =
  'fragment file on GitObject { __typename oid ... on Blob { text byteSize isBinary isTruncated } }';

export interface Blob {
  __typename: 'Blob' | 'Tree';
  oid?: string;
  text?: string | null;
  byteSize?: number;
  isBinary?: boolean;
  isTruncated?: boolean;
}

type RepositoryResult = Record<string, Blob | null> | null;

export async function readFiles(
  octokit: CallboardOctokit,
  requests: readonly FileRequest[],
  batching = DEFAULT_BATCHING,
): Promise<FileContent[]> {
  const results = new Map<FileRequest, FileContent>();
  for (const batch of batches(requests, batching)) {
    for (const [request, content] of await readBatch(octokit, batch, batching)) results.set(request, content);
  }
  return requests.map((r) => results.get(r)!);
}

/** Requests grouped so a batch holds at most N repositories and M files. */
function batches(requests: readonly FileRequest[], batching: ReadBatching): FileRequest[][] {
  const out: FileRequest[][] = [];
  let current: FileRequest[] = [];
  let repos = new Set<string>();
  for (const request of requests) {
    const key = repoKey(request);
    if (
      current.length &&
      ((!repos.has(key) && repos.size >= batching.repositoriesPerQuery) || current.length >= batching.filesPerQuery)
    ) {
      out.push(current);
      current = [];
      repos = new Set();
    }
    current.push(request);
    repos.add(key);
  }
  if (current.length) out.push(current);
  return out;
}

async function readBatch(
  octokit: CallboardOctokit,
  batch: FileRequest[],
  batching: ReadBatching,
): Promise<[FileRequest, FileContent][]> {
  const groups = [...Map.groupBy(batch, repoKey).values()];
  const query = `query CallboardReadFiles {\n${groups
    .map((files, r) => {
      const { owner, name } = files[0]!.repository;
      const objects = files.map(
        (f, i) => `f${i}: object(expression: ${JSON.stringify(`${f.ref ?? 'HEAD'}:${f.path}`)}) { ...file }`,
      );
      return `  r${r}: repository(owner: ${JSON.stringify(owner)}, name: ${JSON.stringify(name)}) {\n    ${objects.join('\n    ')}\n  }`;
    })
    .join('\n')}\n}\n${FILE_FRAGMENT}`;
  // A repository that cannot be seen reads as missing files.
  const answer = await halvedWhenTooBig(
    batch,
    () => despiteNotFound(() => octokit.graphql<Record<string, RepositoryResult>>(query)),
    (half) => readBatch(octokit, half, batching),
  );
  if ('halves' in answer) return answer.halves;
  const { data } = answer;
  const out: [FileRequest, FileContent][] = [];
  for (const [r, files] of groups.entries()) {
    for (const [i, request] of files.entries()) {
      out.push([request, await contentOf(octokit, request, data[`r${r}`]?.[`f${i}`] ?? null, batching)]);
    }
  }
  return out;
}

/** A file as GraphQL answered it; a blob too large for GraphQL's text is read over REST. */
export async function contentOf(
  octokit: CallboardOctokit,
  request: FileRequest,
  blob: Blob | null,
  batching: ReadBatching,
): Promise<FileContent> {
  if (!blob || blob.__typename !== 'Blob') return { ...request };
  const sha = blob.oid;
  if (blob.isBinary) return { ...request, binary: true };
  if ((blob.byteSize ?? 0) > batching.maxFileBytes) return { ...request, ...(sha ? { sha } : {}), tooLarge: true };
  if (!blob.isTruncated && typeof blob.text === 'string')
    return { ...request, text: blob.text, ...(sha ? { sha } : {}) };
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
    owner: request.repository.owner,
    repo: request.repository.name,
    path: request.path,
    ...(request.ref ? { ref: request.ref } : {}),
  });
  const file = data as { content?: string; encoding?: string };
  const text =
    file.encoding === 'base64' && typeof file.content === 'string'
      ? Buffer.from(file.content, 'base64').toString('utf8')
      : undefined;
  return { ...request, ...(text !== undefined ? { text } : {}), ...(sha ? { sha } : {}) };
}

const repoKey = (r: FileRequest) => `${r.repository.owner}/${r.repository.name}`.toLowerCase();

/** A 5xx or a transport failure (no status, no GraphQL errors): the batch may simply be too big. */
const isServerFailure = (error: unknown) => {
  const e = error as { status?: number; errors?: unknown };
  return e?.status !== undefined ? e.status >= 500 : !Array.isArray(e?.errors);
};

/**
 * A batched query's answer or, when GitHub could not answer it (a 5xx or timeout after retries:
 * the query was too big), the batch done again in two halves, their results joined.
 */
export async function halvedWhenTooBig<Item, Data, Result>(
  batch: readonly Item[],
  query: () => Promise<Data>,
  again: (half: Item[]) => Promise<Result[]>,
): Promise<{ data: Data } | { halves: Result[] }> {
  try {
    return { data: await query() };
  } catch (error) {
    if (!(batch.length > 1 && isServerFailure(error))) throw error;
    const half = Math.ceil(batch.length / 2);
    return { halves: [...(await again(batch.slice(0, half))), ...(await again(batch.slice(half)))] };
  }
}
