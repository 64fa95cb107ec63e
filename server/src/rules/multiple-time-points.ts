import type { Rule } from './types';

const POINT = /\b(?:baseline|screening|(?:day|week|month|year|cycle|hour)s?\s*-?\s*\d+|\d+\s*(?:minutes?|hours?|days?|weeks?|months?|years?))\b/gi;

/**
 * Q2 (QC major comment): a primary outcome measure has one time point, unless it is a change
 * between two ("Baseline and Week 12"); several time points mean several measures.
 */
const rule: Rule = {
  id: 'multiple-time-points',
  title: 'A primary outcome measure has several time points',
  severity: 'warning',
  tags: ['quality'],
  reference: ['Q2'],
  check(r) {
    return r.outcomes
      .filter((o) => o.group === 'primary' && o.timeFrame)
      .flatMap((o) => {
        const tf = o.timeFrame!.value;
        if (/\bup to\b|\bthrough\b|\buntil\b|\bfrom\b.*\bto\b/i.test(tf)) return []; // a window, not points
        // A parenthesis restates or explains a point ("28 days (Cycle 1)"); it adds none.
        const points = [...tf.replace(/\([^)]*\)/g, ' ').matchAll(POINT)].map((m) => m[0]);
        const isChange = /\bchange\b/i.test(o.title?.value ?? '');
        if (points.length > 2 || (points.length === 2 && !isChange)) {
          return [{
            range: o.timeFrame!.range,
            message: `This primary outcome measure has ${points.length} time points (${points.join(', ')}): report one time point, or a change between two (then say "Change from …" in the title); make further time points separate measures.`,
          }];
        }
        return [];
      });
  },
};
export default rule;
