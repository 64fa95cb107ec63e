import type { DateValue } from '../model/types';
import { isPlaceholder } from '../text/placeholders';
import type { Rule } from './types';

/** F4: every date must be a date; PRS takes Month Day, Year / Month Year / yyyy-MM(-dd). */
const rule: Rule = {
  id: 'invalid-date',
  title: 'A date cannot be read',
  severity: 'error',
  tags: ['format'],
  reference: ['F4'],
  check(r) {
    const s = r.status;
    const dates: [string, DateValue | undefined][] = [
      ['Study Start Date', s.startDate],
      ['Primary Completion Date', s.primaryCompletionDate],
      ['Study Completion Date', s.completionDate],
      ['First Submitted', s.firstSubmitted],
      ['First Posted', s.firstPosted],
      ['Results First Posted', s.resultsFirstPosted],
      ['Last Update Posted', s.lastUpdatePosted],
      ['Last Verified', s.lastVerified],
    ];
    return dates
      .filter((d): d is [string, DateValue] => d[1] !== undefined && d[1].iso === undefined && !isPlaceholder(d[1].raw))
      .map(([name, d]) => ({
        range: d.range,
        message: `${name} "${d.raw}" is not a date: write it as "Month Day, Year" (e.g. March 29, 2021), "Month Year" or yyyy-MM-dd.`,
      }));
  },
};
export default rule;
