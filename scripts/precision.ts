// Prints the precision oracle's table over the corpus and its false errors:
// `node out/scripts/precision.js [--false] [--rule ID] [--full]`.
import { FULL } from '../test/pages/common';
import { corpus, measure } from '../test/precision';

const args = process.argv.slice(2);
const only = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
const report = measure(corpus(), args.includes('--full') ? () => FULL : undefined);
const rows = [...report.rules.entries()].sort((a, b) => b[1].classic.false + b[1].modern.false - (a[1].classic.false + a[1].modern.false));
console.log(`records: ${report.records}`);
console.log('rule | classic errors | classic false | modern errors | modern false');
for (const [rule, r] of rows) console.log(`${rule} | ${r.classic.errors} | ${r.classic.false} | ${r.modern.errors} | ${r.modern.false}`);
const total = (l: 'classic' | 'modern') => rows.reduce((n, [, r]) => n + r[l].false, 0);
console.log(`false: classic ${total('classic')}, modern ${total('modern')}`);
if (args.includes('--false')) {
  for (const f of report.falseFindings) {
    if (only && f.judged.rule !== only) continue;
    console.log(`${f.file} ${f.layout}:${f.judged.line} ${f.judged.rule}: ${f.judged.message.slice(0, 160)} — ${f.judged.falseBecause}`);
  }
}
