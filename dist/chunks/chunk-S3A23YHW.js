import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  trimChars
} from "./chunk-PIVNTOD2.js";
import {
  compoundRefOf,
  parseEntityRef,
  stringifyEntityRef
} from "./chunk-7BHR42MJ.js";

// app/core/model/entity-relations.ts
function entityRelations(entity, definition) {
  const self = compoundRefOf(entity);
  const selfRef = stringifyEntityRef(self);
  const relations = [];
  for (const field of definition.refFields) {
    for (const value of refValues(entity.spec?.[field.field])) {
      const parsed = parseEntityRef(value, { defaultKind: field.defaultKind, defaultNamespace: self.namespace });
      if (!parsed.ok) continue;
      const target = stringifyEntityRef(parsed.ref);
      relations.push({ source: selfRef, type: field.forward, target });
      relations.push({ source: target, type: field.reverse, target: selfRef });
    }
  }
  return relations;
}
var refValues = (value) => value === void 0 || value === null ? [] : Array.isArray(value) ? value : [value];

// app/core/model/relations.ts
var pair = (forward, reverse) => ({ forward, reverse });
var RELATIONS = {
  ownedBy: pair("ownedBy", "ownerOf"),
  providesApi: pair("providesApi", "apiProvidedBy"),
  consumesApi: pair("consumesApi", "apiConsumedBy"),
  dependsOn: pair("dependsOn", "dependencyOf"),
  dependencyOf: pair("dependencyOf", "dependsOn"),
  parentOf: pair("parentOf", "childOf"),
  childOf: pair("childOf", "parentOf"),
  memberOf: pair("memberOf", "hasMember"),
  hasMember: pair("hasMember", "memberOf"),
  partOf: pair("partOf", "hasPart"),
  hasPart: pair("hasPart", "partOf")
};

