import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  refValues
} from "./chunk-S3A23YHW.js";
import {
  filesNeeded
} from "./chunk-ADE57BST.js";
import {
  entityRefOf,
  refFrom
} from "./chunk-7BHR42MJ.js";
import {
  isRecord
} from "./chunk-M3WY2IZ6.js";

// app/core/scorecard/catalog-facts.ts
function catalogFactsOf(index, entity) {
  const spec = isRecord(entity.spec) ? entity.spec : {};
  const owner = refFrom(entity, spec.owner, "group");
  const dependsOn = refValues(spec.dependsOn).map((r) => refFrom(entity, r, "component")).filter((r) => !!r);
  const self = entityRefOf(entity);
  return {
    ...owner ? { owner: { ref: owner, exists: !!index.get(owner), kind: owner.slice(0, owner.indexOf(":")) } } : {},
    dependsOn: dependsOn.map((ref) => {
      const known = index.get(ref);
      return { ref, exists: !!known, ...known?.lifecycle ? { lifecycle: known.lifecycle } : {} };
    }),
    dependents: index.targets(self, "dependencyOf").length
  };
}

// app/core/scorecard/score-repository.ts
async function scoreRepository(input) {
  const subjects = input.entities.map((e) => ({
    ref: e.ref.toLowerCase(),
    entity: e.entity,
    folder: folderOf(e.path),
    ...input.organization ? { organization: input.organization } : {},
    ...input.catalog ? { catalog: catalogFactsOf(input.catalog, e.entity) } : {},
    ...input.github ? { github: input.github } : {},
    ...input.ci ? { ci: input.ci } : {}
  }));
  const listing = { paths: input.paths, text: () => void 0 };
  const wanted = [
    ...new Set(subjects.flatMap((s) => filesNeeded(input.tracks, { folder: s.folder, files: listing })))
  ].sort();
  const texts = wanted.length ? await input.read(wanted) : /* @__PURE__ */ new Map();
  return input.work.scoreSubjects({
    subjects,
    files: { paths: input.paths, texts },
    tracks: input.tracks,
    ...input.exemptions ? { exemptions: input.exemptions } : {},
    now: input.now
  });
}
var folderOf = (path) => path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";

export {
  scoreRepository
};
