// `npm run bench`: measurements of the real code on the seeds, each against a baseline measured
// in the same run (Node reading the text and splitting it into lines). Prints a table and writes
// bench/results.json. Timings use process.hrtime; each figure is a median or p95 over many runs.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../server/src/analysis/analyze';
import { findings } from '../server/src/rules/engine/run';
import { documentSymbols } from '../server/src/features/symbols';
import { completions } from '../server/src/features/completion';
import { foldingRanges } from '../server/src/features/folding';
import { hover } from '../server/src/features/hover';
import { readSettings } from '../server/src/settings';
import { readStudies } from '../server/src/convert/read';
import { writeRecord } from '../server/src/convert/write';
import { serverBench } from './server';

const ROOT = join(__dirname, '..', '..');
const SEEDS = join(ROOT, 'test', 'fixtures', 'seeds');
const settings = readSettings({ today: '2026-11-21' }).settings;

function timeMs(fn: () => unknown): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]! };
}

/** Throughput in MB/s of `fn` over all texts, repeated until at least `minMs` have passed. */
function throughput(texts: readonly string[], fn: (t: string) => unknown, minMs = 1500): number {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (const t of texts) fn(t); // warm up
  let rounds = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const t of texts) fn(t);
    rounds++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return (bytes * rounds) / 1e6 / (elapsed / 1000);
}

const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const texts = files.map((f) => readFileSync(join(SEEDS, f), 'utf8'));

const baseline = throughput(texts, (t) => t.split(/\r\n|\r|\n/));
const analysis = throughput(texts, (t) => analyze(t));
const validation = throughput(texts, (t) => findings(analyze(t), settings));

const perSeed = files.map((f, k) => {
  const text = texts[k]!;
  const validate: number[] = [];
  const symbols: number[] = [];
  const folding: number[] = [];
  for (let i = 0; i < 300; i++) validate.push(timeMs(() => findings(analyze(text), settings)));
  const a = analyze(text);
  for (let i = 0; i < 300; i++) symbols.push(timeMs(() => documentSymbols(a)));
  for (let i = 0; i < 300; i++) folding.push(timeMs(() => foldingRanges(a)));
  // Completion and hover as the server answers them: the analysis of the version is cached.
  // Positions: the start of each line in turn, so every kind of context is met.
  const complete: number[] = [];
  const hovering: number[] = [];
  const lines = a.tree.lineStarts.length;
  for (let i = 0; i < 300; i++) {
    const line = (i * 7) % lines;
    const character = Math.min(4, text.slice(a.tree.lineStarts[line]!, a.tree.lineStarts[line + 1] ?? text.length).trimEnd().length);
    complete.push(timeMs(() => completions(a, { line, character })));
    hovering.push(timeMs(() => hover(a, { line, character })));
  }
  return { seed: f.slice(0, 3), bytes: Buffer.byteLength(text), validate: stats(validate), documentSymbols: stats(symbols), foldingRanges: stats(folding), completion: stats(complete), hover: stats(hovering) };
});

