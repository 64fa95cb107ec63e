import type { DateValue } from '../model/types';
import { isFuture, isPast, studyDates, typeEdit } from './support/dates';
import type { Finding, Rule } from './types';

const STILL_OPEN = new Set(['NOT_YET_RECRUITING', 'RECRUITING', 'ENROLLING_BY_INVITATION', 'ACTIVE_NOT_RECRUITING']);

/** C2: an Actual date cannot be in the future; an Estimated date that has passed should be updated. */
const rule: Rule = {
  id: 'date-type-vs-today',
  title: 'A date\'s type (Actual/Estimated) contradicts today\'s date',
  severity: 'warning',
  tags: ['consistency', 'timeliness'],
  reference: ['C2', 'T3'],
  check(r, ctx) {
    const dates = studyDates(r);
    const out: Finding[] = [];
    const passed: [string, DateValue][] = [];
    for (const [name, d] of dates) {
      if (!d?.iso || !d.type?.code) continue;
      if (d.type.code === 'ACTUAL' && isFuture(d.iso, ctx.today)) {
        out.push({
          range: d.type.range,
          message: `${name} ${d.raw} is marked Actual but is after today (${ctx.today}): a future date is Estimated.`,
          related: [{ range: d.range, message: name }],
          fixes: [{ title: `Mark ${name} Estimated (the date stays ${d.raw})`, edits: [typeEdit(d, 'Estimated')] }],
        });
      } else if (d.type.code === 'ESTIMATED' && isPast(d.iso, ctx.today)) {
        // A study still open has not completed: its passed completion date needs a new estimate
        // (status-date-types wants it Estimated), or the status is out of date.
        const status = r.status.overallStatus;
        if (name === 'Study Completion Date' && status?.code && STILL_OPEN.has(status.code)) {
          out.push({
            range: d.type.range,
            message: `${name} ${d.raw} has passed (today is ${ctx.today}) but the study is still ${status.label}: give a new estimate, or update the status if the study has ended.`,
            related: [{ range: d.range, message: name }, { range: status.range, message: `Overall status: ${status.label}` }],
          });
        } else passed.push([name, d]);
      }
    }
    // A withdrawn study never ran: its dates stay Estimated (status-date-types), however old.
    if (passed.length > 0 && r.status.overallStatus?.code !== 'WITHDRAWN') {
      // One stale record, one finding: the other passed dates are its related places.
      const [[name, d], ...more] = passed;
      const also = more.length === 0 ? '' : ` So ${more.length === 1 ? 'has' : 'have'} ${more.map(([n, x]) => `${n} ${x.raw}`).join(' and ')}.`;
      out.push({
        range: d.type!.range,
        message: `${name} ${d.raw} is Estimated but has passed (today is ${ctx.today}): update it to the actual date, or to a new estimate if the milestone has not been reached (within 30 days, 42 CFR 11.64).${also}`,
        related: passed.map(([n, x]) => ({ range: x.range, message: n })),
        // Reached milestones keep their dates; the user knows whether they were reached.
        fixes: [{ title: more.length === 0 ? `Mark ${name} Actual (the date stays ${d.raw})` : `Mark the ${passed.length} passed dates Actual (the dates stay)`, edits: passed.map(([, x]) => typeEdit(x, 'Actual')) }],
      });
    }
    return out;
  },
};
export default rule;
