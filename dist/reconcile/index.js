import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  COMMENT_MARKERS,
  SECTIONS,
  changesHash,
  closedComment,
  countByStatus,
  dashboardMarker,
  dashboardTitle,
  declinedComment,
  leftAloneComment,
  parseMarker,
  pullRequestBody,
  pullRequestTitle,
  renderDashboard,
  short,
  templateCampaign,
  tickedRequests,
  updateBody,
  withNote
} from "../chunks/chunk-ONFJN4WW.js";
import {
  FORM_PREFIX,
  issueForm,
  readTemplate,
  templateOfIssue
} from "../chunks/chunk-OZM42YED.js";
import {
  ANSWERS_FILE,
  readOrigin,
  require_lib
} from "../chunks/chunk-6NKFNPZH.js";
import {
  docsRecordPath,
  forgeDocsSource,
  readSiteAssets,
  readSiteDocs,
  replacingSite,
  siteFiles
} from "../chunks/chunk-ZBFLGEMP.js";
import {
  renderImpactMarkdown
} from "../chunks/chunk-MPFTZUPC.js";
import {
  scoreRepository
} from "../chunks/chunk-UVHM334J.js";
import {
  definitionChanges,
  directDependents,
  entityReferences,
  impactOf,
  refWords,
  reportEntities
} from "../chunks/chunk-CWBNDPBP.js";
import {
  MIGRATIONS_FOLDER,
  catalogFolderOf,
  configPart,
  entityScoresPart,
  indexPart,
  migrationBranch,
  migrationsPart,
  parseMigration,
  planMigration,
  readCatalogIndex,
  readMigrationFiles,
  readScorecardFiles,
  readScorecards,
  resultsOf,
  resultsPart,
  scorecardsPart,
  statePart
} from "../chunks/chunk-B5BXLY4A.js";
import "../chunks/chunk-OFXOZVW6.js";
import "../chunks/chunk-227WNR3J.js";
import {
  parseScorecards
} from "../chunks/chunk-67QZDIXW.js";
import "../chunks/chunk-IVONCDKN.js";
import {
  ForgeWriteError,
  HISTORY_PATH,
  STATE_MARK,
  STATE_WORDS,
  changesOf,
  commitMessage,
  createCatalogView,
  failingChecks,
  forgeCatalogSource,
  forgeDescriptorRepository,
  gitBlobSha,
  levelText,
  messageOf,
  planCatalog,
  readOrganization,
  repositoryScoresOf,
  repositoryScoresText,
  resultsPath,
  scorecardPages,
  text
} from "../chunks/chunk-ZXJNQ4YA.js";
import {
  CONFIG_PATH,
  DEFAULT_CATALOG_REPOSITORY
} from "../chunks/chunk-JUCMBCBF.js";
import "../chunks/chunk-S3A23YHW.js";
import "../chunks/chunk-K4MDT5UF.js";
import "../chunks/chunk-5U7GGHSL.js";
import {
  trimChars
} from "../chunks/chunk-PIVNTOD2.js";
import {
  formatSummary
} from "../chunks/chunk-NXVHRQ63.js";
import "../chunks/chunk-JR3DU7TN.js";
import "../chunks/chunk-DEQYOCHN.js";
import "../chunks/chunk-2SMOZSPU.js";
import {
  CI_FACTS_CHECK,
  readCiFactsCheck
} from "../chunks/chunk-PDUFXAK7.js";
import {
  runnerIo,
  workflowRepository
} from "../chunks/chunk-MMJGNYSC.js";
import "../chunks/chunk-AJHB2GPK.js";
import {
  problemText
} from "../chunks/chunk-5PWEWRPE.js";
import {
  byText
} from "../chunks/chunk-JXHDITPO.js";
import "../chunks/chunk-LVF6ZBLO.js";
import "../chunks/chunk-EPWE4KVD.js";
import {
  count
} from "../chunks/chunk-FRBE2SKT.js";
import "../chunks/chunk-LUC3IO3K.js";
import {
  summarize
} from "../chunks/chunk-4IBHSZ6E.js";
import {
  UsageError,
  asUsageError
} from "../chunks/chunk-7P7JJGH6.js";
import {
  problem
} from "../chunks/chunk-6UNDT6GO.js";
import "../chunks/chunk-ADE57BST.js";
import {
  sourcesNeeded
} from "../chunks/chunk-UGJLCEB2.js";
import "../chunks/chunk-OZ5HR6OQ.js";
import "../chunks/chunk-7BHR42MJ.js";
import "../chunks/chunk-CBINKEOC.js";
import "../chunks/chunk-M3WY2IZ6.js";
import "../chunks/chunk-3SVCAJPW.js";
import {
  ROOT_DESCRIPTOR,
  isDescriptorFileName
} from "../chunks/chunk-I6AYO5FO.js";
import "../chunks/chunk-56XEIP7Z.js";
import "../chunks/chunk-CR7J3FDB.js";
import {
  I
} from "../chunks/chunk-L53STSPY.js";
import "../chunks/chunk-JLATT4XO.js";
import "../chunks/chunk-MJ7AYRFP.js";
import "../chunks/chunk-P3CGGNQC.js";
import "../chunks/chunk-YV55PDYP.js";
import {
  CatalogIndexError
} from "../chunks/chunk-H3NJOLHB.js";
import {
  __toESM
} from "../chunks/chunk-RHSRYE64.js";

// app/catalog-repo/recently-used.ts
function createRecentlyUsed(capacity) {
  if (capacity <= 0) return { get: () => void 0, set: () => {
  } };
  const kept = new I({ max: capacity });
  return { get: (key) => kept.get(key), set: (key, value) => void kept.set(key, value) };
}

// app/catalog-repo/catalog-repositories.ts
var catalogWriters = (installationId) => `catalog:${installationId}`;
var known = (part, value) => ({ part, value });
function createCatalogRepositories(name, capacity = 4) {
  const kept = createRecentlyUsed(capacity);
  const keyOf = (organization) => organization.toLowerCase();
  const keptAt = (organization, commit) => {
    const before = kept.get(keyOf(organization));
    if (before && commit && before.commit === commit) return before;
    const fresh = { commit, reads: /* @__PURE__ */ new Map(), last: new Map(before?.last) };
    kept.set(keyOf(organization), fresh);
    return fresh;
  };
  const snapshot = (forge, organization, commit) => {
    const entry = keptAt(organization, commit);
    const self = {
      forge,
      repository: { owner: organization, name },
      commit,
      read(part) {
        let read = entry.reads.get(part.name);
        if (!read) {
          read = part.read(self, entry.last.get(part.name));
          entry.reads.set(part.name, read);
          read.then(
            (value) => entry.last.set(part.name, value),
            // A failed read is not kept: the next job reads again.
            () => entry.reads.delete(part.name)
          );
        }
        return read;
      }
    };
    return self;
  };
  const advance = (organization, from, to, unchanged, knownParts = []) => {
    const before = kept.get(keyOf(organization));
    if (before?.commit !== from || from === to) return;
    const after = { commit: to, reads: /* @__PURE__ */ new Map(), last: new Map(before.last) };
    for (const part of unchanged) {
      const read = before.reads.get(part.name);
      if (read) after.reads.set(part.name, read);
    }
    for (const k of knownParts) setKnown(after, k);
    kept.set(keyOf(organization), after);
  };
  return {
    name,
    async atHead(forge, organization) {
      return snapshot(forge, organization, await forge.headCommit({ owner: organization, name }));
    },
    at: (forge, organization, commit) => snapshot(forge, organization, commit),
    async write(forge, organization, { message, unchanged, changes }) {
      const repository = { owner: organization, name };
      const [target] = await forge.getRepositories([repository]);
      if (!target) return void 0;
      let last;
      const result2 = await forge.commitFiles({
        repository,
        branch: target.defaultBranch,
        message,
        changes: async (head) => {
          last = { head: head.sha, changes: await changes(snapshot(forge, organization, head.sha)) };
          return last.changes;
        }
      });
      if (last && result2.outcome !== "unchanged")
        advance(organization, last.head, result2.sha, unchanged, last.changes.known?.() ?? []);
      return result2;
    },
    advance
  };
}
var setKnown = (entry, { part, value }) => {
  entry.reads.set(part.name, Promise.resolve(value));
  entry.last.set(part.name, value);
};

// app/queue/job-kinds.ts
var defineJob = (name, how = {}) => ({
  name,
  ...how
});
var runs = (kind, run2) => ({ kind, run: run2 });
function jobsOn(queue) {
  return {
    add(kind, id, data) {
      const group = kind.group?.(data);
      const coalesce = kind.coalesce?.(data);
      return queue.add({ name: kind.name, id, data, ...group ? { group } : {}, ...coalesce ? { coalesce } : {} });
    }
  };
}
function registerJobs(queue, routes) {
  const names = /* @__PURE__ */ new Set();
  for (const { kind, run: run2 } of routes) {
    if (names.has(kind.name)) throw new Error(`Two job kinds are named "${kind.name}"`);
    names.add(kind.name);
    queue.process(kind.name, run2);
  }
}

// app/features/dispatch.ts
function createDispatcher(routes) {
  const byName = /* @__PURE__ */ new Map();
  for (const route of routes)
    for (const name of route.events) byName.set(name, [...byName.get(name) ?? [], route.handle]);
  return {
    names: [...byName.keys()],
    async dispatch(name, event) {
      const handlers = byName.get(name) ?? [];
      const results = await Promise.allSettled(
        handlers.map((handle) => handle(event))
      );
      const errors = results.flatMap((r) => r.status === "rejected" ? [r.reason] : []);
      if (errors.length === 1) throw errors[0];
      if (errors.length) throw new AggregateError(errors, `${errors.length} features failed on ${name}`);
    }
  };
}

// app/features/feature.ts
var onWebhook = (events, handle) => ({ events, handle });
var onCallboard = (event, handle) => ({ events: [event], handle });

// app/features/shared/descriptor-paths.ts
var touchesDescriptors = (paths) => paths.some((p) => isDescriptorFileName(p) || /\.(?:ya?ml|json)$/.test(p));

// app/features/shared/payload.ts
var ownerOf = (repository) => repository.owner?.login ?? repository.full_name.slice(0, repository.full_name.indexOf("/"));
var repositoryIdOf = (repository) => ({
  owner: ownerOf(repository),
  name: repository.name
});
var fullNameOf = (repository) => `${repository.owner}/${repository.name}`;
var accountLogin = (account) => {
  const a = account ?? {};
  return a.login ?? a.slug ?? "";
};
var isDefaultBranchPush = (push) => !push.deleted && push.ref === `refs/heads/${push.repository.default_branch}`;
var pushedPaths = (push, { removed = false } = {}) => [
  ...new Set(
    push.commits.flatMap((c) => [...c.added ?? [], ...c.modified ?? [], ...removed ? c.removed ?? [] : []])
  )
];
var isCatalogRepository = (name, catalogRepository) => name.toLowerCase() === catalogRepository.toLowerCase();

// app/features/catalog/catalog-updates.ts
function createCatalogUpdates() {
  const pending = /* @__PURE__ */ new Map();
  return {
    add(installationId, update) {
      const entry = pending.get(installationId) ?? {
        full: false,
        force: false,
        teams: false,
        repositories: /* @__PURE__ */ new Set(),
        reasons: /* @__PURE__ */ new Set()
      };
      entry.full ||= update.full ?? update.force ?? false;
      entry.force ||= update.force ?? false;
      entry.teams ||= update.teams ?? false;
      for (const r of update.repositories ?? []) entry.repositories.add(r);
      entry.reasons.add(update.reason);
      pending.set(installationId, entry);
    },
    take(installationId) {
      const entry = pending.get(installationId);
      pending.delete(installationId);
      return entry;
    }
  };
}

// app/features/catalog/reconcile-request.ts
var reconcileRequestJob = defineJob("reconcile-request");
function reconcileRequest(deps) {
  return async (job) => {
    const { installationId, organization, catalogRepository, login } = job.data;
    const forge = await deps.forgeFor(installationId);
    if (!await forge.canWrite({ owner: organization, name: catalogRepository }, login)) {
      deps.log.info(
        `/callboard reconcile from @${login} ignored: they may not write to ${organization}/${catalogRepository}`
      );
      return;
    }
    await deps.request(`${job.id}:update-catalog`, installationId, organization, {
      full: true,
      force: true,
      reason: `reconcile asked by @${login}`
    });
  };
}

// app/features/catalog/site-changes.ts
async function siteChanges(input) {
  const { forge, snapshot, plan, folder } = input;
  const view = createCatalogView(plan.catalog, input.scores);
  const listing = snapshot.commit ? await forge.listFiles(snapshot.repository, snapshot.commit, folder) : void 0;
  const existing = listing?.paths ?? [];
  const reread = new Set(plan.read.map((r) => r.toLowerCase()));
  const previous = existing.length ? {
    unchanged: (repository) => !reread.has(repository.toLowerCase()),
    records: (refs) => docsRecords(forge, snapshot, folder, refs)
  } : void 0;
  const docs = await readSiteDocs(view, forgeDocsSource(forge), input.webUrl, previous);
  const site = siteFiles({ view, docs, assets: await readSiteAssets() });
  const held = listing?.truncated ? [] : existing.map((path) => path.slice(folder.length + 1));
  return (function* () {
    for (const change of replacingSite(site, held)) yield { path: `${folder}/${change.path}`, content: change.content };
  })();
}
async function docsRecords(forge, snapshot, folder, refs) {
  const files = await forge.readFiles(
    refs.map((ref) => ({
      repository: snapshot.repository,
      path: `${folder}/${docsRecordPath(ref)}`,
      ref: snapshot.commit
    }))
  );
  const records = /* @__PURE__ */ new Map();
  files.forEach((file, i) => {
    if (file.text === void 0) return;
    try {
      const record = JSON.parse(file.text);
      if (Array.isArray(record.nav) && Array.isArray(record.sections) && Array.isArray(record.problems))
        records.set(refs[i], record);
    } catch {
    }
  });
  return records;
}

// app/features/catalog/update-catalog.ts
var updateCatalogJob = defineJob("update-catalog", {
  group: (d) => catalogWriters(d.installationId),
  coalesce: (d) => `update-catalog:${d.installationId}`
});
function updateCatalog(deps, updates) {
  const { catalogRepositories } = deps;
  const { catalogRepository, webUrl } = deps.settings;
  return async (job) => {
    const { installationId, organization } = job.data;
    const pending = updates.take(installationId);
    if (!pending) return;
    try {
      const forge = await deps.forgeFor(installationId);
      const source = forgeCatalogSource(forge, organization);
      const reason = [...pending.reasons].sort().join("; ");
      const result2 = await catalogRepositories.write(forge, organization, {
        message: `Update the catalog: ${reason}`,
        // The build writes no config, scorecard or results file.
        unchanged: [configPart, scorecardsPart, resultsPart, entityScoresPart],
        // Everything read first (the catalog repository at the head, then the organisation), then one pure call.
        changes: async (snapshot) => {
          const { config, problems } = await snapshot.read(configPart);
          const state = await snapshot.read(statePart);
          const scores = await snapshot.read(entityScoresPart);
          const read = await readOrganization({
            organization,
            source,
            work: deps.work,
            config,
            catalogRepository,
            state,
            ...pending.full ? { force: pending.force } : { only: [...pending.repositories] },
            readTeams: pending.teams,
            webUrl
          });
          const plan = planCatalog(read, { organization, config, configProblems: problems, state, scores });
          const site = config.site ? await siteChanges({ forge, snapshot, plan, scores, folder: config.site.folder, webUrl }) : [];
          return {
            changes: (function* () {
              yield* plan.changes;
              yield* site;
            })(),
            message: commitMessage(plan, reason),
            known: () => [known(statePart, plan.nextState())]
          };
        }
      });
      if (!result2) {
        deps.log.info(
          `No catalog repository ${organization}/${catalogRepository}: create it (with a first commit) and give Callboard access to it`
        );
        return;
      }
      deps.log.info(`Catalog ${result2.outcome}`, { organization, retries: result2.retries, sha: result2.sha });
      if (pending.full) await deps.emit("callboard.catalog_rebuilt", { installationId, organization, id: job.id });
    } catch (error) {
      const { full, force, teams } = pending;
      updates.add(installationId, {
        full,
        force,
        teams,
        repositories: [...pending.repositories],
        reason: [...pending.reasons].join("; ")
      });
      throw error;
    }
  };
}

// app/features/catalog/index.ts
var RECONCILE_COMMAND = /^\/callboard\s+reconcile\b/;
function catalog(services) {
  const updates = createCatalogUpdates();
  const isCatalog = (name) => isCatalogRepository(name, services.settings.catalogRepository);
  const update = async (id, installationId, organization, change) => {
    if (installationId === void 0) return;
    updates.add(installationId, change);
    await services.jobs.add(updateCatalogJob, id, { installationId, organization });
  };
  return {
    name: "catalog",
    events: [
      onWebhook(
        ["installation.created", "installation.new_permissions_accepted", "installation.unsuspend"],
        ({ id, payload: { installation, action } }) => update(`${id}:update-catalog`, installation.id, accountLogin(installation.account), {
          full: true,
          reason: `installation ${action}`
        })
      ),
      onWebhook(["installation_repositories.added", "installation_repositories.removed"], ({ id, payload }) => {
        const { installation, repositories_added: added, repositories_removed: removed, action } = payload;
        const repositories = [...added, ...removed].flatMap((r) => r.full_name ? [r.full_name] : []);
        return update(`${id}:update-catalog`, installation.id, accountLogin(installation.account), {
          repositories,
          reason: `repositories ${action}`
        });
      }),
      onWebhook(
        [
          "repository.created",
          "repository.deleted",
          "repository.renamed",
          "repository.transferred",
          "repository.archived",
          "repository.unarchived",
          "repository.edited"
        ],
        ({ id, payload }) => {
          const { repository, installation, action } = payload;
          const before = formerName(payload);
          const repositories = before ? [repository.full_name, before] : [repository.full_name];
          return update(`${id}:update-catalog`, installation?.id, repository.owner.login, {
            repositories,
            reason: `${repository.full_name} ${action}`
          });
        }
      ),
      onWebhook(["push"], ({ id, payload }) => {
        const { repository, installation } = payload;
        if (!isDefaultBranchPush(payload)) return Promise.resolve();
        const paths = pushedPaths(payload, { removed: true });
        const owner = ownerOf(repository);
        if (isCatalog(repository.name))
          return paths.includes(CONFIG_PATH) ? update(`${id}:update-catalog`, installation?.id, owner, { full: true, reason: `${CONFIG_PATH} changed` }) : Promise.resolve();
        if (!touchesDescriptors(paths)) return Promise.resolve();
        return update(`${id}:update-catalog`, installation?.id, owner, {
          repositories: [repository.full_name],
          reason: `push to ${repository.full_name}`
        });
      }),
      onWebhook(["team", "membership", "organization.member_added", "organization.member_removed"], (event) => {
        const payload = event.payload;
        return update(`${event.id}:update-catalog`, payload.installation?.id, payload.organization?.login ?? "", {
          teams: true,
          reason: `teams ${event.name} ${payload.action ?? ""}`.trim()
        });
      }),
      onWebhook(["issue_comment.created"], async ({ id, payload: { comment, repository, installation, sender } }) => {
        if (!isCatalog(repository.name) || !RECONCILE_COMMAND.test(comment.body.trim()) || !installation) return;
        await services.jobs.add(reconcileRequestJob, `${id}:reconcile-request`, {
          installationId: installation.id,
          organization: repository.owner.login,
          catalogRepository: repository.name,
          login: sender.login
        });
      }),
      onCallboard(
        "callboard.repository_created",
        ({ installationId, organization, repository }) => update(`created:${installationId}:${repository}:${Date.now()}`, installationId, organization, {
          repositories: [repository],
          reason: `${repository} created`
        })
      ),
      // Entity pages show the levels: recorded scores update the catalog. No repository is read again
      // (their descriptors did not change); only the pages whose levels moved are rendered.
      onCallboard(
        "callboard.scores_recorded",
        ({ installationId, organization, commit }) => update(`scores:${installationId}:${commit}`, installationId, organization, { reason: "scores recorded" })
      )
    ],
    jobs: [
      runs(updateCatalogJob, updateCatalog(services, updates)),
      runs(reconcileRequestJob, reconcileRequest({ ...services, request: update }))
    ],
    // What no event announces (a repository deleted: GitHub Apps are not told), and anything an event missed.
    reconcile: ({ installationId, organization, id }) => update(`reconcile:${installationId}:${id}`, installationId, organization, {
      full: true,
      reason: "scheduled reconcile"
    })
  };
}
function formerName(payload) {
  const { changes } = payload;
  const oldName = changes?.repository?.name?.from;
  const oldOwner = changes?.owner?.from?.organization?.login ?? changes?.owner?.from?.user?.login;
  const { repository } = payload;
  return oldName ? `${repository.owner.login}/${oldName}` : oldOwner ? `${oldOwner}/${repository.name}` : void 0;
}