// `trial-record check` over the 300 corpus records imported as text, against Node reading and
// splitting the same files into lines: both as whole processes (what a CI step pays), 5 runs each.
// bench/floor.ts, timed alike, is the least work any check must do (lines judged, every word seen once).
const CORPUS = join(ROOT, 'test', 'fixtures', 'corpus', 'ctgov');
const recordsDir = mkdtempSync(join(tmpdir(), 'trial-record-bench-'));
const corpusTexts: string[] = [];
for (const f of readdirSync(CORPUS).filter((x) => /\.(json|xml)$/.test(x))) {
  const [study] = readStudies(readFileSync(join(CORPUS, f), 'utf8'), f);
  const text = writeRecord(study!);
  corpusTexts.push(text);
  writeFileSync(join(recordsDir, f.replace(/\.(json|xml)$/, '.trial')), text);
}
const corpusBaseline = throughput(corpusTexts, (t) => t.split(/\r\n|\r|\n/));
const corpusValidation = throughput(corpusTexts, (t) => findings(analyze(t), settings));
const wall = (args: string[]): number => {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited with ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const splitScript = `const fs=require('fs'),p=require('path');let n=0;for(const f of fs.readdirSync(${JSON.stringify(recordsDir)})){n+=fs.readFileSync(p.join(${JSON.stringify(recordsDir)},f),'utf8').split(/\\r\\n|\\r|\\n/).length}if(!n)process.exit(3)`;
const splitRuns: number[] = [];
const checkRuns: number[] = [];
const floorRuns: number[] = [];
const cachedRuns: number[] = [];
const checkArgs = [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', '--today', '2026-11-21', recordsDir];
// --cache: the first run fills the cache (outside the records folder); the timed runs find every file unchanged.
const cacheFile = join(tmpdir(), `trial-record-bench-${process.pid}.cache`);
const cacheArgs = [...checkArgs, '--cache', '--cache-location', cacheFile];
wall(cacheArgs);
for (let i = 0; i < 5; i++) {
  splitRuns.push(wall(['-e', splitScript]));
  checkRuns.push(wall(checkArgs));
  floorRuns.push(wall([join(__dirname, 'floor.js'), recordsDir]));
  cachedRuns.push(wall(cacheArgs));
}
rmSync(recordsDir, { recursive: true, force: true });
rmSync(cacheFile, { force: true });
const corpusCheck = { records: 300, splitLinesMs: stats(splitRuns).median, checkMs: stats(checkRuns).median, floorMs: stats(floorRuns).median, cachedMs: stats(cachedRuns).median };

const round = (n: number, d = 3) => Math.round(n * 10 ** d) / 10 ** d;
async function main(): Promise<void> {
const server = await serverBench(ROOT, texts[0]!, corpusTexts);
const results = {
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, platform: `${platform()} ${release()}`, node: process.version },
  date: new Date().toISOString(),
  throughputMBps: { baselineSplitLines: round(baseline, 1), analysis: round(analysis, 1), analysisAndRules: round(validation, 1) },
  ratioToBaseline: { analysis: round(baseline / analysis, 1), analysisAndRules: round(baseline / validation, 1) },
  corpusThroughputMBps: { baselineSplitLines: round(corpusBaseline, 1), analysisAndRules: round(corpusValidation, 1), ratio: round(corpusBaseline / corpusValidation, 1) },
  server: {
    debounceMs: server.debounceMs,
    editToDiagnosticsSeedMs: { p50: round(server.editToDiagnosticsSeed.p50, 1), p95: round(server.editToDiagnosticsSeed.p95, 1) },
    editToDiagnostics5MBMs: { p50: round(server.editToDiagnostics5MB.p50, 0), p95: round(server.editToDiagnostics5MB.p95, 0) },
    completionMs: { p50: round(server.requests.completion.p50, 2), p95: round(server.requests.completion.p95, 2) },
    documentSymbolMs: { p50: round(server.requests.documentSymbol.p50, 2), p95: round(server.requests.documentSymbol.p95, 2) },
    coldStartMs: round(server.coldStartMs, 0),
    rssMBWith1000Records: server.rssMBWith1000Records === undefined ? null : round(server.rssMBWith1000Records, 0),
  },
  corpusCheck: {
    records: corpusCheck.records,
    splitLinesProcessMs: round(corpusCheck.splitLinesMs, 0),
    checkProcessMs: round(corpusCheck.checkMs, 0),
    ratio: round(corpusCheck.checkMs / corpusCheck.splitLinesMs, 1),
    cachedCheckProcessMs: round(corpusCheck.cachedMs, 0),
    cachedRatio: round(corpusCheck.cachedMs / corpusCheck.splitLinesMs, 1),
    floorProcessMs: round(corpusCheck.floorMs, 0),
    floorRatio: round(corpusCheck.floorMs / corpusCheck.splitLinesMs, 1),
  },
  perSeedMs: perSeed.map((s) => ({ seed: s.seed, bytes: s.bytes, validateMedian: round(s.validate.median), validateP95: round(s.validate.p95), documentSymbolsMedian: round(s.documentSymbols.median), foldingMedian: round(s.foldingRanges.median), completionMedian: round(s.completion.median), completionP95: round(s.completion.p95), hoverMedian: round(s.hover.median), hoverP95: round(s.hover.p95) })),
};
writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log(`machine: ${results.machine.cpu} (${results.machine.cores} cores), ${results.machine.platform}, Node ${results.machine.node}`);
console.log(`throughput on the seeds: split into lines ${results.throughputMBps.baselineSplitLines} MB/s (baseline); analysis ${results.throughputMBps.analysis} MB/s (1/${results.ratioToBaseline.analysis} of baseline); analysis + all rules ${results.throughputMBps.analysisAndRules} MB/s (1/${results.ratioToBaseline.analysisAndRules})`);
console.log('seed  bytes   validate p50/p95 ms   completion p50/p95 ms   hover p50/p95 ms   symbols p50 ms   folding p50 ms');
for (const s of results.perSeedMs) console.log(`${s.seed}   ${String(s.bytes).padStart(6)}   ${s.validateMedian.toFixed(3)} / ${s.validateP95.toFixed(3)}         ${s.completionMedian.toFixed(3)} / ${s.completionP95.toFixed(3)}           ${s.hoverMedian.toFixed(3)} / ${s.hoverP95.toFixed(3)}      ${s.documentSymbolsMedian.toFixed(3)}            ${s.foldingMedian.toFixed(3)}`);
console.log(`trial-record check over ${results.corpusCheck.records} imported records: ${results.corpusCheck.checkProcessMs} ms; node reading and splitting them: ${results.corpusCheck.splitLinesProcessMs} ms (both whole processes, median of 5): ${results.corpusCheck.ratio}x`);
console.log(`  with --cache, every file unchanged since the last run: ${results.corpusCheck.cachedCheckProcessMs} ms: ${results.corpusCheck.cachedRatio}x`);
console.log(`  floor (lines judged by first word, every word looked at once; no model, rules or output): ${results.corpusCheck.floorProcessMs} ms: ${results.corpusCheck.floorRatio}x`);
console.log(`corpus (300 imported records): split ${results.corpusThroughputMBps.baselineSplitLines} MB/s; analysis + rules ${results.corpusThroughputMBps.analysisAndRules} MB/s (1/${results.corpusThroughputMBps.ratio})`);
const sv = results.server;
console.log(`server over stdio: edit-to-diagnostics on a seed p50/p95 ${sv.editToDiagnosticsSeedMs.p50}/${sv.editToDiagnosticsSeedMs.p95} ms, on 5 MB ${sv.editToDiagnostics5MBMs.p50}/${sv.editToDiagnostics5MBMs.p95} ms (after the ${sv.debounceMs} ms debounce); completion ${sv.completionMs.p50}/${sv.completionMs.p95} ms; documentSymbol ${sv.documentSymbolMs.p50}/${sv.documentSymbolMs.p95} ms; cold start ${sv.coldStartMs} ms; RSS with 1,000 records ${sv.rssMBWith1000Records} MB`);
console.log('wrote bench/results.json');
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
