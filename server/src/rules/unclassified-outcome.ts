import type { Outcome } from '../model/types';
import type { Analysis } from '../analysis/analyze';
import { eolOf } from '../text/lines';
import type { Fix, Rule } from './types';

function lineStart(a: Analysis, offset: number): number {
  return a.tree.lineStarts[a.index.line(offset)]!;
}

/** Headings that make the first measure of a run Primary and the others Secondary. */
function headingsFix(a: Analysis, run: readonly Outcome[], primaryCount: number): Fix {
  const nl = eolOf(a.text);
  const edits = [{ start: lineStart(a, run[0]!.range.start), end: lineStart(a, run[0]!.range.start), newText: `Primary Outcome Measures:${nl}` }];
  const firstSecondary = run[primaryCount];
  if (firstSecondary) edits.push({ start: lineStart(a, firstSecondary.range.start), end: lineStart(a, firstSecondary.range.start), newText: `Secondary Outcome Measures:${nl}` });
  const title = primaryCount === 1 ? 'Label the first measure Primary and the others Secondary' : `Label the first ${primaryCount} measures Primary and the others Secondary`;
  return { title: firstSecondary ? title : 'Label these measures Primary', edits, preferred: true };
}

/** Runs of consecutive unclassified measures. */
function unclassifiedRuns(outcomes: readonly Outcome[]): Outcome[][] {
  const runs: Outcome[][] = [];
  outcomes.forEach((o, k) => {
    if (o.group !== 'unclassified') return;
    if (k > 0 && outcomes[k - 1]!.group === 'unclassified') runs[runs.length - 1]!.push(o);
    else runs.push([o]);
  });
  return runs;
}

/**
 * Outcome measures must be entered as Primary, Secondary or Other; a record whose text lost
 * those headings (the seeds) cannot be submitted as it stands.
 */
const rule: Rule = {
  id: 'unclassified-outcome',
  title: 'Outcome measures are not labelled Primary or Secondary',
  severity: 'warning',
  tags: ['structure'],
  reference: ['P7', 'P8'],
  check(r, ctx) {
    return unclassifiedRuns(r.outcomes).map((run) => {
      const first = run[0]!;
      const n = run.length;
      return {
        range: first.title?.range ?? first.range,
        message: `${n === 1 ? 'This outcome measure is' : `These ${n} outcome measures are`} not labelled Primary or Secondary: ClinicalTrials.gov records each measure as a Primary, Secondary or Other Outcome Measure. Put ${n === 1 ? 'it' : 'them'} under "Primary Outcome Measures:" and "Secondary Outcome Measures:" headings.`,
        related: run.slice(1, 4).map((o) => ({ range: o.title?.range ?? o.range, message: 'also unlabelled' })),
        fixes: [headingsFix(ctx.analysis, run, 1)],
      };
    });
  },
  // A selection of the first measures of a run says which ones are Primary.
  selectionFixes(a, from, to) {
    const run = unclassifiedRuns(a.record.outcomes).find((r) => r.length > 1);
    if (!run) return [];
    const picked = run.filter((o) => o.range.start < to && o.range.end > from);
    if (picked.length === 0 || run.indexOf(picked[0]!) !== 0 || picked.length === run.length) return [];
    return [{ ...headingsFix(a, run, picked.length), title: `Label the ${picked.length} selected measure${picked.length === 1 ? '' : 's'} Primary and the others Secondary` }];
  },
};
export default rule;
