/**
 * Bundles the actions and the CLI into committed `dist/` files (an ESM entry each, dependencies
 * included; the code they share, and each CLI command's own, in `dist/chunks/`), after
 * type-checking. Output is deterministic, so CI can rebuild and compare.
 * `dist/licenses.txt` lists the bundled third-party packages with their licences, and
 * `schemas/migration.schema.json` is written from the constant it publishes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { MIGRATION_SCHEMA_PATH, migrationSchemaText } from '../app/core/migration/migration-schema.ts';

const ENTRIES = {
  'validate/index': 'actions/validate/src/index.ts',
  'scorecard/index': 'actions/scorecard/src/index.ts',
  'reconcile/index': 'actions/reconcile/src/index.ts',
  'cli/index': 'app/cli/index.ts',
  // The worker thread every bundle above starts for the work on repository content (app/workers/unit-pool.ts finds it
  // beside their folders).
  'unit-worker': 'app/workers/unit-worker.ts',
};

execFileSync(process.execPath, [join('node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], { stdio: 'inherit' });
execFileSync(process.execPath, [join('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'app/site-client'], {
  stdio: 'inherit',
});

// The schema editors read migration specs with (a test keeps the committed file equal to the constant).
mkdirSync(dirname(MIGRATION_SCHEMA_PATH), { recursive: true });
writeFileSync(MIGRATION_SCHEMA_PATH, migrationSchemaText());

rmSync('dist', { recursive: true, force: true });
const result = await build({
  entryPoints: ENTRIES,
  outdir: 'dist',
  bundle: true,
  // Code shared by the bundles, and each CLI command's own, in chunks loaded when needed: `callboard --help` reads
  // a fraction of the code. Chunks sit two folders deep, as the bundles do, so paths relative to the code
  // (../unit-worker.js, ../../app.yml) mean the same from either.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node24',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
  // jsonc-parser's main build is UMD, whose require() of its own files esbuild cannot follow: bundle its ES modules.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  // Bundled CommonJS dependencies call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __callboardCreateRequire } from 'node:module';\nconst require = __callboardCreateRequire(import.meta.url);",
  },
});
const site = await buildSite();
writeFileSync('dist/licenses.txt', licenses(result.metafile, site));

/**
 * The catalog site's assets (`dist/site/`, copied into every site): its own script for the browser
 * (the table, search, entity pages and graph), the API pages' script, its styles with highlight.js's
 * accessible light theme (WCAG AA contrast), and the API renderers' standalone bundles as their packages publish them.
 */
async function buildSite(): Promise<Metafile> {
  const out = 'dist/site';
  const browser = await build({
    entryPoints: { site: 'app/site-client/main.ts', 'api-page': 'app/site-client/api-page.ts' },
    outdir: out,
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'iife',
    target: ['chrome120', 'firefox120', 'safari17'],
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  writeFileSync(
    `${out}/site.css`,
    [
      readFileSync('app/site-client/site.css', 'utf8'),
      readFileSync('node_modules/highlight.js/styles/a11y-light.css', 'utf8'),
    ].join('\n'),
  );
  const vendored: [from: string, to: string][] = [
    ['node_modules/redoc/bundles/redoc.standalone.js', 'redoc/redoc.standalone.js'],
    ['node_modules/redoc/bundles/redoc.standalone.js.LICENSE.txt', 'redoc/redoc.standalone.js.LICENSE.txt'],
    ['node_modules/@asyncapi/react-component/browser/standalone/index.js', 'asyncapi/index.js'],
    ['node_modules/@asyncapi/react-component/browser/standalone/index.js.LICENSE.txt', 'asyncapi/index.js.LICENSE.txt'],
    ['node_modules/@asyncapi/react-component/styles/default.min.css', 'asyncapi/default.min.css'],
  ];
  for (const [from, to] of vendored) {
    mkdirSync(dirname(join(out, to)), { recursive: true });
    // Without the source map comment: the map is not shipped, and a reader's browser would ask for it.
    let text = readFileSync(from, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
    // Redoc's footer shows Redocly's logo from their CDN: the one request a page would make to another server.
    // Without a source the image fails and Redoc hides it.
    if (to.startsWith('redoc/') && to.endsWith('.js')) {
      const logo = '"https://cdn.redoc.ly/redoc/logo-mini.svg"';
      if (!text.includes(logo)) throw new Error(`Redoc no longer names ${logo}: check what its footer loads`);
      text = text.replace(logo, '""');
    }
    writeFileSync(join(out, to), text);
  }
  return browser.metafile;
}

/** Every package whose code went into a bundle, with its licence text. */
function licenses(metafile: Metafile, site: Metafile): string {
  const packages = new Set<string>([
    'node_modules/redoc',
    'node_modules/@asyncapi/react-component',
    'node_modules/highlight.js',
  ]);
  for (const input of [...Object.keys(metafile.inputs), ...Object.keys(site.inputs)]) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packages.add(m[1]!);
  }
  return [...packages]
    .sort()
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name: string;
        version: string;
        license?: string;
      };
      const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE']
        .map((f) => join(dir, f))
        .find((f) => existsSync(f));
      const text = file
        ? readFileSync(file, 'utf8').trim()
        : `(no licence file; package.json says ${pkg.license ?? 'nothing'})`;
      return `${pkg.name}@${pkg.version} — ${pkg.license ?? 'unknown'}\n\n${text}\n`;
    })
    .join('\n' + '-'.repeat(72) + '\n\n');
}
