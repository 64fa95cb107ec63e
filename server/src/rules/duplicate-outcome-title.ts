import { stringByText } from './support/memo';
import type { Finding, Rule } from './types';

/** C21: two outcome measures with the same title (reviewers ask which is which). */
const rule: Rule = {
  id: 'duplicate-outcome-title',
  title: 'Two outcome measures have the same title',
  severity: 'warning',
  tags: ['contradiction'],
  reference: ['C21', 'Q3'],
  check(r, ctx) {
    const out: Finding[] = [];
    const seen = new Map<string, (typeof r.outcomes)[number]>();
    for (const o of r.outcomes) {
      const key = o.title && stringByText(ctx, 'duplicate-outcome-title', o.title.value, (t) => t.toLowerCase().replace(/\s+/g, ' ').trim());
      if (!key) continue;
      const earlier = seen.get(key);
      if (earlier) out.push({ range: o.title!.range, message: `Outcome title "${o.title!.value}" is used twice: give each measure its own title (add what differs: population, time point, analyte).`, related: [{ range: earlier.title!.range, message: 'the other measure' }] });
      else seen.set(key, o);
    }
    return out;
  },
};
export default rule;