// app/core/impact/api-change-problems.ts
function withApiChangeProblems(report, before, after, index) {
  const old = new Map(before.map((e) => [e.ref, e.entity]));
  const added = /* @__PURE__ */ new Map();
  for (const e of after) {
    const changes = definitionChanges(old.get(e.ref), e.entity).filter((c) => c.severity === "breaking");
    if (!changes.length) continue;
    const file = report.files.find((f) => f.path === e.path);
    const summary2 = file?.entities.find((s) => s.ref === e.ref);
    if (!file || !summary2) continue;
    const consumers = index ? directDependents(index, e.ref) : [];
    const production = String(e.entity.spec?.lifecycle ?? "").toLowerCase() === "production";
    const severity = production && consumers.length ? "error" : "warning";
    const whom = consumers.length ? `${count(consumers.length, "consumer")} in the catalog (${consumers.slice(0, 5).join(", ")}${consumers.length > 5 ? ", \u2026" : ""})` : "no consumer in the catalog";
    const list = added.get(file.path) ?? [];
    for (const change of changes)
      list.push({
        ...problem(
          severity,
          "api-breaking-change",
          "/spec/definition",
          `${e.ref}: breaking change: ${change.text}; ${whom}`,
          {
            fix: consumers.length ? "Keep the old shape beside the new one (a new operation, an optional field), or agree the change with the consumers' owners before merging." : "Nothing in the catalog consumes it; consumers outside the catalog may still break."
          }
        ),
        line: summary2.line,
        column: 1,
        endLine: summary2.line,
        endColumn: 1,
        document: summary2.document,
        entity: e.ref
      });
    added.set(file.path, list);
  }
  if (!added.size) return { report, paths: [] };
  const files = report.files.map(
    (f) => added.has(f.path) ? { ...f, problems: [...f.problems, ...added.get(f.path)] } : f
  );
  const errors = [...added.values()].flat().filter((p) => p.severity === "error").length;
  const warnings = [...added.values()].flat().length - errors;
  return {
    report: {
      ...report,
      files,
      summary: {
        ...report.summary,
        errors: report.summary.errors + errors,
        warnings: report.summary.warnings + warnings
      }
    },
    paths: [...added.keys()]
  };
}

// app/core/impact/catalog-references.ts
function catalogReferenceProblems(context) {
  return (entity, ref, defined) => {
    const problems = [];
    const other = context.index.get(ref);
    if (other && other.status !== "imported" && other.source.repository.toLowerCase() !== context.repository.toLowerCase()) {
      problems.push(
        problem(
          "error",
          "catalog-conflict",
          "/metadata/name",
          `${ref} is already defined in ${other.source.repository} (${other.source.path}:${other.source.line}); the catalog keeps that definition and ignores this one`,
          {
            fix: `Give this entity another name, or change or remove the definition in ${other.source.repository}.`
          }
        )
      );
    }
    const old = context.before.get(ref);
    for (const r of entityReferences(entity)) {
      if (defined.has(r.target) || context.index.get(r.target)) continue;
      const introduced = !old?.has(r.target);
      problems.push(
        problem(
          introduced ? "error" : "warning",
          "catalog-reference",
          r.pointer,
          `${refWords(r.target)} (${r.field.describes}) does not exist in the catalog of ${context.index.organization}`,
          {
            fix: `Check the spelling against the catalog, or add ${refWords(r.target)} in the repository that describes it.`
          }
        )
      );
    }
    return problems;
  };
}

// app/features/shared/descriptors-at.ts
async function descriptorsAt({
  work,
  forge,
  repository,
  sha,
  paths,
  htmlUrl,
  primed,
  resolve
}) {
  const repo = forgeDescriptorRepository(forge, repository, sha, new Map(primed?.map((f) => [f.path, f.text])));
  return (await work.checkDescriptors(repo, { paths, repositoryUrl: htmlUrl }, resolve)).report;
}

// app/features/shared/problem-annotations.ts
function problemAnnotations(path, problems) {
  return problems.map((p) => ({
    path,
    startLine: p.line,
    endLine: p.endLine,
    ...p.line === p.endLine ? { startColumn: p.column, endColumn: p.endColumn } : {},
    level: p.severity === "error" ? "failure" : "warning",
    title: `Callboard: ${p.rule}`,
    message: problemText(p)
  }));
}

// app/features/descriptor-checks/validate-descriptors.ts
var DESCRIPTORS_CHECK = "Callboard / descriptors";
var IMPACT_MARKER = "impact";
var validateDescriptorsJob = defineJob("validate-descriptors", {
  group: (d) => `${fullNameOf(d.repository)}#${d.pullRequest ?? d.headSha}`,
  // Only the newest head matters: a check of an older one still waiting is replaced.
  coalesce: (d) => d.newestHead ? `validate-descriptors:${fullNameOf(d.repository)}#${d.pullRequest}` : void 0
});
function validateDescriptors(deps) {
  return async (job) => {
    const { installationId, repository, headSha, htmlUrl, baseSha } = job.data;
    const forge = await deps.forgeFor(installationId);
    const prFiles = job.data.pullRequest ? await forge.listPullRequestFiles(repository, job.data.pullRequest) : void 0;
    const changed = prFiles ? prFiles.filter((f) => f.status !== "removed").map((f) => f.path) : job.data.changedPaths;
    const catalog2 = await loadCatalog(deps, forge, repository.owner);
    const fullName = fullNameOf(repository);
    const headPaths = [ROOT_DESCRIPTOR, ...(changed ?? []).filter(isDescriptorFileName)];
    const basePaths = [
      ...headPaths,
      ...(prFiles ?? []).flatMap((f) => [f.status === "removed" ? f.path : void 0, f.previousPath]).filter((p) => !!p && isDescriptorFileName(p))
    ];
    const at = (sha, paths, resolve) => descriptorsAt({ work: deps.work, forge, repository, sha, paths, htmlUrl, ...resolve ? { resolve } : {} });
    const before = baseSha && catalog2 ? reportEntities(await at(baseSha, basePaths)) : [];
    const references = new Map(before.map((e) => [e.ref, new Set(entityReferences(e.entity).map((r) => r.target))]));
    const report = await at(
      headSha,
      headPaths,
      catalog2 ? catalogReferenceProblems({ index: catalog2.index, repository: fullName, before: references }) : void 0
    );
    const after = reportEntities(report);
    const api = withApiChangeProblems(report, before, after, catalog2?.index);
    await reportCheck(forge, job.data, api.report, changed && [...changed, ...api.paths]);
    if (prFiles && catalog2) await commentImpact(forge, job.data, catalog2, prFiles, before, after);
  };
}
async function loadCatalog(deps, forge, organization) {
  try {
    return await readCatalogIndex(await deps.catalogRepositories.atHead(forge, organization));
  } catch (error) {
    if (!(error instanceof CatalogIndexError)) throw error;
    deps.log.warn(`The catalog of ${organization} could not be read: ${error.message}`);
    return void 0;
  }
}
async function reportCheck(forge, data, report, changed) {
  const judged = summarize(changed ? report.files.filter((f) => changed.includes(f.path)) : report.files);
  const { errors, warnings, files } = judged.summary;
  const linkTo = (path, line) => `${data.htmlUrl}/blob/${data.headSha}/${encodeURI(path)}#L${line}`;
  await forge.ensureCheckRun({
    repository: data.repository,
    headSha: data.headSha,
    name: DESCRIPTORS_CHECK,
    status: "completed",
    conclusion: errors ? "failure" : "success",
    title: files === 0 ? "No catalog descriptor changed" : `${errors} errors, ${warnings} warnings in ${files} descriptor files`,
    summary: formatSummary(judged, linkTo),
    annotations: judged.files.flatMap((f) => problemAnnotations(f.path, f.problems))
  });
}
async function commentImpact(forge, data, catalog2, prFiles, before, after) {
  const { repository, htmlUrl } = data;
  const changedPaths = [...new Set(prFiles.flatMap((f) => f.previousPath ? [f.path, f.previousPath] : [f.path]))];
  const report = impactOf({
    index: catalog2.index,
    repository: fullNameOf(repository),
    repositoryUrl: htmlUrl,
    changedPaths,
    before,
    after
  });
  const web = htmlUrl.slice(0, htmlUrl.length - `/${repository.owner}/${repository.name}`.length);
  const pageUrl = (page) => `${web}/${catalog2.repository.owner}/${catalog2.repository.name}/blob/HEAD/${catalog2.folder}/${page}`;
  await forge.ensureComment({
    repository,
    number: data.pullRequest,
    marker: IMPACT_MARKER,
    body: report.entities.length ? renderImpactMarkdown(report, { pageUrl }) : null
  });
}

// app/features/descriptor-checks/index.ts
function descriptorChecks(services) {
  const { jobs } = services;
  return {
    name: "descriptor-checks",
    events: [
      onWebhook(
        ["pull_request.opened", "pull_request.synchronize", "pull_request.reopened", "pull_request.ready_for_review"],
        async ({ id, payload: { pull_request: pr, repository, installation } }) => {
          if (!installation) return;
          await jobs.add(validateDescriptorsJob, `${id}:validate-descriptors`, {
            installationId: installation.id,
            // The base repository: a fork's pull request is checked where it will land.
            repository: repositoryIdOf(repository),
            htmlUrl: repository.html_url,
            headSha: pr.head.sha,
            baseSha: pr.base.sha,
            pullRequest: pr.number,
            newestHead: true
          });
        }
      ),
      onWebhook(["push"], async ({ id, payload }) => {
        const { after, repository, installation } = payload;
        if (!installation || !isDefaultBranchPush(payload)) return;
        const changedPaths = pushedPaths(payload);
        if (!touchesDescriptors(changedPaths)) return;
        await jobs.add(validateDescriptorsJob, `${id}:validate-descriptors`, {
          installationId: installation.id,
          repository: repositoryIdOf(repository),
          htmlUrl: repository.html_url,
          headSha: after,
          changedPaths
        });
      }),
      // "Re-run" from the Checks tab: the check is run again for the same commit.
      onWebhook(["check_run.rerequested"], async ({ id, payload: { check_run: run2, repository, installation } }) => {
        if (run2.name !== DESCRIPTORS_CHECK || !installation) return;
        await jobs.add(
          validateDescriptorsJob,
          `${id}:validate-descriptors`,
          rerun(installation.id, repository, run2.head_sha, run2.pull_requests)
        );
      }),
      onWebhook(
        ["check_suite.rerequested"],
        async ({ id, payload: { check_suite: suite, repository, installation } }) => {
          if (!installation) return;
          await jobs.add(
            validateDescriptorsJob,
            `${id}:validate-descriptors`,
            rerun(installation.id, repository, suite.head_sha, suite.pull_requests ?? [])
          );
        }
      )
    ],
    jobs: [runs(validateDescriptorsJob, validateDescriptors(services))]
  };
}
var rerun = (installationId, repository, headSha, pullRequests) => ({
  installationId,
  repository: repositoryIdOf(repository),
  htmlUrl: repository.html_url,
  headSha,
  ...pullRequests[0]?.number ? { pullRequest: pullRequests[0].number } : {},
  ...pullRequests[0]?.base?.sha ? { baseSha: pullRequests[0].base.sha } : {}
});

