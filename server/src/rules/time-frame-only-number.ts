import type { Rule } from './types';

/** F9: "The Time Frame may not be ONLY a numeral" (PRS validation, 2018). */
const rule: Rule = {
  id: 'time-frame-only-number',
  title: 'An outcome time frame is only a number',
  severity: 'error',
  tags: ['format'],
  reference: ['F9'],
  check(r) {
    return r.outcomes
      .filter((o) => o.timeFrame && /^\s*\d+(?:[.,]\d+)?\s*$/.test(o.timeFrame.value))
      .map((o) => ({
        range: o.timeFrame!.range,
        message: `Time Frame "${o.timeFrame!.value}" is only a number: give the unit and the point of assessment, e.g. "Week ${o.timeFrame!.value.trim()}" or "Up to ${o.timeFrame!.value.trim()} months".`,
      }));
  },
};
export default rule;
