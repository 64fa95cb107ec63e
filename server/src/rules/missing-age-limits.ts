import { insertField, reportSpan } from './support/placement';
import type { Finding, Rule } from './types';

/** P1: Minimum and Maximum Age are required, each a number and unit or "N/A (No limit)". */
const rule: Rule = {
  id: 'missing-age-limits',
  title: 'Minimum or Maximum Age is missing',
  severity: 'error',
  tags: ['presence'],
  reference: ['P1', 'F3'],
  check(r, ctx) {
    const e = r.eligibility;
    if (e.minimumAge && e.maximumAge) return [];
    const a = ctx.analysis;
    const missing = [!e.minimumAge && 'Minimum Age', !e.maximumAge && 'Maximum Age'].filter(Boolean).join(' and ');
    const none = !e.minimumAge && !e.maximumAge;
    const finding: Finding = {
      range: reportSpan(a, 'eligibility'),
      message: `${missing} ${none ? 'are' : 'is'} missing: ClinicalTrials.gov requires both age limits, each as a number and unit (e.g. 18 Years) or "N/A (No limit)".`,
      ...(none ? { fixes: [{ title: 'Insert Ages Eligible for Study', edits: [insertField(a, 'ages')], preferred: true }] } : {}),
    };
    return [finding];
  },
};
export default rule;