// app/core/scaffold/issue-replies.ts
var REPLY_MARKER = "callboard:scaffold";
var TRY_AGAIN = "Edit the issue (its answers, or anything) to try again.";
function createdReply(made) {
  const links = made.links.flatMap((link) => {
    const target = link.url ?? (link.entityRef ? made.catalogUrl : void 0);
    const label = link.title ?? link.url ?? link.entityRef ?? "link";
    return target ? [`- [${label}](${target})${link.entityRef ? ` (\`${link.entityRef}\`)` : ""}`] : [];
  });
  return [
    `### Created [${made.fullName}](${made.repositoryUrl})`,
    "",
    `From the template \`${made.template}\`, in one commit.${made.entityRef ? ` The catalog lists \`${made.entityRef}\` on its next update (usually within a minute).` : ""}`,
    ...links.length ? ["", ...links] : [],
    ...made.text.flatMap((t) => ["", ...t.title ? [`**${t.title}**`, ""] : [], t.content ?? ""]),
    ...made.notifications.flatMap((n) => [
      "",
      `> **${n.title}**${n.info ? ` \u2014 ${n.info}` : ""}${n.link ? ` ([link](${n.link}))` : ""}`
    ]),
    "",
    "Later changes to the template come to the repository as pull requests."
  ].join("\n");
}
function answersReply(template, problems) {
  return [
    `### Nothing was created: some answers need fixing`,
    "",
    `The template \`${template}\` needs:`,
    "",
    ...problems.map((p) => `- ${p.where ? `**${p.where}**: ` : ""}${p.message}`),
    "",
    TRY_AGAIN
  ].join("\n");
}
function templateReply(template, problems) {
  return [
    `### Nothing was created: the template \`${template}\` cannot run`,
    "",
    ...problems.map((p) => `- ${p.where ? `step \`${p.where}\`: ` : ""}${p.message}`),
    "",
    `This is for the template's owners to fix; once it is fixed, ${TRY_AGAIN.toLowerCase()}`
  ].join("\n");
}
function takenReply(publish2) {
  return [
    `### Nothing was created: ${publish2.owner}/${publish2.repo} already exists`,
    "",
    "A repository of that name exists and was not made for this issue. Choose another name, then edit the issue."
  ].join("\n");
}
function notAllowedReply(login, catalog2) {
  return [
    "### Nothing was created",
    "",
    `@${login} cannot write to \`${catalog2}\`, and Callboard creates repositories for people who can: ask one of them`,
    "to open the request."
  ].join("\n");
}
function elsewhereReply(publish2, organization) {
  return [
    `### Nothing was created: ${publish2.host}/${publish2.owner} is not this organisation`,
    "",
    `Callboard creates repositories in ${organization} only. Answer with a repository in ${organization}, then edit the issue.`
  ].join("\n");
}
function interruptedReply(fullName, step, reason) {
  return [
    `### Creating ${fullName} stopped half-way`,
    "",
    `${step} failed: ${reason}`,
    "",
    `Callboard tries again by itself; ${TRY_AGAIN.toLowerCase()} It continues where it stopped, and does nothing twice.`
  ].join("\n");
}

// app/features/golden-paths/template-sources.ts
async function templateSources(services, forge, organization) {
  const snapshot = await services.catalogRepositories.atHead(forge, organization);
  if (!snapshot.commit) return { sources: /* @__PURE__ */ new Map(), index: void 0 };
  const loaded = await readCatalogIndex(snapshot).catch(() => void 0);
  const sources = /* @__PURE__ */ new Map();
  for (const entity of loaded?.index.ofKind("Template") ?? []) {
    const [owner, name] = entity.source.repository.split("/");
    const { path } = entity.source;
    sources.set(entity.ref, {
      entity,
      repository: { owner, name },
      path,
      folder: path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : ""
    });
  }
  return { sources, index: loaded?.index };
}
async function templateAt(forge, source, version) {
  const files = await forge.readFolder(source.repository, version, source.folder);
  const yaml = files?.files.get(source.path.slice(source.folder ? source.folder.length + 1 : 0));
  if (!files || !yaml) return void 0;
  return { version, templateText: new TextDecoder().decode(yaml.content), template: files };
}

// app/features/golden-paths/create-from-issue.ts
var issueKey = (d) => `create-from-issue:${d.installationId}:${d.catalogRepository}#${d.number}`;
var createFromIssueJob = defineJob("create-from-issue", {
  group: issueKey,
  coalesce: issueKey
});
function createFromIssue(services) {
  return async (job) => {
    const { installationId, organization, catalogRepository, number } = job.data;
    const forge = await services.forgeFor(installationId);
    const catalog2 = { owner: organization, name: catalogRepository };
    const issue = await forge.getIssue(catalog2, number);
    if (!issue || issue.state === "closed") return;
    const name = templateOfIssue(issue.body);
    if (!name) return;
    const reply = (body) => forge.ensureComment({ repository: catalog2, number, marker: REPLY_MARKER, body });
    if (!await forge.canWrite(catalog2, issue.author))
      return void await reply(notAllowedReply(issue.author, `${organization}/${catalogRepository}`));
    const { sources } = await templateSources(services, forge, organization);
    const source = [...sources.values()].find((s) => s.entity.name === name);
    if (!source)
      return void await reply(templateReply(name, [{ where: "", message: "it is not in the catalog any more" }]));
    const made = await render(services, forge, source, organization, issue, reply);
    if (!made) return;
    if (made.publish.owner.toLowerCase() !== organization.toLowerCase())
      return void await reply(elsewhereReply(made.publish, organization));
    const repository = await publish(forge, made, issue, reply);
    if (!repository) return;
    await services.emit("callboard.repository_created", {
      installationId,
      organization,
      repository: repository.fullName
    });
    const { webUrl } = services.settings;
    await reply(
      createdReply({
        template: source.entity.ref,
        fullName: repository.fullName,
        repositoryUrl: repository.htmlUrl,
        links: made.links,
        text: made.text,
        notifications: made.notifications,
        ...made.registrations[0]?.entityRef ? { entityRef: made.registrations[0].entityRef } : {},
        catalogUrl: `${webUrl}/${organization}/${catalogRepository}`
      })
    );
    await forge.closeIssue(catalog2, number);
    services.log.info(`Created ${repository.fullName} from ${source.entity.ref} for issue #${number}`);
  };
}
async function render(services, forge, source, organization, issue, reply) {
  const ref = source.entity.ref;
  const version = await forge.headCommit(source.repository) ?? "";
  const template = await templateAt(forge, source, version);
  if (!template) return void await reply(templateReply(ref, [{ where: "", message: "its template.yaml is gone" }]));
  const result2 = await services.work.scaffold({
    templateText: template.templateText,
    template: template.template,
    answers: {},
    issue: { body: issue.body, organization },
    source: `${source.repository.owner}/${source.repository.name}/${source.path}`,
    version,
    request: issue.url,
    user: { ref: `user:default/${issue.author.toLowerCase()}` }
  });
  if (!result2.ok)
    return void await reply(
      result2.kind === "answers" ? answersReply(ref, result2.problems) : templateReply(ref, result2.problems)
    );
  if (!result2.publish)
    return void await reply(
      templateReply(ref, [
        { where: "", message: "it has no publish:github step, so there is no repository to create" }
      ])
    );
  return result2;
}
async function publish(forge, made, issue, reply) {
  const { publish: publish2 } = made;
  const fullName = `${publish2.owner}/${publish2.repo}`;
  let step = "Creating the repository";
  try {
    const created = await forge.createRepository({
      owner: publish2.owner,
      name: publish2.repo,
      settings: publish2.settings
    });
    const repository = created.repository;
    step = "Reading it";
    const state = created.outcome === "created" ? "fresh" : await stateOf(forge, repository, issue);
    if (state === "taken") return void await reply(takenReply(publish2));
    if (state === "fresh") {
      step = "Committing the files";
      const head = await forge.headCommit(repository, repository.defaultBranch);
      if (!head) throw new Error("GitHub's first commit is not there yet");
      const written = await forge.replaceContents({
        repository,
        branch: repository.defaultBranch,
        expectedHead: head,
        message: publish2.commitMessage,
        files: made.files
      });
      if (written === "moved") throw new Error("its default branch moved while Callboard wrote it");
    }
    step = "Setting its default branch, topics and branch protection";
    await forge.configureRepository(repository, {
      renameBranch: { from: repository.defaultBranch, to: publish2.defaultBranch },
      ...publish2.settings.topics ? { topics: publish2.settings.topics } : {},
      ...publish2.protectDefaultBranch ? { protectBranch: publish2.defaultBranch } : {}
    });
    return { ...repository, defaultBranch: publish2.defaultBranch };
  } catch (error) {
    await reply(interruptedReply(fullName, step, error.message));
    throw error;
  }
}
async function stateOf(forge, repository, issue) {
  const [answers] = await forge.readFiles([{ repository, path: ANSWERS_FILE }]);
  const origin = answers?.text === void 0 ? void 0 : readOrigin(answers.text);
  if (origin && !("problem" in origin) && origin.request === issue.url) return "done";
  const listing = await forge.listFiles(repository);
  const onlyFirstCommit = listing === void 0 || listing.paths.length === 1 && listing.paths[0] === "README.md";
  const newer = repository.createdAt !== void 0 && repository.createdAt >= issue.createdAt;
  return onlyFirstCommit && newer ? "fresh" : "taken";
}

// app/features/golden-paths/issue-forms.ts
var FORMS_FOLDER = ".github/ISSUE_TEMPLATE";
var MAX_TEMPLATE_BYTES = 256 * 1024;
var formsKey = (d) => `issue-forms:${d.installationId}`;
var writeIssueFormsJob = defineJob("write-issue-forms", {
  group: formsKey,
  coalesce: formsKey
});
function writeIssueForms(services) {
  return async (job) => {
    const { installationId, organization } = job.data;
    const forge = await services.forgeFor(installationId);
    const { sources } = await templateSources(services, forge, organization);
    const texts = await forge.readFiles([...sources.values()].map((s) => ({ repository: s.repository, path: s.path })));
    const forms = /* @__PURE__ */ new Map();
    for (const [i, source] of [...sources.values()].entries()) {
      const text2 = texts[i]?.text;
      if (text2 === void 0 || text2.length > MAX_TEMPLATE_BYTES) continue;
      try {
        const spec = readTemplate(text2);
        const form = issueForm({
          name: spec.name,
          title: spec.title,
          ...spec.description ? { description: spec.description } : {},
          parameters: spec.parameters
        });
        forms.set(`${FORMS_FOLDER}/${form.fileName}`, form.yaml);
      } catch (error) {
        services.log.info(`No issue form for ${source.entity.ref}: ${error.message}`);
      }
    }
    await services.catalogRepositories.write(forge, organization, {
      message: `Issue forms for ${forms.size} template${forms.size === 1 ? "" : "s"}`,
      unchanged: [configPart, indexPart, scorecardsPart, resultsPart, entityScoresPart, statePart, migrationsPart],
      changes: async (head) => {
        const listing = await forge.listFiles(head.repository, head.commit, FORMS_FOLDER);
        const stale = (listing?.paths ?? []).filter(
          (p) => p.startsWith(`${FORMS_FOLDER}/${FORM_PREFIX}`) && !forms.has(p)
        );
        const changes = [...forms].map(([path, content]) => ({ path, content }));
        return [...changes, ...stale.map((path) => ({ path, content: null }))];
      }
    });
  };
}

// app/core/migration/campaign/decide.ts
var NONE = { kind: "none" };
function decide({ spec, plan, branch, expectedBody, request }) {
  const ours = branch.pullRequests.filter((p) => parseMarker(p.body)?.campaign === spec.id);
  const open = ours.find((p) => p.state === "open");
  const merged = ours.find((p) => p.state === "merged");
  const link = (p) => p ? { pullRequest: { number: p.number, url: p.url } } : {};
  switch (plan.status) {
    case "not-applicable":
      return {
        status: "not-applicable",
        detail: plan.reason,
        action: open ? { kind: "close", number: open.number, reason: "not-applicable", detail: plan.reason } : NONE,
        ...link(open)
      };
    case "failed":
      return { status: "failed", detail: plan.reason, action: NONE, ...link(open ?? ours[0]) };
    case "migrated":
      return {
        status: merged ? "merged" : "migrated-by-hand",
        detail: plan.evidence,
        action: open ? { kind: "close", number: open.number, reason: "migrated", detail: plan.evidence } : NONE,
        ...link(merged ?? open)
      };
    case "changes":
      return open ? decideOpen(open, branch, plan.changes, spec, expectedBody) : decideClosed(ours, branch, spec, request);
  }
}
function decideOpen(open, branch, changes, spec, expectedBody) {
  const marker = parseMarker(open.body);
  const pullRequest = { number: open.number, url: open.url };
  const conflict = open.mergeable === "CONFLICTING";
  if (branch.head && !branch.head.byCallboard)
    return {
      status: "open",
      detail: `a person pushed to the branch: Callboard leaves it alone${conflict ? "; it has a conflict" : ""}`,
      pullRequest,
      action: marker?.noted === "left-alone" ? NONE : { kind: "note", number: open.number, note: "left-alone" }
    };
  if (marker?.changes !== changesHash(changes) || conflict || marker.version !== spec.version)
    return {
      status: "open",
      ...conflict ? { detail: "has a conflict: Callboard makes the change again on the default branch" } : {},
      pullRequest,
      action: { kind: "refresh", number: open.number }
    };
  const retext2 = open.title !== pullRequestTitle(spec) || expectedBody !== void 0 && expectedBody !== withoutNote(open.body);
  return { status: "open", pullRequest, action: retext2 ? { kind: "retext", number: open.number } : NONE };
}
function decideClosed(ours, branch, spec, request) {
  const latest = ours[0];
  const personsBranch = branch.head !== void 0 && !branch.head.byCallboard && branch.head.sha !== branch.baseSha;
  if (!latest) {
    if (personsBranch)
      return {
        status: "failed",
        detail: `the branch ${spec.branch} exists and was not made by Callboard: delete it to let Callboard open the pull request`,
        action: NONE
      };
    return { status: "waiting", action: { kind: "open" } };
  }
  const marker = parseMarker(latest.body);
  const pullRequest = { number: latest.number, url: latest.url };
  const newVersion = marker?.version !== spec.version;
  if (latest.state === "merged")
    return newVersion ? { status: "waiting", detail: `version ${spec.version} of the migration`, action: { kind: "open" } } : {
      status: "merged",
      detail: "merged, but the repository does not count as migrated yet",
      pullRequest,
      action: NONE
    };
  if ((newVersion || request === "reopen") && !personsBranch)
    return {
      status: "waiting",
      detail: newVersion ? `version ${spec.version} of the migration` : "asked again on the dashboard",
      pullRequest,
      action: { kind: "reopen", number: latest.number }
    };
  return {
    status: "declined",
    pullRequest,
    action: marker?.noted === "declined" ? NONE : { kind: "note", number: latest.number, note: "declined" }
  };
}
var withoutNote = (body) => body.replace(/ noted=(?:left-alone|declined) -->/, " -->");

// app/features/shared/carry-out.ts
async function carryOut(work) {
  const { forge, spec, repository, plan, branch, decision } = work;
  const { action } = decision;
  const changes = plan.status === "changes" ? plan.changes : [];
  switch (action.kind) {
    case "none":
      return "nothing";
    case "open": {
      if (await writeBranch(work, changes) === "moved") return "moved";
      const pull = await forge.ensurePullRequest({
        repository,
        head: spec.branch,
        base: repository.defaultBranch,
        title: pullRequestTitle(spec),
        body: work.body ?? "",
        draft: plan.status === "changes" && plan.draft || spec.pullRequest.draft
      });
      if (pull.outcome === "created") await dressNewPullRequest(forge, spec, repository, pull.number, work);
      return "opened";
    }
    case "refresh":
      if (await writeBranch(work, changes) === "moved") return "moved";
      await retext(work);
      return "refreshed";
    case "retext":
      await retext(work);
      return "retexted";
    case "reopen":
      if (await writeBranch(work, changes) === "moved") return "moved";
      await forge.updatePullRequest(repository, action.number, { state: "open", body: work.body ?? "" });
      return "reopened";
    case "close":
      await closePullRequest(forge, spec, repository, branch, action.number, action.reason, action.detail);
      return "closed";
    case "note": {
      const pull = branch?.pullRequests.find((p) => p.number === action.number);
      await forge.ensureComment({
        repository,
        number: action.number,
        marker: action.note === "declined" ? COMMENT_MARKERS.declined(spec.id) : COMMENT_MARKERS.leftAlone(spec.id),
        body: action.note === "declined" ? spec.notes.declined : spec.notes.leftAlone
      });
      if (pull) await forge.updatePullRequest(repository, action.number, { body: withNote(pull.body, action.note) });
      return "noted";
    }
  }
}
async function closePullRequest(forge, campaign, repository, branch, number, reason, detail) {
  await forge.ensureComment({
    repository,
    number,
    marker: COMMENT_MARKERS.closed(campaign.id),
    body: campaign.notes.closed(reason, detail)
  });
  await forge.updatePullRequest(repository, number, { state: "closed" });
  if (branch?.head?.byCallboard) await forge.deleteBranch(repository, campaign.branch, branch.head.sha);
}
async function writeBranch(work, changes) {
  const { forge, spec, repository, branch } = work;
  const message = `${spec.title}

${spec.origin} (Callboard).`;
  const name = spec.branch;
  if (branch?.head)
    return forge.rewriteBranch({ repository, branch: name, expectedHead: branch.head.sha, message, changes });
  return forge.commitFiles({
    repository,
    branch: name,
    message,
    createFrom: repository.defaultBranch,
    changes: () => changes
  });
}
async function retext(work) {
  const { forge, spec, repository } = work;
  await forge.ensurePullRequest({
    repository,
    head: spec.branch,
    base: repository.defaultBranch,
    title: pullRequestTitle(spec),
    body: work.body ?? ""
  });
}
async function dressNewPullRequest(forge, spec, repository, number, work) {
  if (spec.pullRequest.labels.length) await forge.addLabels(repository, number, spec.pullRequest.labels);
  if (work.team) await forge.requestTeamReview(repository, number, work.team);
}

// app/features/golden-paths/template-updates.ts
var updatesKey = (d) => `template-updates:${d.installationId}:${d.template}`;
var runTemplateUpdatesJob = defineJob("run-template-updates", {
  group: updatesKey,
  coalesce: updatesKey
});
var updateFromTemplateJob = defineJob("update-from-template", {
  group: (d) => fullNameOf(d.repository),
  coalesce: (d) => `${d.installationId}:${d.template}:${fullNameOf(d.repository)}`
});
function runTemplateUpdates(services) {
  return async (job) => {
    const { installationId, organization, template } = job.data;
    const forge = await services.forgeFor(installationId);
    const { sources } = await templateSources(services, forge, organization);
    const source = sources.get(template);
    if (!source) return;
    const head = await forge.headCommit(source.repository);
    const repositories = (await forge.listRepositories()).filter(
      (r) => !r.archived && !isCatalogRepository(r.name, services.settings.catalogRepository)
    );
    const origins = await originsOf(forge, repositories);
    for (const [i, repository] of repositories.entries()) {
      const origin = origins[i];
      if (origin?.template !== template || origin.version === head) continue;
      await services.jobs.add(updateFromTemplateJob, `${job.id}:${repository.fullName}`, {
        installationId,
        organization,
        template,
        repository: { owner: repository.owner, name: repository.name }
      });
    }
  };
}
async function originsOf(forge, repositories) {
  const snapshots = await forge.commitSnapshots(
    repositories.map((r) => ({ repository: r, ref: r.defaultBranch, paths: [ANSWERS_FILE] }))
  );
  return snapshots.map((snapshot) => {
    const text2 = snapshot?.files[0]?.text;
    const origin = text2 === void 0 ? void 0 : readOrigin(text2);
    return origin && !("problem" in origin) ? origin : void 0;
  });
}
function updateFromTemplate(services) {
  return async (job) => {
    const { installationId, organization, template, repository: wanted } = job.data;
    const forge = await services.forgeFor(installationId);
    const [repository] = await forge.getRepositories([wanted]);
    if (!repository) return;
    const [snapshot] = await forge.commitSnapshots([
      { repository, ref: repository.defaultBranch, paths: [ANSWERS_FILE] }
    ]);
    const text2 = snapshot?.files[0]?.text;
    const origin = text2 === void 0 ? void 0 : readOrigin(text2);
    if (!snapshot || !origin || "problem" in origin || origin.template !== template) return;
    const { sources, index } = await templateSources(services, forge, organization);
    const source = sources.get(template);
    if (!source) return;
    const head = await forge.headCommit(source.repository) ?? origin.version;
    const updated = {
      ref: template,
      name: source.entity.name,
      title: source.entity.title ?? source.entity.name,
      source: `${fullNameOf(source.repository)}/${source.path}`,
      version: head
    };
    const campaign = templateCampaign(updated);
    const plan = await planFor(services, forge, source, repository, snapshot.sha, origin, head);
    const [branch] = await forge.branchStates([repository], campaign.branch);
    const body = plan.status === "changes" ? updateBody({
      template: updated,
      from: origin.version,
      changes: plan.changes,
      notes: plan.notes,
      draft: plan.draft ?? false
    }) : void 0;
    const decision = decide({
      spec: campaign,
      plan,
      branch: branch ?? { pullRequests: [] },
      ...body !== void 0 ? { expectedBody: body } : {}
    });
    const team = index?.ofRepository(repository.fullName).find((e) => e.owner)?.owner;
    const done = await carryOut({
      forge,
      spec: campaign,
      repository,
      plan,
      branch,
      decision,
      body,
      ...team ? { team: team.replace(/^group:(?:[^/]+\/)?/, "") } : {}
    });
    services.log.info(`Template ${template}: ${repository.fullName} ${done} (${decision.status})`, {
      template,
      from: short(origin.version),
      to: short(head)
    });
  };
}
async function planFor(services, forge, source, repository, commit, origin, head) {
  const fullName = repository.fullName;
  if (origin.version === head)
    return {
      repository: fullName,
      status: "migrated",
      evidence: "it was made from, or updated to, the current version"
    };
  const [before, after] = await Promise.all([
    templateAt(forge, source, origin.version),
    templateAt(forge, source, head)
  ]);
  if (!before || !after)
    return {
      repository: fullName,
      status: "failed",
      reason: `${before ? "the current" : `the recorded version ${short(origin.version)} of the`} template is not in ${fullNameOf(source.repository)}/${source.folder}`
    };
  return services.work.planTemplateUpdate({ repository: fullName, origin, before, after }, async (paths) => {
    const files = await forge.readFiles(paths.map((path) => ({ repository, path, ref: commit })));
    return files.flatMap(
      (f) => f.binary || f.tooLarge ? [[f.path, null]] : f.text === void 0 ? [] : [[f.path, f.text]]
    );
  });
}

// app/features/golden-paths/index.ts
var templatesChangedJob = defineJob("templates-changed");
function goldenPaths(services) {
  const { jobs } = services;
  const runAll = (id, installationId, organization, reason) => jobs.add(templatesChangedJob, `${id}:templates-changed`, { installationId, organization, reason }).then(() => {
  });
  return {
    name: "golden-paths",
    events: [
      onWebhook(["push"], async ({ id, payload }) => {
        const { repository, installation } = payload;
        if (!installation || !isDefaultBranchPush(payload)) return;
        await jobs.add(templatesChangedJob, `${id}:templates-changed`, {
          installationId: installation.id,
          organization: ownerOf(repository),
          reason: `push to ${repository.full_name}`,
          push: { repository: repository.full_name, paths: pushedPaths(payload, { removed: true }) }
        });
      }),
      // An issue opened with a template's form asks for a repository; an edit or a re-opening asks again.
      onWebhook(["issues.opened", "issues.edited", "issues.reopened"], async ({ id, payload }) => {
        const { issue, repository, installation, sender } = payload;
        if (!installation || sender.type === "Bot" || !isCatalogRepository(repository.name, services.settings.catalogRepository))
          return;
        if (!templateOfIssue(issue.body ?? "")) return;
        await jobs.add(createFromIssueJob, `${id}:create-from-issue`, {
          installationId: installation.id,
          organization: ownerOf(repository),
          catalogRepository: repository.name,
          number: issue.number
        });
      }),
      onCallboard("callboard.catalog_rebuilt", async ({ installationId, organization, id }) => {
        await jobs.add(writeIssueFormsJob, `${id}:write-issue-forms`, { installationId, organization });
        await runAll(id, installationId, organization, "catalog rebuilt");
      })
    ],
    jobs: [
      runs(createFromIssueJob, createFromIssue(services)),
      runs(writeIssueFormsJob, writeIssueForms(services)),
      runs(templatesChangedJob, templatesChanged(services)),
      runs(runTemplateUpdatesJob, runTemplateUpdates(services)),
      runs(updateFromTemplateJob, updateFromTemplate(services))
    ],
    reconcile: ({ installationId, organization, id }) => runAll(`reconcile:${installationId}:${id}`, installationId, organization, "scheduled reconcile")
  };
}
function templatesChanged(services) {
  return async (job) => {
    const { installationId, organization, reason, push } = job.data;
    const forge = await services.forgeFor(installationId);
    const { sources } = await templateSources(services, forge, organization);
    for (const [ref, source] of sources) {
      const touched = !push || `${source.repository.owner}/${source.repository.name}`.toLowerCase() === push.repository.toLowerCase() && push.paths.some((p) => !source.folder || p.startsWith(`${source.folder}/`));
      if (!touched) continue;
      await services.jobs.add(runTemplateUpdatesJob, `${job.id}:${ref}`, {
        installationId,
        organization,
        template: ref,
        reason
      });
    }
  };
}

// app/features/migrations/campaign-memory.ts
function createCampaignMemory(intervalMs = 3e5, now = () => Date.now()) {
  const campaigns = /* @__PURE__ */ new Map();
  const of = (installationId, campaign) => {
    const key = `${installationId}:${campaign}`;
    let kept = campaigns.get(key);
    if (!kept) campaigns.set(key, kept = { rows: /* @__PURE__ */ new Map(), failures: /* @__PURE__ */ new Map(), lastRefresh: 0 });
    return kept;
  };
  return {
    remember(installationId, campaign, rows) {
      of(installationId, campaign).rows = new Map(rows.map((r) => [r.repository, r]));
    },
    update(installationId, campaign, row) {
      const kept = of(installationId, campaign);
      if (kept.rows.size) kept.rows.set(row.repository, row);
    },
    rows(installationId, campaign) {
      const kept = campaigns.get(`${installationId}:${campaign}`);
      return kept?.rows.size ? [...kept.rows.values()] : void 0;
    },
    failed(installationId, campaign, repository, reason) {
      const { failures } = of(installationId, campaign);
      if (reason === void 0) failures.delete(repository);
      else failures.set(repository, reason);
    },
    failure: (installationId, campaign, repository) => campaigns.get(`${installationId}:${campaign}`)?.failures.get(repository),
    refreshSoon(installationId, campaign, refresh) {
      const kept = of(installationId, campaign);
      if (kept.pending) return;
      const wait = kept.lastRefresh + intervalMs - now();
      const run2 = () => {
        kept.pending = void 0;
        kept.lastRefresh = now();
        refresh();
      };
      if (wait <= 0) return run2();
      kept.pending = setTimeout(run2, wait);
      kept.pending.unref?.();
    }
  };
}

// app/features/migrations/check-migrations.ts
var MIGRATIONS_CHECK = "Callboard / migrations";
var checkMigrationsJob = defineJob("check-migrations", {
  group: (d) => `${fullNameOf(d.repository)}@${d.headSha}`
});
function checkMigrations(deps) {
  return async (job) => {
    const { installationId, repository, headSha } = job.data;
    const forge = await deps.forgeFor(installationId);
    const files = await readMigrationFiles(forge, repository, headSha);
    const today = (deps.now?.() ?? /* @__PURE__ */ new Date()).toISOString().slice(0, 10);
    const parsed = files.specs.map((file) => ({
      file,
      ...parseMigration(file, { templateFiles: [...files.templates.keys()], today })
    }));
    const problems = parsed.flatMap((p) => p.problems);
    const errors = problems.filter((p) => p.severity === "error").length;
    const warnings = problems.length - errors;
    const rows = parsed.map(
      ({ file, spec, problems: mine }) => spec ? `| \`${spec.id}\` | ${spec.title} | ${spec.steps.length} | version ${spec.version}${spec.deadline ? `, deadline ${spec.deadline}` : ""} |` : `| \`${file.path}\` | \u2014 | \u2014 | ${mine.filter((p) => p.severity === "error").length} errors: starts nothing |`
    );
    await forge.ensureCheckRun({
      repository,
      headSha,
      name: MIGRATIONS_CHECK,
      status: "completed",
      conclusion: errors ? "failure" : "success",
      title: `${parsed.filter((p) => p.spec).length} of ${parsed.length} migrations valid${problems.length ? `; ${count(errors, "error")}, ${count(warnings, "warning")}` : ""}`,
      summary: [
        rows.length ? ["| migration | title | steps | |", "|---|---|---:|---|", ...rows].join("\n") : "No migration specs (`migrations/<id>.yaml`).",
        errors ? "\nA migration with an error opens and updates nothing until it is fixed; the annotations say where and how." : "",
        files.unread.length ? `
${files.unread.length} template files were not read (too many, too large or not text).` : ""
      ].join("\n"),
      annotations: parsed.flatMap((p) => problemAnnotations(p.file.path, p.problems))
    });
  };
}

// app/core/migration/campaign/pull-request-campaign.ts
function migrationCampaign(spec) {
  return {
    id: spec.id,
    version: spec.version,
    title: spec.title,
    branch: migrationBranch(spec.id),
    origin: `Migration ${spec.id}, version ${spec.version}`,
    pullRequest: spec.pullRequest,
    notes: {
      leftAlone: leftAloneComment(spec),
      declined: declinedComment(spec),
      closed: closedComment
    }
  };
}

// app/core/migration/describe-migrated.ts
function describeMigrated(spec) {
  return spec.migrated ? `\`${describeCondition(spec.migrated)}\`` : "the migration\u2019s steps would change nothing in the repository any more";
}
function describeCondition(condition) {
  if ("all" in condition) return condition.all.map(describeCondition).join(" and ");
  if ("any" in condition) return `(${condition.any.map(describeCondition).join(" or ")})`;
  if ("not" in condition) return `not (${describeCondition(condition.not)})`;
  const subject = "fact" in condition ? condition.fact : condition.file;
  const at = condition.path ? ` ${condition.path}` : "";
  const value = condition.value === void 0 ? "" : ` ${JSON.stringify(condition.value)}`;
  return `${subject}${at} ${condition.operator}${value}`;
}

// app/features/migrations/campaign.ts
async function loadCampaign(services, installationId, organization, id, now) {
  const forge = await services.forgeFor(installationId);
  const snapshot = await services.catalogRepositories.atHead(forge, organization);
  if (!snapshot.commit) return void 0;
  const [files, loaded, folder, results] = await Promise.all([
    snapshot.read(migrationsPart),
    readCatalogIndex(snapshot).catch(() => void 0),
    catalogFolderOf(snapshot),
    snapshot.read(resultsPart)
  ]);
  const file = files.specs.find((s) => s.path === `migrations/${id}.yaml` || s.path === `migrations/${id}.yml`);
  const { catalogRepository, webUrl } = services.settings;
  const pageUrl = `${webUrl}/${organization}/${catalogRepository}/blob/HEAD/${folder}/migrations/${id}.md`;
  const failing = failingChecks(resultsOf(results.files));
  const base = {
    forge,
    work: services.work,
    snapshot,
    id,
    templates: files.templates,
    index: loaded?.index,
    pageUrl,
    failing
  };
  if (!file) return { ...base, problems: [] };
  const parsed = parseMigration(file, { templateFiles: [...files.templates.keys()], today: day(now) });
  return { ...base, path: file.path, problems: parsed.problems, ...parsed.spec ? { spec: parsed.spec } : {} };
}
var planRepositories = (campaign, repositories, now) => planMigration(
  {
    forge: campaign.forge,
    spec: campaign.spec,
    templates: campaign.templates,
    index: campaign.index,
    failing: campaign.failing,
    work: campaign.work,
    now
  },
  repositories
);
async function branchesOf(campaign, repositories) {
  return repositories.length ? campaign.forge.branchStates(repositories, migrationBranch(campaign.id)) : [];
}
function requesterOf(campaign) {
  const ref = campaign.spec.owner.includes(":") ? campaign.spec.owner : `group:default/${campaign.spec.owner}`;
  const entity = campaign.index?.get(ref.toLowerCase());
  if (!entity) return void 0;
  const folderUrl = campaign.pageUrl.slice(0, campaign.pageUrl.lastIndexOf("/migrations/"));
  return {
    ref: entity.ref,
    title: entity.title ?? entity.displayName ?? entity.name,
    email: entity.email,
    page: entity.page ? `${folderUrl}/${entity.page}` : null
  };
}
function expectedBodyOf(campaign, plan) {
  if (plan.status !== "changes") return void 0;
  return pullRequestBody({
    spec: campaign.spec,
    requester: requesterOf(campaign),
    changes: plan.changes,
    notes: plan.notes,
    pageUrl: campaign.pageUrl,
    migratedMeans: describeMigrated(campaign.spec)
  });
}
function decideFor(campaign, plan, branch, request) {
  const expectedBody = expectedBodyOf(campaign, plan);
  return decide({
    spec: migrationCampaign(campaign.spec),
    plan,
    branch: branch ?? { pullRequests: [] },
    ...expectedBody !== void 0 ? { expectedBody } : {},
    ...request ? { request } : {}
  });
}
function rowOf(campaign, repository, decision, failure) {
  const entities = campaign.index?.ofRepository(repository.fullName) ?? [];
  const failed = failure !== void 0 && decision.action.kind !== "none";
  const detail = failed ? failure : decision.detail;
  return {
    repository: repository.fullName,
    team: entities.find((e) => e.owner)?.owner ?? null,
    status: failed ? "failed" : decision.status,
    ...detail ? { detail } : {},
    ...decision.pullRequest ? { pullRequest: decision.pullRequest } : {}
  };
}
var day = (now) => now.toISOString().slice(0, 10);

// app/core/migration/campaign/burndown.ts
var campaignPagePath = (id) => `migrations/${id}.md`;
var campaignCsvPath = (id) => `migrations/${id}.csv`;
var COLUMNS = ["date", "applicable", "migrated", "merged", "by_hand", "open", "waiting", "declined", "failed"];
var HEADER = COLUMNS.join(",");
var CHART_DAYS = 60;
function updateHistory(previous, rows, today) {
  const c = countByStatus(rows);
  const applicable = rows.length - c["not-applicable"];
  const row = [
    today,
    applicable,
    c.merged + c["migrated-by-hand"],
    c.merged,
    c["migrated-by-hand"],
    c.open,
    c.waiting,
    c.declined,
    c.failed
  ].join(",");
  const kept = readHistory(previous).filter((d) => d.date < today).map((d) => [d.date, ...d.values].join(","));
  return [HEADER, ...kept, row, ""].join("\n");
}
function readHistory(text2) {
  const lines = (text2 ?? "").split("\n");
  if (lines[0]?.trim() !== HEADER) return [];
  return lines.slice(1).flatMap((line) => {
    const [date, ...rest] = line.trim().split(",");
    const values = rest.map(Number);
    return date && /^\d{4}-\d{2}-\d{2}$/.test(date) && values.length === COLUMNS.length - 1 && values.every(Number.isFinite) ? [{ date, values }] : [];
  });
}
function renderCampaignPage({ spec, rows, history, dashboardUrl }) {
  const days = readHistory(history).slice(-CHART_DAYS);
  const max = Math.max(1, ...days.map((d) => d.values[0]));
  const lines = [
    `# Migration: ${spec.title}`,
    "",
    `\`${spec.id}\`, version ${spec.version}, declared in \`${spec.source}\`. Asked by ${spec.owner}${spec.deadline ? `; deadline ${spec.deadline}` : ""}.${dashboardUrl ? ` [The dashboard](${dashboardUrl}) lists what to retry.` : ""}`,
    "",
    firstParagraph(spec.description),
    "",
    "## Burndown",
    "",
    "```mermaid",
    "xychart-beta",
    `  title "Migrated repositories (of those it applies to)"`,
    `  x-axis [${days.map((d) => `"${d.date}"`).join(", ")}]`,
    `  y-axis "Repositories" 0 --> ${max}`,
    `  line [${days.map((d) => d.values[0]).join(", ")}]`,
    `  line [${days.map((d) => d.values[1]).join(", ")}]`,
    "```",
    "",
    `The upper line is how many repositories the migration applies to, the lower how many have migrated. Daily counts: [${spec.id}.csv](${spec.id}.csv).`,
    "",
    ...SECTIONS.flatMap(({ status, title }) => {
      const mine = rows.filter((r) => r.status === status);
      if (!mine.length) return [];
      return [
        `## ${title} (${mine.length})`,
        "",
        "| repository | owner | pull request | detail |",
        "| --- | --- | --- | --- |",
        ...mine.map(
          (r) => `| ${r.repository} | ${r.team ?? ""} | ${r.pullRequest ? `[#${r.pullRequest.number}](${r.pullRequest.url})` : ""} | ${cell(r.detail ?? "")} |`
        ),
        ""
      ];
    })
  ];
  return lines.join("\n");
}
var firstParagraph = (markdown) => markdown.trim().split(/\n\s*\n/)[0] ?? "";
var cell = (text2) => text2.replace(/\s+/g, " ").replace(/\|/g, "\\|").slice(0, 300);

// app/features/migrations/publish-campaign.ts
var DASHBOARD_LABEL = "callboard-migration";
async function publishCampaign(services, campaign, organization, rows, now, how = {}) {
  const { forge, snapshot, id } = campaign;
  const spec = campaign.spec ?? {
    id,
    // A removed spec's title is its pull requests' (the dashboard keeps its name).
    title: how.title ?? id,
    owner: "",
    version: "?",
    source: campaign.path ?? `migrations/${id}.yaml`,
    description: ""
  };
  const body = how.closed ? `The migration \`${id}\` was removed from the catalog repository: Callboard closed its open pull requests.` : renderDashboard({
    spec,
    rows,
    pageUrl: campaign.pageUrl,
    ...how.problem ? { problem: how.problem } : {}
  });
  const issue = await forge.ensureIssue({
    repository: snapshot.repository,
    marker: dashboardMarker(id),
    title: dashboardTitle(spec),
    body,
    labels: [DASHBOARD_LABEL],
    state: how.closed ? "closed" : "open"
  });
  if (how.closed || !campaign.spec) return issue;
  const spec2 = campaign.spec;
  await services.catalogRepositories.write(forge, organization, {
    message: `Migration ${id}: ${rows.filter((r) => r.status === "merged" || r.status === "migrated-by-hand").length} migrated`,
    unchanged: [configPart, indexPart, scorecardsPart, resultsPart, entityScoresPart, statePart],
    changes: async (head) => {
      const folder = await catalogFolderOf(head);
      const [previous] = await forge.readFiles([
        { repository: head.repository, path: `${folder}/${campaignCsvPath(id)}`, ref: head.commit }
      ]);
      const history = updateHistory(previous?.text, rows, day(now));
      return [
        { path: `${folder}/${campaignCsvPath(id)}`, content: history },
        {
          path: `${folder}/${campaignPagePath(id)}`,
          content: renderCampaignPage({ spec: spec2, rows, history, dashboardUrl: issue.url })
        }
      ];
    }
  });
  return issue;
}

// app/features/migrations/migrate-repository.ts
var migrateRepositoryJob = defineJob("migrate-repository", {
  group: (d) => fullNameOf(d.repository),
  coalesce: (d) => `${d.installationId}:${d.campaign}:${fullNameOf(d.repository)}:${d.request ?? ""}`
});
var dashboardKey = (d) => `migration-dashboard:${d.installationId}:${d.campaign}`;
var refreshDashboardJob = defineJob("refresh-migration-dashboard", {
  group: dashboardKey,
  coalesce: dashboardKey
});
function migrateRepository(services, memory) {
  return async (job) => {
    const { installationId, organization, campaign: id, repository: wanted, request } = job.data;
    const now = /* @__PURE__ */ new Date();
    const campaign = await loadCampaign(services, installationId, organization, id, now);
    if (!campaign?.spec) return;
    const spec = { ...campaign, spec: campaign.spec };
    const [repository] = await campaign.forge.getRepositories([wanted]);
    if (!repository) return;
    const refresh = () => memory.refreshSoon(
      installationId,
      id,
      () => void services.jobs.add(refreshDashboardJob, `${job.id}:refresh`, { installationId, organization, campaign: id }).catch((error) => services.log.warn(`Migration ${id}: dashboard not queued`, { error }))
    );
    try {
      const [plan] = await planRepositories(spec, [repository], now);
      const [branch] = await branchesOf(campaign, [repository]);
      const decision = decideFor(spec, plan, branch, request);
      const team = campaign.index?.ofRepository(repository.fullName).find((e) => e.owner)?.owner;
      const done = await carryOut({
        forge: campaign.forge,
        spec: migrationCampaign(campaign.spec),
        repository,
        plan,
        branch,
        decision,
        body: expectedBodyOf(spec, plan),
        ...team ? { team: team.replace(/^group:(?:[^/]+\/)?/, "") } : {}
      });
      const [after] = done === "nothing" ? [branch] : await branchesOf(campaign, [repository]);
      memory.failed(installationId, id, repository.fullName, void 0);
      memory.update(installationId, id, rowOf(campaign, repository, decideFor(spec, plan, after)));
      services.log.info(`Migration ${id}: ${repository.fullName} ${done}`, { campaign: id });
    } catch (error) {
      const reason = error.message;
      memory.failed(installationId, id, repository.fullName, reason);
      memory.update(installationId, id, { ...rowOf(campaign, repository, WAITING), status: "failed", detail: reason });
      throw error;
    } finally {
      refresh();
    }
  };
}
var WAITING = { status: "waiting", action: { kind: "none" } };
function refreshDashboard(services, memory, runAgain) {
  return async (job) => {
    const { installationId, organization, campaign: id } = job.data;
    const rows = memory.rows(installationId, id);
    if (!rows) return void await runAgain(job.data, job.id);
    const now = /* @__PURE__ */ new Date();
    const campaign = await loadCampaign(services, installationId, organization, id, now);
    if (!campaign?.spec) return;
    await publishCampaign(services, campaign, organization, rows, now);
  };
}
var dashboardEditJob = defineJob("migration-dashboard-edited");
function dashboardEdited(services) {
  return async (job) => {
    const { installationId, organization, campaign, login, body, catalogRepository } = job.data;
    const ticked = tickedRequests(body);
    if (!ticked.size) return;
    const forge = await services.forgeFor(installationId);
    if (!await forge.canWrite({ owner: organization, name: catalogRepository }, login)) {
      services.log.info(`Migration ${campaign}: ${login} ticked the dashboard without write access; ignored`);
      return;
    }
    for (const [fullName, request] of ticked) {
      const [owner, name] = fullName.split("/");
      if (owner.toLowerCase() !== organization.toLowerCase()) continue;
      await services.jobs.add(migrateRepositoryJob, `${job.id}:${fullName}`, {
        installationId,
        organization,
        campaign,
        repository: { owner, name },
        request
      });
    }
  };
}

// app/features/migrations/run-campaign.ts
var campaignKey = (d) => `migration:${d.installationId}:${d.campaign}`;
var runCampaignJob = defineJob("run-campaign", { group: campaignKey, coalesce: campaignKey });
function runCampaign(services, memory) {
  return async (job) => {
    const { installationId, organization, campaign: id } = job.data;
    const now = /* @__PURE__ */ new Date();
    const campaign = await loadCampaign(services, installationId, organization, id, now);
    if (!campaign) return;
    const repositories = (await campaign.forge.listRepositories()).filter(
      (r) => !isCatalogRepository(r.name, services.settings.catalogRepository)
    );
    if (!campaign.path) return closeCampaign(services, campaign, organization);
    if (!campaign.spec) {
      const errors = campaign.problems.filter((p) => p.severity === "error");
      await publishCampaign(services, campaign, organization, [], now, {
        problem: `\`${id}\` has ${errors.length} error${errors.length === 1 ? "" : "s"}, so nothing is opened or updated until it is fixed (the "Callboard / migrations" check shows where): ${errors.slice(0, 3).map((p) => problemText(p)).join("; ")}`
      });
      return;
    }
    const spec = { ...campaign, spec: campaign.spec };
    const plans = await planRepositories(spec, repositories, now);
    const branches = await branchesOf(campaign, repositories);
    const rows = [];
    for (const [i, repository] of repositories.entries()) {
      const decision = decideFor(spec, plans[i], branches[i]);
      rows.push(rowOf(campaign, repository, decision, memory.failure(installationId, id, repository.fullName)));
      if (decision.action.kind === "none") continue;
      await services.jobs.add(migrateRepositoryJob, `${job.id}:${repository.fullName}`, {
        installationId,
        organization,
        campaign: id,
        repository: { owner: repository.owner, name: repository.name }
      });
    }
    memory.remember(installationId, id, rows);
    await publishCampaign(services, campaign, organization, rows, now);
  };
}
async function closeCampaign(services, campaign, organization) {
  const { forge, id } = campaign;
  const repositories = (await forge.listRepositories()).filter(
    (r) => !isCatalogRepository(r.name, services.settings.catalogRepository)
  );
  const branches = await branchesOf(campaign, repositories);
  const removed = { id, branch: migrationBranch(id), notes: { closed: closedComment } };
  let title;
  for (const [i, repository] of repositories.entries()) {
    const branch = branches[i];
    const mine = branch?.pullRequests.filter((p) => parseMarker(p.body)?.campaign === id) ?? [];
    title ??= mine[0]?.title;
    const open = mine.find((p) => p.state === "open");
    if (open) await closePullRequest(forge, removed, repository, branch, open.number, "spec-deleted", "");
  }
  if (title !== void 0)
    await publishCampaign(services, campaign, organization, [], /* @__PURE__ */ new Date(), { closed: true, title });
}

// app/features/migrations/index.ts
var BRANCH = /^refs\/heads\/callboard\/migrate\/([a-z0-9-]{1,100})$/;
var DASHBOARD = /<!-- callboard:migration-dashboard:([a-z0-9-]{1,100}) -->/;
var runCampaignsJob = defineJob("run-campaigns", {
  coalesce: (d) => `migrations:${d.installationId}`
});
var campaignsTouched = (paths) => [
  ...new Set(
    paths.flatMap((p) => {
      const found = /^migrations\/([a-z0-9-]{1,100})(?:\.ya?ml$|\/)/.exec(p);
      return found ? [found[1]] : [];
    })
  )
];
function migrations(services) {
  const { jobs } = services;
  const memory = createCampaignMemory(services.settings.dashboardIntervalMs);
  const isCatalog = (name) => isCatalogRepository(name, services.settings.catalogRepository);
  const runAll = (id, installationId, organization, reason) => jobs.add(runCampaignsJob, `${id}:run-campaigns`, { installationId, organization, reason }).then(() => {
  });
  return {
    name: "migrations",
    events: [
      onWebhook(["push"], async ({ id, payload }) => {
        const { repository, installation, deleted, after, ref, sender } = payload;
        if (!installation || deleted) return;
        const organization = ownerOf(repository);
        if (isCatalog(repository.name)) {
          const paths = pushedPaths(payload, { removed: true });
          if (!paths.some((p) => p.startsWith(`${MIGRATIONS_FOLDER}/`))) return;
          await jobs.add(checkMigrationsJob, `${id}:check-migrations`, {
            installationId: installation.id,
            repository: repositoryIdOf(repository),
            headSha: after
          });
          if (!isDefaultBranchPush(payload)) return;
          for (const campaign of campaignsTouched(paths))
            await jobs.add(runCampaignJob, `${id}:run-campaign:${campaign}`, {
              installationId: installation.id,
              organization,
              campaign,
              reason: `push to ${repository.full_name}`
            });
          return;
        }
        const branch = BRANCH.exec(ref);
        if (!branch || sender?.type === "Bot") return;
        await jobs.add(migrateRepositoryJob, `${id}:migrate-repository`, {
          installationId: installation.id,
          organization,
          campaign: branch[1],
          repository: repositoryIdOf(repository)
        });
      }),
      onWebhook(["pull_request.closed", "pull_request.reopened"], async ({ id, payload }) => {
        const { pull_request: pull, repository, installation } = payload;
        const branch = BRANCH.exec(`refs/heads/${pull.head.ref}`);
        if (!installation || !branch) return;
        await jobs.add(migrateRepositoryJob, `${id}:migrate-repository`, {
          installationId: installation.id,
          organization: ownerOf(repository),
          campaign: branch[1],
          repository: repositoryIdOf(repository)
        });
      }),
      onWebhook(["issues.edited"], async ({ id, payload }) => {
        const { issue, repository, installation, sender } = payload;
        const campaign = DASHBOARD.exec(issue.body ?? "")?.[1];
        if (!installation || !campaign || !isCatalog(repository.name) || sender.type === "Bot") return;
        await jobs.add(dashboardEditJob, `${id}:dashboard-edited`, {
          installationId: installation.id,
          organization: ownerOf(repository),
          campaign,
          login: sender.login,
          body: issue.body ?? "",
          catalogRepository: repository.name
        });
      }),
      onCallboard(
        "callboard.catalog_rebuilt",
        ({ installationId, organization, id }) => runAll(id, installationId, organization, "catalog rebuilt")
      )
    ],
    jobs: [
      runs(checkMigrationsJob, checkMigrations(services)),
      runs(runCampaignsJob, runCampaigns(services)),
      runs(runCampaignJob, runCampaign(services, memory)),
      runs(migrateRepositoryJob, migrateRepository(services, memory)),
      runs(
        refreshDashboardJob,
        refreshDashboard(
          services,
          memory,
          (data, id) => jobs.add(runCampaignJob, `${id}:run-campaign`, { ...data, reason: "dashboard refresh" })
        )
      ),
      runs(dashboardEditJob, dashboardEdited(services))
    ],
    reconcile: ({ installationId, organization, id }) => runAll(`reconcile:${installationId}:${id}`, installationId, organization, "scheduled reconcile")
  };
}
function runCampaigns(services) {
  return async (job) => {
    const { installationId, organization, reason } = job.data;
    const forge = await services.forgeFor(installationId);
    const snapshot = await services.catalogRepositories.atHead(forge, organization);
    if (!snapshot.commit) return;
    const { specs } = await snapshot.read(migrationsPart);
    for (const campaign of campaignsTouched(specs.map((s) => s.path)))
      await services.jobs.add(runCampaignJob, `${job.id}:${campaign}`, {
        installationId,
        organization,
        campaign,
        reason
      });
  };
}

// app/core/scorecard/render-score-check.ts
var SCORECARD_CHECK = "Callboard / scorecard";
function trackChanges(head, base) {
  return head.flatMap(
    (score) => score.tracks.map((track) => {
      const before = base?.find((s) => s.ref === score.ref)?.tracks.find((t) => t.track === track.track)?.level;
      const lost = before !== void 0 && before > track.level ? track.levels.slice(track.level, before).find((l) => l.required) : void 0;
      return {
        ref: score.ref,
        track,
        ...before !== void 0 ? { before } : {},
        ...lost ? { lostRequired: lost.name } : {}
      };
    })
  );
}
var short2 = (ref) => ref.replace(/:default\//, " ").replace(":", " ");
function renderScoreCheck(changes, comparedWithBase) {
  const lost = changes.filter((c) => c.before !== void 0 && c.before > c.track.level);
  const gained = changes.filter((c) => c.before !== void 0 && c.before < c.track.level);
  const conclusion = changes.some((c) => c.lostRequired) ? "failure" : lost.length ? "neutral" : "success";
  const title = lost.length ? `Loses ${lost.map((c) => `${c.track.title} level ${c.before} (${short2(c.ref)})`).join(", ")}` : gained.length ? `Gains ${gained.map((c) => `${c.track.title} level ${c.track.level} (${short2(c.ref)})`).join(", ")}` : changes.length === 1 ? `${changes[0].track.title}: ${levelText(changes[0].track)} (${short2(changes[0].ref)})` : `${new Set(changes.map((c) => c.ref)).size} entities on ${new Set(changes.map((c) => c.track.track)).size} tracks${comparedWithBase ? "; no level changes" : ""}`;
  const header = comparedWithBase ? "| entity | track | base | this change | next to fix |\n|---|---|---|---|---|" : "| entity | track | level | next to fix |\n|---|---|---|---|";
  const rows = changes.map((c) => {
    const now = `${c.track.level} of ${c.track.levels.length}${c.track.level ? ` (${text(c.track.levels[c.track.level - 1].name)})` : ""}`;
    const next = c.track.next ? `${text(c.track.next.title)}${c.track.next.hint ? `: ${text(c.track.next.hint)}` : ""}` : "\u2014";
    const change = c.before === void 0 ? "" : c.before > c.track.level ? " \u2B07" : c.before < c.track.level ? " \u2B06" : "";
    return comparedWithBase ? `| ${short2(c.ref)} | ${text(c.track.title)} | ${c.before ?? "\u2014"} | ${now}${change} | ${next} |` : `| ${short2(c.ref)} | ${text(c.track.title)} | ${now} | ${next} |`;
  });
  const required = changes.filter((c) => c.lostRequired).map((c) => `**${short2(c.ref)} loses the required level "${text(c.lostRequired)}" of ${text(c.track.title)}.**`);
  return {
    conclusion,
    title,
    summary: [...required, ...required.length ? [""] : [], header, ...rows].join("\n"),
    text: details(changes)
  };
}
function details(changes) {
  return changes.map((c) => {
    const lines = [`### ${short2(c.ref)}: ${text(c.track.title)}, ${levelText(c.track)}`, ""];
    for (const level of c.track.levels) {
      lines.push(
        `**${level.ordinal}. ${text(level.name)}**${level.required ? " (required)" : ""} ${level.achieved ? "\u2014 reached" : ""}`,
        ""
      );
      for (const check of level.checks)
        lines.push(
          `- ${STATE_MARK[check.state]} ${text(check.title)} \u2014 *${STATE_WORDS[check.state]}*: ${text(check.evidence)}${check.state !== "passed" && check.hint ? `. ${text(check.hint)}` : ""}`
        );
      lines.push("");
    }
    return lines.join("\n");
  }).join("\n");
}

// app/features/scorecards/check-scorecard-files.ts
var SCORECARD_FILES_CHECK = "Callboard / scorecards";
var checkScorecardFilesJob = defineJob("check-scorecard-files", {
  group: (d) => `${fullNameOf(d.repository)}@${d.headSha}`
});
function checkScorecardFiles(deps) {
  return async (job) => {
    const { installationId, repository, headSha } = job.data;
    const forge = await deps.forgeFor(installationId);
    const files = await readScorecardFiles(forge, repository, headSha);
    const {
      tracks,
      exemptions,
      files: problems
    } = parseScorecards(files, (deps.now?.() ?? /* @__PURE__ */ new Date()).toISOString().slice(0, 10));
    const all = problems.flatMap((f) => f.problems);
    const errors = all.filter((p) => p.severity === "error").length;
    const warnings = all.length - errors;
    const rows = tracks.map(
      (t) => `| ${t.title} | \`${t.source}\` | ${t.levels.length} | ${t.levels.reduce((n, l) => n + l.checks.length, 0)} |`
    );
    await forge.ensureCheckRun({
      repository,
      headSha,
      name: SCORECARD_FILES_CHECK,
      status: "completed",
      conclusion: errors ? "failure" : "success",
      title: `${count(tracks.length, "track")} scored, ${count(exemptions.length, "exemption")} in force${all.length ? `; ${count(errors, "error")}, ${count(warnings, "warning")}` : ""}`,
      summary: [
        rows.length ? ["| track | file | levels | checks |", "|---|---|---:|---:|", ...rows].join("\n") : "No valid track: nothing will be scored.",
        errors ? "\nA track with an error is left out of scoring until it is fixed; the annotations say where and how." : ""
      ].join("\n"),
      annotations: problems.flatMap((f) => problemAnnotations(f.path, f.problems))
    });
  };
}

// app/features/scorecards/record-scores.ts
function createScoreRecorder(catalogRepositories, after) {
  return async (forge, scored, tracks, now, installationId) => {
    if (!scored.length) return;
    const organization = scored[0].repository.split("/")[0];
    const result2 = await catalogRepositories.write(forge, organization, {
      message: scored.length === 1 ? `Scorecards: ${scored[0].repository}` : `Scorecards: ${scored.length} repositories scored`,
      // Results and the scorecard pages only.
      unchanged: [configPart, scorecardsPart, indexPart, statePart],
      changes: async (snapshot) => {
        const { folder } = (await snapshot.read(configPart)).config;
        const mine = new Map(scored.map((r) => [resultsPath(folder, r.repository), r]));
        const others = resultsOf((await snapshot.read(resultsPart)).files, mine);
        const [history] = await forge.readFiles([
          { repository: snapshot.repository, path: `${folder}/${HISTORY_PATH}`, ref: snapshot.commit }
        ]);
        const pages = scorecardPages(tracks, [...others, ...scored], now.toISOString().slice(0, 10), history?.text);
        return [
          ...[...mine].map(([path, r]) => ({ path, content: repositoryScoresText(r) })),
          ...[...pages].map(([path, content]) => ({ path: `${folder}/${path}`, content }))
        ];
      }
    });
    if (!result2) return;
    if (result2.outcome !== "unchanged") await after?.({ installationId, organization, commit: result2.sha });
  };
}

// app/core/scorecard/repository-settings.ts
var SETTINGS_PARTS = ["protection", "security", "alerts"];

// app/features/scorecards/score-commit.ts
var CI_FACTS_WRITERS = /* @__PURE__ */ new Set(["github-actions"]);
var scoreCommitJob = defineJob("score-commit", {
  group: (d) => `${fullNameOf(d.repository)}@${d.headSha}`,
  coalesce: (d) => d.pullRequest ? `score-commit:${fullNameOf(d.repository)}#${d.pullRequest}` : void 0
});
var scoreOrganizationJob = defineJob("score-organization", {
  group: (d) => catalogWriters(d.installationId),
  coalesce: (d) => `score-organization:${d.installationId}`
});
function scoreOrganization(deps) {
  return async (job) => {
    const { installationId, organization } = job.data;
    const forge = await deps.forgeFor(installationId);
    const organizationWide = await scoringOf(deps, forge, organization);
    if (!organizationWide) return;
    const repositories = (await forge.listRepositories()).filter(
      (r) => !r.archived && r.owner.toLowerCase() === organization.toLowerCase()
    );
    const scored = [];
    for (let i = 0; i < repositories.length; i += REPOSITORIES_PER_SLICE) {
      const slice = repositories.slice(i, i + REPOSITORIES_PER_SLICE);
      const snapshots = await forge.commitSnapshots(
        slice.map((r) => snapshotRequest(r, r.defaultBranch, organizationWide.needed))
      );
      for (const [j, r] of slice.entries()) {
        const snapshot = snapshots[j];
        if (!snapshot) continue;
        const context = await contextFor(organizationWide, forge, r, r.htmlUrl, r, deps);
        const at = await scoreAt(context, snapshot);
        if (at.scores.length) scored.push(repositoryScoresOf(r.fullName, at.scores, at.entities));
      }
    }
    await deps.record?.(forge, scored, organizationWide.tracks, organizationWide.now, installationId);
    deps.log.info(`Scored ${count(scored.length, "repository", "repositories")} of ${organization}`);
  };
}
function scoreCommit(deps) {
  return async (job) => {
    const { installationId, repository, htmlUrl, headSha, baseSha } = job.data;
    const forge = await deps.forgeFor(installationId);
    const organizationWide = await scoringOf(deps, forge, repository.owner);
    if (!organizationWide) return;
    const [found] = await forge.getRepositories([repository]);
    const context = await contextFor(organizationWide, forge, repository, htmlUrl, found, deps);
    const [headAt, baseAt] = await forge.commitSnapshots(
      [headSha, ...baseSha ? [baseSha] : []].map((sha) => snapshotRequest(repository, sha, context.needed))
    );
    if (!headAt) return;
    const head = await scoreAt(context, headAt);
    const base = baseAt ? (await scoreAt(context, baseAt)).scores : void 0;
    const check = renderScoreCheck(trackChanges(head.scores, base), base !== void 0);
    await forge.ensureCheckRun({ repository, headSha, name: SCORECARD_CHECK, status: "completed", ...check });
    if (job.data.defaultBranch)
      await deps.record?.(
        forge,
        [repositoryScoresOf(fullNameOf(repository), head.scores, head.entities)],
        context.tracks,
        context.now,
        installationId
      );
  };
}
var REPOSITORIES_PER_SLICE = 100;
var snapshotRequest = (repository, ref, needed) => ({
  repository: { owner: repository.owner, name: repository.name },
  ref,
  paths: [ROOT_DESCRIPTOR],
  ...needed.has("ci") ? { checkName: CI_FACTS_CHECK } : {}
});
async function scoringOf(deps, forge, organization) {
  const snapshot = await deps.catalogRepositories.atHead(forge, organization);
  const now = deps.now?.() ?? /* @__PURE__ */ new Date();
  const { tracks, exemptions } = await readScorecards(snapshot, now.toISOString().slice(0, 10));
  if (!tracks.length) return void 0;
  const index = (await readCatalogIndex(snapshot).catch(() => void 0))?.index;
  return { tracks, exemptions, index, needed: sourcesNeeded(tracks), now };
}
async function contextFor(shared, forge, repository, htmlUrl, listed, { work, log }) {
  const parts = SETTINGS_PARTS.filter((part) => shared.needed.has(part));
  const github = listed && githubFactsOf(
    listed,
    parts.length ? await forge.repositorySettings(repository, listed.defaultBranch, parts) : void 0
  );
  return {
    ...shared,
    forge,
    repository: { owner: repository.owner, name: repository.name },
    htmlUrl,
    github,
    work,
    log
  };
}
async function scoreAt(context, snapshot) {
  const { forge, repository, htmlUrl } = context;
  const { sha } = snapshot;
  const listing = context.needed.has("tree") ? await forge.listFiles(repository, sha) : void 0;
  const report = await descriptorsAt({
    work: context.work,
    forge,
    repository,
    sha,
    paths: [ROOT_DESCRIPTOR],
    htmlUrl,
    primed: snapshot.files
  });
  const ci = context.needed.has("ci") ? ciFactsOf(context, snapshot) : void 0;
  const entities = reportEntities(report);
  const scores = await scoreRepository({
    entities,
    paths: listing?.paths ?? [],
    read: async (paths) => new Map(
      (await forge.readFiles(paths.map((path) => ({ repository, path, ref: sha })))).flatMap(
        (f) => f.text === void 0 ? [] : [[f.path, f.text]]
      )
    ),
    tracks: context.tracks,
    exemptions: context.exemptions,
    organization: repository.owner,
    ...context.index ? { catalog: context.index } : {},
    ...context.github ? { github: context.github } : {},
    ...ci ? { ci } : {},
    now: context.now,
    work: context.work
  });
  return { scores, entities };
}
function ciFactsOf(context, { sha, checkRuns }) {
  for (const run2 of checkRuns) {
    if (!CI_FACTS_WRITERS.has(run2.app)) continue;
    const read = readCiFactsCheck(run2.text);
    if ("facts" in read) return { ...read.facts, commit: sha };
    context.log.info(
      `CI facts on ${context.repository.owner}/${context.repository.name}@${sha} ignored: ${read.ignored}`
    );
  }
  return void 0;
}
function githubFactsOf(r, settings) {
  return {
    defaultBranch: r.defaultBranch,
    visibility: r.visibility,
    archived: r.archived,
    ...r.pushedAt ? { pushedAt: r.pushedAt } : {},
    ...settings?.branchProtection ? { branchProtection: settings.branchProtection } : {},
    ...settings?.secretScanning !== void 0 ? { secretScanning: settings.secretScanning } : {},
    ...settings?.dependabotSecurityUpdates !== void 0 || settings?.dependabotAlerts !== void 0 ? {
      dependabot: {
        ...settings.dependabotSecurityUpdates !== void 0 ? { securityUpdates: settings.dependabotSecurityUpdates } : {},
        ...settings.dependabotAlerts !== void 0 ? { alerts: settings.dependabotAlerts } : {}
      }
    } : {}
  };
}

// app/features/scorecards/index.ts
function scorecards(services) {
  const { jobs } = services;
  const score = (id, installationId, repository, headSha, on) => jobs.add(scoreCommitJob, `${id}:score-commit`, {
    installationId,
    repository: repositoryIdOf(repository),
    htmlUrl: repository.html_url,
    headSha,
    ...on.baseSha ? { baseSha: on.baseSha } : {},
    ...on.defaultBranch ? { defaultBranch: true } : {},
    ...on.pullRequest ? { pullRequest: on.pullRequest } : {}
  });
  const record = createScoreRecorder(
    services.catalogRepositories,
    (recorded) => services.emit("callboard.scores_recorded", recorded)
  );
  const scoring = { ...services, record };
  return {
    name: "scorecards",
    events: [
      onCallboard(
        "callboard.catalog_rebuilt",
        ({ installationId, organization, id }) => jobs.add(scoreOrganizationJob, `${id}:score-organization`, { installationId, organization }).then(() => {
        })
      ),
      onWebhook(
        ["pull_request.opened", "pull_request.synchronize", "pull_request.reopened", "pull_request.ready_for_review"],
        async ({ id, payload: { pull_request: pr, repository, installation } }) => {
          if (!installation) return;
          await score(id, installation.id, repository, pr.head.sha, { baseSha: pr.base.sha, pullRequest: pr.number });
        }
      ),
      onWebhook(["push"], async ({ id, payload }) => {
        const { after, repository, installation, deleted } = payload;
        if (!installation || deleted) return;
        const onDefaultBranch = isDefaultBranchPush(payload);
        if (isCatalogRepository(repository.name, services.settings.catalogRepository) && pushedPaths(payload, { removed: true }).some((p) => p.startsWith("scorecards/"))) {
          await jobs.add(checkScorecardFilesJob, `${id}:check-scorecard-files`, {
            installationId: installation.id,
            repository: repositoryIdOf(repository),
            headSha: after
          });
          if (onDefaultBranch)
            await jobs.add(scoreOrganizationJob, `${id}:score-organization`, {
              installationId: installation.id,
              organization: repositoryIdOf(repository).owner
            });
        }
        if (onDefaultBranch) await score(id, installation.id, repository, after, { defaultBranch: true });
      }),
      // A workflow's CI facts arrived, or someone asked for the scorecard again.
      onWebhook(["check_run.completed", "check_run.rerequested"], async ({ id, payload }) => {
        const { check_run: run2, repository, installation, action } = payload;
        const wanted = action === "completed" ? CI_FACTS_CHECK : SCORECARD_CHECK;
        if (!installation || run2.name !== wanted) return;
        const defaultBranch = run2.check_suite?.head_branch === repository.default_branch && !run2.pull_requests.length;
        await score(id, installation.id, repository, run2.head_sha, {
          baseSha: run2.pull_requests[0]?.base.sha,
          defaultBranch
        });
      }),
      // "Re-run all checks": the scorecard is one of them, as the descriptor check is.
      onWebhook(
        ["check_suite.rerequested"],
        async ({ id, payload: { check_suite: suite, repository, installation } }) => {
          if (!installation) return;
          const pullRequests = suite.pull_requests ?? [];
          await score(id, installation.id, repository, suite.head_sha, {
            baseSha: pullRequests[0]?.base.sha,
            defaultBranch: suite.head_branch === repository.default_branch && !pullRequests.length
          });
        }
      )
    ],
    jobs: [
      runs(scoreCommitJob, scoreCommit(scoring)),
      runs(scoreOrganizationJob, scoreOrganization(scoring)),
      runs(checkScorecardFilesJob, checkScorecardFiles(services))
    ]
  };
}

// app/features/callboard.ts
var FEATURES = [descriptorChecks, catalog, scorecards, migrations, goldenPaths];
function createCallboard(options) {
  let dispatch = async () => {
  };
  const features = (options.features ?? FEATURES).map(
    (feature) => feature({
      forgeFor: options.forgeFor,
      work: options.work,
      jobs: jobsOn(options.queue),
      catalogRepositories: createCatalogRepositories(options.settings.catalogRepository, options.stateCacheSize),
      emit: (event, payload) => dispatch(event, payload),
      settings: options.settings,
      log: options.log
    })
  ).filter((feature) => !options.only || options.only.includes(feature.name));
  registerJobs(
    options.queue,
    features.flatMap((f) => f.jobs)
  );
  const dispatcher = createDispatcher(features.flatMap((f) => f.events));
  dispatch = dispatcher.dispatch;
  return {
    features,
    webhookEvents: dispatcher.names.filter((name) => !name.startsWith("callboard.")),
    dispatch,
    async reconcile(installation) {
      for (const feature of features) await feature.reconcile?.(installation);
    }
  };
}

// app/forge/github/check-runs.ts
import { createHash } from "node:crypto";

// app/forge/github/create-once.ts
var NO_RETRY = { request: { retries: 0 } };
async function createOnce(find, create, attempts = 4) {
  let lastError;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) {
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
      const found = await find();
      if (found !== void 0) return found;
    }
    try {
      return await create();
    } catch (error) {
      if (!outcomeUnknown(error)) throw error;
      lastError = error;
    }
  }
  throw new ForgeWriteError(`Create failed after ${attempts} attempts: ${lastError?.message}`, true, {
    cause: lastError
  });
}
function outcomeUnknown(error) {
  const status = error?.status;
  return status === void 0 || status >= 500;
}

// app/forge/github/identity.ts
function isOurs(item, identity) {
  const appId = item.performed_via_github_app?.id ?? item.app?.id;
  if (identity.appId !== void 0 && appId !== void 0) return appId === identity.appId;
  return item.user?.login === identity.login;
}

// app/forge/github/markers.ts
var SAFE_MARKER = /^[\w.:/-]+$/;
function markerComment(marker) {
  if (!SAFE_MARKER.test(marker)) throw new Error(`Invalid marker "${marker}": use letters, digits and . : / - _`);
  return `<!-- callboard:${marker} -->`;
}
var LIMITS = {
  body: 65536,
  checkOutput: 65535,
  annotationMessage: 64 * 1024,
  annotationTitle: 255,
  annotationsPerRequest: 50
};
function truncate(text2, limit, note = "Truncated: the full text is longer than GitHub allows here.") {
  if (text2.length <= limit) return text2;
  const suffix = `

\u2026 ${note}`;
  return text2.slice(0, limit - suffix.length) + suffix;
}
var clip = (text2, limit) => text2.length <= limit ? text2 : `${text2.slice(0, limit - 1)}\u2026`;

// app/forge/github/check-runs.ts
async function ensureCheckRun(octokit, identity, request) {
  const { repository } = request;
  const base = { owner: repository.owner, repo: repository.name };
  const output = {
    title: clip(request.title, 1e3),
    summary: truncate(request.summary, LIMITS.checkOutput),
    ...request.text ? { text: truncate(request.text, LIMITS.checkOutput) } : {}
  };
  const annotations = (request.annotations ?? []).map(toGithubAnnotation);
  const hash = createHash("sha256").update(JSON.stringify([request.status, request.conclusion, output, annotations, request.detailsUrl])).digest("hex").slice(0, 20);
  const doneId = `${request.externalId ?? "callboard"}@${hash}`;
  const pendingId = `${doneId}~pending`;
  const runs2 = async () => {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
      ...base,
      ref: request.headSha,
      check_name: request.name,
      filter: "latest",
      ...identity.appId !== void 0 ? { app_id: identity.appId } : {},
      per_page: 100
    });
    return data.check_runs.filter((r) => isOurs(r, identity));
  };
  const latest = (await runs2())[0];
  if (latest?.external_id === doneId) return { outcome: "unchanged", id: latest.id };
  const batches2 = chunk(annotations, LIMITS.annotationsPerRequest);
  const first = {
    output: { ...output, annotations: batches2[0] ?? [] },
    external_id: pendingId,
    ...request.detailsUrl ? { details_url: request.detailsUrl } : {}
  };
  let run2;
  let outcome;
  if (latest && latest.status !== "completed" && latest.output.annotations_count === 0) {
    run2 = await appendAnnotations(octokit, base, latest.id, first, 0, batches2[0]?.length ?? 0);
    outcome = "updated";
  } else {
    run2 = await createOnce(
      async () => (await runs2()).find((r) => r.external_id === pendingId),
      async () => (await octokit.request("POST /repos/{owner}/{repo}/check-runs", {
        ...base,
        name: request.name,
        head_sha: request.headSha,
        status: "in_progress",
        ...first,
        ...NO_RETRY
      })).data
    );
    outcome = latest ? "updated" : "created";
  }
  let count2 = batches2[0]?.length ?? 0;
  for (const batch of batches2.slice(1)) {
    run2 = await appendAnnotations(
      octokit,
      base,
      run2.id,
      { output: { ...output, annotations: batch } },
      count2,
      count2 + batch.length
    );
    count2 += batch.length;
  }
  await octokit.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
    ...base,
    check_run_id: run2.id,
    status: request.status,
    ...request.status === "completed" ? { conclusion: request.conclusion ?? "neutral", completed_at: (/* @__PURE__ */ new Date()).toISOString() } : {},
    external_id: doneId,
    output
  });
  return { outcome, id: run2.id };
}
async function appendAnnotations(octokit, base, id, body, before, after) {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await octokit.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
        ...base,
        check_run_id: id,
        ...body,
        ...NO_RETRY
      })).data;
    } catch (error) {
      if (!outcomeUnknown(error) || attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
      const { data } = await octokit.request("GET /repos/{owner}/{repo}/check-runs/{check_run_id}", {
        ...base,
        check_run_id: id
      });
      if (data.output.annotations_count >= after) return data;
      if (data.output.annotations_count !== before) {
        throw new Error(`Check run ${id} holds ${data.output.annotations_count} annotations, expected ${before}`, {
          cause: error
        });
      }
    }
  }
}
function toGithubAnnotation(a) {
  const sameLine = a.startLine === a.endLine;
  return {
    path: a.path,
    start_line: Math.max(1, a.startLine),
    end_line: Math.max(a.startLine, a.endLine, 1),
    ...sameLine && a.startColumn !== void 0 ? { start_column: a.startColumn } : {},
    ...sameLine && a.endColumn !== void 0 ? { end_column: a.endColumn } : {},
    annotation_level: a.level,
    message: truncate(a.message, LIMITS.annotationMessage),
    ...a.title ? { title: clip(a.title, LIMITS.annotationTitle) } : {},
    ...a.rawDetails ? { raw_details: truncate(a.rawDetails, LIMITS.annotationMessage) } : {}
  };
}
var chunk = (items, size) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

