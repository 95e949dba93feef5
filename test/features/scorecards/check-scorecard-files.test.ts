/**
 * The check of the catalog repository's scorecard files, the job against the GitHub double: a
 * track pushed with a mistake gets a failing check on the commit, annotated on its line, and the
 * summary counts the tracks that will still be scored. (Which pushes queue it: test/features/events.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScorecardFiles } from '../../../app/features/scorecards/check-scorecard-files.ts';
import type { GithubDouble } from '../../github-double/index.ts';
import { testServices } from '../../support/app-services.ts';
import { forgeAgainst, startDouble } from '../../support/github.ts';
import { REPO_ROOT } from '../../support/paths.ts';

let double: GithubDouble;
let installationId: number;

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  const talk = readFileSync(join(REPO_ROOT, 'templates', 'scorecards', 'test-certified.yaml'), 'utf8');
  double.addRepository({
    owner: 'acme',
    name: 'callboard-catalog',
    files: { 'README.md': '# The catalog\n', 'scorecards/test-certified.yaml': talk },
  });
  installationId = double.addInstallation({ account: 'acme' }).id;
});
afterAll(() => double.close());

describe('the scorecard files check', () => {
  it('fails a scorecard file pushed with a mistake, annotated on its line', async () => {
    const broken =
      'apiVersion: callboard.dev/v1\nkind: Track\nmetadata:\n  name: docs\nspec:\n  levels:\n    - checks:\n        - id: readme\n          title: Has a README\n          rule: { fact: entity.descripton, operator: exists }\n';
    const sha = double.pushCommit({
      owner: 'acme',
      repo: 'callboard-catalog',
      branch: 'main',
      files: { 'scorecards/docs.yaml': broken },
    });
    await checkScorecardFiles(testServices({ forge: forgeAgainst(double, installationId).forge }))({
      name: 'check-scorecard-files',
      id: sha,
      data: { installationId, repository: { owner: 'acme', name: 'callboard-catalog' }, headSha: sha },
    });
    const check = double
      .checkRuns('acme', 'callboard-catalog')
      .find((r) => r.headSha === sha && r.name === 'Callboard / scorecards' && r.status === 'completed');
    expect(check).toMatchObject({
      conclusion: 'failure',
      title: '1 track scored, 0 exemptions in force; 1 error, 0 warnings',
    });
    expect(check!.annotations).toEqual([
      expect.objectContaining({
        path: 'scorecards/docs.yaml',
        start_line: 10,
        annotation_level: 'failure',
        title: 'Callboard: scorecard',
        message: expect.stringContaining('There is no fact "entity.descripton"'),
      }),
    ]);
  });
});
