import { placeOfField } from './support/placement';
import type { Finding, Rule } from './types';

/**
 * P1: the record states its age limits. A limit left out means no limit (N/A): the registry's
 * records leave out the maximum age of half their studies, and a page of the newer layout
 * prints neither limit when there is none. So only a classic record that states no age at all
 * is told.
 */
const rule: Rule = {
  id: 'missing-age-limits',
  title: 'No age limits are stated',
  severity: 'error',
  tags: ['presence'],
  reference: ['P1', 'F3'],
  check(r, ctx) {
    const e = r.eligibility;
    // The newer layout prints an age only where there is a limit.
    if (e.minimumAge || e.maximumAge || r.layout === 'modern') return [];
    const a = ctx.analysis;
    const place = placeOfField(a, 'ages');
    const finding: Finding = {
      range: place.range,
      message: `Minimum and Maximum Age are missing: ClinicalTrials.gov asks for both age limits, each as a number and unit (e.g. 18 Years) or "N/A (No limit)". ${place.where}`,
      fixes: [{ title: 'Insert Ages Eligible for Study', edits: [place.edit], preferred: true }],
    };
    return [finding];
  },
};
export default rule;
