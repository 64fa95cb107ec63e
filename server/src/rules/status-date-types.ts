import type { DateValue } from '../model/types';
import type { Finding, Rule, Severity } from './types';

/**
 * C3 (NCI CTRP's rules, which PRS mirrors): the overall status fixes which dates are Actual.
 * The rule raises its own severity to error where the reference does (Completed/Terminated).
 */
const rule: Rule = {
  id: 'status-date-types',
  title: 'A date\'s type contradicts the overall status',
  severity: 'warning',
  tags: ['consistency'],
  reference: ['C3', 'C8'],
  check(r) {
    const status = r.status.overallStatus;
    if (!status?.code) return [];
    const s = r.status;
    const out: Finding[] = [];
    const need = (name: string, d: DateValue | undefined, type: 'ACTUAL' | 'ESTIMATED', why: string, severity: Severity = 'warning') => {
      if (!d?.type?.code || d.type.code === type) return;
      const word = type === 'ACTUAL' ? 'Actual' : 'Estimated';
      out.push({
        range: d.type.range,
        message: `${name} is ${d.type.label} but the status is ${status.label}: ${why}, so it must be ${word}.${severity === 'error' ? ' PRS will not accept the record as it is.' : ''}`,
        related: [{ range: status.range, message: `Overall status: ${status.label}` }],
        fixes: [{ title: `Mark it ${word}`, edits: [{ start: d.type.range.start, end: d.type.range.end, newText: word }] }],
        severity,
      });
    };
    switch (status.code) {
      case 'WITHDRAWN':
        need('Study Start Date', s.startDate, 'ESTIMATED', 'the study stopped before enrolling anyone, so it never started');
        need('Study Completion Date', s.completionDate, 'ESTIMATED', 'the study has not ended');
        break;
      case 'NOT_YET_RECRUITING':
      case 'RECRUITING':
      case 'ENROLLING_BY_INVITATION':
        need('Study Completion Date', s.completionDate, 'ESTIMATED', 'the study has not ended');
        break;
      case 'ACTIVE_NOT_RECRUITING':
      case 'SUSPENDED':
        need('Study Start Date', s.startDate, 'ACTUAL', 'participants have been enrolled');
        break;
      case 'COMPLETED':
      case 'TERMINATED':
        need('Study Start Date', s.startDate, 'ACTUAL', 'the study has run', 'error');
        need('Primary Completion Date', s.primaryCompletionDate, 'ACTUAL', 'the primary outcome data have been collected', 'error');
        need('Study Completion Date', s.completionDate, 'ACTUAL', 'the study has ended');
        break;
    }
    return out;
  },
};
export default rule;
