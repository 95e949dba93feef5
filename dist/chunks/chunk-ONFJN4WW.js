import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);

// app/core/migration/campaign/pull-request-text.ts
import { createHash } from "node:crypto";

// app/core/migration/campaign/dashboard.ts
var SECTIONS = [
  { status: "failed", title: "Failed", box: "retry", blurb: "Tick a box to try the repository again." },
  { status: "open", title: "Pull request open" },
  {
    status: "waiting",
    title: "Waiting for GitHub\u2019s rate limits",
    blurb: "Queued: Callboard paces its writes under GitHub\u2019s secondary limits."
  },
  {
    status: "declined",
    title: "Declined (closed unmerged)",
    box: "reopen",
    blurb: "Tick a box to open the pull request again."
  },
  { status: "merged", title: "Merged" },
  { status: "migrated-by-hand", title: "Migrated without the pull request" },
  { status: "not-applicable", title: "Not applicable" }
];
var SECTION_LIMIT = 200;
var dashboardMarker = (id) => `migration-dashboard:${id}`;
var dashboardTitle = (spec) => `Migration: ${spec.title}`;
function countByStatus(rows) {
  const counts = Object.fromEntries(SECTIONS.map((s) => [s.status, 0]));
  for (const row of rows) counts[row.status]++;
  return counts;
}
function renderDashboard({ spec, rows, pageUrl, problem }) {
  const counts = countByStatus(rows);
  const applicable = rows.length - counts["not-applicable"];
  const done = counts.merged + counts["migrated-by-hand"];
  const lines = [
    `Callboard opens the pull requests of the migration \`${spec.id}\` (version ${spec.version}, \`${spec.source}\`) and keeps count here. Asked by ${spec.owner}${spec.deadline ? `, deadline ${spec.deadline}` : ""}.`,
    "",
    ...problem ? [`> [!CAUTION]`, `> ${problem}`, ""] : [],
    `**${done} of ${applicable} migrated** (${percent(done, applicable)})${pageUrl ? ` \xB7 [burndown and every repository](${pageUrl})` : ""}`,
    "",
    "| state | repositories |",
    "| --- | ---: |",
    ...SECTIONS.map((s) => `| ${s.title} | ${counts[s.status]} |`),
    "",
    ...teamTable(rows),
    ...SECTIONS.flatMap((section) => sectionLines(section, rows))
  ];
  return lines.join("\n");
}
function sectionLines(section, rows) {
  const mine = rows.filter((r) => r.status === section.status);
  if (!mine.length || section.status === "not-applicable") return [];
  const shown = mine.slice(0, SECTION_LIMIT);
  return [
    `## ${section.title}`,
    "",
    ...section.blurb ? [section.blurb, ""] : [],
    ...shown.map((r) => rowLine(r, section.box)),
    ...mine.length > shown.length ? [`- \u2026 and ${mine.length - shown.length} more`] : [],
    ""
  ];
}
function rowLine(row, box) {
  const pr = row.pullRequest ? ` [#${row.pullRequest.number}](${row.pullRequest.url})` : "";
  const detail = row.detail ? ` \u2014 ${oneLine(row.detail)}` : "";
  const team = row.team ? ` (${row.team})` : "";
  return box ? ` - [ ] <!-- callboard-${box}=${row.repository} -->\`${row.repository}\`${team}${pr}${detail}` : ` - \`${row.repository}\`${team}${pr}${detail}`;
}
function teamTable(rows) {
  const teams = /* @__PURE__ */ new Map();
  for (const row of rows) {
    if (row.status === "not-applicable") continue;
    const team = row.team ?? "(no owner)";
    teams.set(team, [...teams.get(team) ?? [], row]);
  }
  if (!teams.size) return [];
  return [
    "| owner | migrated | open | waiting | declined | failed |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...[...teams].sort(([a], [b]) => a < b ? -1 : 1).map(([team, mine]) => {
      const c = countByStatus(mine);
      return `| ${team} | ${c.merged + c["migrated-by-hand"]} of ${mine.length} | ${c.open} | ${c.waiting} | ${c.declined} | ${c.failed} |`;
    }),
    ""
  ];
}
var BOX = /^ *- \[[xX]\] <!-- callboard-(retry|reopen)=([\w.-]{1,100}\/[\w.-]{1,100}) -->/;
function tickedRequests(body) {
  const ticked = /* @__PURE__ */ new Map();
  for (const line of body.split("\n")) {
    const found = BOX.exec(line);
    if (found) ticked.set(found[2], found[1]);
  }
  return ticked;
}
var percent = (part, whole) => whole ? `${Math.floor(part / whole * 100)}%` : "\u2013";
var oneLine = (text) => text.replace(/\s+/g, " ").slice(0, 300);

