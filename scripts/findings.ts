// Prints the findings for a record: `node out/scripts/findings.js <file> [yyyy-MM-dd]`.
import { readFileSync } from 'node:fs';
import { analyze } from '../server/src/analysis/analyze';
import { findings } from '../server/src/rules/engine/run';
import { readSettings } from '../server/src/settings';

const a = analyze(readFileSync(process.argv[2]!, 'utf8'));
const { settings } = readSettings({ today: process.argv[3] ?? '2026-11-21' });
for (const f of findings(a, settings, (rule, e) => console.error(`rule ${rule} failed:`, e))) {
  const p = a.index.position(f.range.start);
  console.log(`${p.line + 1}:${p.character + 1} ${f.severity} ${f.rule.id}: ${f.message.slice(0, 150)}${f.fixes?.length ? `  [fix: ${f.fixes.map((x) => x.title).join('; ')}]` : ''}`);
}
