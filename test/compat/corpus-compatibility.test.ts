/**
 * Backstage's own example catalog (the shared corpus, read where it lies): every entity is accepted
 * by Callboard, and Callboard agrees with Backstage's own code on every file.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { glob } from 'tinyglobby';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDescriptorFiles } from '../../app/core/validate/validate-descriptor-files.ts';
import type { ValidationReport } from '../../app/core/validate/validation-report.ts';
import { createEntityValidator } from '../../app/core/validation/validate-entity.ts';
import { CORPUS_DIR, corpusAvailable, corpusMissingNotice } from '../support/paths.ts';
import { backstageVerdict } from './backstage-oracle.ts';
import { compareVerdicts } from './compare-verdicts.ts';

/** The corpus's YAML that is not a descriptor: an OpenAPI document and an MkDocs configuration. */
const NOT_DESCRIPTORS = ['**/*.oas.yaml', '**/mkdocs.yml'];

if (!corpusAvailable) corpusMissingNotice();

describe.skipIf(!corpusAvailable)('the Backstage example corpus', () => {
  let paths: string[];
  let report: ValidationReport;
  const read = (path: string) => {
    try {
      return readFileSync(join(CORPUS_DIR, path), 'utf8');
    } catch {
      return undefined;
    }
  };

  beforeAll(async () => {
    paths = (await glob('**/*.{yaml,yml}', { cwd: CORPUS_DIR, ignore: NOT_DESCRIPTORS })).sort();
    const sources = paths.map((path) => ({ path, repositoryPath: path, text: read(path)! }));
    report = await validateDescriptorFiles(sources, { validator: createEntityValidator(), read: async (p) => read(p) });
  });

  it('holds the 82 documents the corpus README counts, all accepted, with no errors', () => {
    expect(paths.length).toBeGreaterThanOrEqual(57);
    const entities = report.files.flatMap((f) => f.entities);
    const skipped = report.files.filter((f) => f.skipped).map((f) => f.path);
    // The two scaffolder skeletons (`content/catalog-info.yaml`) are recognised as such, not validated.
    expect(skipped).toEqual([
      'create-app/templates/default-app/examples/template/content/catalog-info.yaml',
      'create-app/templates/legacy-app/examples/template/content/catalog-info.yaml',
    ]);
    expect(entities.length + skipped.length).toBe(82);
    expect(entities.filter((e) => !e.valid)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    // The only warnings: create-app's default-app and legacy-app define the same entities twice.
    expect(new Set(report.files.flatMap((f) => f.problems.map((p) => p.rule)))).toEqual(new Set(['duplicate-entity']));
  });

  it('understands Backstage\'s newest additions: AiResource kinds and mcp-server APIs', () => {
    const kinds = report.files.flatMap((f) => f.entities).map((e) => `${e.kind}:${e.name}`);
    expect(kinds).toEqual(expect.arrayContaining(['AiResource:frontend-design', 'AiResource:use-internal-apis', 'AiResource:code-review-plugin', 'AiResource:company-ai-tools', 'API:backstage-mcp-server', 'Template:example-nodejs-template']));
  });

  it('agrees with Backstage\'s own code on every descriptor file', async () => {
    const disagreements: string[] = [];
    for (const file of report.files.filter((f) => !f.skipped)) {
      const verdict = await backstageVerdict({ path: file.path, text: read(file.path)!, read });
      const comparison = compareVerdicts(file, verdict);
      if (!comparison.agree) disagreements.push(`${relative('.', file.path)}: ${comparison.details.join(' | ')}`);
      expect(comparison.deliberate).toEqual([]);
    }
    expect(disagreements).toEqual([]);
  });
});
