/**
 * Many commits read together: for each request, the commit its ref names, the asked files at that
 * very commit (`Commit.file`, so a branch that moves mid-query cannot mix two commits), and the
 * newest run of one check name from each app. One GraphQL query per batch of `snapshotsPerQuery`,
 * each request an alias; a batch GitHub cannot answer is split in half and tried again.
 *
 * The check runs are asked through the commit's check suites that hold a run of that name
 * (`filterBy: { checkName }`), then that name's latest run in each: GitHub's cost for the query
 * grows with the suites times the runs asked, so both are kept small.
 */
import { despiteNotFound } from './graphql-not-found.ts';
import type { CommitSnapshot, ForgeCheckRun, SnapshotRequest } from '../types.ts';
import type { CallboardOctokit } from './callboard-octokit.ts';
import { contentOf, FILE_FRAGMENT, halvedWhenTooBig, type Blob, type ReadBatching } from './read-files.ts';

/**
 * Suites per commit asked for runs of the name, the newest (`last`): one per app, or one per workflow run for GitHub
 * Actions.
 */
const SUITES_PER_COMMIT = 10;

/** A run as GraphQL answers it: the forge's fields, named by its database id, states in upper case. */
type CheckRunNode = Omit<ForgeCheckRun, 'id' | 'app'> & { databaseId: number };

interface CommitNode {
  __typename: string;
  oid?: string;
  checkSuites?: {
    nodes: ({ app: { slug: string } | null; checkRuns: { nodes: (CheckRunNode | null)[] } | null } | null)[];
  };
  [file: `f${number}`]: { object: Blob | null } | null;
}

type Answer = Record<string, { commit: CommitNode | null } | null>;

export async function commitSnapshots(
  octokit: CallboardOctokit,
  requests: readonly SnapshotRequest[],
  batching: ReadBatching,
): Promise<(CommitSnapshot | undefined)[]> {
  const out: (CommitSnapshot | undefined)[] = [];
  for (let i = 0; i < requests.length; i += batching.snapshotsPerQuery)
    out.push(...(await snapshotBatch(octokit, requests.slice(i, i + batching.snapshotsPerQuery), batching)));
  return out;
}

async function snapshotBatch(
  octokit: CallboardOctokit,
  batch: SnapshotRequest[],
  batching: ReadBatching,
): Promise<(CommitSnapshot | undefined)[]> {
  // GitHub refuses a fragment no field uses.
  const fragment = batch.some((r) => r.paths.length) ? `\n${FILE_FRAGMENT}` : '';
  const query = `query CallboardCommitSnapshots {\n${batch.map((r, i) => `  s${i}: ${snapshotField(r)}`).join('\n')}\n}${fragment}`;
  // A repository that cannot be seen has no snapshot.
  const answer = await halvedWhenTooBig(
    batch,
    () => despiteNotFound(() => octokit.graphql<Answer>(query)),
    (half) => snapshotBatch(octokit, half, batching),
  );
  if ('halves' in answer) return answer.halves;
  return Promise.all(
    batch.map((request, i) => snapshotOf(octokit, request, answer.data[`s${i}`]?.commit ?? null, batching)),
  );
}

function snapshotField(request: SnapshotRequest): string {
  const { repository, ref, paths, checkName } = request;
  const files = paths.map((path, j) => `f${j}: file(path: ${JSON.stringify(path)}) { object { ...file } }`);
  const name = checkName === undefined ? undefined : JSON.stringify(checkName);
  const runs = name
    ? [
        `checkSuites(last: ${SUITES_PER_COMMIT}, filterBy: { checkName: ${name} }) { nodes { app { slug } checkRuns(first: 1, filterBy: { checkName: ${name}, checkType: LATEST }) { nodes { databaseId status conclusion completedAt title summary text } } } }`,
      ]
    : [];
  return `repository(owner: ${JSON.stringify(repository.owner)}, name: ${JSON.stringify(repository.name)}) { commit: object(expression: ${JSON.stringify(ref)}) { __typename ... on Commit { oid ${[...files, ...runs].join(' ')} } } }`;
}

async function snapshotOf(
  octokit: CallboardOctokit,
  request: SnapshotRequest,
  commit: CommitNode | null,
  batching: ReadBatching,
): Promise<CommitSnapshot | undefined> {
  if (commit?.__typename !== 'Commit' || !commit.oid) return undefined;
  const sha = commit.oid;
  const files = await Promise.all(
    request.paths.map((path, j) =>
      contentOf(octokit, { repository: request.repository, path, ref: sha }, commit[`f${j}`]?.object ?? null, batching),
    ),
  );
  const checkRuns = (commit.checkSuites?.nodes ?? []).flatMap((suite) =>
    (suite?.checkRuns?.nodes ?? []).flatMap((run): ForgeCheckRun[] =>
      run ? [runOf(run, suite?.app?.slug ?? '')] : [],
    ),
  );
  return { sha, files, checkRuns: checkRuns.sort(newestFirst) };
}

/** Newest completed first; GitHub's ids grow, so the id breaks a tie. */
const newestFirst = (a: ForgeCheckRun, b: ForgeCheckRun) =>
  (b.completedAt ?? '').localeCompare(a.completedAt ?? '') || b.id - a.id;

/** GraphQL spells states as enums (COMPLETED, SUCCESS); the forge speaks REST's lower case. */
const runOf = (run: CheckRunNode, app: string): ForgeCheckRun => ({
  id: run.databaseId,
  app,
  status: run.status.toLowerCase(),
  conclusion: run.conclusion?.toLowerCase() ?? null,
  completedAt: run.completedAt,
  title: run.title,
  summary: run.summary,
  text: run.text,
});