// app/core/model/kinds.ts
var str = { type: "string", minLength: 1 };
var strList = { type: "array", items: str };
var backstageVersions = ["backstage.io/v1alpha1", "backstage.io/v1beta1"];
var specOf = (required, properties) => ({
  type: "object",
  required,
  properties
});
var owner = {
  field: "owner",
  defaultKind: "Group",
  allowedKinds: ["Group", "User"],
  ...RELATIONS.ownedBy,
  describes: "the Group or User that owns it"
};
var system = {
  field: "system",
  defaultKind: "System",
  ...RELATIONS.partOf,
  describes: "the System it is part of"
};
var dependsOn = {
  field: "dependsOn",
  allowedKinds: ["Component", "Resource"],
  ...RELATIONS.dependsOn,
  describes: "a Component or Resource it depends on"
};
var dependencyOf = {
  field: "dependencyOf",
  allowedKinds: ["Component", "Resource"],
  ...RELATIONS.dependencyOf,
  describes: "a Component or Resource that depends on it"
};
var component = {
  kind: "Component",
  apiVersions: backstageVersions,
  spec: specOf(["type", "lifecycle", "owner"], {
    type: str,
    lifecycle: str,
    owner: str,
    system: str,
    subcomponentOf: str,
    providesApis: strList,
    consumesApis: strList,
    dependsOn: strList
  }),
  refFields: [
    owner,
    {
      field: "subcomponentOf",
      defaultKind: "Component",
      ...RELATIONS.partOf,
      describes: "the Component it is part of"
    },
    {
      field: "providesApis",
      defaultKind: "API",
      allowedKinds: ["API"],
      ...RELATIONS.providesApi,
      describes: "an API it provides"
    },
    {
      field: "consumesApis",
      defaultKind: "API",
      allowedKinds: ["API"],
      ...RELATIONS.consumesApi,
      describes: "an API it consumes"
    },
    dependsOn,
    dependencyOf,
    system
  ]
};
var api = {
  kind: "API",
  apiVersions: backstageVersions,
  spec: specOf(["type", "lifecycle", "owner", "definition"], {
    type: str,
    lifecycle: str,
    owner: str,
    system: str,
    definition: str
  }),
  refFields: [owner, system]
};
var mcpServerApi = {
  kind: "API",
  apiVersions: backstageVersions,
  specType: "mcp-server",
  spec: specOf(["type", "lifecycle", "owner", "remotes"], {
    type: { const: "mcp-server" },
    lifecycle: str,
    owner: str,
    system: str,
    remotes: {
      type: "array",
      minItems: 1,
      items: { type: "object", required: ["type", "url"], properties: { type: str, url: str } }
    }
  }),
  refFields: [owner, system]
};
var resource = {
  kind: "Resource",
  apiVersions: backstageVersions,
  spec: specOf(["type", "owner"], { type: str, owner: str, dependsOn: strList, system: str }),
  refFields: [owner, dependsOn, dependencyOf, system]
};
var systemKind = {
  kind: "System",
  apiVersions: backstageVersions,
  spec: specOf(["owner"], { owner: str, domain: str, type: str }),
  refFields: [
    owner,
    { field: "domain", defaultKind: "Domain", ...RELATIONS.partOf, describes: "the Domain it belongs to" }
  ]
};
var domain = {
  kind: "Domain",
  apiVersions: backstageVersions,
  spec: specOf(["owner"], { owner: str, subdomainOf: str, type: str }),
  refFields: [
    owner,
    { field: "subdomainOf", defaultKind: "Domain", ...RELATIONS.partOf, describes: "its parent Domain" }
  ]
};
var profile = { type: "object", properties: { displayName: str, email: str, picture: str } };
var group = {
  kind: "Group",
  apiVersions: backstageVersions,
  spec: specOf(["type", "children"], { type: str, profile, parent: str, children: strList, members: strList }),
  refFields: [
    {
      field: "parent",
      defaultKind: "Group",
      allowedKinds: ["Group"],
      ...RELATIONS.childOf,
      describes: "its parent Group"
    },
    {
      field: "children",
      defaultKind: "Group",
      allowedKinds: ["Group"],
      ...RELATIONS.parentOf,
      describes: "a child Group"
    },
    {
      field: "members",
      defaultKind: "User",
      allowedKinds: ["User"],
      ...RELATIONS.hasMember,
      describes: "a member User"
    }
  ]
};
var user = {
  kind: "User",
  apiVersions: backstageVersions,
  spec: specOf(["memberOf"], { profile, memberOf: strList }),
  refFields: [
    {
      field: "memberOf",
      defaultKind: "Group",
      allowedKinds: ["Group"],
      ...RELATIONS.memberOf,
      describes: "a Group it belongs to"
    }
  ]
};
var location = {
  kind: "Location",
  apiVersions: backstageVersions,
  spec: specOf([], {
    type: str,
    target: str,
    targets: strList,
    presence: { type: "string", enum: ["required", "optional"] }
  }),
  refFields: []
};
var permissionTags = { type: "object", properties: { tags: { type: "array", items: { type: "string" } } } };
var conditional = { type: ["string", "boolean"] };
var formDecorators = {
  type: "array",
  items: { type: "object", properties: { id: { type: "string" }, input: { type: "object" } } }
};
var template = {
  kind: "Template",
  apiVersions: ["scaffolder.backstage.io/v1beta3"],
  spec: specOf(["type", "steps"], {
    type: str,
    owner: str,
    lifecycle: str,
    parameters: {
      oneOf: [
        { type: "object", properties: { "backstage:permissions": permissionTags } },
        { type: "array", items: { type: "object", properties: { "backstage:permissions": permissionTags } } }
      ]
    },
    secrets: { type: "object", properties: { schema: { type: "object" } } },
    presentation: {
      type: "object",
      properties: {
        buttonLabels: {
          type: "object",
          properties: {
            backButtonText: { type: "string" },
            createButtonText: { type: "string" },
            reviewButtonText: { type: "string" }
          }
        }
      }
    },
    EXPERIMENTAL_recovery: { type: "object", properties: { EXPERIMENTAL_strategy: { type: "string" } } },
    formDecorators,
    EXPERIMENTAL_formDecorators: formDecorators,
    steps: {
      type: "array",
      items: {
        type: "object",
        required: ["action"],
        properties: {
          id: { type: "string" },
          name: { type: "string" },
          action: { type: "string" },
          input: { type: "object" },
          if: conditional,
          "backstage:permissions": permissionTags
        }
      }
    },
    output: {
      type: "object",
      properties: {
        links: {
          type: "array",
          items: { type: "object", properties: { if: conditional, url: str, entityRef: str, title: str, icon: str } }
        },
        text: {
          type: "array",
          items: {
            type: "object",
            properties: { if: conditional, title: str, icon: str, content: { type: "string" } }
          }
        }
      },
      additionalProperties: { type: "string" }
    }
  }),
  refFields: [owner]
};
var aiBase = { lifecycle: str, owner: str, system: str };
var aiRefs = [owner, { ...system, allowedKinds: ["System"] }];
var aiResource = (specType, required, properties, refFields = []) => ({
  kind: "AiResource",
  apiVersions: ["backstage.io/v1alpha1"],
  ...specType ? { specType } : {},
  spec: specOf(["type", "lifecycle", "owner", ...required], {
    type: specType ? { type: "string", enum: [specType] } : str,
    ...aiBase,
    ...properties
  }),
  refFields: [...aiRefs, ...refFields]
});
var aiPart = (field, describes) => ({
  field,
  defaultKind: "AiResource",
  allowedKinds: ["AiResource"],
  ...RELATIONS.hasPart,
  describes
});
var aiResources = [
  aiResource(void 0, [], {}),
  aiResource(
    "skill",
    [],
    {
      disciplines: strList,
      categories: strList,
      agents: strList,
      dependsOn: strList,
      allowedTools: str,
      license: str,
      compatibility: { type: "string", minLength: 1, maxLength: 500 }
    },
    [
      {
        field: "dependsOn",
        defaultKind: "AiResource",
        allowedKinds: ["AiResource"],
        ...RELATIONS.dependsOn,
        describes: "an AiResource it depends on"
      }
    ]
  ),
  aiResource("rule", ["category", "rationale"], { disciplines: strList, category: str, rationale: str }),
  aiResource("plugin", ["skills"], { skills: strList, version: str }, [aiPart("skills", "a skill it bundles")]),
  aiResource("marketplace", ["plugins"], { plugins: strList, version: str }, [aiPart("plugins", "a plugin it offers")])
];
var BUILTIN_KINDS = [
  component,
  api,
  mcpServerApi,
  resource,
  systemKind,
  domain,
  group,
  user,
  location,
  template,
  ...aiResources
];
var BUILTIN_KIND_NAMES = new Map(BUILTIN_KINDS.map((k) => [k.kind.toLowerCase(), k.kind]));
var kindLabel = (kind) => BUILTIN_KIND_NAMES.get(kind.toLowerCase()) ?? kind;
var BACKSTAGE_API_GROUPS = ["backstage.io", "scaffolder.backstage.io"];
function createKindRegistry(definitions = BUILTIN_KINDS) {
  const byKey = /* @__PURE__ */ new Map();
  const versionsByKind = /* @__PURE__ */ new Map();
  for (const d of definitions) {
    for (const v of d.apiVersions) byKey.set(`${v}\0${d.kind}\0${d.specType ?? ""}`, d);
    const versions = versionsByKind.get(d.kind) ?? /* @__PURE__ */ new Set();
    d.apiVersions.forEach((v) => versions.add(v));
    versionsByKind.set(d.kind, versions);
  }
  return {
    lookup(apiVersion, kind, specType) {
      const variant = typeof specType === "string" ? byKey.get(`${apiVersion}\0${kind}\0${specType}`) : void 0;
      const found = variant ?? byKey.get(`${apiVersion}\0${kind}\0`);
      if (found) return { found };
      const versions = versionsByKind.get(kind);
      if (versions) return { unknownVersion: { kind, apiVersions: [...versions] } };
      return { foreign: true };
    }
  };
}