// app/core/migration/campaign/pull-request-text.ts
var MARKER = /<!-- callboard:migration id=([a-z0-9-]{1,100}) version=([\w.-]{1,50}) changes=([0-9a-f]{16})(?: noted=(left-alone|declined))? -->/;
var formatMarker = (m) => `<!-- callboard:migration id=${m.campaign} version=${m.version} changes=${m.changes}${m.noted ? ` noted=${m.noted}` : ""} -->`;
function parseMarker(body) {
  const found = MARKER.exec(body);
  if (!found) return void 0;
  return {
    campaign: found[1],
    version: found[2],
    changes: found[3],
    ...found[4] ? { noted: found[4] } : {}
  };
}
function withNote(body, note) {
  const marker = parseMarker(body);
  return marker ? body.replace(MARKER, formatMarker({ ...marker, noted: note })) : body;
}
function changesHash(changes) {
  const hash = createHash("sha256");
  for (const c of [...changes].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    hash.update(`${c.path}\0${c.content === null ? "deleted" : c.content}\0`);
  return hash.digest("hex").slice(0, 16);
}
var pullRequestTitle = (spec) => spec.title;
function pullRequestBody(text) {
  const { spec, requester, changes, notes } = text;
  const who = requester ? `${requester.page ? `[${requester.title ?? requester.ref}](${requester.page})` : requester.title ?? requester.ref}` + (requester.email ? ` (${requester.email})` : "") : spec.owner;
  const lines = [
    spec.description.trim(),
    "",
    "---",
    "",
    `**Asked by** ${who}${spec.deadline ? ` \xB7 **deadline** ${spec.deadline}` : ""}`,
    "",
    `**Migrated means** ${text.migratedMeans}. Once it holds, this repository counts as migrated, whoever made the change.`,
    "",
    "<details><summary>What this pull request changes</summary>",
    "",
    ...changes.map((c) => `- \`${c.path}\` ${c.content === null ? "deleted" : "written"}`),
    ...notes.length ? ["", ...notes.map((n) => `> ${n}`)] : [],
    "",
    "</details>",
    "",
    "**Callboard keeps this pull request current** while nobody else pushes to its branch: it makes the change",
    "again on the default branch when that changes what it would do, or when this pull request has a conflict.",
    "Push to the branch and Callboard leaves it to you.",
    "",
    `**Not for this repository?** Close this pull request: Callboard will not open it again for this version of the migration${text.pageUrl ? `, and the [campaign's page](${text.pageUrl}) counts it as declined` : ""}.`,
    "",
    `<sub>Migration \`${spec.id}\` version ${spec.version}, declared in \`${spec.source}\` of the catalog repository.</sub>`,
    "",
    formatMarker({ campaign: spec.id, version: spec.version, changes: changesHash(changes) })
  ];
  return lines.join("\n");
}
var COMMENT_MARKERS = {
  leftAlone: (id) => `migration:${id}:left-alone`,
  declined: (id) => `migration:${id}:declined`,
  closed: (id) => `migration:${id}:closed`
};
var leftAloneComment = (spec) => [
  `### Callboard leaves this branch alone`,
  "",
  `Someone other than Callboard pushed to \`callboard/migrate/${spec.id}\`, so Callboard no longer updates it: your`,
  "changes stay. Callboard still counts this repository, and it counts as migrated once the condition holds."
].join("\n");
var declinedComment = (spec) => [
  `### Callboard will not open this again`,
  "",
  `This pull request was closed without merging, so this repository has declined version ${spec.version} of the migration.`,
  `To ask for it again, tick this repository's box under "Declined" on the issue "${dashboardTitle(spec)}" in the`,
  "catalog repository (anyone with write access to it can).",
  "A new version of the migration opens it again."
].join("\n");
var closedComment = (reason, detail = "") => [
  `### Callboard closed this pull request`,
  "",
  reason === "spec-deleted" ? "The migration was removed from the catalog repository, so this pull request is no longer needed." : reason === "migrated" ? `This repository has migrated without it${detail ? `: ${detail}` : ""}.` : `The migration no longer applies to this repository${detail ? `: ${detail}` : ""}.`
].join("\n");

// app/core/scaffold/update-campaign.ts
var templateBranch = (name) => `callboard/template/${campaignId(name)}`;
function campaignId(name) {
  let id = "";
  for (const c of name.toLowerCase()) id += /[a-z0-9]/.test(c) ? c : "-";
  return id.slice(0, 90) || "template";
}
var short = (version) => version.slice(0, 12);
function templateCampaign(template) {
  return {
    id: `template-${campaignId(template.name)}`,
    version: short(template.version),
    title: `Update from the template "${template.title}"`,
    branch: templateBranch(template.name),
    origin: `Template ${template.ref}, version ${short(template.version)}`,
    pullRequest: { labels: [], draft: false },
    notes: {
      leftAlone: [
        "### Callboard leaves this branch alone",
        "",
        `Someone other than Callboard pushed to \`${templateBranch(template.name)}\`, so Callboard no longer updates it:`,
        "your changes stay. The next change to the template opens a new update."
      ].join("\n"),
      declined: [
        "### Callboard will not open this again",
        "",
        `This update was closed without merging, so this repository skips version ${short(template.version)} of the template.`,
        "The next change to the template offers the update again, with everything it brings."
      ].join("\n"),
      closed: (reason, detail) => [
        "### Callboard closed this pull request",
        "",
        reason === "migrated" ? `This repository has the template's change without it${detail ? `: ${detail}` : ""}.` : `The template is gone from the catalog, so there is nothing to update from${detail ? `: ${detail}` : ""}.`
      ].join("\n")
    }
  };
}
function updateBody(text) {
  const { template, changes, notes } = text;
  const campaign = templateCampaign(template);
  const lines = [
    `This repository was made from the template **${template.title}** (\`${template.ref}\`), which has changed since`,
    `version \`${short(text.from)}\`. This pull request brings it to version \`${short(template.version)}\`: the`,
    "template's change merged three ways with this repository's own changes, which are kept.",
    "",
    ...text.draft ? [
      "**This is a draft: some files have conflicts**, marked the way git marks them (`<<<<<<<`, `=======`,",
      "`>>>>>>>`). Resolve them on this branch, then mark the pull request ready for review.",
      ""
    ] : [],
    ...notes.map((n) => `> ${n}`),
    ...notes.length ? [""] : [],
    "<details><summary>What this pull request changes</summary>",
    "",
    ...changes.map((c) => `- \`${c.path}\` ${c.content === null ? "deleted" : "written"}`),
    "",
    "</details>",
    "",
    "**Callboard keeps this pull request current** while nobody else pushes to its branch: when the template",
    "changes again, it makes the update again. Push to the branch and Callboard leaves it to you.",
    "",
    `**Not now?** Close it: Callboard will not open it again until the template changes again.`,
    "",
    `<sub>Template \`${template.ref}\` at \`${template.source}\`; the answers this repository was made with are in \`.callboard/template.yaml\`.</sub>`,
    "",
    formatMarker({ campaign: campaign.id, version: campaign.version, changes: changesHash(changes) })
  ];
  return lines.join("\n");
}

export {
  SECTIONS,
  dashboardMarker,
  dashboardTitle,
  countByStatus,
  renderDashboard,
  tickedRequests,
  parseMarker,
  withNote,
  changesHash,
  pullRequestTitle,
  pullRequestBody,
  COMMENT_MARKERS,
  leftAloneComment,
  declinedComment,
  closedComment,
  short,
  templateCampaign,
  updateBody
};
