import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  scaffold
} from "./chunk-OZM42YED.js";
import {
  ANSWERS_FILE,
  TEMPLATE_VERSION
} from "./chunk-6NKFNPZH.js";
import {
  unifiedDiff
} from "./chunk-227WNR3J.js";
import "./chunk-7BHR42MJ.js";
import "./chunk-CBINKEOC.js";
import "./chunk-M3WY2IZ6.js";
import "./chunk-3SVCAJPW.js";
import "./chunk-56XEIP7Z.js";
import "./chunk-JLATT4XO.js";
import "./chunk-MJ7AYRFP.js";
import "./chunk-P3CGGNQC.js";
import "./chunk-YV55PDYP.js";
import "./chunk-H3NJOLHB.js";
import "./chunk-RHSRYE64.js";

// node_modules/node-diff3/dist/diff3.mjs
function LCS(buffer1, buffer2) {
  let equivalenceClasses = /* @__PURE__ */ Object.create(null);
  for (let j = 0; j < buffer2.length; j++) {
    const item = buffer2[j];
    if (equivalenceClasses[item]) {
      equivalenceClasses[item].push(j);
    } else {
      equivalenceClasses[item] = [j];
    }
  }
  const NULLRESULT = { buffer1index: -1, buffer2index: -1, chain: null };
  let candidates = [NULLRESULT];
  for (let i = 0; i < buffer1.length; i++) {
    const item = buffer1[i];
    const buffer2indices = equivalenceClasses[item] || [];
    let r = 0;
    let c = candidates[0];
    for (const j of buffer2indices) {
      let s;
      for (s = r; s < candidates.length; s++) {
        if (candidates[s].buffer2index < j && (s === candidates.length - 1 || candidates[s + 1].buffer2index > j)) {
          break;
        }
      }
      if (s < candidates.length) {
        const newCandidate = { buffer1index: i, buffer2index: j, chain: candidates[s] };
        if (r === candidates.length) {
          candidates.push(c);
        } else {
          candidates[r] = c;
        }
        r = s + 1;
        c = newCandidate;
        if (r === candidates.length) {
          break;
        }
      }
    }
    candidates[r] = c;
  }
  return candidates[candidates.length - 1];
}
function diffIndices(buffer1, buffer2) {
  const lcs = LCS(buffer1, buffer2);
  let result = [];
  let tail1 = buffer1.length;
  let tail2 = buffer2.length;
  for (let candidate = lcs; candidate !== null; candidate = candidate.chain) {
    const mismatchLength1 = tail1 - candidate.buffer1index - 1;
    const mismatchLength2 = tail2 - candidate.buffer2index - 1;
    tail1 = candidate.buffer1index;
    tail2 = candidate.buffer2index;
    if (mismatchLength1 || mismatchLength2) {
      result.push({
        buffer1: [tail1 + 1, mismatchLength1],
        buffer1Content: buffer1.slice(tail1 + 1, tail1 + 1 + mismatchLength1),
        buffer2: [tail2 + 1, mismatchLength2],
        buffer2Content: buffer2.slice(tail2 + 1, tail2 + 1 + mismatchLength2)
      });
    }
  }
  result.reverse();
  return result;
}
function diff3MergeRegions(a, o, b) {
  let hunks = [];
  function addHunk(h, ab) {
    hunks.push({
      ab,
      oStart: h.buffer1[0],
      oLength: h.buffer1[1],
      abStart: h.buffer2[0],
      abLength: h.buffer2[1]
    });
  }
  diffIndices(o, a).forEach((item) => addHunk(item, "a"));
  diffIndices(o, b).forEach((item) => addHunk(item, "b"));
  hunks.sort((x, y) => x.oStart - y.oStart);
  let results = [];
  let currOffset = 0;
  function advanceTo(endOffset) {
    if (endOffset > currOffset) {
      results.push({
        stable: true,
        buffer: "o",
        bufferStart: currOffset,
        bufferLength: endOffset - currOffset,
        bufferContent: o.slice(currOffset, endOffset)
      });
      currOffset = endOffset;
    }
  }
  while (hunks.length) {
    let hunk = hunks.shift();
    let regionStart = hunk.oStart;
    let regionEnd = hunk.oStart + hunk.oLength;
    let regionHunks = [hunk];
    advanceTo(regionStart);
    while (hunks.length) {
      const nextHunk = hunks[0];
      const nextHunkStart = nextHunk.oStart;
      if (nextHunkStart > regionEnd)
        break;
      regionEnd = Math.max(regionEnd, nextHunkStart + nextHunk.oLength);
      regionHunks.push(hunks.shift());
    }
    if (regionHunks.length === 1) {
      if (hunk.abLength > 0) {
        const buffer = hunk.ab === "a" ? a : b;
        results.push({
          stable: true,
          buffer: hunk.ab,
          bufferStart: hunk.abStart,
          bufferLength: hunk.abLength,
          bufferContent: buffer.slice(hunk.abStart, hunk.abStart + hunk.abLength)
        });
      }
    } else {
      let bounds = {
        a: [a.length, -1, o.length, -1],
        b: [b.length, -1, o.length, -1]
      };
      while (regionHunks.length) {
        hunk = regionHunks.shift();
        const oStart = hunk.oStart;
        const oEnd = oStart + hunk.oLength;
        const abStart = hunk.abStart;
        const abEnd = abStart + hunk.abLength;
        let b2 = bounds[hunk.ab];
        b2[0] = Math.min(abStart, b2[0]);
        b2[1] = Math.max(abEnd, b2[1]);
        b2[2] = Math.min(oStart, b2[2]);
        b2[3] = Math.max(oEnd, b2[3]);
      }
      const aStart = bounds.a[0] + (regionStart - bounds.a[2]);
      const aEnd = bounds.a[1] + (regionEnd - bounds.a[3]);
      const bStart = bounds.b[0] + (regionStart - bounds.b[2]);
      const bEnd = bounds.b[1] + (regionEnd - bounds.b[3]);
      let result = {
        stable: false,
        aStart,
        aLength: aEnd - aStart,
        aContent: a.slice(aStart, aEnd),
        oStart: regionStart,
        oLength: regionEnd - regionStart,
        oContent: o.slice(regionStart, regionEnd),
        bStart,
        bLength: bEnd - bStart,
        bContent: b.slice(bStart, bEnd)
      };
      results.push(result);
    }
    currOffset = regionEnd;
  }
  advanceTo(o.length);
  return results;
}
function diff3Merge(a, o, b, options) {
  let defaults = {
    excludeFalseConflicts: true,
    stringSeparator: /\s+/
  };
  options = Object.assign(defaults, options);
  if (typeof a === "string")
    a = a.split(options.stringSeparator);
  if (typeof o === "string")
    o = o.split(options.stringSeparator);
  if (typeof b === "string")
    b = b.split(options.stringSeparator);
  let results = [];
  const regions = diff3MergeRegions(a, o, b);
  let okBuffer = [];
  function flushOk() {
    if (okBuffer.length) {
      results.push({ ok: okBuffer });
    }
    okBuffer = [];
  }
  function isFalseConflict(a2, b2) {
    if (a2.length !== b2.length)
      return false;
    for (let i = 0; i < a2.length; i++) {
      if (a2[i] !== b2[i])
        return false;
    }
    return true;
  }
  regions.forEach((region) => {
    if (region.stable) {
      okBuffer.push(...region.bufferContent);
    } else {
      if (options.excludeFalseConflicts && isFalseConflict(region.aContent, region.bContent)) {
        okBuffer.push(...region.aContent);
      } else {
        flushOk();
        results.push({
          conflict: {
            a: region.aContent,
            aIndex: region.aStart,
            o: region.oContent,
            oIndex: region.oStart,
            b: region.bContent,
            bIndex: region.bStart
          }
        });
      }
    }
  });
  flushOk();
  return results;
}
function merge(a, o, b, options) {
  const defaults = {
    excludeFalseConflicts: true,
    stringSeparator: /\s+/,
    label: {}
  };
  options = Object.assign(defaults, options);
  const aSection = "<<<<<<<" + (options.label.a ? ` ${options.label.a}` : "");
  const xSection = "=======";
  const bSection = ">>>>>>>" + (options.label.b ? ` ${options.label.b}` : "");
  const regions = diff3Merge(a, o, b, options);
  let conflict = false;
  let result = [];
  regions.forEach((region) => {
    if (region.ok) {
      result = result.concat(region.ok);
    } else if (region.conflict) {
      conflict = true;
      result = result.concat([aSection], region.conflict.a, [xSection], region.conflict.b, [bSection]);
    }
  });
  return {
    conflict,
    result
  };
}