// app/core/validation/field-formats.ts
var OBJECT_NAME = /^(?:[A-Za-z0-9][-\w.]*)?[A-Za-z0-9]$/;
var DNS_LABEL = /^[a-z0-9]+(?:-+[a-z0-9]+)*$/;
var KIND = /^[a-zA-Z][a-z0-9A-Z]*$/;
var API_VERSION_SUFFIX = /^[a-z0-9A-Z]+$/;
var TAG = /^[a-z0-9:+#]+(?:-[a-z0-9:+#]+)*$/;
var isString = (v) => typeof v === "string";
var lengthWithin = (v, max) => v.length >= 1 && v.length <= max;
var isValidDnsLabel = (v) => isString(v) && lengthWithin(v, 63) && DNS_LABEL.test(v);
var isValidDnsSubdomain = (v) => isString(v) && lengthWithin(v, 253) && v.split(".").every(isValidDnsLabel);
var isValidObjectName = (v) => isString(v) && lengthWithin(v, 63) && OBJECT_NAME.test(v);
function prefixAndOrSuffix(v, isPrefix, isSuffix) {
  if (!isString(v)) return false;
  const parts = v.split("/");
  if (parts.length === 1) return isSuffix(parts[0]);
  if (parts.length === 2) return isPrefix(parts[0]) && isSuffix(parts[1]);
  return false;
}
var isValidUrl = (v) => isString(v) && URL.canParse(v);
var isNonEmptyString = (v) => isString(v) && v.trim().length >= 1;
var defaults = {
  isValidApiVersion: (v) => prefixAndOrSuffix(v, isValidDnsSubdomain, (s) => isString(s) && lengthWithin(s, 63) && API_VERSION_SUFFIX.test(s)),
  isValidKind: (v) => isString(v) && lengthWithin(v, 63) && KIND.test(v),
  isValidEntityName: isValidObjectName,
  isValidNamespace: isValidDnsLabel,
  isValidLabelKey: (v) => prefixAndOrSuffix(v, isValidDnsSubdomain, isValidObjectName),
  isValidLabelValue: (v) => v === "" || isValidObjectName(v),
  isValidAnnotationKey: (v) => prefixAndOrSuffix(v, isValidDnsSubdomain, isValidObjectName),
  isValidAnnotationValue: isString,
  isValidTag: (v) => isString(v) && lengthWithin(v, 63) && TAG.test(v)
};
function makeValidators(overrides = {}) {
  return { ...defaults, ...overrides };
}
var FIELD_EXPECTATIONS = {
  isValidApiVersion: "a valid prefix and/or suffix",
  isValidKind: "a string that is a sequence of [a-zA-Z][a-z0-9A-Z], at most 63 characters in total",
  isValidEntityName: "a string that is sequences of [a-zA-Z0-9] separated by any of [-_.], at most 63 characters in total",
  isValidNamespace: "a string that is sequences of [a-z0-9] separated by [-], at most 63 characters in total",
  isValidLabelKey: "a valid prefix and/or suffix",
  isValidLabelValue: "a string that is sequences of [a-zA-Z0-9] separated by any of [-_.], at most 63 characters in total",
  isValidAnnotationKey: "a valid prefix and/or suffix",
  isValidAnnotationValue: "a string",
  // Backstage's own text still says [a-z0-9+#] although ':' is allowed; we state the real rule.
  isValidTag: "a string that is sequences of [a-z0-9:+#] separated by [-], at most 63 characters in total",
  url: "a string that is a valid url",
  nonEmpty: "a non empty string"
};
function suggestValue(rule, value) {
  if (typeof value !== "string") return void 0;
  const tidy = (s, invalid) => trimChars(trimChars(s.replace(invalid, "-").replace(/-{2,}/g, "-"), "-_.", "both").slice(0, 63), "-_.");
  const candidates = {
    isValidEntityName: tidy(value, /[^\w\-.]+/g),
    isValidLabelValue: tidy(value, /[^\w\-.]+/g),
    isValidNamespace: tidy(value.toLowerCase(), /[^a-z0-9]+/g),
    isValidTag: tidy(value.toLowerCase(), /[^a-z0-9:+#]+/g)
  };
  const candidate = candidates[rule];
  return candidate && candidate !== value && defaults[rule](candidate) ? candidate : void 0;
}

export {
  entityRelations,
  refValues,
  BUILTIN_KINDS,
  kindLabel,
  BACKSTAGE_API_GROUPS,
  createKindRegistry,
  isValidObjectName,
  isValidUrl,
  isNonEmptyString,
  makeValidators,
  FIELD_EXPECTATIONS,
  suggestValue
};
