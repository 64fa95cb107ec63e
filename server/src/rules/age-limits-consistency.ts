import { ageGroupsFor } from '../vocabulary/ageGroups';
import type { Finding, Rule } from './types';

/** C16/C17: Minimum Age ≤ Maximum Age, and the printed age groups follow from them. */
const rule: Rule = {
  id: 'age-limits-consistency',
  title: 'Age limits are inconsistent',
  severity: 'error',
  tags: ['consistency'],
  reference: ['C16', 'C17'],
  check(r) {
    const e = r.eligibility;
    const out: Finding[] = [];
    const min = e.minimumAge?.noLimit ? 0 : e.minimumAge?.years;
    const max = e.maximumAge?.noLimit ? Number.POSITIVE_INFINITY : e.maximumAge?.years;
    if (min !== undefined && max !== undefined && min > max) {
      out.push({ range: e.maximumAge!.range, message: `Maximum Age (${e.maximumAge!.raw}) is below Minimum Age (${e.minimumAge!.raw}).`, related: [{ range: e.minimumAge!.range, message: 'Minimum Age' }] });
      return out;
    }
    if (min === undefined || max === undefined || e.stdAges.length === 0 || e.stdAges.some((g) => !g.code)) return out;
    const expected = ageGroupsFor(min, max);
    const written = e.stdAges.map((g) => g.code!);
    if (expected.join() !== written.join()) {
      const labels: Record<string, string> = { CHILD: 'Child', ADULT: 'Adult', OLDER_ADULT: 'Older Adult' };
      const text = expected.map((c) => labels[c]).join(', ');
      const first = e.stdAges[0]!.range;
      const last = e.stdAges[e.stdAges.length - 1]!.range;
      out.push({
        range: { start: first.start, end: last.end },
        message: `The age groups do not follow from the ages: ClinicalTrials.gov derives (${text}) for ${e.minimumAge!.raw} to ${e.maximumAge!.noLimit ? 'no limit' : e.maximumAge!.raw}.`,
        severity: 'warning',
        fixes: [{ title: `Write "${text}"`, edits: [{ start: first.start, end: last.end, newText: text }], preferred: true, safe: true }],
      });
    }
    return out;
  },
};
export default rule;
