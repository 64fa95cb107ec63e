// Drafts a rule fixture: the record with `#! severity rule @col` lines after each line that has
// findings. A draft is not a fixture until every finding has been checked by hand against the
// text (the point of the fixtures): `node out/scripts/annotate.js <record> [--seed name]`.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyze } from '../server/src/analysis/analyze';
import { findings } from '../server/src/rules/engine/run';
import { readSettings } from '../server/src/settings';

const file = process.argv[2]!;
const text = readFileSync(file, 'utf8');
const a = analyze(text);
const byLine = new Map<number, string[]>();
for (const f of findings(a, readSettings({ today: '2026-11-21' }).settings)) {
  const p = a.index.position(f.range.start);
  const list = byLine.get(p.line) ?? [];
  list.push(`#! ${f.severity} ${f.rule.id} @${p.character + 1}`);
  byLine.set(p.line, list);
}
const out: string[] = [];
if (process.argv.includes('--seed')) out.push(`#! seed ${basename(file)}`);
text.split(/(?<=\n)/).forEach((l, k) => {
  out.push(l.replace(/\n$/, ''));
  for (const e of byLine.get(k) ?? []) out.push(e);
});
process.stdout.write(`${out.join('\n')}${text.endsWith('\n') ? '\n' : ''}`);
