import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-3SVCAJPW.js";
import {
  BUDGETS
} from "./chunk-56XEIP7Z.js";
import {
  __toESM
} from "./chunk-RHSRYE64.js";

// app/core/descriptor/parse-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYamlDocuments(text, options = {}) {
  const tokens = [...new import_yaml.Parser(options.lineCounter?.addNewLine).parse(text)];
  const tooDeep = [];
  for (const token of tokens) {
    if (token.type !== "document") continue;
    const offset = token.value ? deeperThan(token.value, BUDGETS.depth) : void 0;
    tooDeep.push(offset);
    if (token.value && offset !== void 0)
      token.value = { type: "scalar", offset: token.value.offset, indent: 0, source: "" };
  }
  const composer = new import_yaml.Composer({ ...options, uniqueKeys: false });
  const documents = [...composer.compose(tokens)];
  documents.forEach((document, i) => {
    const deep = tooDeep[i];
    if (deep !== void 0) {
      document.errors.push(
        new import_yaml.YAMLParseError(
          [deep, deep + 1],
          TOO_DEEP,
          `Nested deeper than ${BUDGETS.depth} levels of mappings and lists`
        )
      );
    }
    if (options.uniqueKeys !== false) for (const error of duplicateKeys(document)) document.errors.push(error);
    document.errors.sort((a, b) => a.pos[0] - b.pos[0]);
  });
  return documents;
}
var TOO_DEEP = "TOO_DEEP";
function nestedDeeperThan(value, max = BUDGETS.depth) {
  const stack = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop();
    if (v === null || typeof v !== "object") continue;
    if (depth >= max) return true;
    for (const child of Object.values(v))
      if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
  }
  return false;
}
function deeperThan(root, max) {
  const stack = [[root, 0]];
  while (stack.length) {
    const [token, depth] = stack.pop();
    if (!("items" in token)) continue;
    if (depth >= max) return token.offset;
    for (const item of token.items) {
      if ("key" in item && item.key) stack.push([item.key, depth + 1]);
      if ("value" in item && item.value) stack.push([item.value, depth + 1]);
    }
  }
  return void 0;
}
function duplicateKeys(document) {
  const errors = [];
  const stack = [document.contents];
  while (stack.length) {
    const node = stack.pop();
    if ((0, import_yaml.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        const key = pair.key;
        const value = (0, import_yaml.isScalar)(key) ? key.value : key;
        if (key !== null && !Number.isNaN(value)) {
          if (seen.has(value) && (0, import_yaml.isScalar)(key) && key.range)
            errors.push(new import_yaml.YAMLParseError([key.range[0], key.range[1]], "DUPLICATE_KEY", "Map keys must be unique"));
          seen.add(value);
        }
        stack.push(pair.key, pair.value);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (const item of node.items) stack.push((0, import_yaml.isPair)(item) ? item.value : item);
    } else if ((0, import_yaml.isPair)(node)) {
      stack.push(node.key, node.value);
    }
  }
  return errors;
}

export {
  parseYamlDocuments,
  nestedDeeperThan
};
