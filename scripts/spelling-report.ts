// Lists every misspelled-word finding on the corpus pages (both layouts, full pages) and the
// seeds, with its context: the material for test/fixtures/review/spelling.md.
// node out/scripts/spelling-report.js [classic|modern] [rule id …] (default: misspelled-word and misspelled-term)

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/analysis/analyze';
import { findings } from '../server/src/rules/engine/run';
import { readSettings } from '../server/src/settings';
import { FULL } from '../test/pages/common';
import { corpus, page, TODAY, type Layout } from '../test/precision';

const { settings } = readSettings({ today: TODAY });
const layout = (process.argv[2] ?? 'classic') as Layout;
const rules = new Set(process.argv.length > 3 ? process.argv.slice(3) : ['misspelled-word', 'misspelled-term']);

function report(name: string, text: string): void {
  const a = analyze(text);
  for (const f of findings(a, settings, (rule, e) => console.error(rule, e))) {
    if (!rules.has(f.rule.id)) continue;
    const ctx = text.slice(Math.max(0, f.range.start - 40), f.range.end + 30).replace(/\s+/g, ' ');
    console.log(`${name}\t${f.rule.id}\t${f.severity}\t${text.slice(f.range.start, f.range.end)}\t${f.message}\t${ctx}`);
  }
}

const seeds = join(__dirname, '..', '..', 'test', 'fixtures', 'seeds');
for (const f of readdirSync(seeds).filter((x) => x.endsWith('.txt')).sort()) report(f, readFileSync(join(seeds, f), 'utf8'));
for (const s of corpus()) report(s.file, page(layout, s.source, FULL).text);
