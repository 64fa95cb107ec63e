// Drafts test/fixtures/review/errors.md: for each rule, up to three of the errors it gives on the
// corpus pages (varied as in the precision test), with the page line and what the JSON holds.
// A draft: each verdict is written by hand after reading the page and the JSON.
// `node out/scripts/review-sample.js > draft.md`.
import { writeRecord } from '../server/src/convert/write';
import { variant } from '../test/pages/common';
import { corpus, errorsOf, judge, page } from '../test/precision';

const per = new Map<string, string[]>();
for (const s of corpus()) {
  const canonical = errorsOf(writeRecord(s.source)).findings;
  for (const layout of ['classic', 'modern'] as const) {
    const p = page(layout, s.source, variant(s.source.identificationModule?.nctId ?? s.file));
    const lines = p.text.split(/\r?\n/);
    for (const j of judge(p, s.source, canonical)) {
      const list = per.get(j.rule) ?? [];
      if (list.length >= 3 || list.some((x) => x.startsWith(`| ${s.file} `))) continue;
      list.push(`| ${s.file} | ${layout}:${j.line} | \`${(lines[j.line - 1] ?? '').slice(0, 90).replace(/\|/g, '\\|')}\` | ${j.message.slice(0, 150).replace(/\|/g, '\\|')} | ${j.falseBecause ?? 'not proven false'} | VERDICT |`);
      per.set(j.rule, list);
    }
  }
}
for (const [rule, rows] of [...per.entries()].sort()) {
  console.log(`\n### ${rule}\n\n| record | page line | text | message | oracle | verdict (by hand) |\n|---|---|---|---|---|---|`);
  for (const r of rows) console.log(r);
}
