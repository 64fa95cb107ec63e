import { isPast, statusEdit, studyDates, typeEdit } from './support/dates';
import type { Finding, Rule } from './types';

/**
 * C6–C8: the overall status against the sites and the calendar: Recruiting while a site is;
 * not "Not yet recruiting" after an actual start; not "Active, not recruiting" after completion.
 */
const rule: Rule = {
  id: 'status-vs-dates',
  title: 'The overall status contradicts the sites or the dates',
  severity: 'warning',
  tags: ['consistency'],
  reference: ['C6', 'C7', 'C8'],
  check(r, ctx) {
    const status = r.status.overallStatus;
    if (!status?.code) return [];
    const out: Finding[] = [];
    const recruitingSite = r.contacts.locations.find((l) => l.status?.code === 'RECRUITING');
    if (recruitingSite && status.code !== 'RECRUITING') {
      out.push({
        range: status.range,
        message: `The overall status is ${status.label} but ${recruitingSite.facility?.value ?? 'a site'} is Recruiting: the overall status must be Recruiting while any site is.`,
        related: [{ range: recruitingSite.status!.range, message: 'a recruiting site' }],
        fixes: [{ title: 'Set the overall status to Recruiting', edits: [statusEdit(status, 'RECRUITING')] }],
      });
    }
    const start = r.status.startDate;
    if (status.code === 'NOT_YET_RECRUITING' && start?.iso && start.type?.code === 'ACTUAL' && isPast(start.iso, ctx.today)) {
      out.push({
        range: status.range,
        message: `The status is Not yet recruiting but the study started on ${start.raw} (Actual): update the status.`,
        related: [{ range: start.range, message: 'Actual start' }],
        fixes: [{ title: 'Set the overall status to Recruiting', edits: [statusEdit(status, 'RECRUITING')] }],
      });
    }
    const completion = r.status.completionDate;
    if (status.code === 'ACTIVE_NOT_RECRUITING' && completion?.iso && isPast(completion.iso, ctx.today)) {
      out.push({
        range: status.range,
        message: `The status is Active, not recruiting but the Study Completion Date (${completion.raw}) has passed: "Active, not recruiting" is not used once the last participant's last visit has occurred; update the status (e.g. Completed) and the date.`,
        related: [{ range: completion.range, message: 'Study Completion Date' }],
        // Completed needs Actual dates (status-date-types): the fix marks the ones still Estimated.
        fixes: [{ title: 'Set the overall status to Completed and mark its dates Actual', edits: [statusEdit(status, 'COMPLETED'), ...studyDates(r).flatMap(([, d]) => (d?.type?.code === 'ESTIMATED' ? [typeEdit(d, 'Actual')] : []))] }],
      });
    }
    return out;
  },
};
export default rule;
