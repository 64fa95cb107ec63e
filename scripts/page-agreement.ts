// Prints where the export of the corpus pages (full pages, both layouts) differs from the JSON:
// `node out/scripts/page-agreement.js [family]`.
import { FULL } from '../test/pages/common';
import { family } from '../test/agreement';
import { pageDisagreements } from '../test/pageAgreement';
import { corpus, page } from '../test/precision';

const only = process.argv[2];
const count = new Map<string, number>();
for (const s of corpus()) {
  for (const layout of ['classic', 'modern'] as const) {
    for (const d of pageDisagreements(page(layout, s.source, FULL), s.source)) {
      const k = `${layout} ${family(d.field)}`;
      count.set(k, (count.get(k) ?? 0) + 1);
      if (!only || family(d.field) === only) console.log(`${s.file} ${layout} ${d.field}\n  source:   ${d.source.slice(0, 160)}\n  exported: ${d.exported.slice(0, 160)}`);
    }
  }
}
for (const [k, n] of [...count.entries()].sort()) console.log(`${k}: ${n}`);
