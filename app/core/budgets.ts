/**
 * How much of a repository's content Callboard takes in, in one place. Repository content is
 * hostile input: every budget here bounds the time or memory one repository can cost, and going
 * over one is a problem on that repository (located where it can be), never a crash or a hang of
 * the organisation's run. The figures leave room for anything a real catalog holds.
 */
export const BUDGETS = {
  /** Bytes of one descriptor file; a larger one is refused unread (no descriptor is this big). */
  descriptorBytes: 5 * 1024 * 1024,
  /**
   * Nesting of mappings and lists in one YAML or JSON document. `yaml` composes recursively, and so
   * does everything that walks a value after it; real descriptors and API definitions stay far below.
   */
  depth: 100,
  /** Documents (entities) read from one descriptor file. */
  documentsPerFile: 5_000,
  /** …and from all the descriptor files of one repository: every entity becomes pages the catalog renders. */
  documentsPerRepository: 20_000,
  /**
   * Bytes that `$text`/`$json`/`$yaml` placeholders bring into one entity (an API definition is usually under 1 MB).
   */
  placeholderBytesPerEntity: 10 * 1024 * 1024,
  /** …and into all the entities of one repository, so a hundred placeholders of the largest file cannot add up. */
  placeholderBytesPerRepository: 20 * 1024 * 1024,
  /** Descriptor files one Location glob brings in. */
  filesPerGlob: 1_000,
  /** Time to check one descriptor file (parse and validate): a base, plus this much per MiB of the file. */
  fileMs: { base: 2_000, perMiB: 2_000 },
  /** Time to score one check of one entity. */
  checkMs: 2_000,
  /** Time to plan a migration for one repository (its edits, templates and diff). */
  planMs: 5_000,
  /** Time to run one template: every step, every file of its skeleton rendered. */
  scaffoldMs: 10_000,
  /** Time for all the work on one repository's content in one unit (every file, every check). */
  unitMs: 60_000,
  /** Memory of one worker thread doing that work. */
  workerMemoryMb: 512,
} as const;

/** The time budget of checking one file of this many bytes. */
export const fileBudgetMs = (bytes: number) =>
  BUDGETS.fileMs.base + Math.ceil((BUDGETS.fileMs.perMiB * bytes) / (1024 * 1024));

/** "2 s", "1.5 s": a budget as people read it. */
export const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;
