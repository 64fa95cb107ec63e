import { addMonths, dateBounds, OPEN_STATUSES, verifiedNow } from './support/dates';
import type { Rule } from './types';

/**
 * T1: while a study is open, the Record Verification Date must be refreshed at least every 12
 * months (42 CFR 11.64(a)(1)(ii)); PRS flags stale records "Not Recently Updated".
 */
const rule: Rule = {
  id: 'verification-overdue',
  title: 'Record not verified in the last 12 months',
  severity: 'warning',
  tags: ['timeliness'],
  reference: ['T1'],
  check(r, ctx) {
    const verified = r.status.lastVerified;
    const status = r.status.overallStatus;
    if (!verified?.iso || !status?.code || !OPEN_STATUSES.has(status.code)) return [];
    // A month-only date counts from its last day, so the record gets the benefit of the doubt.
    const due = addMonths(dateBounds(verified.iso).last, 12);
    if (due >= ctx.today) return [];
    return [
      {
        range: verified.range,
        message: `Last verified ${verified.raw}, more than 12 months before ${ctx.today}: while the study is ${status.label}, the record must be reviewed and its Record Verification Date updated at least every 12 months (42 CFR 11.64); PRS marks it "Not Recently Updated".`,
        related: [{ range: status.range, message: `Overall status: ${status.label}` }],
        fixes: [verifiedNow(verified, ctx.today)],
      },
    ];
  },
};
export default rule;
