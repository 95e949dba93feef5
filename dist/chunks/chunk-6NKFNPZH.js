import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  stringifyEntityRef
} from "./chunk-7BHR42MJ.js";
import {
  parseYamlDocuments
} from "./chunk-CBINKEOC.js";
import {
  isRecord
} from "./chunk-M3WY2IZ6.js";
import {
  require_dist
} from "./chunk-3SVCAJPW.js";
import {
  createLenientSchemaCompiler
} from "./chunk-MJ7AYRFP.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-RHSRYE64.js";

// node_modules/isbinaryfile/lib/index.js
var require_lib = __commonJS({
  "node_modules/isbinaryfile/lib/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isBinaryFileSync = exports.isBinaryFile = void 0;
    var fs = __require("fs");
    var util_1 = __require("util");
    var statAsync = (0, util_1.promisify)(fs.stat);
    var openAsync = (0, util_1.promisify)(fs.open);
    var closeAsync = (0, util_1.promisify)(fs.close);
    var MAX_BYTES = 512;
    var UTF8_BOUNDARY_RESERVE = 3;
    var Reader = class {
      fileBuffer;
      size;
      offset;
      error;
      constructor(fileBuffer, size) {
        this.fileBuffer = fileBuffer;
        this.size = size;
        this.offset = 0;
        this.error = false;
      }
      hasError() {
        return this.error;
      }
      nextByte() {
        if (this.offset === this.size || this.hasError()) {
          this.error = true;
          return 255;
        }
        return this.fileBuffer[this.offset++];
      }
      next(len) {
        const n = new Array();
        for (let i = 0; i < len; i++) {
          if (this.error) {
            return n;
          }
          n[i] = this.nextByte();
        }
        return n;
      }
    };
    function readProtoVarInt(reader) {
      let idx = 0;
      let varInt = 0;
      while (!reader.hasError()) {
        const b = reader.nextByte();
        varInt = varInt | (b & 127) << 7 * idx;
        if ((b & 128) === 0) {
          break;
        }
        if (idx >= 10) {
          reader.error = true;
          break;
        }
        idx++;
      }
      return varInt;
    }
    function readProtoMessage(reader) {
      const varInt = readProtoVarInt(reader);
      const wireType = varInt & 7;
      switch (wireType) {
        case 0:
          readProtoVarInt(reader);
          return true;
        case 1:
          reader.next(8);
          return true;
        case 2:
          const len = readProtoVarInt(reader);
          reader.next(len);
          return true;
        case 5:
          reader.next(4);
          return true;
      }
      return false;
    }
    function isBinaryProto(fileBuffer, totalBytes) {
      const reader = new Reader(fileBuffer, totalBytes);
      let numMessages = 0;
      while (true) {
        if (!readProtoMessage(reader) && !reader.hasError()) {
          return false;
        }
        if (reader.hasError()) {
          break;
        }
        numMessages++;
      }
      return numMessages > 0;
    }
    async function isBinaryFile(file, size) {
      if (isString(file)) {
        const stat = await statAsync(file);
        isStatFile(stat);
        const fileDescriptor = await openAsync(file, "r");
        const allocBuffer = Buffer.alloc(MAX_BYTES + UTF8_BOUNDARY_RESERVE);
        return new Promise((fulfill, reject) => {
          fs.read(fileDescriptor, allocBuffer, 0, MAX_BYTES + UTF8_BOUNDARY_RESERVE, 0, (err, bytesRead, _) => {
            closeAsync(fileDescriptor);
            if (err) {
              reject(err);
            } else {
              try {
                fulfill(isBinaryCheck(allocBuffer, bytesRead));
              } catch (error) {
                reject(error);
              }
            }
          });
        });
      } else {
        if (size === void 0) {
          size = file.length;
        }
        return isBinaryCheck(file, size);
      }
    }
    exports.isBinaryFile = isBinaryFile;
    function isBinaryFileSync(file, size) {
      if (isString(file)) {
        const stat = fs.statSync(file);
        isStatFile(stat);
        const fileDescriptor = fs.openSync(file, "r");
        const allocBuffer = Buffer.alloc(MAX_BYTES + UTF8_BOUNDARY_RESERVE);
        const bytesRead = fs.readSync(fileDescriptor, allocBuffer, 0, MAX_BYTES + UTF8_BOUNDARY_RESERVE, 0);
        fs.closeSync(fileDescriptor);
        return isBinaryCheck(allocBuffer, bytesRead);
      } else {
        if (size === void 0) {
          size = file.length;
        }
        return isBinaryCheck(file, size);
      }
    }
    exports.isBinaryFileSync = isBinaryFileSync;
    function isBinaryCheck(fileBuffer, bytesRead) {
      if (bytesRead === 0) {
        return false;
      }
      let suspiciousBytes = 0;
      const totalBytes = Math.min(bytesRead, MAX_BYTES + UTF8_BOUNDARY_RESERVE);
      const scanBytes = Math.min(totalBytes, MAX_BYTES);
      if (bytesRead >= 3 && fileBuffer[0] === 239 && fileBuffer[1] === 187 && fileBuffer[2] === 191) {
        return false;
      }
      if (bytesRead >= 4 && fileBuffer[0] === 0 && fileBuffer[1] === 0 && fileBuffer[2] === 254 && fileBuffer[3] === 255) {
        return false;
      }
      if (bytesRead >= 4 && fileBuffer[0] === 255 && fileBuffer[1] === 254 && fileBuffer[2] === 0 && fileBuffer[3] === 0) {
        return false;
      }
      if (bytesRead >= 4 && fileBuffer[0] === 132 && fileBuffer[1] === 49 && fileBuffer[2] === 149 && fileBuffer[3] === 51) {
        return false;
      }
      if (totalBytes >= 5 && fileBuffer.slice(0, 5).toString() === "%PDF-") {
        return true;
      }
      if (bytesRead >= 2 && fileBuffer[0] === 254 && fileBuffer[1] === 255) {
        return false;
      }
      if (bytesRead >= 2 && fileBuffer[0] === 255 && fileBuffer[1] === 254) {
        return false;
      }
      for (let i = 0; i < scanBytes; i++) {
        if (fileBuffer[i] === 0) {
          return true;
        } else if ((fileBuffer[i] < 7 || fileBuffer[i] > 14) && (fileBuffer[i] < 32 || fileBuffer[i] > 127)) {
          if (fileBuffer[i] >= 192 && fileBuffer[i] <= 223 && i + 1 < totalBytes) {
            i++;
            if (fileBuffer[i] >= 128 && fileBuffer[i] <= 191) {
              continue;
            }
          } else if (fileBuffer[i] >= 224 && fileBuffer[i] <= 239 && i + 2 < totalBytes) {
            i++;
            if (fileBuffer[i] >= 128 && fileBuffer[i] <= 191 && fileBuffer[i + 1] >= 128 && fileBuffer[i + 1] <= 191) {
              i++;
              continue;
            }
          } else if (fileBuffer[i] >= 240 && fileBuffer[i] <= 247 && i + 3 < totalBytes) {
            i++;
            if (fileBuffer[i] >= 128 && fileBuffer[i] <= 191 && fileBuffer[i + 1] >= 128 && fileBuffer[i + 1] <= 191 && fileBuffer[i + 2] >= 128 && fileBuffer[i + 2] <= 191) {
              i += 2;
              continue;
            }
          }
          suspiciousBytes++;
          if (i >= 32 && suspiciousBytes * 100 / scanBytes > 10) {
            return true;
          }
        }
      }
      if (suspiciousBytes * 100 / scanBytes > 10) {
        return true;
      }
      if (suspiciousBytes > 1 && isBinaryProto(fileBuffer, scanBytes)) {
        return true;
      }
      return false;
    }
    function isString(x) {
      return typeof x === "string";
    }
    function isStatFile(stat) {
      if (!stat.isFile()) {
        throw new Error(`Path provided was not a file!`);
      }
    }
  }
});

