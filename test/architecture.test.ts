/**
 * The layers of docs/architecture.md, held: the import graph of app/ (type-only imports included,
 * as dpdm reads them with `transform: false`) has no cycle; the core imports nothing of the project
 * outside itself; the layers below the features never import them; a feature never imports another
 * (features speak through Callboard's own events).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCircular, parseDependencyTree, type DependencyTree } from 'dpdm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CALLBOARD_VERSION } from '../app/core/version.ts';

const ROOT = join(import.meta.dirname, '..');
let tree: DependencyTree;
/** Each project file of app/ with the project files it imports (packages and Node's modules left out). */
let imports: Map<string, string[]>;

beforeAll(async () => {
  tree = await parseDependencyTree(['app/**/*.ts'], {
    context: ROOT,
    tsconfig: join(ROOT, 'tsconfig.json'),
    extensions: ['.ts'],
    transform: false,
    skipDynamicImports: false,
  });
  imports = new Map(
    Object.entries(tree)
      .filter(([file]) => file.startsWith('app/'))
      .map(([file, deps]) => [
        file,
        (deps ?? []).flatMap((d) =>
          d.id && !d.id.includes('node_modules') && !d.request.startsWith('node:')
            ? [relative(ROOT, join(ROOT, d.id))]
            : [],
        ),
      ]),
  );
}, 60_000);

const violations = (from: (file: string) => boolean, allowed: (target: string, file: string) => boolean) =>
  [...imports].flatMap(([file, targets]) =>
    from(file) ? targets.filter((t) => !allowed(t, file)).map((t) => `${file} imports ${t}`) : [],
  );

const featureOf = (file: string) => /^app\/features\/([^/]+)\//.exec(file)?.[1];

describe('the architecture', () => {
  it('reads the whole of app/', () => {
    expect(imports.size).toBeGreaterThan(150);
    expect(imports.get('app/features/callboard.ts')).toContain('app/features/catalog/index.ts');
  });

  it('has no import cycle, type-only imports included', () => {
    expect(parseCircular(tree).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('keeps the core pure: no file under app/core imports the project outside app/core', () => {
    expect(
      violations(
        (f) => f.startsWith('app/core/'),
        (t) => t.startsWith('app/core/'),
      ),
    ).toEqual([]);
  });

  it("states the package's version in the core", () => {
    expect(CALLBOARD_VERSION).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('keeps the layers below the features below them', () => {
    const below = /^app\/(?:core|forge|workers|queue|catalog-repo)\//;
    const above = /^app\/(?:features|server|cli)\//;
    expect(
      violations(
        (f) => below.test(f),
        (t) => !above.test(t),
      ),
    ).toEqual([]);
  });

  it('lets no feature import another (they speak through Callboard events)', () => {
    expect(
      violations(
        (f) => featureOf(f) !== undefined,
        (t, f) => featureOf(t) === undefined || featureOf(t) === featureOf(f) || featureOf(t) === 'shared',
      ),
    ).toEqual([]);
  });

  it('keeps the CLI and the server apart', () => {
    expect(
      violations(
        (f) => f.startsWith('app/cli/'),
        (t) => !/^app\/(?:server|features)\//.test(t),
      ),
    ).toEqual([]);
    expect(
      violations(
        (f) => f.startsWith('app/server/'),
        (t) => !t.startsWith('app/cli/'),
      ),
    ).toEqual([]);
  });
});
