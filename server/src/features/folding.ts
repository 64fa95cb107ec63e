import { type FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis/analyze';
import { criteriaInOrder } from '../model/traverse';
import type { Span } from '../model/types';

/**
 * Folding for every section, list, arm and outcome, plus multi-line values. One range per
 * start line (the widest), since editors keep only one there.
 */
export function foldingRanges(a: Analysis): FoldingRange[] {
  const r = a.record;
  const spans: { span: Span; kind?: FoldingRangeKind }[] = [];
  const add = (span: Span | undefined, kind?: FoldingRangeKind) => {
    if (span) spans.push({ span, ...(kind ? { kind } : {}) });
  };
  for (const s of r.sections) add(s.range, FoldingRangeKind.Region);
  for (const arm of r.arms) add(arm.range);
  for (const iv of r.interventions) add(iv.range);
  for (const o of r.outcomes) add(o.range);
  // Consecutive outcomes of one class fold together (Primary, Secondary, …).
  let run: Span | undefined;
  r.outcomes.forEach((o, k) => {
    const prev = r.outcomes[k - 1];
    run = prev && prev.group === o.group && run ? { start: run.start, end: o.range.end } : o.range;
    if (r.outcomes[k + 1]?.group !== o.group) add(run);
  });
  for (const list of r.eligibility.criteria) add(list.range);
  for (const c of criteriaInOrder(r.eligibility.criteria)) if (c.children.length > 0) add(c.range);
  add(r.eligibility.range);
  add(r.description.briefSummary?.range);
  add(r.description.detailedDescription?.range);

  const byStart = new Map<number, FoldingRange>();
  for (const { span, kind } of spans) {
    const startLine = a.index.line(span.start);
    const endLine = a.index.line(Math.max(span.start, span.end - 1));
    if (endLine <= startLine) continue;
    const prev = byStart.get(startLine);
    if (!prev || prev.endLine < endLine) byStart.set(startLine, { startLine, endLine, ...(kind ? { kind } : {}) });
  }
  return [...byStart.values()].sort((x, y) => x.startLine - y.startLine);
}
