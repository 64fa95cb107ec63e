import type { Rule } from './types';

/** P1 (§1.6): Enrollment is a whole number of participants (PRS accepts nothing else). */
const rule: Rule = {
  id: 'invalid-enrollment',
  title: 'Enrollment is not a number',
  severity: 'error',
  tags: ['format'],
  reference: ['P1'],
  check(r) {
    const e = r.design.enrollment;
    const c = e?.count;
    // A template's `<number>` is placeholder-text's to report.
    if (!c || (c.value !== undefined && Number.isInteger(c.value) && c.value >= 0) || /<[^>]*>/.test(c.raw)) return [];
    return [{ range: c.range, message: `Enrollment "${c.raw.trim()}" is not a number: give the number of participants as a whole number, e.g. "60 participants" (an estimate while the study recruits).` }];
  },
};
export default rule;