// app/forge/github/comments.ts
async function ensureComment(octokit, identity, request) {
  const { repository, number } = request;
  const marker = markerComment(request.marker);
  const base = { owner: repository.owner, repo: repository.name };
  const find = async () => {
    const comments = await octokit.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...base,
      issue_number: number,
      per_page: 100
    });
    const mine = comments.find((c) => isOurs(c, identity) && (c.body ?? "").includes(marker));
    return mine && { id: Number(mine.id), ...mine.body !== void 0 ? { body: mine.body } : {} };
  };
  const existing = await find();
  if (request.body === null) {
    if (!existing) return { outcome: "unchanged" };
    await octokit.request("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", {
      ...base,
      comment_id: existing.id
    });
    return { outcome: "deleted", id: existing.id };
  }
  const body = `${truncate(request.body, LIMITS.body - marker.length - 1)}
${marker}`;
  if (existing) {
    if (existing.body === body) return { outcome: "unchanged", id: existing.id };
    await octokit.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
      ...base,
      comment_id: existing.id,
      body
    });
    return { outcome: "updated", id: existing.id };
  }
  const created = await createOnce(find, async () => {
    const { data } = await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...base,
      issue_number: number,
      body,
      ...NO_RETRY
    });
    return { id: Number(data.id), body };
  });
  return { outcome: "created", id: created.id };
}

