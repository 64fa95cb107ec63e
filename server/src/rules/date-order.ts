import type { DateValue } from '../model/types';
import { dateBounds } from './support/dates';
import type { Finding, Rule } from './types';

/** C1: Study Start ≤ Primary Completion ≤ Study Completion. */
const rule: Rule = {
  id: 'date-order',
  title: 'Study dates are out of order',
  severity: 'error',
  tags: ['consistency'],
  reference: ['C1'],
  check(r) {
    const s = r.status;
    const pairs: [string, DateValue | undefined, string, DateValue | undefined][] = [
      ['Study Start Date', s.startDate, 'Primary Completion Date', s.primaryCompletionDate],
      ['Primary Completion Date', s.primaryCompletionDate, 'Study Completion Date', s.completionDate],
      ['Study Start Date', s.startDate, 'Study Completion Date', s.completionDate],
    ];
    const out: Finding[] = [];
    for (const [an, a, bn, b] of pairs) {
      if (!a?.iso || !b?.iso) continue;
      if (dateBounds(a.iso).first <= dateBounds(b.iso).last) continue;
      if (out.some((f) => f.range.start === b.range.start)) continue;
      out.push({
        range: b.range,
        message: `${bn} (${b.raw}) is before ${an} (${a.raw}): the ${bn} is always the same as, or later than, the ${an}.`,
        related: [{ range: a.range, message: `${an}: ${a.raw}` }],
      });
    }
    return out;
  },
};
export default rule;
