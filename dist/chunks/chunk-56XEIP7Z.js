import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);

// app/core/budgets.ts
var BUDGETS = {
  /** Bytes of one descriptor file; a larger one is refused unread (no descriptor is this big). */
  descriptorBytes: 5 * 1024 * 1024,
  /**
   * Nesting of mappings and lists in one YAML or JSON document. `yaml` composes recursively, and so
   * does everything that walks a value after it; real descriptors and API definitions stay far below.
   */
  depth: 100,
  /** Documents (entities) read from one descriptor file. */
  documentsPerFile: 5e3,
  /** …and from all the descriptor files of one repository: every entity becomes pages the catalog renders. */
  documentsPerRepository: 2e4,
  /**
   * Bytes that `$text`/`$json`/`$yaml` placeholders bring into one entity (an API definition is usually under 1 MB).
   */
  placeholderBytesPerEntity: 10 * 1024 * 1024,
  /** …and into all the entities of one repository, so a hundred placeholders of the largest file cannot add up. */
  placeholderBytesPerRepository: 20 * 1024 * 1024,
  /** Descriptor files one Location glob brings in. */
  filesPerGlob: 1e3,
  /** Time to check one descriptor file (parse and validate): a base, plus this much per MiB of the file. */
  fileMs: { base: 2e3, perMiB: 2e3 },
  /** Time to score one check of one entity. */
  checkMs: 2e3,
  /** Time to plan a migration for one repository (its edits, templates and diff). */
  planMs: 5e3,
  /** Time to run one template: every step, every file of its skeleton rendered. */
  scaffoldMs: 1e4,
  /** Time for all the work on one repository's content in one unit (every file, every check). */
  unitMs: 6e4,
  /** Memory of one worker thread doing that work. */
  workerMemoryMb: 512
};
var fileBudgetMs = (bytes) => BUDGETS.fileMs.base + Math.ceil(BUDGETS.fileMs.perMiB * bytes / (1024 * 1024));
var seconds = (ms) => `${Number((ms / 1e3).toFixed(1))} s`;

export {
  BUDGETS,
  fileBudgetMs,
  seconds
};
