// `node esbuild.mjs --bench && node out/scripts/profile.js [seeds|corpus|big] [rounds]`: where analysis time goes. Times the parser,
// the model and each rule over the chosen texts (repeated), so optimisation targets the real cost.
// For a flame graph run it under `node --cpu-prof`.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/analysis/analyze';
import { buildModel } from '../server/src/model/build';
import { parse } from '../server/src/parser/parse';
import { RULES } from '../server/src/rules';
import { readSettings } from '../server/src/settings';
import { readStudies } from '../server/src/convert/read';
import { writeRecord } from '../server/src/convert/write';
import { findings } from '../server/src/rules/engine/run';

const ROOT = join(__dirname, '..', '..');
const which = process.argv[2] ?? 'corpus';
const rounds = Number(process.argv[3] ?? 5);

function texts(): string[] {
  const seedsDir = join(ROOT, 'test', 'fixtures', 'seeds');
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  if (which === 'seeds') return seeds;
  if (which === 'big') {
    const seed = seeds[0]!;
    let big = seed;
    while (big.length < 5 * 1024 * 1024) big += `\n${seed.slice(seed.indexOf('\n') + 1)}`;
    return [big];
  }
  const dir = join(ROOT, 'test', 'fixtures', 'corpus', 'ctgov');
  return readdirSync(dir).filter((f) => /\.(json|xml)$/.test(f)).map((f) => writeRecord(readStudies(readFileSync(join(dir, f), 'utf8'), f)[0]!));
}

const all = texts();
const bytes = all.reduce((n, t) => n + Buffer.byteLength(t), 0);
const settings = readSettings({ today: '2026-11-21' }).settings;
const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;
const totals = new Map<string, number>();
const add = (k: string, v: number) => totals.set(k, (totals.get(k) ?? 0) + v);
let found = 0;
for (let r = 0; r < rounds; r++) {
  for (const text of all) {
    let t = process.hrtime.bigint();
    const tree = parse(text);
    add('parse', ms(t));
    t = process.hrtime.bigint();
    buildModel(tree);
    add('model', ms(t));
    const a = analyze(text);
    const ctx = { analysis: a, today: '2026-11-21', customTerms: [] };
    for (const rule of RULES) {
      t = process.hrtime.bigint();
      rule.check(a.record, ctx);
      add(`rule ${rule.id}`, ms(t));
    }
    t = process.hrtime.bigint();
    found += findings(a, settings).length;
    add('findings (all rules + suppression)', ms(t));
  }
}
console.log(`${which}: ${all.length} texts, ${(bytes / 1e6).toFixed(2)} MB, ${found / rounds} findings`);
const rows = [...totals].map(([k, v]) => [k, v / rounds] as const).sort((a, b) => b[1] - a[1]);
for (const [k, v] of rows.slice(0, 25)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
const ruleSum = rows.filter(([k]) => k.startsWith('rule ')).reduce((n, [, v]) => n + v, 0);
console.log(`${ruleSum.toFixed(1).padStart(8)} ms  all rules`);
