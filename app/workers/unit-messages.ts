/** What the pool and a worker say to each other (structured-cloned). */
export type ToWorker =
  | { type: 'task'; unit: string; input: unknown; ports: string[] }
  /** The answer to a read the worker asked for. */
  | { type: 'reply'; call: number; value?: unknown; error?: string };

export type FromWorker =
  /** The worker starts an item (a file, a check) that may take `budgetMs`. */
  | { type: 'progress'; item: string; budgetMs: number }
  /** The worker asks this thread to call one of the task's ports. */
  | { type: 'call'; call: number; port: string; args: unknown[] }
  | { type: 'done'; value: unknown }
  | { type: 'failed'; error: { message: string; stack?: string } };
