/**
 * Creating is the one write that is not safe to repeat: a POST whose answer was lost may have
 * created the comment, issue or check run anyway. So creates are sent without HTTP-level retries,
 * and after a failure that leaves the outcome unknown (a 5xx, a dropped connection, a timeout) we
 * look again for what we meant to create before trying again.
 */
import { ForgeWriteError } from '../types.ts';

export const NO_RETRY = { request: { retries: 0 } } as const;

export async function createOnce<T>(
  find: () => Promise<T | undefined>,
  create: () => Promise<T>,
  attempts = 4,
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) {
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
      const found = await find();
      if (found !== undefined) return found;
    }
    try {
      return await create();
    } catch (error) {
      if (!outcomeUnknown(error)) throw error;
      lastError = error;
    }
  }
  throw new ForgeWriteError(`Create failed after ${attempts} attempts: ${(lastError as Error)?.message}`, true, {
    cause: lastError,
  });
}

/** A 5xx or a transport failure: the request may or may not have been applied. */
export function outcomeUnknown(error: unknown): boolean {
  const status = (error as { status?: number })?.status;
  return status === undefined || status >= 500;
}