// app/forge/github/graphql-not-found.ts
async function despiteNotFound(query) {
  try {
    return await query();
  } catch (error) {
    const e = error;
    if (e?.data && Array.isArray(e.errors) && e.errors.every((x) => x.type === "NOT_FOUND")) return e.data;
    throw error;
  }
}

// app/forge/github/read-files.ts
var DEFAULT_BATCHING = {
  repositoriesPerQuery: 100,
  filesPerQuery: 250,
  snapshotsPerQuery: 50,
  maxFileBytes: 5 * 1024 * 1024
};
var FILE_FRAGMENT = "fragment file on GitObject { __typename oid ... on Blob { text byteSize isBinary isTruncated } }";
async function readFiles(octokit, requests, batching = DEFAULT_BATCHING) {
  const results = /* @__PURE__ */ new Map();
  for (const batch of batches(requests, batching)) {
    for (const [request, content] of await readBatch(octokit, batch, batching)) results.set(request, content);
  }
  return requests.map((r) => results.get(r));
}
function batches(requests, batching) {
  const out = [];
  let current = [];
  let repos = /* @__PURE__ */ new Set();
  for (const request of requests) {
    const key = repoKey(request);
    if (current.length && (!repos.has(key) && repos.size >= batching.repositoriesPerQuery || current.length >= batching.filesPerQuery)) {
      out.push(current);
      current = [];
      repos = /* @__PURE__ */ new Set();
    }
    current.push(request);
    repos.add(key);
  }
  if (current.length) out.push(current);
  return out;
}
async function readBatch(octokit, batch, batching) {
  const groups = [...Map.groupBy(batch, repoKey).values()];
  const query = `query CallboardReadFiles {
${groups.map((files, r) => {
    const { owner, name } = files[0].repository;
    const objects = files.map(
      (f, i) => `f${i}: object(expression: ${JSON.stringify(`${f.ref ?? "HEAD"}:${f.path}`)}) { ...file }`
    );
    return `  r${r}: repository(owner: ${JSON.stringify(owner)}, name: ${JSON.stringify(name)}) {
    ${objects.join("\n    ")}
  }`;
  }).join("\n")}
}
${FILE_FRAGMENT}`;
  const answer = await halvedWhenTooBig(
    batch,
    () => despiteNotFound(() => octokit.graphql(query)),
    (half) => readBatch(octokit, half, batching)
  );
  if ("halves" in answer) return answer.halves;
  const { data } = answer;
  const out = [];
  for (const [r, files] of groups.entries()) {
    for (const [i, request] of files.entries()) {
      out.push([request, await contentOf(octokit, request, data[`r${r}`]?.[`f${i}`] ?? null, batching)]);
    }
  }
  return out;
}
async function contentOf(octokit, request, blob, batching) {
  if (!blob || blob.__typename !== "Blob") return { ...request };
  const sha = blob.oid;
  if (blob.isBinary) return { ...request, binary: true };
  if ((blob.byteSize ?? 0) > batching.maxFileBytes) return { ...request, ...sha ? { sha } : {}, tooLarge: true };
  if (!blob.isTruncated && typeof blob.text === "string")
    return { ...request, text: blob.text, ...sha ? { sha } : {} };
  const { data } = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", {
    owner: request.repository.owner,
    repo: request.repository.name,
    path: request.path,
    ...request.ref ? { ref: request.ref } : {}
  });
  const file = data;
  const text2 = file.encoding === "base64" && typeof file.content === "string" ? Buffer.from(file.content, "base64").toString("utf8") : void 0;
  return { ...request, ...text2 !== void 0 ? { text: text2 } : {}, ...sha ? { sha } : {} };
}
var repoKey = (r) => `${r.repository.owner}/${r.repository.name}`.toLowerCase();
var isServerFailure = (error) => {
  const e = error;
  return e?.status !== void 0 ? e.status >= 500 : !Array.isArray(e?.errors);
};
async function halvedWhenTooBig(batch, query, again) {
  try {
    return { data: await query() };
  } catch (error) {
    if (!(batch.length > 1 && isServerFailure(error))) throw error;
    const half = Math.ceil(batch.length / 2);
    return { halves: [...await again(batch.slice(0, half)), ...await again(batch.slice(half))] };
  }
}

