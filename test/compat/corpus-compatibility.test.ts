/**
 * Backstage's own example catalog (the shared corpus, read where it lies): every entity is accepted
 * by Callboard, and Callboard agrees with Backstage's own code on every file.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { glob } from 'tinyglobby';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDescriptorFile } from '../../app/core/descriptor/parse-descriptor-file.ts';
import { validateDescriptorFiles } from '../../app/core/validate/validate-descriptor-files.ts';
import type { ValidationReport } from '../../app/core/validate/validation-report.ts';
import { resolvePlaceholders } from '../../app/core/validation/placeholders.ts';
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

  it("understands Backstage's newest additions: AiResource kinds and mcp-server APIs", () => {
    const kinds = report.files.flatMap((f) => f.entities).map((e) => `${e.kind}:${e.name}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'AiResource:frontend-design',
        'AiResource:use-internal-apis',
        'AiResource:code-review-plugin',
        'AiResource:company-ai-tools',
        'API:backstage-mcp-server',
        'Template:example-nodejs-template',
      ]),
    );
  });

  it("derives exactly the relations Backstage's processors emit, both directions", async () => {
    const validator = createEntityValidator();
    let compared = 0;
    for (const file of report.files.filter((f) => !f.skipped)) {
      const verdict = await backstageVerdict({ path: file.path, text: read(file.path)!, read });
      const documents = parseDescriptorFile(file.path, read(file.path)!).documents;
      for (const [i, theirs] of verdict.entities.entries()) {
        const entity = file.entities[i]!;
        // The AiResource kinds' relations come from Backstage's alpha model layer, not the classic processor.
        if (entity.kind === 'AiResource') continue;
        const resolved = await resolvePlaceholders(documents[entity.document - 1]!.value, {
          filePath: file.path,
          read: async (p) => read(p),
        });
        const ours = validator(resolved.value).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
        expect(new Set(ours), entity.ref).toEqual(new Set(theirs.relations));
        compared += ours.length;
      }
    }
    expect(compared).toBeGreaterThan(150);
  });

  it("agrees with Backstage's own code on every descriptor file", async () => {
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