// app/core/scaffold/template-update.ts
var MERGE_LIMIT_BYTES = 1e6;
function renderVersions(request) {
  const render = (version) => scaffold({
    templateText: version.templateText,
    template: version.template,
    answers: request.origin.answers,
    source: request.origin.source,
    version: version.version,
    ...request.origin.request ? { request: request.origin.request } : {},
    ...request.settings ? { settings: request.settings } : {}
  });
  const before = render(request.before);
  const after = render(request.after);
  for (const [which, result] of [
    ["recorded", before],
    ["new", after]
  ])
    if (!result.ok)
      return {
        failed: `the template's ${which} version does not render with this repository's answers: ${result.problems.map((p) => `${p.where ? `${p.where}: ` : ""}${p.message}`).join("; ")}`
      };
  return { before: before.files, after: after.files };
}
function planUpdate(request, rendered) {
  const { before, after } = rendered;
  const label = `template ${request.origin.template} ${request.after.version.slice(0, 12)}`;
  const changes = [];
  const conflicts = [];
  const notes = [];
  const paths = [.../* @__PURE__ */ new Set([...before.files.keys(), ...after.files.keys()])].sort();
  for (const path of paths) {
    if (path === ANSWERS_FILE) continue;
    const base = textOf(before, path);
    const theirs = textOf(after, path);
    const ours = request.current.get(path);
    if (sameBytes(before, after, path) || ours === theirs) continue;
    const result = mergeFile(path, base, ours, theirs, label);
    if (result.note) notes.push(result.note);
    if (result.conflict) conflicts.push(path);
    if (result.change && result.change.content !== ours) changes.push(result.change);
  }
  const real = changes.filter((c) => !onlyVersionMoved(request.current.get(c.path), c.content));
  if (real.length === 0 && conflicts.length === 0)
    return {
      repository: request.repository,
      status: "migrated",
      evidence: `it already has what version ${request.after.version.slice(0, 12)} of the template changes`
    };
  const answers = textOf(after, ANSWERS_FILE);
  if (answers !== void 0 && answers !== request.current.get(ANSWERS_FILE))
    changes.push({ path: ANSWERS_FILE, content: answers });
  if (conflicts.length)
    notes.unshift(
      `Conflicts, marked the way git marks them, to resolve before merging: ${conflicts.map((c) => `\`${c}\``).join(", ")}.`
    );
  return {
    repository: request.repository,
    status: "changes",
    changes: changes.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
    diff: unifiedDiff(changes, (path) => request.current.get(path) ?? void 0),
    notes,
    draft: conflicts.length > 0
  };
}
function mergeFile(path, base, ours, theirs, label) {
  if (theirs === void 0) {
    if (ours === void 0) return {};
    if (ours === base) return { change: { path, content: null } };
    return { note: `\`${path}\` is no longer in the template, but it was changed here, so it stays.` };
  }
  if (ours === void 0 && base !== void 0)
    return { note: `\`${path}\` was deleted here, so the template's change to it is left out.` };
  if (theirs === null || ours === null || base === null)
    return ours === base || ours === void 0 ? { note: `\`${path}\` is a binary file the template changed: copy it from the template by hand.` } : {
      conflict: true,
      note: `\`${path}\` is a binary file changed both here and in the template: pick one by hand.`
    };
  if ((ours ?? "").length + theirs.length > MERGE_LIMIT_BYTES)
    return {
      conflict: true,
      note: `\`${path}\` is too large to merge line by line: bring the template's change by hand.`
    };
  const merged = merge(ours ?? "", base ?? "", theirs, {
    stringSeparator: "\n",
    excludeFalseConflicts: true,
    label: { a: "this repository", b: label }
  });
  return { change: { path, content: merged.result.join("\n") }, conflict: merged.conflict };
}
var decoder = new TextDecoder("utf-8", { fatal: true });
function textOf(tree, path) {
  const file = tree.files.get(path);
  if (!file) return void 0;
  try {
    return decoder.decode(file.content);
  } catch {
    return null;
  }
}
function sameBytes(a, b, path) {
  const x = a.files.get(path);
  const y = b.files.get(path);
  if (!x || !y) return x === y;
  return x.kind === y.kind && Buffer.from(x.content).equals(Buffer.from(y.content));
}
function onlyVersionMoved(before, after) {
  if (typeof before !== "string" || after === null) return false;
  const strip = (text) => text.split("\n").filter((line) => !line.trimStart().startsWith(`${TEMPLATE_VERSION}:`)).join("\n");
  return strip(before) === strip(after);
}
async function planTemplateUpdate(request, readCurrent) {
  const rendered = renderVersions(request);
  if ("failed" in rendered) return { repository: request.repository, status: "failed", reason: rendered.failed };
  const paths = [.../* @__PURE__ */ new Set([...rendered.before.files.keys(), ...rendered.after.files.keys()])];
  const current = new Map(await readCurrent(paths));
  return planUpdate({ ...request, current }, rendered);
}
export {
  MERGE_LIMIT_BYTES,
  planTemplateUpdate,
  planUpdate,
  renderVersions
};