// app/forge/github/commit-snapshots.ts
var SUITES_PER_COMMIT = 10;
async function commitSnapshots(octokit, requests, batching) {
  const out = [];
  for (let i = 0; i < requests.length; i += batching.snapshotsPerQuery)
    out.push(...await snapshotBatch(octokit, requests.slice(i, i + batching.snapshotsPerQuery), batching));
  return out;
}
async function snapshotBatch(octokit, batch, batching) {
  const fragment = batch.some((r) => r.paths.length) ? `
${FILE_FRAGMENT}` : "";
  const query = `query CallboardCommitSnapshots {
${batch.map((r, i) => `  s${i}: ${snapshotField(r)}`).join("\n")}
}${fragment}`;
  const answer = await halvedWhenTooBig(
    batch,
    () => despiteNotFound(() => octokit.graphql(query)),
    (half) => snapshotBatch(octokit, half, batching)
  );
  if ("halves" in answer) return answer.halves;
  return Promise.all(
    batch.map((request, i) => snapshotOf(octokit, request, answer.data[`s${i}`]?.commit ?? null, batching))
  );
}
function snapshotField(request) {
  const { repository, ref, paths, checkName } = request;
  const files = paths.map((path, j) => `f${j}: file(path: ${JSON.stringify(path)}) { object { ...file } }`);
  const name = checkName === void 0 ? void 0 : JSON.stringify(checkName);
  const runs2 = name ? [
    `checkSuites(last: ${SUITES_PER_COMMIT}, filterBy: { checkName: ${name} }) { nodes { app { slug } checkRuns(first: 1, filterBy: { checkName: ${name}, checkType: LATEST }) { nodes { databaseId status conclusion completedAt title summary text } } } }`
  ] : [];
  return `repository(owner: ${JSON.stringify(repository.owner)}, name: ${JSON.stringify(repository.name)}) { commit: object(expression: ${JSON.stringify(ref)}) { __typename ... on Commit { oid ${[...files, ...runs2].join(" ")} } } }`;
}
async function snapshotOf(octokit, request, commit, batching) {
  if (commit?.__typename !== "Commit" || !commit.oid) return void 0;
  const sha = commit.oid;
  const files = await Promise.all(
    request.paths.map(
      (path, j) => contentOf(octokit, { repository: request.repository, path, ref: sha }, commit[`f${j}`]?.object ?? null, batching)
    )
  );
  const checkRuns = (commit.checkSuites?.nodes ?? []).flatMap(
    (suite) => (suite?.checkRuns?.nodes ?? []).flatMap(
      (run2) => run2 ? [runOf(run2, suite?.app?.slug ?? "")] : []
    )
  );
  return { sha, files, checkRuns: checkRuns.sort(newestFirst) };
}
var newestFirst = (a, b) => (b.completedAt ?? "").localeCompare(a.completedAt ?? "") || b.id - a.id;
var runOf = (run2, app) => ({
  id: run2.databaseId,
  app,
  status: run2.status.toLowerCase(),
  conclusion: run2.conclusion?.toLowerCase() ?? null,
  completedAt: run2.completedAt,
  title: run2.title,
  summary: run2.summary,
  text: run2.text
});

// app/forge/github/commit-files.ts
import { randomUUID } from "node:crypto";

// app/forge/github/repositories.ts
function forgeRepository(r) {
  return {
    owner: r.owner.login,
    name: r.name,
    fullName: r.full_name,
    defaultBranch: r.default_branch,
    archived: r.archived,
    fork: r.fork,
    visibility: r.visibility ?? (r.private ? "private" : "public"),
    htmlUrl: r.html_url,
    ...r.pushed_at ? { pushedAt: r.pushed_at } : {},
    ...r.created_at ? { createdAt: r.created_at } : {}
  };
}
async function listRepositories(octokit) {
  const repositories = await octokit.paginate("GET /installation/repositories", { per_page: 100 });
  const listed = repositories.map(forgeRepository);
  return listed.sort((a, b) => byText(a.fullName, b.fullName));
}
var REPOSITORIES_PER_QUERY = 100;
async function getRepositories(octokit, repositories) {
  const found = [];
  for (let i = 0; i < repositories.length; i += REPOSITORIES_PER_QUERY) {
    const batch = repositories.slice(i, i + REPOSITORIES_PER_QUERY);
    const query = `query CallboardRepositories {
${batch.map(
      (r, j) => `  r${j}: repository(owner: ${JSON.stringify(r.owner)}, name: ${JSON.stringify(r.name)}) { ...repository }`
    ).join(
      "\n"
    )}
}
fragment repository on Repository { nameWithOwner owner { login } name isArchived isFork visibility url pushedAt createdAt defaultBranchRef { name } }`;
    const data = await despiteNotFound(() => octokit.graphql(query));
    batch.forEach((asked, j) => {
      const node = data[`r${j}`];
      const same = node && node.nameWithOwner.toLowerCase() === `${asked.owner}/${asked.name}`.toLowerCase();
      found.push(same && node.defaultBranchRef ? fromNode(node, node.defaultBranchRef.name) : void 0);
    });
  }
  return found;
}
var fromNode = (node, defaultBranch) => ({
  owner: node.owner.login,
  name: node.name,
  fullName: node.nameWithOwner,
  defaultBranch,
  archived: node.isArchived,
  fork: node.isFork,
  visibility: node.visibility.toLowerCase(),
  htmlUrl: node.url,
  ...node.pushedAt ? { pushedAt: node.pushedAt } : {},
  createdAt: node.createdAt
});
async function listTeams(octokit, org) {
  const teams = await octokit.paginate("GET /orgs/{org}/teams", { org, per_page: 100 });
  return Promise.all(
    teams.map(async (t) => {
      const members = await octokit.paginate("GET /orgs/{org}/teams/{team_slug}/members", {
        org,
        team_slug: t.slug,
        per_page: 100
      });
      return {
        slug: t.slug,
        name: t.name,
        ...t.description ? { description: t.description } : {},
        ...t.parent?.slug ? { parent: t.parent.slug } : {},
        members: members.map((m) => m.login).sort()
      };
    })
  );
}
async function canWrite(octokit, repository, login) {
  try {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", {
      owner: repository.owner,
      repo: repository.name,
      username: login
    });
    return data.permission === "admin" || data.permission === "write" || data.role_name === "maintain";
  } catch (error) {
    if (error.status === 404) return false;
    throw error;
  }
}
var MAX_SUBTREE_REQUESTS = 500;
async function listFiles(octokit, repository, ref = "HEAD", folder) {
  const prefix = folder === void 0 ? "" : trimChars(folder, "/", "both");
  const root = prefix ? await folderTree(octokit, repository, ref, prefix) : ref;
  if (root === void 0) return void 0;
  if (root === null) return { paths: [], shas: /* @__PURE__ */ new Map(), truncated: false };
  const first = await getTree(octokit, repository, root, true);
  if (!first) return void 0;
  const found = /* @__PURE__ */ new Map();
  const add = (base2, entries) => {
    for (const e of entries) if (e.type === "blob" && e.path && e.sha) found.set(`${base2}${e.path}`, e.sha);
  };
  const base = prefix ? `${prefix}/` : "";
  let truncated = first.truncated;
  if (!truncated) add(base, first.tree);
  else {
    const queue = [{ path: base, sha: first.sha, whole: false }];
    let requests = 0;
    truncated = false;
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (++requests > MAX_SUBTREE_REQUESTS) {
        truncated = true;
        break;
      }
      const listed = await getTree(octokit, repository, next.sha, next.whole);
      if (!listed) continue;
      if (next.whole && !listed.truncated) {
        add(next.path, listed.tree);
        continue;
      }
      if (next.whole) {
        queue.push({ ...next, whole: false });
        continue;
      }
      add(next.path, listed.tree);
      for (const e of listed.tree)
        if (e.type === "tree" && e.path && e.sha)
          queue.push({ path: `${next.path}${e.path}/`, sha: e.sha, whole: true });
    }
  }
  const paths = [...found.keys()].sort(byText);
  return { paths, shas: found, truncated };
}
async function headCommit(octokit, repository, ref = "HEAD") {
  try {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/commits/{ref}", {
      owner: repository.owner,
      repo: repository.name,
      ref,
      headers: { accept: "application/vnd.github.sha" }
    });
    const sha = String(data).trim();
    return /^[0-9a-f]{40}$/.test(sha) ? sha : void 0;
  } catch (error) {
    if ([404, 409, 422].includes(error.status ?? 0)) return void 0;
    throw error;
  }
}
async function getTree(octokit, repository, sha, recursive) {
  try {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
      owner: repository.owner,
      repo: repository.name,
      tree_sha: sha,
      ...recursive ? { recursive: "1" } : {}
    });
    return data;
  } catch (error) {
    if (error.status === 404 || error.status === 409)
      return void 0;
    throw error;
  }
}
async function folderTree(octokit, repository, ref, folder) {
  const data = await despiteNotFound(
    () => octokit.graphql(
      `query CallboardFolderTree($owner: String!, $name: String!, $commit: String!, $folder: String!) {
      repository(owner: $owner, name: $name) {
        commit: object(expression: $commit) { __typename oid }
        folder: object(expression: $folder) { __typename ... on Tree { oid } }
      }
    }`,
      { owner: repository.owner, name: repository.name, commit: ref, folder: `${ref}:${folder}` }
    )
  );
  if (!data.repository?.commit) return void 0;
  return data.repository.folder?.__typename === "Tree" ? data.repository.folder.oid ?? null : null;
}
async function repositoryTeams(octokit, repository) {
  const teams = await octokit.paginate("GET /repos/{owner}/{repo}/teams", {
    owner: repository.owner,
    repo: repository.name,
    per_page: 100
  });
  return teams.map((t) => ({ slug: t.slug, permission: t.permission }));
}

