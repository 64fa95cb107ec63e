import type { AgeValue } from '../model/types';
import { isPlaceholder } from '../text/placeholders';
import type { Rule } from './types';

/** F3: an age is a whole number, a space and a unit (Years … Minutes), or N/A (No limit). */
const rule: Rule = {
  id: 'invalid-age',
  title: 'An age limit is malformed',
  severity: 'error',
  tags: ['format'],
  reference: ['F3'],
  check(r) {
    const ages: [string, AgeValue | undefined][] = [
      ['Minimum Age', r.eligibility.minimumAge],
      ['Maximum Age', r.eligibility.maximumAge],
    ];
    return ages
      .filter((x): x is [string, AgeValue] => x[1] !== undefined && !x[1].noLimit && x[1].unit === undefined && !isPlaceholder(x[1].raw))
      .map(([name, a]) => ({
        range: a.range,
        message: `${name} "${a.raw}" is not an age: write a whole number and a unit (Years, Months, Weeks, Days, Hours or Minutes), e.g. 18 Years, or "N/A (No limit)".`,
      }));
  },
};
export default rule;
