import { addMonths, dateBounds, isPast, OPEN_STATUSES, verifiedNow } from './support/dates';
import type { Rule } from './types';

/**
 * T2: an open study not verified in 2 years and past its (primary) completion date is shown by
 * ClinicalTrials.gov as "Unknown status".
 */
const rule: Rule = {
  id: 'unknown-status-risk',
  title: 'ClinicalTrials.gov will show the status as Unknown',
  severity: 'warning',
  tags: ['timeliness'],
  reference: ['T2'],
  check(r, ctx) {
    const status = r.status.overallStatus;
    const verified = r.status.lastVerified;
    if (!status?.code || !OPEN_STATUSES.has(status.code) || status.code === 'SUSPENDED' || !verified?.iso) return [];
    if (addMonths(dateBounds(verified.iso).last, 24) >= ctx.today) return [];
    const passed = [r.status.completionDate, r.status.primaryCompletionDate].find((d) => d?.iso && isPast(d.iso, ctx.today));
    if (!passed) return [];
    return [
      {
        range: status.range,
        message: `ClinicalTrials.gov shows this study as "Unknown status": it is ${status.label}, was last verified ${verified.raw} (over 2 years ago) and its ${passed === r.status.completionDate ? 'completion' : 'primary completion'} date ${passed!.raw} has passed. Verify the record and update the status.`,
        related: [{ range: verified.range, message: 'Last Verified' }, { range: passed!.range, message: 'passed date' }],
        fixes: [verifiedNow(verified, ctx.today)],
      },
    ];
  },
};
export default rule;
