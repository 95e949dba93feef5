import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);

// app/forge/local/usage-error.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var SYSTEM_ERRORS = {
  ENOENT: "no such file or folder",
  ENOTDIR: "not a folder",
  EISDIR: "a folder, where a file was expected",
  EACCES: "permission denied",
  EPERM: "not permitted",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "name too long"
};
function asUsageError(error) {
  if (error instanceof UsageError) return error;
  const { code, path } = error ?? {};
  const what = code ? SYSTEM_ERRORS[code] : void 0;
  return what ? new UsageError(path ? `${path}: ${what}` : what) : void 0;
}

export {
  UsageError,
  asUsageError
};
