/**
 * Callboard and Backstage's own code, side by side on generated descriptors (./variants.ts): they
 * accept and reject the same entities, except where Callboard deliberately differs (README,
 * "Where Callboard differs from Backstage").
 */
import { describe, expect, it } from 'vitest';
import { validateDescriptorFiles } from '../../app/core/validate/validate-descriptor-files.ts';
import { createEntityValidator } from '../../app/core/validation/validate-entity.ts';
import { backstageVerdict } from './backstage-oracle.ts';
import { compareVerdicts } from './compare-verdicts.ts';
import { variants } from './variants.ts';

const validator = createEntityValidator();
const cases = variants();

describe('Callboard agrees with Backstage on generated descriptors', () => {
  it('has at least 300 cases, of which Backstage rejects a good share (so agreement means something)', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it('agrees on every case, deliberate differences aside', async () => {
    const disagreements: string[] = [];
    const tally = { accepted: 0, rejected: 0, deliberate: 0 };
    const missingFixes: string[] = [];
    for (const c of cases) {
      const read = (p: string) => c.files?.[p];
      const ours = await validateDescriptorFiles([{ path: c.path, repositoryPath: c.path, text: c.text }], {
        validator,
        read: async (p) => read(p),
        ...(c.repositoryUrl ? { repositoryUrl: c.repositoryUrl } : {}),
      });
      const theirs = await backstageVerdict({
        path: c.path,
        text: c.text,
        read,
        ...(c.repositoryUrl ? { repositoryUrl: c.repositoryUrl } : {}),
      });
      const comparison = compareVerdicts(ours.files[0]!, theirs);
      for (const p of ours.files[0]!.problems) if (!p.fix) missingFixes.push(`${c.name}: ${p.rule}: ${p.message}`);
      if (!comparison.agree) disagreements.push(`${c.name}: ${comparison.details.join(' | ')}`);
      tally.deliberate += comparison.deliberate.length;
      const rejected = theirs.fileErrors.length > 0 || theirs.entities.some((e) => !e.ok);
      tally[rejected ? 'rejected' : 'accepted']++;
    }
    expect(disagreements).toEqual([]);
    // Every problem says how to fix it, not only what is wrong.
    expect(missingFixes).toEqual([]);
    // Backstage rejects a substantial share: the cases exercise both outcomes.
    expect(tally.rejected).toBeGreaterThan(150);
    expect(tally.accepted).toBeGreaterThan(80);
    expect(tally.deliberate).toBe(2);
  });
});
