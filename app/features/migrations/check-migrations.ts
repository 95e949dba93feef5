/**
 * "Callboard / migrations" on the catalog repository's commits that touch `migrations/`: every spec
 * validated, each problem annotated on its line with its fix; failure for errors (a spec with an
 * error starts nothing, so its author must see why). The summary lists the specs and what each does.
 */
import { readMigrationFiles } from '../../catalog-repo/catalog-parts.ts';
import { parseMigration } from '../../core/migration/parse-migration.ts';
import type { Forge, RepositoryId } from '../../forge/types.ts';
import type { Job } from '../../queue/job-queue.ts';
import { defineJob } from '../../queue/job-kinds.ts';
import { fullNameOf } from '../shared/payload.ts';
import { problemAnnotations } from '../shared/problem-annotations.ts';
import { count } from '../../core/words.ts';

export const MIGRATIONS_CHECK = 'Callboard / migrations';

export interface CheckMigrationsData {
  installationId: number;
  repository: RepositoryId;
  headSha: string;
}

export const checkMigrationsJob = defineJob<CheckMigrationsData>('check-migrations', {
  group: (d) => `${fullNameOf(d.repository)}@${d.headSha}`,
});

export function checkMigrations(deps: { forgeFor(installationId: number): Promise<Forge>; now?(): Date }) {
  return async (job: Job<CheckMigrationsData>) => {
    const { installationId, repository, headSha } = job.data;
    const forge = await deps.forgeFor(installationId);
    const files = await readMigrationFiles(forge, repository, headSha);
    const today = (deps.now?.() ?? new Date()).toISOString().slice(0, 10);
    const parsed = files.specs.map((file) => ({
      file,
      ...parseMigration(file, { templateFiles: [...files.templates.keys()], today }),
    }));
    const problems = parsed.flatMap((p) => p.problems);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    const rows = parsed.map(({ file, spec, problems: mine }) =>
      spec
        ? `| \`${spec.id}\` | ${spec.title} | ${spec.steps.length} | version ${spec.version}${spec.deadline ? `, deadline ${spec.deadline}` : ''} |`
        : `| \`${file.path}\` | — | — | ${mine.filter((p) => p.severity === 'error').length} errors: starts nothing |`,
    );
    await forge.ensureCheckRun({
      repository,
      headSha,
      name: MIGRATIONS_CHECK,
      status: 'completed',
      conclusion: errors ? 'failure' : 'success',
      title: `${parsed.filter((p) => p.spec).length} of ${parsed.length} migrations valid${problems.length ? `; ${count(errors, 'error')}, ${count(warnings, 'warning')}` : ''}`,
      summary: [
        rows.length
          ? ['| migration | title | steps | |', '|---|---|---:|---|', ...rows].join('\n')
          : 'No migration specs (`migrations/<id>.yaml`).',
        errors
          ? '\nA migration with an error opens and updates nothing until it is fixed; the annotations say where and how.'
          : '',
        files.unread.length
          ? `\n${files.unread.length} template files were not read (too many, too large or not text).`
          : '',
      ].join('\n'),
      annotations: parsed.flatMap((p) => problemAnnotations(p.file.path, p.problems)),
    });
  };
}
