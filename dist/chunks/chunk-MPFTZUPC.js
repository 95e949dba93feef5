import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  refWords
} from "./chunk-CWBNDPBP.js";
import {
  externalLink,
  table,
  text
} from "./chunk-ZXJNQ4YA.js";

// app/core/impact/render-impact.ts
var ENTITIES_IN_FULL = 10;
var DEPENDENTS_LISTED = 15;
var MARK = { info: "", warning: "\u26A0\uFE0F ", error: "\u274C " };
function renderImpactMarkdown(report, options = {}) {
  const n = report.entities.length;
  const lines = [`### Callboard: ${n === 1 ? "1 catalog entity" : `${n} catalog entities`} touched`, ""];
  const link = (title, page) => page && options.pageUrl ? externalLink(text(title), options.pageUrl(page)) : `**${text(title)}**`;
  const full = report.entities.slice(0, ENTITIES_IN_FULL);
  for (const e of full) lines.push(...entitySection(e, link), "");
  const rest = report.entities.slice(ENTITIES_IN_FULL);
  if (rest.length) {
    lines.push(
      `<details><summary>${rest.length} more</summary>`,
      "",
      ...rest.map((e) => `- ${link(e.title, e.page)} (${text(refWords(e.ref))})${ownerWords(e)}`),
      "",
      "</details>",
      ""
    );
  }
  return `${lines.join("\n").trimEnd()}
`;
}
function entitySection(e, link) {
  const heading = `#### ${link(e.title, e.page)} \xB7 ${text(refWords(e.ref))}${e.change === "added" ? " \xB7 new" : e.change === "removed" ? " \xB7 removed" : ""}`;
  const facts = [
    e.owner ? `Owner: ${link(e.owner.title, void 0)}${contactWords(e)}` : "Owner: none set",
    e.system && `System: ${text(e.system.title)}`,
    e.domain && `Domain: ${text(e.domain.title)}`,
    e.lifecycle && (e.deprecated ? "**Lifecycle: deprecated**" : `Lifecycle: ${text(e.lifecycle)}`)
  ].filter(Boolean);
  const lines = [heading, "", facts.join(" \xB7 ")];
  if (e.deprecated)
    lines.push(
      "",
      "> [!WARNING]",
      "> This entity is deprecated: ask its owner what replaces it before building on it."
    );
  if (e.notes.length)
    lines.push("", "**This change**", "", ...e.notes.map((note) => `- ${MARK[note.level]}${text(note.text)}`));
  lines.push("", `**Blast radius**: ${blastWords(e)}`);
  lines.push("", "<details><summary>Details</summary>", "", ...details(e), "", "</details>");
  return lines;
}
function contactWords(e) {
  const o = e.owner;
  if (!o.exists) return " (not in the catalog)";
  const parts = [
    o.email && externalLink(text(o.email), `mailto:${o.email}`),
    ...o.links.map((l) => externalLink(text(l.title), l.url))
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(", ")})` : "";
}
var ownerWords = (e) => e.owner ? `, owned by ${text(e.owner.title)}` : "";
function blastWords(e) {
  const { direct, transitive, truncated } = e.dependents;
  if (!direct.length) return "nothing in the catalog depends on it.";
  const owners = new Set([...direct, ...transitive].map((d) => d.ownerTitle ?? "no owner"));
  const more = transitive.length ? `, ${transitive.length}${truncated ? "+" : ""} more through them` : "";
  return `${direct.length} direct dependent${direct.length === 1 ? "" : "s"}${more}, owned by ${owners.size} team${owners.size === 1 ? "" : "s"}.`;
}
function details(e) {
  const out = [];
  if (e.owner && e.owner.members.length) {
    out.push(
      `Members of ${text(e.owner.title)}${e.owner.memberCount > e.owner.members.length ? ` (first ${e.owner.members.length} of ${e.owner.memberCount})` : ""}:`,
      ""
    );
    out.push(
      ...table(
        ["member", "email"],
        e.owner.members.map((m) => [text(m.title), m.email ? externalLink(text(m.email), `mailto:${m.email}`) : "\u2014"])
      ),
      ""
    );
  }
  if (e.providesApis.length) out.push(`Provides: ${e.providesApis.map((a) => text(a.title)).join(", ")}`, "");
  if (e.consumesApis.length) out.push(`Consumes: ${e.consumesApis.map((a) => text(a.title)).join(", ")}`, "");
  out.push(
    ...dependentsTable("Direct dependents", e.dependents.direct),
    ...dependentsTable("Through them", e.dependents.transitive)
  );
  out.push(
    `Changed here: ${e.paths.slice(0, 5).map((p) => `\`${p.replace(/`/g, "")}\``).join(", ")}${e.paths.length > 5 ? ` and ${e.paths.length - 5} more` : ""}`
  );
  return out;
}
function dependentsTable(title, dependents) {
  if (!dependents.length) return [];
  const shown = dependents.slice(0, DEPENDENTS_LISTED);
  const rows = shown.map((d) => [
    `${text(d.title)}${d.deprecated ? " (deprecated)" : ""}`,
    text(refWords(d.ref)),
    text(d.ownerTitle ?? "\u2014")
  ]);
  const rest = dependents.length - shown.length;
  const byOwner = rest ? countByOwner(dependents.slice(DEPENDENTS_LISTED)) : "";
  return [
    `${title} (${dependents.length}):`,
    "",
    ...table(["entity", "ref", "owner"], rows),
    ...rest ? ["", `and ${rest} more: ${byOwner}`] : [],
    ""
  ];
}
function countByOwner(dependents) {
  const counts = /* @__PURE__ */ new Map();
  for (const d of dependents) counts.set(d.ownerTitle ?? "no owner", (counts.get(d.ownerTitle ?? "no owner") ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10).map(([o, c]) => `${text(o)} ${c}`).join(", ");
}
function renderImpactText(report) {
  if (!report.entities.length) return `Nothing in the catalog of ${report.organization} is touched.
