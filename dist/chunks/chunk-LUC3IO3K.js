import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  summarize
} from "./chunk-4IBHSZ6E.js";
import {
  problem
} from "./chunk-6UNDT6GO.js";
import {
  ROOT_DESCRIPTOR
} from "./chunk-I6AYO5FO.js";
import {
  BUDGETS,
  seconds
} from "./chunk-56XEIP7Z.js";

// app/workers/over-budget.ts
var OverBudget = class extends Error {
  /** What the unit said it had started last; undefined before it said anything. */
  item;
  /** The item's own budget was spent, or the whole unit's. */
  scope;
  resource;
  /** The budget spent: milliseconds or megabytes. */
  limit;
  constructor(item, scope, resource, limit) {
    super(
      `${scope === "item" && item ? item : "the work"} went over its ${resource} budget (${limit} ${resource === "time" ? "ms" : "MB"})`
    );
    this.name = "OverBudget";
    this.item = item;
    this.scope = scope;
    this.resource = resource;
    this.limit = limit;
  }
};

// app/workers/pooled-work.ts
var ATTEMPTS = 4;
function pooledWork(pool) {
  return {
    checkDescriptors(repo, check, resolve) {
      const ports = {
        read: repo.read,
        size: repo.size,
        locate: repo.locate,
        templatesAbove: repo.templatesAbove,
        displayPath: repo.displayPath,
        ...resolve ? { resolve } : {}
      };
      return withRefusals(
        (refused) => pool.run("check-descriptors", { check, refused }, ports),
        (over) => problem("error", "over-budget", "", `${cost(over)} to check; not evaluated`, {
          fix: "Split the file into smaller descriptor files, referenced from a Location."
        }),
        (over) => notChecked(repo, check.paths, over)
      );
    },
    scoreSubjects(request) {
      return withRefusals(
        (refused) => pool.run("score-subjects", { request, refused }, {}),
        (over) => `${cost(over)} to evaluate; not evaluated`,
        // Every check an error, none evaluated: this thread only lists them (the scorer loaded only then).
        async (over) => (await import("./score-subjects-WFO2T7MR.js")).scoreSubjects(request, {
          refuseAll: `scoring the repository ${cost(over)}; not evaluated`
        })
      );
    },
    async scaffold(request) {
      try {
        return await pool.run("scaffold", { request }, {});
      } catch (error) {
        if (!(error instanceof OverBudget)) throw error;
        const message = `running the template ${cost(error)}; stopped. Make its loops and skeleton smaller.`;
        return { ok: false, kind: "template", problems: [{ where: "", message }] };
      }
    },
    async planTemplateUpdate(request, readCurrent) {
      try {
        return await pool.run("plan-template-update", { request }, { readCurrent });
      } catch (error) {
        if (!(error instanceof OverBudget)) throw error;
        return {
          repository: request.repository,
          status: "failed",
          reason: `planning the update ${cost(error)}; not planned`
        };
      }
    },
    async planMigration(request) {
      const plans = [];
      for (let i = 0; i < request.repositories.length; i += PLAN_BATCH) {
        const batch = {
          ...request,
          repositories: request.repositories.slice(i, i + PLAN_BATCH),
          texts: request.texts.slice(i, i + PLAN_BATCH)
        };
        plans.push(
          ...await withRefusals(
            (refused) => pool.run("plan-migration", { request: batch, refused }, {}),
            (over) => `planning it ${cost(over)}; not planned`,
            (over) => batch.repositories.map((r) => ({
              repository: r.fullName,
              status: "failed",
              reason: `planning its batch ${cost(over)}; not planned`
            }))
          )
        );
      }
      return plans;
    }
  };
}
var PLAN_BATCH = 100;
async function withRefusals(attempt, refusal, whole) {
  const refused = /* @__PURE__ */ new Map();
  for (let n = 1; ; n++) {
    try {
      return await attempt(refused);
    } catch (error) {
      if (!(error instanceof OverBudget)) throw error;
      if (error.scope !== "item" || error.item === void 0 || refused.has(error.item) || n >= ATTEMPTS)
        return whole(error);
      refused.set(error.item, refusal(error));
    }
  }
}
var cost = (over) => over.resource === "time" ? `took longer than ${seconds(over.limit)}` : `needed more than ${over.limit} MB`;
async function notChecked(repo, paths, over) {
  const why = `Checking this repository's descriptors ${cost(over)}; they were not evaluated`;
  const located = { line: 1, column: 1, endLine: 1, endColumn: 1, document: 0 };
  const path = await repo.displayPath(paths[0] ?? ROOT_DESCRIPTOR);
  const report = summarize([
    {
      path,
      entities: [],
      problems: [
        {
          ...problem("error", "over-budget", "", why, {
            fix: "Split large descriptor files, and check what they point at ($text, Locations)."
          }),
          ...located
        }
      ]
    }
  ]);
  return { report: { ...report, incomplete: why }, texts: /* @__PURE__ */ new Map() };
}

