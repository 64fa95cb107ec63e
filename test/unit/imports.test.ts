// The architecture as a test (issue 14): the server's modules import one another only along the
// flow text → vocabulary → parser → model → analysis → rules → features → front ends, and the
// file graph has no cycle. Reads the sources, so it fails on the commit that adds a wrong arrow.

import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const SRC = join(ROOT, 'server', 'src');

/** Lower layers first; a unit is a folder of server/src or a file at its top. */
const LAYERS: readonly (readonly string[])[] = [
  ['text', 'json', 'version', 'snippets'],
  ['vocabulary'],
  ['parser'],
  ['model', 'detect'],
  ['analysis'],
  ['rules', 'convert'],
  ['settings'],
  ['features'],
  ['service', 'workspaceIndex', 'grammar', 'contributions'],
  ['lsp'],
  ['cli', 'server', 'browserServer', 'launch'],
];
const layerOf = new Map(LAYERS.flatMap((units, k) => units.map((u) => [u, k] as const)));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Relative imports and re-exports of a file (type-only ones too: they are arrows of the design). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s+'(\.[^']+)'|\bimport\(\s*'(\.[^']+)'\s*\)|(?:^|\n)\s*import\s+'(\.[^']+)'/g)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    const base = resolve(dirname(file), spec);
    const target = [`${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p));
    assert.ok(target, `${relative(ROOT, file)} imports '${spec}', which is not a source file`);
    out.push(target);
  }
  return out;
}

const unitOf = (file: string) => relative(SRC, file).split('/')[0]!.replace(/\.ts$/, '');
const files = sources(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('import graph (issue 14)', () => {
  it('reads the imports it checks', () => {
    // A parser of imports that found nothing would pass every check below.
    assert.ok(graph.get(join(SRC, 'rules', 'index.ts'))!.length >= 70);
    assert.ok(graph.get(join(SRC, 'analysis', 'reparse.ts'))!.includes(join(SRC, 'parser', 'parse.ts')));
  });

  it('every unit of server/src has its layer', () => {
    const missing = [...new Set(files.map(unitOf))].filter((u) => !layerOf.has(u));
    assert.deepEqual(missing, [], 'add the new folder or file to LAYERS');
  });

  it('no import goes against the flow, nor sideways between units of one layer', () => {
    const wrong: string[] = [];
    for (const [file, deps] of graph) {
      const from = unitOf(file);
      for (const dep of deps) {
        const to = unitOf(dep);
        if (to !== from && layerOf.get(to)! >= layerOf.get(from)!) wrong.push(`${relative(SRC, file)} → ${relative(SRC, dep)}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('no feature imports a rule: rules offer their fixes through the rule object', () => {
    const allowed = new Set([join(SRC, 'rules', 'index.ts'), join(SRC, 'rules', 'types.ts'), join(SRC, 'rules', 'engine', 'run.ts')]);
    const wrong = [...graph].flatMap(([file, deps]) => (unitOf(file) === 'rules' ? [] : deps.filter((d) => unitOf(d) === 'rules' && !allowed.has(d)).map((d) => `${relative(SRC, file)} → ${relative(SRC, d)}`)));
    assert.deepEqual(wrong, []);
  });

  it('only lsp/ and the two entry points (server.ts, browserServer.ts) touch the connection', () => {
    const touching = files.filter((f) => /from 'vscode-languageserver(?:\/node|\/browser)?'/.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    assert.ok(touching.includes(join('lsp', 'start.ts')), 'the check reads the imports');
    assert.deepEqual(touching.filter((f) => !f.startsWith(`lsp${sep}`) && f !== 'server.ts' && f !== 'browserServer.ts'), []);
  });

  it('the file graph has no cycle', () => {
    // Depth-first search with colours; a grey target is a back edge, i.e. a cycle.
    const colour = new Map<string, 'grey' | 'black'>();
    const stack: string[] = [];
    const cycles: string[] = [];
    const visit = (f: string) => {
      colour.set(f, 'grey');
      stack.push(f);
      for (const d of graph.get(f) ?? []) {
        if (colour.get(d) === 'grey') cycles.push([...stack.slice(stack.indexOf(d)), d].map((x) => relative(SRC, x)).join(' → '));
        else if (!colour.has(d)) visit(d);
      }
      stack.pop();
      colour.set(f, 'black');
    };
    for (const f of files) if (!colour.has(f)) visit(f);
    assert.deepEqual(cycles, []);
  });
});
