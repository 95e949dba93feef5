/**
 * A mistake of the person running a command (a path that does not exist, an option out of place):
 * said in one line and answered with the usage exit code, never a stack trace. The file system's own
 * refusals (a missing file, a folder where a file was expected) are such mistakes too.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'not a folder',
  EISDIR: 'a folder, where a file was expected',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
};

/** The error as a usage error, when it is one (ours, or the file system's refusal of a path); undefined for a bug. */
export function asUsageError(error: unknown): UsageError | undefined {
  if (error instanceof UsageError) return error;
  const { code, path } = (error ?? {}) as { code?: string; path?: string };
  const what = code ? SYSTEM_ERRORS[code] : undefined;
  return what ? new UsageError(path ? `${path}: ${what}` : what) : undefined;
}