// app/forge/github/commit-files.ts
var MAX_ATTEMPTS = 6;
var DEFAULT_COMMIT_LIMITS = { files: 300, bytes: 3 * 1024 * 1024 };
async function commitFiles(octokit, request, limits = DEFAULT_COMMIT_LIMITS) {
  const { repository, branch } = request;
  let retries = 0;
  let attempted = false;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const heads = await branchHeads(octokit, repository, branch, request.createFrom);
    const existing = heads.branch;
    const base = existing ?? { branch, sha: heads.from };
    const computed = await request.changes(base);
    const message = messageOf(computed, request.message);
    const parts = inParts(changesOf(computed), limits)[Symbol.iterator]();
    const first = parts.next();
    const second = first.done ? first : parts.next();
    let sha;
    if (second.done) {
      const changes = await effectiveChanges(octokit, repository, base.sha, first.done ? [] : first.value);
      if (changes.length === 0) return { outcome: attempted ? "updated" : "unchanged", sha: base.sha, retries };
      if (!existing && !await createBranch(octokit, repository, branch, base.sha)) {
        retries++;
        continue;
      }
      attempted = true;
      sha = (await createCommit(octokit, repository, branch, base.sha, message, changes))?.oid;
    } else {
      const staged = await commitStaged(octokit, repository, base.sha, message, [first.value, second.value], parts);
      if (staged === "unchanged") return { outcome: attempted ? "updated" : "unchanged", sha: base.sha, retries };
      attempted = true;
      sha = existing ? await fastForward(octokit, repository, branch, staged) : await createBranch(octokit, repository, branch, staged) ? staged : void 0;
    }
    if (sha) return { outcome: existing ? "updated" : "created", sha, retries };
    retries++;
    await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
  }
  throw new ForgeWriteError(
    `${repository.owner}/${repository.name}@${branch} kept moving; gave up after ${MAX_ATTEMPTS} attempts`,
    true
  );
}
function* inParts(changes, limits) {
  let part = [];
  let bytes = 0;
  for (const change of changes) {
    const size = change.content === null ? 0 : Buffer.byteLength(change.content);
    if (part.length && (part.length >= limits.files || bytes + size > limits.bytes)) {
      yield part;
      part = [];
      bytes = 0;
    }
    part.push(change);
    bytes += size;
  }
  if (part.length) yield part;
}
async function commitStaged(octokit, repository, base, message, firstParts, rest) {
  const listing = await listFiles(octokit, repository, base);
  if (!listing || listing.truncated || !listing.shas)
    throw new ForgeWriteError(
      `${repository.owner}/${repository.name}: cannot list ${base} to stage a large commit`,
      true
    );
  const present = new Map(listing.shas);
  const staging = `callboard-staging/${randomUUID()}`;
  if (!await createBranch(octokit, repository, staging, base))
    throw new ForgeWriteError(`${repository.owner}/${repository.name}: cannot create ${staging}`, true);
  try {
    let head = base;
    let tree;
    let part = 0;
    const parts = function* () {
      yield* firstParts;
      for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
    };
    for (const changes of parts()) {
      const last = new Map(changes.map((c) => [c.path, c]));
      const effective = [...last.values()].filter(
        (c) => c.content === null ? present.has(c.path) : present.get(c.path) !== gitBlobSha(c.content)
      );
      if (effective.length === 0) continue;
      const made = await createCommit(
        octokit,
        repository,
        staging,
        head,
        `${message.split("\n")[0]} (part ${++part})`,
        effective
      );
      if (!made)
        throw new ForgeWriteError(`${repository.owner}/${repository.name}: ${staging} moved under Callboard`, true);
      ({ oid: head, tree } = made);
      for (const c of effective) {
        if (c.content === null) present.delete(c.path);
        else present.set(c.path, gitBlobSha(c.content));
      }
    }
    if (!tree) return "unchanged";
    const { data } = await octokit.request("POST /repos/{owner}/{repo}/git/commits", {
      owner: repository.owner,
      repo: repository.name,
      message,
      tree,
      parents: [base]
    });
    return data.sha;
  } finally {
    await deleteStagingBranch(octokit, repository, staging);
  }
}
var deleteStagingBranch = (octokit, repository, staging) => octokit.request("DELETE /repos/{owner}/{repo}/git/refs/{ref}", {
  owner: repository.owner,
  repo: repository.name,
  ref: `heads/${staging}`
}).then(() => void 0).catch(() => void 0);
async function fastForward(octokit, repository, branch, sha) {
  try {
    await octokit.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
      owner: repository.owner,
      repo: repository.name,
      ref: `heads/${branch}`,
      sha,
      force: false
    });
    return sha;
  } catch (error) {
    if (error.status === 422) return void 0;
    throw error;
  }
}
async function branchHeads(octokit, repository, branch, createFrom) {
  const data = await octokit.graphql(
    `query CallboardBranchHead($owner: String!, $name: String!, $ref: String!, $from: String!, $hasFrom: Boolean!) {
      repository(owner: $owner, name: $name) {
        ref(qualifiedName: $ref) { target { oid } }
        from: ref(qualifiedName: $from) @include(if: $hasFrom) { target { oid } }
        defaultBranchRef { name target { oid } }
      }
    }`,
    {
      owner: repository.owner,
      name: repository.name,
      ref: `refs/heads/${branch}`,
      from: `refs/heads/${createFrom ?? ""}`,
      hasFrom: createFrom !== void 0
    }
  );
  const from = createFrom !== void 0 ? data.repository.from?.target.oid : data.repository.defaultBranchRef?.target.oid;
  if (!from)
    throw new ForgeWriteError(
      `${repository.owner}/${repository.name}: no branch ${createFrom ?? "(default)"} to start ${branch} from`,
      false
    );
  const head = data.repository.ref?.target.oid;
  return { from, ...head ? { branch: { branch, sha: head } } : {} };
}
async function effectiveChanges(octokit, repository, sha, changes) {
  const last = new Map(changes.map((c) => [c.path, c]));
  const current = await readFiles(
    octokit,
    [...last.keys()].map((path) => ({ repository, path, ref: sha }))
  );
  return current.flatMap((file) => {
    const change = last.get(file.path);
    if (change.content === null) return file.sha ? [change] : [];
    const same = typeof change.content === "string" ? file.text === change.content : file.sha === gitBlobSha(change.content);
    return same ? [] : [change];
  });
}
async function createBranch(octokit, repository, branch, sha) {
  try {
    await octokit.request("POST /repos/{owner}/{repo}/git/refs", {
      owner: repository.owner,
      repo: repository.name,
      ref: `refs/heads/${branch}`,
      sha
    });
    return true;
  } catch (error) {
    if (error.status === 422) return false;
    throw error;
  }
}
async function createCommit(octokit, repository, branch, expectedHeadOid, message, changes) {
  const [headline, ...rest] = message.split("\n");
  const input = {
    branch: { repositoryNameWithOwner: `${repository.owner}/${repository.name}`, branchName: branch },
    message: { headline: headline ?? "Update files", body: rest.join("\n").trim() },
    expectedHeadOid,
    fileChanges: {
      additions: changes.filter((c) => c.content !== null).map((c) => ({ path: c.path, contents: Buffer.from(c.content).toString("base64") })),
      deletions: changes.filter((c) => c.content === null).map((c) => ({ path: c.path }))
    }
  };
  try {
    const data = await octokit.graphql(
      `mutation CallboardCommit($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid tree { oid } } } }`,
      { input }
    );
    const { commit } = data.createCommitOnBranch;
    return { oid: commit.oid, tree: commit.tree.oid };
  } catch (error) {
    if (isStaleHead(error)) return void 0;
    throw new ForgeWriteError(
      `Could not commit to ${repository.owner}/${repository.name}@${branch}: ${error.message}`,
      false,
      { cause: error }
    );
  }
}
function isStaleHead(error) {
  const errors = error.errors ?? [];
  return errors.some((e) => e.type === "STALE_DATA" || /expected branch to point to/i.test(e.message ?? ""));
}

// app/forge/github/issues.ts
async function ensureIssue(octokit, identity, request) {
  const { repository } = request;
  const base = { owner: repository.owner, repo: repository.name };
  const marker = markerComment(request.marker);
  const body = `${truncate(request.body, LIMITS.body - marker.length - 1)}
${marker}`;
  const state = request.state ?? "open";
  const labels = [...new Set(request.labels ?? [])].sort();
  const find = async () => {
    const issues = await octokit.paginate("GET /repos/{owner}/{repo}/issues", {
      ...base,
      state: "all",
      creator: identity.login,
      per_page: 100
    });
    return issues.find((i) => !i.pull_request && isOurs(i, identity) && (i.body ?? "").includes(marker));
  };
  const existing = await find();
  if (existing) {
    const current = existing.labels.map((l) => typeof l === "string" ? l : l.name ?? "").sort();
    const same = existing.title === request.title && existing.body === body && existing.state === state && (!request.labels || current.join() === labels.join());
    if (same) return { outcome: "unchanged", number: existing.number, url: existing.html_url };
    const { data } = await octokit.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...base,
      issue_number: existing.number,
      title: request.title,
      body,
      state,
      ...request.labels ? { labels } : {}
    });
    return { outcome: "updated", number: data.number, url: data.html_url };
  }
  const created = await createOnce(find, async () => {
    const { data } = await octokit.request("POST /repos/{owner}/{repo}/issues", {
      ...base,
      title: request.title,
      body,
      labels,
      ...NO_RETRY
    });
    return data;
  });
  if (state === "closed")
    await octokit.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...base,
      issue_number: created.number,
      state
    });
  return { outcome: "created", number: created.number, url: created.html_url };
}

// app/forge/github/branches.ts
import { randomUUID as randomUUID2 } from "node:crypto";
var ZERO = "0000000000000000000000000000000000000000";
async function branchStates(octokit, identity, repositories, branch, batching) {
  const out = [];
  for (let i = 0; i < repositories.length; i += batching.snapshotsPerQuery)
    out.push(...await statesBatch(octokit, identity, repositories.slice(i, i + batching.snapshotsPerQuery), branch));
  return out;
}
async function statesBatch(octokit, identity, batch, branch) {
  const fields = batch.map(
    (r, i) => `  r${i}: repository(owner: ${JSON.stringify(r.owner)}, name: ${JSON.stringify(r.name)}) { ...branchState }`
  );
  const query = `query CallboardBranchStates($ref: String!, $branch: String!) {
${fields.join("\n")}
}
fragment branchState on Repository {
  id
  defaultBranchRef { name target { oid } }
  ref(qualifiedName: $ref) { target { oid ... on Commit { parents(first: 2) { nodes { oid } } author { name email user { login } } } } }
  pullRequests(headRefName: $branch, first: 5, orderBy: { field: CREATED_AT, direction: DESC }, states: [OPEN, CLOSED, MERGED]) {
    nodes { number url state title body mergeable closedAt labels(first: 20) { nodes { name } } }
  }
}`;
  const answer = await halvedWhenTooBig(
    batch,
    () => despiteNotFound(
      () => octokit.graphql(query, { ref: `refs/heads/${branch}`, branch })
    ),
    (half) => statesBatch(octokit, identity, half, branch)
  );
  if ("halves" in answer) return answer.halves;
  return batch.map((repository, i) => stateOf2(repository, answer.data[`r${i}`] ?? null, identity));
}
function stateOf2(repository, node, identity) {
  if (!node?.defaultBranchRef) return void 0;
  const head = node.ref?.target;
  return {
    repository,
    defaultBranch: node.defaultBranchRef.name,
    baseSha: node.defaultBranchRef.target.oid,
    ...head ? {
      head: {
        sha: head.oid,
        parents: head.parents?.nodes.map((p) => p.oid) ?? [],
        byCallboard: madeBy(head.author ?? null, identity)
      }
    } : {},
    pullRequests: node.pullRequests.nodes.map((p) => ({
      number: p.number,
      url: p.url,
      state: p.state === "OPEN" ? "open" : p.state === "MERGED" ? "merged" : "closed",
      title: p.title,
      body: p.body,
      mergeable: p.mergeable,
      labels: p.labels?.nodes.map((l) => l.name) ?? [],
      closedAt: p.closedAt
    }))
  };
}
function madeBy(author, identity) {
  if (!author) return false;
  if (author.user) return author.user.login === identity.login;
  return author.name === identity.login;
}
async function rewriteBranch(octokit, request) {
  const { repository, branch, expectedHead, message, changes } = request;
  const { data: repo } = await octokit.request("GET /repos/{owner}/{repo}", {
    owner: repository.owner,
    repo: repository.name
  });
  const base = await headOf(octokit, repository, repo.default_branch);
  const staging = `callboard-staging/${randomUUID2()}`;
  if (!await createBranch(octokit, repository, staging, base)) return "moved";
  try {
    const made = await createCommit(octokit, repository, staging, base, message, [...changes]);
    if (!made) return "moved";
    const moved = await updateRef(octokit, repo.node_id, branch, expectedHead, made.oid);
    return moved ? { outcome: "updated", sha: made.oid, retries: 0 } : "moved";
  } finally {
    await deleteStagingBranch(octokit, repository, staging);
  }
}
async function deleteBranch(octokit, repository, branch, expectedHead) {
  const { data: repo } = await octokit.request("GET /repos/{owner}/{repo}", {
    owner: repository.owner,
    repo: repository.name
  });
  return updateRef(octokit, repo.node_id, branch, expectedHead, ZERO);
}
async function headOf(octokit, repository, branch) {
  const { data } = await octokit.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
    owner: repository.owner,
    repo: repository.name,
    ref: `heads/${branch}`
  });
  return data.object.sha;
}
async function updateRef(octokit, repositoryId, branch, before, after) {
  try {
    await octokit.graphql(
      `mutation CallboardUpdateRef($input: UpdateRefsInput!) { updateRefs(input: $input) { clientMutationId } }`,
      {
        input: {
          repositoryId,
          refUpdates: [{ name: `refs/heads/${branch}`, beforeOid: before, afterOid: after, force: true }]
        }
      }
    );
    return true;
  } catch (error) {
    if (isStaleHead(error) || isRefRefused(error)) return false;
    throw error;
  }
}
var isRefRefused = (error) => (error.errors ?? []).some(
  (e) => e.type === "STALE_DATA" || e.type === "UNPROCESSABLE" || /expected|does not match|not found/i.test(e.message ?? "")
);

// app/forge/github/pull-requests.ts
async function ensurePullRequest(octokit, request) {
  const { repository } = request;
  const body = truncate(request.body, LIMITS.body);
  const open = await findPull(octokit, request, "open");
  if (open) {
    if (open.title === request.title && (open.body ?? "") === body) return result(open, "unchanged");
    const { data } = await octokit.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", {
      owner: repository.owner,
      repo: repository.name,
      pull_number: open.number,
      title: request.title,
      body
    });
    return result(data, "updated");
  }
  const closed = await findPull(octokit, request, "closed");
  if (closed) return result(closed, "unchanged");
  const created = await createOnce(
    () => findPull(octokit, request, "open"),
    async () => {
      try {
        const { data } = await octokit.request("POST /repos/{owner}/{repo}/pulls", {
          owner: repository.owner,
          repo: repository.name,
          head: request.head,
          base: request.base,
          title: request.title,
          body,
          draft: request.draft ?? false,
          ...NO_RETRY
        });
        return data;
      } catch (error) {
        const found = error.status === 422 ? await findPull(octokit, request, "open") : void 0;
        if (found) return found;
        throw error;
      }
    }
  );
  return result(created, "created");
}
async function findPull(octokit, request, state) {
  const { data } = await octokit.request("GET /repos/{owner}/{repo}/pulls", {
    owner: request.repository.owner,
    repo: request.repository.name,
    head: `${request.repository.owner}:${request.head}`,
    base: request.base,
    state,
    per_page: 1
  });
  return data[0];
}
function result(pull, outcome) {
  const state = pull.state === "open" ? "open" : pull.merged_at ? "merged" : "closed";
  return { outcome, number: pull.number, url: pull.html_url, state };
}
async function listPullRequestFiles(octokit, repository, number) {
  const files = await octokit.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
    owner: repository.owner,
    repo: repository.name,
    pull_number: number,
    per_page: 100
  });
  return files.map((f) => ({
    path: f.filename,
    ...f.previous_filename ? { previousPath: f.previous_filename } : {},
    status: f.status
  }));
}
async function updatePullRequest(octokit, repository, number, fields) {
  const base = { owner: repository.owner, repo: repository.name, pull_number: number };
  const { data } = await octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", base);
  const body = fields.body === void 0 ? void 0 : truncate(fields.body, LIMITS.body);
  const changed = {
    ...fields.state !== void 0 && fields.state !== data.state ? { state: fields.state } : {},
    ...fields.title !== void 0 && fields.title !== data.title ? { title: fields.title } : {},
    ...body !== void 0 && body !== (data.body ?? "") ? { body } : {}
  };
  if (!Object.keys(changed).length) return "unchanged";
  await octokit.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", { ...base, ...changed });
  return "updated";
}
async function requestTeamReview(octokit, repository, number, teamSlug) {
  try {
    await octokit.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
      owner: repository.owner,
      repo: repository.name,
      pull_number: number,
      team_reviewers: [teamSlug]
    });
    return "updated";
  } catch (error) {
    if (error.status === 422) return "unchanged";
    throw error;
  }
}
async function addLabels(octokit, repository, number, labels) {
  if (!labels.length) return "unchanged";
  await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
    owner: repository.owner,
    repo: repository.name,
    issue_number: number,
    labels: [...labels]
  });
  return "updated";
}

