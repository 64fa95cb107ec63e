import type { Finding, Rule } from './types';

/** C4/C5: enrollment is Actual once the study has ended (and 0 for a withdrawn study). */
const rule: Rule = {
  id: 'enrollment-type-vs-status',
  title: 'Enrollment contradicts the overall status',
  severity: 'warning',
  tags: ['consistency'],
  reference: ['C4', 'C5'],
  check(r) {
    const status = r.status.overallStatus;
    const e = r.design.enrollment;
    if (!status?.code || !e) return [];
    const out: Finding[] = [];
    const related = [{ range: status.range, message: `Overall status: ${status.label}` }];
    if ((status.code === 'COMPLETED' || status.code === 'TERMINATED') && e.type?.code === 'ESTIMATED') {
      out.push({
        range: e.type.range,
        message: `Enrollment is Estimated but the study is ${status.label}: enter the actual number of participants enrolled and mark it Actual (42 CFR 11.64).`,
        related,
      });
    }
    if (status.code === 'NOT_YET_RECRUITING' && e.type?.code === 'ACTUAL') {
      out.push({ range: e.type.range, message: 'Enrollment is Actual but the study is Not yet recruiting: before enrollment starts it is an estimate.', related });
    }
    if (status.code === 'WITHDRAWN' && e.count?.value !== undefined && e.count.value !== 0) {
      out.push({ range: e.count.range, message: `A Withdrawn study stopped before enrolling its first participant, so its actual enrollment is 0, not ${e.count.value}.`, related });
    }
    return out;
  },
};
export default rule;
