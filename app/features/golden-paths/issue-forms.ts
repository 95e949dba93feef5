/**
 * The catalog repository's issue forms, one per template in the catalog
 * (`.github/ISSUE_TEMPLATE/callboard-<name>.yml`), written after every full catalog build: added,
 * changed and removed with the templates, in one commit, only when something changed. Forms
 * Callboard did not write (no `callboard-` prefix) are left alone.
 */
import {
  configPart,
  entityScoresPart,
  indexPart,
  migrationsPart,
  resultsPart,
  scorecardsPart,
  statePart,
} from '../../catalog-repo/catalog-parts.ts';
import type { FileChange } from '../../core/file-change.ts';
import { FORM_PREFIX, issueForm } from '../../core/scaffold/issue-form.ts';
import { readTemplate } from '../../core/scaffold/scaffold.ts';
import type { Job } from '../../queue/job-queue.ts';
import { defineJob } from '../../queue/job-kinds.ts';
import type { AppServices } from '../feature.ts';
import { templateSources } from './template-sources.ts';

export const FORMS_FOLDER = '.github/ISSUE_TEMPLATE';
/** A template.yaml larger than this is not read for a form (no real one comes close). */
const MAX_TEMPLATE_BYTES = 256 * 1024;

export interface IssueFormsData {
  installationId: number;
  organization: string;
}

const formsKey = (d: IssueFormsData) => `issue-forms:${d.installationId}`;
export const writeIssueFormsJob = defineJob<IssueFormsData>('write-issue-forms', {
  group: formsKey,
  coalesce: formsKey,
});

export function writeIssueForms(services: AppServices) {
  return async (job: Job<IssueFormsData>) => {
    const { installationId, organization } = job.data;
    const forge = await services.forgeFor(installationId);
    const { sources } = await templateSources(services, forge, organization);
    const texts = await forge.readFiles([...sources.values()].map((s) => ({ repository: s.repository, path: s.path })));
    const forms = new Map<string, string>();
    for (const [i, source] of [...sources.values()].entries()) {
      const text = texts[i]?.text;
      if (text === undefined || text.length > MAX_TEMPLATE_BYTES) continue;
      try {
        const spec = readTemplate(text);
        const form = issueForm({
          name: spec.name,
          title: spec.title,
          ...(spec.description ? { description: spec.description } : {}),
          parameters: spec.parameters,
        });
        forms.set(`${FORMS_FOLDER}/${form.fileName}`, form.yaml);
      } catch (error) {
        // A template Callboard cannot run gets no form; its check and the scaffold command say why.
        services.log.info(`No issue form for ${source.entity.ref}: ${(error as Error).message}`);
      }
    }
    await services.catalogRepositories.write(forge, organization, {
      message: `Issue forms for ${forms.size} template${forms.size === 1 ? '' : 's'}`,
      unchanged: [configPart, indexPart, scorecardsPart, resultsPart, entityScoresPart, statePart, migrationsPart],
      changes: async (head) => {
        const listing = await forge.listFiles(head.repository, head.commit, FORMS_FOLDER);
        const stale = (listing?.paths ?? []).filter(
          (p) => p.startsWith(`${FORMS_FOLDER}/${FORM_PREFIX}`) && !forms.has(p),
        );
        const changes: FileChange[] = [...forms].map(([path, content]) => ({ path, content }));
        return [...changes, ...stale.map((path) => ({ path, content: null }))];
      },
    });
  };
}
