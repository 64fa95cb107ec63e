// Builds the three bundles users run (client, server, CLI) and, with --tests,
// transpiles the tests without bundling so mocha can load them from out/; with --bench, bundles
// the benchmark (with its floor script) and the profiler.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const define = { __TRIAL_RECORD_VERSION__: JSON.stringify(pkg.version) };

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');

/** Every .ts file below the given folders. */
function tsFiles(...dirs) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
    }
  };
  dirs.forEach(walk);
  return out;
}

const bundles = {
  entryPoints: {
    client: 'client/src/extension.ts',
    server: 'server/src/server.ts',
    cli: 'server/src/cli/main.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  define,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

/**
 * The browser build takes a module's web twin where it has one: `x.web.ts` beside `x.ts` (the
 * platform's pieces: lsp/host, the rule page links, the word lists).
 */
const webTwins = {
  name: 'web-twins',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.importer.includes('node_modules')) return undefined;
      const twin = `${resolve(args.resolveDir, args.path)}.web.ts`;
      return existsSync(twin) ? { path: twin } : undefined;
    });
  },
};

// vscode.dev and github.dev: the client in the web worker extension host, the server in a worker
// of its own. platform 'browser' makes a Node built-in an unresolved import, which fails the build
// naming the file (only 'vscode' is external, so none can pass as one).
const web = [
  { entryPoints: { 'web/client': 'client/src/browser.ts' }, format: 'cjs', external: ['vscode'] },
  { entryPoints: { 'web/server': 'server/src/browserServer.ts' }, format: 'iife', external: [] },
].map((b) => ({
  ...b,
  outdir: 'dist',
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  define,
  plugins: [webTwins],
  metafile: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
}));

async function buildWeb() {
  const sizes = [];
  for (const options of web) {
    const result = await esbuild.build(options);
    for (const [out, meta] of Object.entries(result.metafile.outputs)) if (out.endsWith('.js')) sizes.push(`${out} ${(meta.bytes / 1024).toFixed(0)} KiB`);
  }
  console.log(`web bundles: ${sizes.join(', ')}`);
}

const tests = {
  entryPoints: tsFiles('client/src', 'server/src', 'test', 'scripts', 'bench'),
  outdir: 'out',
  outbase: '.',
  bundle: false,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  define,
  logLevel: 'warning',
};

// The benchmark and the profiler measure the code as it ships: bundled, like dist/.
const bench = {
  ...bundles,
  entryPoints: { 'bench/run': 'bench/run.ts', 'bench/floor': 'bench/floor.ts', 'scripts/profile': 'scripts/profile.ts' },
  outdir: 'out',
  external: [],
  sourcemap: true,
};

/**
 * The spelling word lists (scripts/build-dictionaries.ts), built into a cache once per version of
 * their npm packages and copied to dist/dictionaries/, which ships in the .vsix.
 */
async function buildDictionaries() {
  const cache = 'node_modules/.cache/trial-record/dictionaries';
  const script = 'node_modules/.cache/trial-record/build-dictionaries.cjs';
  await esbuild.build({ entryPoints: ['scripts/build-dictionaries.ts'], outfile: script, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  execFileSync(process.execPath, [script, cache], { stdio: 'inherit' });
  mkdirSync('dist/dictionaries', { recursive: true });
  for (const f of readdirSync(cache)) copyFileSync(join(cache, f), join('dist/dictionaries', f));
}

// `--web-probe FILE OUTFILE`: FILE bundled as the web worker is (tests hold the browser build's rules).
const probe = process.argv.indexOf('--web-probe');

if (probe > 0) {
  const [entry, outfile] = process.argv.slice(probe + 1, probe + 3);
  try {
    const { outdir: _o, entryPoints: _e, ...options } = web[1];
    await esbuild.build({ ...options, entryPoints: [entry], outfile, logLevel: 'silent' });
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
} else if (args.has('--bench')) {
  await esbuild.build(bench);
} else if (args.has('--tests')) {
  rmSync('out', { recursive: true, force: true });
  await esbuild.build(tests);
} else if (watch) {
  const ctx = await esbuild.context(bundles);
  await ctx.watch();
  console.error('[watch] building dist/ on change');
} else {
  rmSync('dist', { recursive: true, force: true });
  await esbuild.build(bundles);
  await buildWeb();
  await buildDictionaries();
  // The PRS XML export validates against the official schemas with xmllint-wasm, whose worker
  // script and WebAssembly module are loaded from beside the bundle.
  mkdirSync('dist/prs', { recursive: true });
  for (const f of ['ProtocolRecordSchema.xsd', 'RRSUploadSchema.xsd', 'SOURCES.md']) copyFileSync(join('test/fixtures/schemas/prs', f), join('dist/prs', f));
  for (const f of ['xmllint-node.js', 'xmllint.wasm']) copyFileSync(join('node_modules/xmllint-wasm', f), join('dist', f));
  copyFileSync('node_modules/xmllint-wasm/COPYING', 'dist/xmllint.LICENSE');
  // The rule pages ship beside the server: diagnostics link to them (codeDescription.href).
  mkdirSync('dist/rules', { recursive: true });
  for (const f of readdirSync('docs/rules')) if (f.endsWith('.md')) copyFileSync(join('docs/rules', f), join('dist/rules', f));
}