// app/forge/github/new-repositories.ts
var import_isbinaryfile = __toESM(require_lib(), 1);
async function createRepository(octokit, request) {
  const { settings } = request;
  try {
    const { data } = await octokit.request("POST /orgs/{org}/repos", {
      org: request.owner,
      name: request.name,
      auto_init: true,
      // `internal` exists on GitHub Enterprise only; github.com answers that it is not allowed.
      visibility: settings.visibility,
      ...settings.description !== void 0 ? { description: settings.description } : {},
      ...settings.homepage !== void 0 ? { homepage: settings.homepage } : {},
      ...flag("has_issues", settings.hasIssues),
      ...flag("has_wiki", settings.hasWiki),
      ...flag("has_projects", settings.hasProjects),
      ...flag("allow_merge_commit", settings.allowMergeCommit),
      ...flag("allow_squash_merge", settings.allowSquashMerge),
      ...flag("allow_rebase_merge", settings.allowRebaseMerge),
      ...flag("allow_auto_merge", settings.allowAutoMerge),
      ...flag("delete_branch_on_merge", settings.deleteBranchOnMerge)
    });
    return { outcome: "created", repository: forgeRepository(data) };
  } catch (error) {
    if (!isNameTaken(error)) throw error;
    const { data } = await octokit.request("GET /repos/{owner}/{repo}", { owner: request.owner, repo: request.name });
    return { outcome: "exists", repository: forgeRepository(data) };
  }
}
var flag = (name, value) => value === void 0 ? {} : { [name]: value };
var isNameTaken = (error) => error.status === 422 && (error.response?.data?.errors ?? []).some(
  (e) => e.field === "name"
);
var MODES = { file: "100644", executable: "100755", symlink: "120000" };
async function replaceContents(octokit, request) {
  const { repository, branch } = request;
  const base = { owner: repository.owner, repo: repository.name };
  const tree = [];
  for (const [path, file] of request.files.files)
    tree.push({ path, mode: MODES[file.kind], type: "blob", ...await blobOf(octokit, repository, file) });
  const { data: made } = await octokit.request("POST /repos/{owner}/{repo}/git/trees", { ...base, tree });
  const { data: commit } = await octokit.request("POST /repos/{owner}/{repo}/git/commits", {
    ...base,
    message: request.message,
    tree: made.sha,
    parents: []
  });
  const { data: repo } = await octokit.request("GET /repos/{owner}/{repo}", base);
  if (!await updateRef(octokit, repo.node_id, branch, request.expectedHead, commit.sha)) return "moved";
  return { outcome: "created", sha: commit.sha, retries: 0 };
}
async function blobOf(octokit, repository, file) {
  const bytes = Buffer.from(file.content);
  if (file.kind === "symlink" || !(0, import_isbinaryfile.isBinaryFileSync)(bytes)) {
    const text2 = bytes.toString("utf8");
    if (Buffer.from(text2, "utf8").equals(bytes)) return { content: text2 };
  }
  const { data } = await octokit.request("POST /repos/{owner}/{repo}/git/blobs", {
    owner: repository.owner,
    repo: repository.name,
    content: bytes.toString("base64"),
    encoding: "base64"
  });
  return { sha: data.sha };
}
async function configureRepository(octokit, repository, settings) {
  const base = { owner: repository.owner, repo: repository.name };
  if (settings.renameBranch && settings.renameBranch.from !== settings.renameBranch.to)
    await octokit.request("POST /repos/{owner}/{repo}/branches/{branch}/rename", {
      ...base,
      branch: settings.renameBranch.from,
      new_name: settings.renameBranch.to
    });
  if (settings.topics?.length)
    await octokit.request("PUT /repos/{owner}/{repo}/topics", { ...base, names: [...settings.topics] });
  if (settings.protectBranch)
    await octokit.request("PUT /repos/{owner}/{repo}/branches/{branch}/protection", {
      ...base,
      branch: settings.protectBranch,
      required_status_checks: null,
      enforce_admins: true,
      required_pull_request_reviews: { required_approving_review_count: 1 },
      restrictions: null
    });
}
var FOLDER_LIMITS = { files: 2e3, bytes: 2e7 };
async function readFolder(octokit, repository, ref, folder, batching) {
  const base = { owner: repository.owner, repo: repository.name };
  let listing;
  try {
    listing = (await octokit.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
      ...base,
      tree_sha: ref,
      recursive: "1"
    })).data;
  } catch (error) {
    if (error.status === 404 || error.status === 422)
      return void 0;
    throw error;
  }
  const prefix = folder ? `${folder}/` : "";
  const entries = listing.tree.filter((e) => e.type === "blob" && e.path?.startsWith(prefix));
  if (listing.truncated || entries.length > FOLDER_LIMITS.files)
    throw new Error(
      `${repository.owner}/${repository.name}/${folder} holds more than ${FOLDER_LIMITS.files} files: too many for a template`
    );
  const bytes = entries.reduce((sum, e) => sum + (e.size ?? 0), 0);
  if (bytes > FOLDER_LIMITS.bytes)
    throw new Error(
      `${repository.owner}/${repository.name}/${folder} holds more than ${FOLDER_LIMITS.bytes / 1e6} MB: too much for a template`
    );
  const texts = await readFiles(
    octokit,
    entries.map((e) => ({ repository, path: e.path, ref })),
    batching
  );
  const files = /* @__PURE__ */ new Map();
  for (const [i, entry] of entries.entries()) {
    const text2 = texts[i]?.text;
    const content = text2 !== void 0 ? new TextEncoder().encode(text2) : Buffer.from(
      (await octokit.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { ...base, file_sha: entry.sha })).data.content,
      "base64"
    );
    const kind = entry.mode === "100755" ? "executable" : entry.mode === "120000" ? "symlink" : "file";
    files.set(entry.path.slice(prefix.length), { content: new Uint8Array(content), kind });
  }
  return { files };
}
async function getIssue(octokit, repository, number) {
  try {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/issues/{issue_number}", {
      owner: repository.owner,
      repo: repository.name,
      issue_number: number
    });
    return {
      number: data.number,
      title: data.title,
      body: data.body ?? "",
      state: data.state === "closed" ? "closed" : "open",
      url: data.html_url,
      author: data.user?.login ?? "",
      createdAt: data.created_at,
      labels: data.labels.map((l) => typeof l === "string" ? l : l.name ?? "")
    };
  } catch (error) {
    if (error.status === 404 || error.status === 410)
      return void 0;
    throw error;
  }
}
async function closeIssue(octokit, repository, number) {
  const issue = await getIssue(octokit, repository, number);
  if (!issue || issue.state === "closed") return "unchanged";
  await octokit.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
    owner: repository.owner,
    repo: repository.name,
    issue_number: number,
    state: "closed",
    state_reason: "completed"
  });
  return "updated";
}

// app/forge/github/repository-settings.ts
var NONE2 = {
  any: false,
  requiredReviews: 0,
  codeOwnerReviews: false,
  requiredChecks: [],
  blocksForcePushes: false,
  blocksDeletions: false
};
var statusOf = (error) => error.status;
async function repositorySettings(octokit, repository, branch, parts = SETTINGS_PARTS) {
  const params = { owner: repository.owner, repo: repository.name };
  let analysis;
  try {
    analysis = (await octokit.request("GET /repos/{owner}/{repo}", params)).data.security_and_analysis;
  } catch (error) {
    if (statusOf(error) === 404) return void 0;
    throw error;
  }
  const asked = new Set(parts);
  const [protection, alerts] = await Promise.all([
    asked.has("protection") ? branchProtection(octokit, params, branch) : void 0,
    asked.has("alerts") ? dependabotAlerts(octokit, params) : void 0
  ]);
  const secretScanning = asked.has("security") ? analysis?.secret_scanning?.status : void 0;
  const securityUpdates = asked.has("security") ? analysis?.dependabot_security_updates?.status : void 0;
  return {
    ...protection ? { branchProtection: protection } : {},
    ...secretScanning ? { secretScanning: secretScanning === "enabled" } : {},
    ...securityUpdates ? { dependabotSecurityUpdates: securityUpdates === "enabled" } : {},
    ...alerts !== void 0 ? { dependabotAlerts: alerts } : {}
  };
}
async function branchProtection(octokit, params, branch) {
  const [rulesets, classic] = await Promise.all([
    rulesetRules(octokit, params, branch),
    classicRules(octokit, params, branch)
  ]);
  return rulesets && classic !== void 0 ? combine(rulesets, classic ?? NONE2) : void 0;
}
async function dependabotAlerts(octokit, params) {
  try {
    await octokit.request("GET /repos/{owner}/{repo}/vulnerability-alerts", params);
    return true;
  } catch (error) {
    if (statusOf(error) === 404) return false;
    if (statusOf(error) === 403) return void 0;
    throw error;
  }
}
async function rulesetRules(octokit, params, branch) {
  let rules;
  try {
    rules = await octokit.paginate("GET /repos/{owner}/{repo}/rules/branches/{branch}", {
      ...params,
      branch,
      per_page: 100
    });
  } catch (error) {
    if (statusOf(error) === 403 || statusOf(error) === 404) return void 0;
    throw error;
  }
  const found = { ...NONE2, requiredChecks: [] };
  for (const rule of rules) {
    found.any = true;
    if (rule.type === "pull_request") {
      found.requiredReviews = Math.max(found.requiredReviews, rule.parameters?.required_approving_review_count ?? 0);
      found.codeOwnerReviews ||= rule.parameters?.require_code_owner_review ?? false;
    } else if (rule.type === "required_status_checks") {
      found.requiredChecks.push(...rule.parameters?.required_status_checks.map((c) => c.context) ?? []);
    } else if (rule.type === "non_fast_forward") found.blocksForcePushes = true;
    else if (rule.type === "deletion") found.blocksDeletions = true;
  }
  return found;
}
async function classicRules(octokit, params, branch) {
  const protectedBranches = await octokit.paginate("GET /repos/{owner}/{repo}/branches", {
    ...params,
    protected: true,
    per_page: 100
  });
  if (!protectedBranches.some((b) => b.name === branch)) return null;
  try {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/branches/{branch}/protection", {
      ...params,
      branch
    });
    const reviews = data.required_pull_request_reviews;
    const checks = data.required_status_checks;
    return {
      any: true,
      requiredReviews: reviews ? reviews.required_approving_review_count ?? 0 : 0,
      codeOwnerReviews: reviews?.require_code_owner_reviews ?? false,
      requiredChecks: checks ? [...checks.contexts, ...checks.checks.map((c) => c.context)] : [],
      blocksForcePushes: data.allow_force_pushes?.enabled !== true,
      blocksDeletions: data.allow_deletions?.enabled !== true
    };
  } catch (error) {
    if (statusOf(error) === 404) return null;
    if (statusOf(error) === 403) return void 0;
    throw error;
  }
}
function combine(rulesets, classic) {
  return {
    enabled: rulesets.any || classic.any,
    requiredReviews: Math.max(rulesets.requiredReviews, classic.requiredReviews),
    codeOwnerReviews: rulesets.codeOwnerReviews || classic.codeOwnerReviews,
    requiredChecks: [.../* @__PURE__ */ new Set([...rulesets.requiredChecks, ...classic.requiredChecks])].sort(),
    allowsForcePushes: !rulesets.blocksForcePushes && !classic.blocksForcePushes,
    allowsDeletions: !rulesets.blocksDeletions && !classic.blocksDeletions
  };
}

// app/forge/github/github-forge.ts
function createGithubForge({ octokit, identity, batching, commitLimits }) {
  const reads = { ...DEFAULT_BATCHING, ...batching };
  const limits = { ...DEFAULT_COMMIT_LIMITS, ...commitLimits };
  return {
    listRepositories: () => listRepositories(octokit),
    getRepositories: (repositories) => getRepositories(octokit, repositories),
    headCommit: (repository, ref) => headCommit(octokit, repository, ref),
    listFiles: (repository, ref, folder) => listFiles(octokit, repository, ref, folder),
    readFiles: (requests) => readFiles(octokit, requests, reads),
    commitSnapshots: (requests) => commitSnapshots(octokit, requests, reads),
    commitFiles: (request) => commitFiles(octokit, request, limits),
    ensurePullRequest: (request) => ensurePullRequest(octokit, request),
    listPullRequestFiles: (repository, number) => listPullRequestFiles(octokit, repository, number),
    ensureCheckRun: (request) => ensureCheckRun(octokit, identity, request),
    ensureComment: (request) => ensureComment(octokit, identity, request),
    ensureIssue: (request) => ensureIssue(octokit, identity, request),
    listTeams: (org) => listTeams(octokit, org),
    repositorySettings: (repository, branch, parts) => repositorySettings(octokit, repository, branch, parts),
    canWrite: (repository, login) => canWrite(octokit, repository, login),
    branchStates: (repositories, branch) => branchStates(octokit, identity, repositories, branch, reads),
    createRepository: (request) => createRepository(octokit, request),
    replaceContents: (request) => replaceContents(octokit, request),
    configureRepository: (repository, settings) => configureRepository(octokit, repository, settings),
    readFolder: (repository, ref, folder) => readFolder(octokit, repository, ref, folder, reads),
    getIssue: (repository, number) => getIssue(octokit, repository, number),
    closeIssue: (repository, number) => closeIssue(octokit, repository, number),
    rewriteBranch: (request) => rewriteBranch(octokit, request),
    deleteBranch: (repository, branch, expectedHead) => deleteBranch(octokit, repository, branch, expectedHead),
    updatePullRequest: (repository, number, fields) => updatePullRequest(octokit, repository, number, fields),
    requestTeamReview: (repository, number, team) => requestTeamReview(octokit, repository, number, team),
    addLabels: (repository, number, labels) => addLabels(octokit, repository, number, labels),
    repositoryTeams: (repository) => repositoryTeams(octokit, repository)
  };
}

// app/queue/memory-job-queue.ts
var DEFAULT_QUEUE_LIMIT = 1e3;
function createMemoryJobQueue(options = {}) {
  const {
    concurrency = 4,
    limit = DEFAULT_QUEUE_LIMIT,
    attempts = 3,
    backoffMs = 1e3,
    rememberIds = 1e4,
    events = {}
  } = options;
  const processors = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  let waiting = [];
  const waitingByKey = /* @__PURE__ */ new Map();
  const busyGroups = /* @__PURE__ */ new Set();
  let running = 0;
  let peak = 0;
  let closed = false;
  let wake;
  let idle = [];
  const remember = (id) => {
    seen.add(id);
    if (seen.size > rememberIds) seen.delete(seen.values().next().value);
  };
  const settleIdle = () => {
    if (running > 0 || waiting.length > 0) return;
    idle.forEach((resolve) => resolve());
    idle = [];
  };
  const enqueue = (entry, atFront) => {
    if (atFront) waiting.unshift(entry);
    else waiting.push(entry);
    peak = Math.max(peak, waiting.length);
    if (entry.job.coalesce) waitingByKey.set(entry.job.coalesce, entry);
  };
  const run2 = async (entry) => {
    const { job, attempt } = entry;
    const started = Date.now();
    try {
      const processor = processors.get(job.name);
      if (!processor) throw new Error(`No processor for job "${job.name}"`);
      await processor(job);
      events.completed?.(job, Date.now() - started);
    } catch (error) {
      const superseded = job.coalesce !== void 0 && waitingByKey.has(job.coalesce);
      const willRetry = attempt < attempts && !closed && !superseded;
      events.failed?.(job, error, attempt, willRetry);
      if (willRetry)
        enqueue({ job, attempt: attempt + 1, notBefore: Date.now() + backoffMs * 2 ** (attempt - 1) }, true);
      else seen.delete(job.id);
    }
  };
  const pump = () => {
    if (closed) return;
    clearTimeout(wake);
    wake = void 0;
    const now = Date.now();
    const blocked = new Set(busyGroups);
    let nextDue = Infinity;
    for (let i = 0; i < waiting.length && running < concurrency; ) {
      const entry = waiting[i];
      const { group } = entry.job;
      if (group && blocked.has(group)) {
        i++;
        continue;
      }
      if (entry.notBefore > now) {
        if (group) blocked.add(group);
        nextDue = Math.min(nextDue, entry.notBefore);
        i++;
        continue;
      }
      waiting.splice(i, 1);
      start(entry);
      if (group) blocked.add(group);
    }
    if (nextDue < Infinity && running < concurrency) wake = setTimeout(pump, nextDue - now);
  };
  const start = (entry) => {
    const { job } = entry;
    if (job.coalesce && waitingByKey.get(job.coalesce) === entry) waitingByKey.delete(job.coalesce);
    running++;
    if (job.group) busyGroups.add(job.group);
    void run2(entry).finally(() => {
      running--;
      if (job.group) busyGroups.delete(job.group);
      pump();
      settleIdle();
    });
  };
  return {
    async add(job) {
      if (closed) throw new Error("The job queue is closed");
      if (seen.has(job.id)) return "duplicate";
      const replaced = job.coalesce ? waitingByKey.get(job.coalesce) : void 0;
      if (replaced) {
        remember(job.id);
        Object.assign(replaced, { job, attempt: 1, notBefore: 0 });
        queueMicrotask(pump);
        return "superseded";
      }
      if (waiting.length >= limit) {
        events.dropped?.(job, waiting.length);
        return "dropped";
      }
      remember(job.id);
      enqueue({ job, attempt: 1, notBefore: 0 }, false);
      queueMicrotask(pump);
      return "queued";
    },
    process(name, processor) {
      processors.set(name, processor);
    },
    drain() {
      if (running === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise((resolve) => idle.push(resolve));
    },
    async close({ graceMs = 5e3 } = {}) {
      closed = true;
      clearTimeout(wake);
      const dropped = waiting.length;
      waiting = [];
      waitingByKey.clear();
      settleIdle();
      let timer;
      const grace = new Promise((resolve) => timer = setTimeout(resolve, graceMs));
      await Promise.race([this.drain(), grace]);
      clearTimeout(timer);
      return { dropped, unfinished: running, peak };
    }
  };
}

// actions/reconcile/src/main.ts
var RECONCILING = ["catalog", "scorecards", "migrations", "golden-paths"];
var INSTALLATION = 0;
async function run(io) {
  try {
    const settings = readInputs(io);
    const finished = await reconcile(io, settings);
    io.setOutput("jobs", finished.done.length);
    io.setOutput("failed", finished.failed.length);
    await io.writeSummary(summary(settings, finished));
    if (finished.failed.length > 0)
      io.setFailed(
        `${finished.failed.length} of ${finished.done.length + finished.failed.length} jobs failed: ${finished.failed.map((f) => f.name).join(", ")}. What the others did has landed; the next run tries again.`
      );
  } catch (error) {
    const mistake = asUsageError(error);
    io.setFailed(
      mistake ? mistake.message : `Callboard failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`
    );
  }
}
function readInputs(io) {
  const token = io.getInput("token").trim();
  if (!token)
    throw new UsageError(
      "Input token is empty: give the token of the GitHub App installed on the organisation (actions/create-github-app-token, owner: the organisation)."
    );
  const appSlug = io.getInput("app-slug").trim();
  if (!appSlug)
    throw new UsageError(
      "Input app-slug is empty: give the app's slug (actions/create-github-app-token's output app-slug), so Callboard recognises what it wrote."
    );
  const repository = workflowRepository(io.context);
  const organization = io.getInput("organization").trim() || repository?.owner;
  if (!organization) throw new UsageError("Input organization is empty and the workflow names no repository.");
  const features = (io.getInput("features") || RECONCILING.join(",")).split(/[\s,]+/).filter(Boolean);
  const unknown = features.filter((name) => !RECONCILING.includes(name));
  if (unknown.length > 0)
    throw new UsageError(`Input features names ${unknown.join(", ")}: each must be one of ${RECONCILING.join(", ")}.`);
  return {
    token,
    appSlug,
    organization,
    catalogRepository: io.getInput("catalog-repository").trim() || (repository?.owner === organization ? repository.repo : DEFAULT_CATALOG_REPOSITORY),
    features
  };
}
async function reconcile(io, settings) {
  const finished = { done: [], failed: [] };
  const queue = createMemoryJobQueue({
    events: {
      completed: (job, ms) => {
        finished.done.push(job);
        io.log(`${job.name} done (${Math.round(ms)} ms)
`);
      },
      failed: (job, error, attempt, willRetry) => {
        io.log(`${job.name} failed (attempt ${attempt}${willRetry ? ", retrying" : ""}): ${firstLine(error)}
`);
        if (!willRetry) finished.failed.push({ name: job.name, error: firstLine(error) });
      }
    }
  });
  const octokit = io.octokit(settings.token);
  const forge = createGithubForge({ octokit, identity: { login: `${settings.appSlug}[bot]` } });
  const log = {
    info: (message) => io.log(`${message}
`),
    warn: (message) => io.log(`::warning title=Callboard::${message}
`),
    error: (message) => io.log(`::error title=Callboard::${message}
`)
  };
  const callboard = createCallboard({
    forgeFor: async () => forge,
    work: io.work,
    queue,
    settings: {
      catalogRepository: settings.catalogRepository,
      webUrl: io.context.serverUrl,
      // A run is short: a migration's dashboard is brought up to date once at its end, not held back.
      dashboardIntervalMs: 0
    },
    log,
    only: settings.features
  });
  await callboard.reconcile({
    installationId: INSTALLATION,
    organization: settings.organization,
    id: `run-${io.context.runId}-${io.context.runAttempt}`
  });
  await queue.drain();
  await queue.close();
  return finished;
}
function summary(settings, finished) {
  const counts = /* @__PURE__ */ new Map();
  for (const job of finished.done) counts.set(job.name, (counts.get(job.name) ?? 0) + 1);
  return [
    `## Callboard reconcile of ${settings.organization}`,
    "",
    `Catalog repository: ${settings.organization}/${settings.catalogRepository}. Features: ${settings.features.join(", ")}.`,
    "",
    "| job | done |",
    "|---|---|",
    ...[...counts].map(([name, n]) => `| ${name} | ${n} |`),
    ...finished.failed.length > 0 ? ["", "**Failed**", "", ...finished.failed.map((f) => `- ${f.name}: ${f.error.replace(/[\r\n]+/g, " ")}`)] : [],
    ""
  ].join("\n");
}
var firstLine = (error) => (error instanceof Error ? error.message : String(error)).split("\n")[0];

// actions/reconcile/src/index.ts
await run(runnerIo());
