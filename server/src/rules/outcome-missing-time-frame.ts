import { FDAAA, sinceEra } from './support/era';
import type { Rule } from './types';

/** P7/P8: every outcome measure needs a title and a time frame. */
const rule: Rule = {
  id: 'outcome-missing-time-frame',
  title: 'An outcome measure has no title or no time frame',
  severity: 'error',
  tags: ['presence'],
  reference: ['P7', 'P8'],
  check(r) {
    return r.outcomes.flatMap((o) => {
      const where = o.title?.range ?? o.range;
      if (!o.title) return [{ range: where, message: 'This outcome measure has no title: name the specific measure, e.g. "Overall Survival (OS)".' }];
      if (o.timeFrame && o.timeFrame.value.trim() !== '') return [];
      const end = o.title.range.end;
      return [
        {
          range: where,
          message: `Outcome measure "${o.title.value}" has no Time Frame: ClinicalTrials.gov requires the time point(s) at which the measure is assessed, e.g. [ Time Frame: Baseline up to Week 12 ].`,
          fixes: o.timeFrame ? [] : [{ title: 'Insert a Time Frame', edits: [{ start: end, end, newText: ' [ Time Frame: <time frame> ]' }], preferred: true }],
        },
      ];
    });
  },
};
export default sinceEra(rule, FDAAA);
