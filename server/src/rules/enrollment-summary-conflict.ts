import type { TextValue } from '../model/types';
import type { Finding, Rule } from './types';

// "Approximately 40 patients", "a total of 120 participants will be enrolled", "enroll 60 subjects".
const STATED = /\b(?:(?:approximately|about|around|up to|a total of|total of|~)\s*)?(\d{1,3}(?:,\d{3})*|\d+)\s+(?:\([^)]*\)\s+)?(?:patients|participants|subjects|volunteers|individuals|people|adults|children)\b(?=[^.]{0,80}\b(?:enrolled|enroll|recruited|included|randomi[sz]ed|participate)\b)|\benrol(?:l|ling|led)?\s+(?:approximately\s+|about\s+|up to\s+)?(\d{1,3}(?:,\d{3})*|\d+)\s+(?:patients|participants|subjects)\b/gi;

function stated(v: TextValue): { count: number; start: number; end: number }[] {
  const out: { count: number; start: number; end: number }[] = [];
  // Offsets are found in the raw text so that they map back to the source.
  for (const m of v.raw.matchAll(STATED)) {
    const n = Number((m[1] ?? m[2])!.replace(/,/g, ''));
    out.push({ count: n, start: v.range.start + m.index!, end: v.range.start + m.index! + m[0].length });
  }
  return out;
}

const PART = /\b(?:per|each|every|cohorts?|arms?|groups?|phase\s*(?:1|2|3|I{1,3})|parts?|stages?|portion|sub-?stud(?:y|ies)|pilot)\b/i;

/** The words around a stated number (`each arm will enrol 20 …`, `… 20 patients per cohort`), in its sentence. */
function around(start: number, end: number, v: TextValue): string {
  const a = start - v.range.start;
  const b = end - v.range.start;
  const from = Math.max(v.raw.lastIndexOf('. ', a), v.raw.lastIndexOf('\n', a), a - 40, 0);
  const stops = [v.raw.indexOf('. ', b), v.raw.indexOf('\n', b), b + 30].filter((x) => x >= 0);
  return v.raw.slice(from, Math.min(...stops, v.raw.length));
}

/**
 * C21: the study's total number of participants stated in the summary disagrees with an
 * Estimated Enrollment. Numbers of a cohort, arm or phase are not the total; an Actual
 * enrollment may differ from the planned number.
 */
const rule: Rule = {
  id: 'enrollment-summary-conflict',
  title: 'The summary states a different number of participants than Enrollment',
  severity: 'warning',
  tags: ['contradiction', 'consistency'],
  reference: ['C21'],
  check(r) {
    const e = r.design.enrollment;
    const count = e?.count?.value;
    // An Actual enrollment often differs from the number the summary planned: that is no conflict.
    if (count === undefined || e?.type?.code === 'ACTUAL') return [];
    const out: Finding[] = [];
    for (const [name, v] of [['Brief Summary', r.description.briefSummary], ['Detailed Description', r.description.detailedDescription]] as const) {
      if (!v) continue;
      // Only the study's total: numbers of a cohort, arm, part or phase are parts of it.
      const totals = stated(v).filter((s) => !PART.test(around(s.start, s.end, v)));
      if (totals.some((s) => s.count === count)) continue;
      const largest = totals.sort((a, b) => b.count - a.count)[0];
      for (const s of largest ? [largest] : []) {
        out.push({
          range: { start: s.start, end: s.end },
          message: `The ${name} says ${s.count} participants, but Enrollment is ${count}${e!.type?.label ? ` (${e!.type.label})` : ''}: make them agree (reviewers return records whose parts contradict each other).`,
          related: [{ range: e!.count!.range, message: `Enrollment: ${count}` }],
        });
      }
    }
    return out;
  },
};
export default rule;