// app/core/scaffold/parameters.ts
function formSteps(parameters) {
  const steps = Array.isArray(parameters) ? parameters : parameters === void 0 ? [] : [parameters];
  return steps.filter(isRecord);
}
function formFields(parameters) {
  return formSteps(parameters).flatMap((step) => {
    const required = new Set(Array.isArray(step.required) ? step.required : []);
    const properties = isRecord(step.properties) ? step.properties : {};
    return Object.entries(properties).flatMap(
      ([name, schema]) => isRecord(schema) ? [{ name, schema, required: required.has(name) }] : []
    );
  });
}
var compiler = createLenientSchemaCompiler();
var compiled = /* @__PURE__ */ new WeakMap();
function checkValues(parameters, values) {
  const filled = { ...values };
  for (const field of formFields(parameters))
    if (filled[field.name] === void 0 && field.schema.default !== void 0)
      filled[field.name] = field.schema.default;
  const check = checkOf(parameters);
  if (!(typeof check === "function")) return { problems: [check] };
  const errors = check(filled);
  if (!errors.length) return { values: filled };
  return { problems: dedupe(errors.filter((e) => e.keyword !== "allOf" && e.keyword !== "if").map(problemOf)) };
}
function checkOf(parameters) {
  const key = isRecord(parameters) || Array.isArray(parameters) ? parameters : void 0;
  const cached = key && compiled.get(key);
  if (cached) return cached;
  let check;
  try {
    const steps = formSteps(parameters);
    check = compiler.compile(steps.length ? { type: "object", allOf: steps } : { type: "object" });
  } catch (error) {
    check = {
      field: "",
      message: `the template's parameters are not a schema Callboard can check: ${error.message}`
    };
  }
  if (key) compiled.set(key, check);
  return check;
}
function problemOf(error) {
  const path = error.instancePath.split("/").filter(Boolean);
  const params = error.params;
  if (error.keyword === "required") return { field: String(params.missingProperty), message: "is required" };
  const field = path[0] ?? "";
  const at = path.length > 1 ? ` (at ${path.slice(1).join(".")})` : "";
  if (error.keyword === "enum")
    return { field, message: `must be one of ${params.allowedValues.map(String).join(", ")}${at}` };
  if (error.keyword === "pattern") return { field, message: `must match the pattern ${String(params.pattern)}${at}` };
  return { field, message: `${error.message ?? "is not valid"}${at}` };
}
function dedupe(problems) {
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    const key = `${p.field}\0${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// app/core/scaffold/workspace.ts
var UnsafePathError = class extends Error {
};
function childPath(base, relative) {
  if (relative.startsWith("/") || /^[a-zA-Z]:[\\/]/.test(relative))
    throw new UnsafePathError(`${relative} is an absolute path: name a path inside the folder instead`);
  const parts = base ? base.split("/") : [];
  const floor = parts.length;
  for (const part of relative.replaceAll("\\", "/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === floor)
        throw new UnsafePathError(`${relative} leaves ${base || "the workspace"}: name a path inside it`);
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}
function subtree(tree, folder) {
  if (folder === "") return tree;
  const prefix = `${folder}/`;
  const files = /* @__PURE__ */ new Map();
  for (const [path, file] of tree.files) if (path.startsWith(prefix)) files.set(path.slice(prefix.length), file);
  const folders = /* @__PURE__ */ new Set();
  for (const path of tree.folders ?? []) if (path.startsWith(prefix)) folders.add(path.slice(prefix.length));
  return { files, folders };
}
function hasFolder(tree, folder) {
  if (folder === "" || tree.folders?.has(folder)) return true;
  const prefix = `${folder}/`;
  for (const path of tree.files.keys()) if (path.startsWith(prefix)) return true;
  return false;
}
function checkLinkTarget(path, file) {
  if (file.kind !== "symlink") return;
  const target = new TextDecoder().decode(file.content);
  const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  try {
    childPath("", folder ? `${folder}/${target}` : target);
  } catch {
    throw new UnsafePathError(`${path} is a symbolic link to ${target}, outside the template: copy the file instead`);
  }
}
var Workspace = class {
  files = /* @__PURE__ */ new Map();
  folders = /* @__PURE__ */ new Set();
  /** Whether a file or a folder is at `path` (Backstage's `fs.existsSync`). */
  exists(path) {
    return path === "" || this.files.has(path) || hasFolder(this, path);
  }
  write(path, file) {
    if (hasFolder(this, path))
      throw new UnsafePathError(`${path} is a folder in the workspace: a file cannot replace it`);
    for (let at = path.indexOf("/"); at !== -1; at = path.indexOf("/", at + 1)) {
      const parent = path.slice(0, at);
      if (this.files.has(parent))
        throw new UnsafePathError(`${path} needs ${parent} to be a folder, but a file is there`);
      this.folders.delete(parent);
    }
    this.files.set(path, file);
  }
  makeFolder(path) {
    if (path && !hasFolder(this, path)) this.folders.add(path);
  }
  /** What it holds, for a commit or a local render: files sorted by path. */
  tree() {
    const files = new Map([...this.files].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
    return { files, folders: new Set(this.folders) };
  }
};
var encoder = new TextEncoder();
var textFile = (text, kind = "file") => ({ content: encoder.encode(text), kind });

// app/core/scaffold/template-origin.ts
var import_yaml = __toESM(require_dist(), 1);
var ANSWERS_FILE = ".callboard/template.yaml";
var SOURCE_TEMPLATE = "backstage.io/source-template";
var TEMPLATE_VERSION = "backstage.io/template-version";
function withOrigin(run, origin, parameters) {
  const files = new Map(run.workspace.files);
  const root = run.publish?.sourcePath ?? "";
  const answers = storedAnswers(parameters, origin.answers);
  files.set(childPath(root, ANSWERS_FILE), answersFile({ ...origin, answers }));
  for (const registration of run.registrations) {
    const path = childPath(root, registration.path);
    const file = files.get(path);
    if (file && registration.entityRef) files.set(path, annotated(file, registration.entityRef, origin));
  }
  return { files: new Map([...files].sort(([a], [b]) => a < b ? -1 : 1)), folders: run.workspace.folders };
}
function answersFile(origin) {
  const header = "# Written by Callboard when this repository was created from a template: which template, which\n# version, and the answers. Template updates come as pull requests rendered with these answers;\n# change an answer here to have the next update use it.\n";
  return textFile(header + (0, import_yaml.stringify)(origin));
}
function readOrigin(text) {
  let value;
  try {
    const [document] = parseYamlDocuments(text);
    value = document?.toJSON();
  } catch (error) {
    return { problem: `${ANSWERS_FILE} is not YAML: ${error.message}` };
  }
  if (!isRecord(value)) return { problem: `${ANSWERS_FILE} must be a mapping` };
  const { template, source, version, answers, request } = value;
  if (typeof template !== "string" || typeof source !== "string" || typeof version !== "string")
    return { problem: `${ANSWERS_FILE} needs template, source and version (text)` };
  if (answers !== void 0 && !isRecord(answers)) return { problem: `${ANSWERS_FILE}: answers must be a mapping` };
  return { template, source, version, answers: answers ?? {}, ...typeof request === "string" ? { request } : {} };
}
function annotated(file, entityRef, origin) {
  const documents = (0, import_yaml.parseAllDocuments)(new TextDecoder().decode(file.content));
  if (!Array.isArray(documents)) return file;
  for (const document of documents) {
    const value = document.toJSON();
    if (!isRecord(value) || !isRecord(value.metadata) || !(0, import_yaml.isMap)(document.get("metadata"))) continue;
    const { kind, metadata } = value;
    const ref = { kind: String(kind), namespace: String(metadata.namespace ?? "default"), name: String(metadata.name) };
    if (stringifyEntityRef(ref) !== entityRef) continue;
    document.setIn(["metadata", "annotations", SOURCE_TEMPLATE], origin.template);
    document.setIn(["metadata", "annotations", TEMPLATE_VERSION], origin.version);
  }
  return textFile(documents.map((d) => d.toString()).join(""), file.kind);
}
function storedAnswers(parameters, answers) {
  const secret = new Set(
    formFields(parameters).filter(({ schema }) => schema["ui:widget"] === "password" || masked(schema)).map((field) => field.name)
  );
  return Object.fromEntries(Object.entries(answers).filter(([name]) => !secret.has(name)));
}
function masked(property) {
  const backstage = property["ui:backstage"];
  return isRecord(backstage) && isRecord(backstage.review) && "mask" in backstage.review;
}

export {
  formSteps,
  formFields,
  checkValues,
  UnsafePathError,
  childPath,
  subtree,
  hasFolder,
  checkLinkTarget,
  Workspace,
  textFile,
  ANSWERS_FILE,
  SOURCE_TEMPLATE,
  TEMPLATE_VERSION,
  withOrigin,
  readOrigin,
  require_lib
};
