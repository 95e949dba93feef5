import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);

// app/core/validate/validation-report.ts
function summarize(files) {
  const validated = files.filter((f) => !f.skipped);
  const count = (severity) => validated.reduce((n, f) => n + f.problems.filter((p) => p.severity === severity).length, 0);
  return {
    files,
    summary: {
      files: validated.length,
      skipped: files.length - validated.length,
      entities: validated.reduce((n, f) => n + f.entities.length, 0),
      errors: count("error"),
      warnings: count("warning")
    }
  };
}

export {
  summarize
};