`;
  const lines = [];
  for (const e of report.entities) {
    lines.push(
      `${e.title} (${refWords(e.ref)})${e.change === "added" ? " [new]" : e.change === "removed" ? " [removed]" : ""}`
    );
    if (e.owner)
      lines.push(
        `  owner: ${e.owner.title}${e.owner.exists ? "" : " (not in the catalog)"}${e.owner.email ? ` <${e.owner.email}>` : ""}${e.owner.links.map((l) => `, ${l.title}: ${l.url}`).join("")}`
      );
    else lines.push("  owner: none set");
    if (e.system) lines.push(`  system: ${e.system.title}${e.domain ? `, domain: ${e.domain.title}` : ""}`);
    if (e.lifecycle)
      lines.push(`  lifecycle: ${e.lifecycle}${e.deprecated && e.lifecycle !== "deprecated" ? " (deprecated)" : ""}`);
    if (e.providesApis.length) lines.push(`  provides: ${e.providesApis.map((a) => a.title).join(", ")}`);
    if (e.consumesApis.length) lines.push(`  consumes: ${e.consumesApis.map((a) => a.title).join(", ")}`);
    lines.push(`  blast radius: ${blastWords(e)}`);
    for (const d of e.dependents.direct.slice(0, DEPENDENTS_LISTED))
      lines.push(`    ${d.title} (${refWords(d.ref)})${d.ownerTitle ? `, owned by ${d.ownerTitle}` : ""}`);
    for (const note of e.notes)
      lines.push(`  ${note.level === "info" ? "-" : note.level === "warning" ? "!" : "\u2716"} ${note.text}`);
    lines.push("");
  }
  return lines.join("\n");
}

export {
  renderImpactMarkdown,
  renderImpactText
};
