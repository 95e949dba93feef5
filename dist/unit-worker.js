import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  BUDGETS
} from "./chunks/chunk-56XEIP7Z.js";
import "./chunks/chunk-RHSRYE64.js";

// app/workers/unit-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// app/workers/units.ts
var CODE = {
  "check-descriptors": () => import("./chunks/check-descriptors-LHKFEVW7.js"),
  "score-subjects": () => import("./chunks/score-subjects-WFO2T7MR.js"),
  "plan-migration": () => import("./chunks/plan-repository-L2TWQC5G.js"),
  scaffold: () => import("./chunks/scaffold-575EK37P.js"),
  "plan-template-update": () => import("./chunks/template-update-ZE3GUZG2.js")
};
var preloadUnit = (name) => CODE[name]();
var UNITS = {
  /**
   * A repository's descriptors, read through the caller's repository port and, when given, resolved against its
   * catalog.
   */
  "check-descriptors": async (input, ports, progress) => (await CODE["check-descriptors"]()).checkDescriptors(ports, input.check, {
    progress,
    refused: input.refused,
    ...ports.resolve ? { resolve: ports.resolve } : {}
  }),
  /** A repository's entities scored on the tracks. */
  "score-subjects": async (input, _ports, progress) => (await CODE["score-subjects"]()).scoreSubjects(input.request, {
    progress,
    refused: input.refused,
    ...input.refuseAll ? { refuseAll: input.refuseAll } : {}
  }),
  /** A migration planned for some repositories. */
  "plan-migration": async (input, _ports, progress) => (await CODE["plan-migration"]()).planRepositories(input.request, {
    progress,
    refused: input.refused
  }),
  /** A template run: one item, the template, timed as one. */
  scaffold: async (input, _ports, progress) => {
    progress(input.request.source, BUDGETS.scaffoldMs);
    return (await CODE.scaffold()).scaffold(input.request);
  },
  /** A template update planned for one repository: its files read through the caller's port. */
  "plan-template-update": async (input, ports, progress) => {
    progress(input.request.repository, BUDGETS.scaffoldMs * 2);
    return (await CODE["plan-template-update"]()).planTemplateUpdate(input.request, ports.readCurrent);
  }
};

// app/workers/unit-worker.ts
var preload = workerData?.preload;
if (preload) void preloadUnit(preload).catch(() => {
});
var port = parentPort;
var send = (message) => port.postMessage(message);
var calls = /* @__PURE__ */ new Map();
var lastCall = 0;
var ask = (name, args) => new Promise((resolve, reject) => {
  const call = ++lastCall;
  calls.set(call, { resolve, reject });
  send({ type: "call", call, port: name, args });
});
port.on("message", async (message) => {
  if (message.type === "reply") {
    const pending = calls.get(message.call);
    calls.delete(message.call);
    if (message.error !== void 0) pending?.reject(new Error(message.error));
    else pending?.resolve(message.value);
    return;
  }
  const ports = Object.fromEntries(message.ports.map((name) => [name, (...args) => ask(name, args)]));
  try {
    const unit = UNITS[message.unit];
    const value = await unit(message.input, ports, (item, budgetMs) => send({ type: "progress", item, budgetMs }));
    send({ type: "done", value });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    send({ type: "failed", error: { message: e.message, ...e.stack ? { stack: e.stack } : {} } });
  }
});
