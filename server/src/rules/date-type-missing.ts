import { studyDates } from './support/dates';
import { FDAAA, sinceEra } from './support/era';
import type { Finding, Rule } from './types';

/**
 * P2 (§1.2): the start, primary completion and completion dates are each Actual or Estimated.
 * The classic page prints the type in the label (`Actual Study Start Date :`); a date without
 * it cannot be told a fact from a plan. The newer layout prints no types, so it is not judged.
 */
const rule: Rule = {
  id: 'date-type-missing',
  title: 'A study date is neither Actual nor Estimated',
  severity: 'error',
  tags: ['presence', 'format'],
  reference: ['P2', 'C2'],
  check(r) {
    if (r.layout !== 'classic') return [];
    const dates = studyDates(r);
    const out: Finding[] = [];
    for (const [name, d] of dates) {
      if (!d?.iso || d.type) continue;
      out.push({ range: d.range, message: `${name} ${d.raw} is neither Actual nor Estimated: write "Actual ${name}" for a date that has happened, "Estimated ${name}" for one still planned.` });
    }
    return out;
  },
};
export default sinceEra(rule, FDAAA);
