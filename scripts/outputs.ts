// Everything the product says about a fixed set of texts, one digest per (text, output): the
// seeds, every rule fixture, the corpus records imported as text, and the bench's 5 MB record
// with edits (so the incremental path is covered). Only the service facade is used, so this
// file runs unchanged on an older commit: scripts/compare-outputs.sh builds one and compares.
// node out/scripts/outputs.js [--full]   (--full prints the outputs themselves, not digests)

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TrialRecordService } from '../server/src/service';
import { readSettings } from '../server/src/settings';

const ROOT = process.cwd();
const FIXTURES = join(ROOT, 'test', 'fixtures');
const full = process.argv.includes('--full');
// --only PREFIX limits the run to texts whose name starts with PREFIX (to look into a difference).
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] ?? '' : '';
const { settings } = readSettings({ today: '2026-12-02' });

function filesBelow(dir: string, suffix: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesBelow(p, suffix));
    else if (p.endsWith(suffix)) out.push(p);
  }
  return out;
}

const service = new TrialRecordService();
let version = 0;

function emit(name: string, what: string, value: unknown): void {
  // Rule links point into the checkout: the base is built in another directory.
  const json = (JSON.stringify(value) ?? 'undefined').split(ROOT).join('<root>');
  console.log(`${name}\t${what}\t${full ? json : createHash('sha256').update(json).digest('hex').slice(0, 16)}`);
}

/** Positions to ask completion and hover at: the start, middle and end of every seventh line. */
function positions(text: string): { line: number; character: number }[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: { line: number; character: number }[] = [];
  for (let line = 0; line < lines.length; line += 7) {
    const n = lines[line]!.length;
    for (const character of new Set([0, Math.floor(n / 2), n])) out.push({ line, character });
  }
  return out;
}

type Depth = 'all' | 'document' | 'diagnostics';

/** 'all' asks completion and hover too (seeds, fixtures, the large record's first lines); 'document'
 * stops at document-wide outputs (corpus records: their shapes are the seeds' shapes, and asking
 * at every seventh line of 300 records took minutes); 'diagnostics' is for the edits. */
function outputs(name: string, text: string, uri = `file:///outputs/${encodeURIComponent(name)}`, depth: Depth = 'all'): void {
  if (!name.startsWith(only)) return;
  const doc = { uri, version: ++version, getText: () => text };
  const diagnostics = service.diagnostics(doc, settings);
  emit(name, 'diagnostics', diagnostics);
  if (depth === 'diagnostics') return;
  emit(name, 'symbols', service.documentSymbols(doc));
  emit(name, 'folding', service.foldingRanges(doc));
  emit(name, 'links', service.documentLinks(doc));
  emit(name, 'codeActions', diagnostics.map((d) => service.codeActions(doc, d.range, [d], settings, { clientCommands: true })));
  try {
    emit(name, 'export', service.exportStudy(doc));
  } catch (e) {
    emit(name, 'export', `throws ${String(e)}`);
  }
  if (depth === 'document') return;
  const at = positions(text).slice(0, 600);
  emit(name, 'completion', at.map((p) => service.completion(doc, p)));
  emit(name, 'hover', at.map((p) => service.hover(doc, p)));
}

for (const f of filesBelow(join(FIXTURES, 'seeds'), '.txt')) outputs(`seeds/${f.split('/').pop()}`, readFileSync(f, 'utf8'));
for (const f of filesBelow(join(FIXTURES, 'rules'), '.trial')) outputs(f.slice(FIXTURES.length + 1), readFileSync(f, 'utf8'));
const corpusDir = join(FIXTURES, 'corpus', 'ctgov');
for (const f of readdirSync(corpusDir).filter((x) => /\.(json|xml)$/.test(x)).sort()) {
  for (const s of service.importStudies(readFileSync(join(corpusDir, f), 'utf8'), f)) outputs(`corpus/${f}/${s.nctId ?? ''}`, s.text, undefined, 'document');
}

// The bench's 5 MB record, then edits through the same document (the incremental path).
const seed = readFileSync(filesBelow(join(FIXTURES, 'seeds'), '.txt')[0]!, 'utf8');
let big = seed;
while (big.length < 5 * 1024 * 1024) big += `\n${seed.slice(seed.indexOf('\n') + 1)}`;
const uri = 'file:///outputs/big.trial';
outputs('big', big, uri);
let state = 12345;
for (let k = 0; k < 8; k++) {
  state = (state * 1103515245 + 12345) % 2 ** 31;
  const at = state % big.length;
  big = k % 2 === 0 ? `${big.slice(0, at)}x${big.slice(at)}` : `${big.slice(0, at)}${big.slice(at + 1)}`;
  outputs(`big edit ${k}`, big, uri, 'diagnostics');
}
