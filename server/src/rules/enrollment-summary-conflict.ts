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

/** C21: the number of participants stated in the summary disagrees with the Enrollment field. */
const rule: Rule = {
  id: 'enrollment-summary-conflict',
  title: 'The summary states a different number of participants than Enrollment',
  severity: 'warning',
  tags: ['contradiction', 'consistency'],
  reference: ['C21'],
  check(r) {
    const e = r.design.enrollment;
    const count = e?.count?.value;
    if (count === undefined) return [];
    const out: Finding[] = [];
    for (const [name, v] of [['Brief Summary', r.description.briefSummary], ['Detailed Description', r.description.detailedDescription]] as const) {
      if (!v) continue;
      for (const s of stated(v)) {
        if (s.count === count) continue;
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