// app/workers/unit-pool.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var DEFAULT_WORKER_URL = import.meta.url.endsWith(".ts") ? new URL("./unit-worker.ts", import.meta.url) : new URL("../unit-worker.js", import.meta.url);
function createUnitPool(options = {}) {
  const size = options.size ?? Math.max(1, Math.min(4, availableParallelism()));
  const budget = {
    unitMs: options.unitMs ?? BUDGETS.unitMs,
    itemMs: options.itemMs ?? Infinity,
    memoryMb: options.memoryMb ?? BUDGETS.workerMemoryMb
  };
  const workerUrl = options.workerUrl ?? DEFAULT_WORKER_URL;
  const idle = [];
  const waiting = [];
  let workers = 0;
  let closed = false;
  const busy = /* @__PURE__ */ new Set();
  const next = () => {
    while (waiting.length && (idle.length || workers < size)) {
      const task = waiting.shift();
      const worker = idle.pop() ?? spawn(task.unit);
      const stop = runOn(worker, task, budget, (healthy) => {
        busy.delete(stop);
        if (healthy && !closed) {
          worker.unref();
          idle.push(worker);
        } else {
          workers--;
          void worker.terminate();
        }
        next();
      });
      busy.add(stop);
    }
  };
  const spawn = (preload) => {
    workers++;
    return new Worker(workerUrl, {
      resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb },
      ...preload ? { workerData: { preload } } : {}
    });
  };
  return {
    run(unit, input, ports) {
      if (closed) return Promise.reject(new Error("The unit pool is closed"));
      return new Promise((resolve, reject) => {
        waiting.push({ unit, input, ports, resolve, reject });
        next();
      });
    },
    warm(unit) {
      if (closed || workers > 0) return;
      const worker = spawn(unit);
      worker.unref();
      idle.push(worker);
    },
    async close() {
      closed = true;
      for (const task of waiting.splice(0)) task.reject(new Error("The unit pool closed before the work ran"));
      for (const stop of busy) stop();
      await Promise.all(idle.splice(0).map((w) => w.terminate()));
    }
  };
}
function runOn(worker, task, budget, done) {
  const clock = computeClock();
  let item;
  let itemMs = Infinity;
  let timer;
  let finished = false;
  const post = (message) => finished || worker.postMessage(message);
  const finish = (healthy, outcome) => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    worker.off("message", onMessage).off("error", onError).off("exit", onExit);
    if ("value" in outcome) task.resolve(outcome.value);
    else task.reject(outcome.error);
    done(healthy);
  };
  const watch = () => {
    clearTimeout(timer);
    if (finished || !clock.computing()) return;
    const left = Math.min(itemMs - clock.item(), budget.unitMs - clock.unit());
    timer = setTimeout(check, Math.max(0, left) + 1);
  };
  const check = () => {
    if (clock.item() > itemMs) finish(false, { error: new OverBudget(item, "item", "time", itemMs) });
    else if (clock.unit() > budget.unitMs)
      finish(false, { error: new OverBudget(item, "unit", "time", budget.unitMs) });
    else watch();
  };
  const onMessage = (message) => {
    if (message.type === "progress") {
      clock.nextItem();
      item = message.item;
      itemMs = Math.min(message.budgetMs, budget.itemMs);
      check();
    } else if (message.type === "call") {
      clock.wait();
      watch();
      Promise.resolve().then(() => task.ports[message.port](...message.args)).then(
        (value) => post({ type: "reply", call: message.call, value }),
        (error) => post({ type: "reply", call: message.call, error: error instanceof Error ? error.message : String(error) })
      ).finally(() => {
        clock.resume();
        watch();
      });
    } else if (message.type === "done") {
      finish(true, { value: message.value });
    } else {
      finish(true, { error: Object.assign(new Error(message.error.message), { stack: message.error.stack }) });
    }
  };
  const onError = (error) => finish(false, {
    error: error.code === "ERR_WORKER_OUT_OF_MEMORY" ? new OverBudget(item, "item", "memory", budget.memoryMb) : error
  });
  const onExit = (code) => finish(false, { error: new Error(`The worker stopped (exit code ${code}) during ${task.unit}`) });
  worker.ref();
  worker.on("message", onMessage).on("error", onError).on("exit", onExit);
  worker.postMessage({
    type: "task",
    unit: task.unit,
    input: task.input,
    ports: Object.keys(task.ports)
  });
  watch();
  return () => finish(false, { error: new Error("The unit pool closed while the work ran") });
}
function computeClock() {
  let unitMs = 0;
  let itemMs = 0;
  let since = performance.now();
  let reads = 0;
  const settle = () => {
    if (since === void 0) return;
    const now = performance.now();
    unitMs += now - since;
    itemMs += now - since;
    since = now;
  };
  return {
    computing: () => reads === 0,
    unit: () => (settle(), unitMs),
    item: () => (settle(), itemMs),
    nextItem() {
      settle();
      itemMs = 0;
    },
    wait() {
      settle();
      if (reads++ === 0) since = void 0;
    },
    resume() {
      if (--reads === 0) since = performance.now();
    }
  };
}

export {
  pooledWork,
  createUnitPool
};
