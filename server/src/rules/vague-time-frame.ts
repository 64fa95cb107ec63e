import { verdicts } from './support/memo';
import type { Rule } from './types';

const VAGUE = /\b(end of (?:the )?study|end of treatment|study (?:duration|completion|period)|visit \d+|post[- ]?(?:intervention|treatment)|during (?:hospitali[sz]ation|the study|treatment)|throughout the study|through study completion|ongoing)\b/i;
// Numbers as words too: "One Week", "twenty-four hours", "a year" (registry time frames spell them).
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a|an)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?';
const UNIT = new RegExp(
  `\\b(?:\\d+(?:[.,]\\d+)?|${NUMBER_WORD})\\s*(?:-\\s*\\d+\\s*)?(?:minutes?|min|hours?|hrs?|days?|weeks?|months?|years?)\\b|\\b(?:day|week|month|year|cycle|hour)\\s*-?\\s*\\d+\\b|\\bbaseline\\b`,
  'i',
);

// Anchored to the study, not to each participant: "after the last patient", "from LPI", "final analysis".
const STUDY_ANCHORED = /\b(?:last (?:patient|participant|subject)(?:'s)?(?: (?:first|last))?(?: visit| in| out| enrolled| treated| randomi[sz]ed)?|(?:first|last) patient (?:in|out|first visit)|LPI|LPO|LPLV|FPI|database lock|final analysis|data cut-?off|study closure)\b/i;
// A minimum, or a reference to the protocol, instead of the time frame itself.
const OPEN_ENDED = /^\s*(?:a\s+)?minimum(?:\s+of)?\s+\d|\bplanned time ?points?\b|\bas per (?:the )?protocol\b|\bsee (?:the )?(?:protocol|description)\b/i;

function judge(tf: string): string | undefined {
  if (/^\s*\d+(?:[.,]\d+)?\s*$/.test(tf)) return undefined; // a bare number is time-frame-only-number's
  const anchored = STUDY_ANCHORED.exec(tf);
  if (anchored) {
    return `Time Frame "${tf}" is anchored to the study ("${anchored[0]}"), not to the participant: give when each participant is assessed, e.g. "From randomization up to 24 months".`;
  }
  const open = OPEN_ENDED.exec(tf);
  if (open) return `Time Frame "${tf}" does not state the time frame ("${open[0].trim()}"): give the time points themselves, e.g. "Baseline, Week 12 and Week 24" or "Up to 2 years".`;
  const vague = VAGUE.exec(tf);
  if (vague && !UNIT.test(tf)) {
    return `Time Frame "${tf}" is vague ("${vague[0]}"): give the time point or window of assessment for each participant, e.g. "Week 24", "Up to 24 months" or "Baseline up to Week 12".`;
  }
  if (!UNIT.test(tf)) {
    return `Time Frame "${tf}" names no time point: give a number and a time unit (e.g. "Week 12", "Up to 6 months", "Day 1 of each 28-day cycle").`;
  }
  return undefined;
}

/**
 * Q1 (QC major comment): a Time Frame states when each participant is assessed: "Baseline and
 * Week 12", "Up to 24 months"; not "end of study" or a visit number.
 */
const rule: Rule = {
  id: 'vague-time-frame',
  title: 'An outcome time frame is vague',
  severity: 'warning',
  tags: ['quality'],
  reference: ['Q1'],
  check(r, ctx) {
    return verdicts(ctx, 'vague-time-frame', r.outcomes.map((o) => o.timeFrame), judge);
  },
};
export default rule;
