// The rules a record was registered under. The registry holds records from before FDAAA 801
// (2007) and the Final Rule (42 CFR 11, studies starting on or after 18 January 2017) that lack
// elements required since: PRS took them so, and they still stand (in the corpus, most records
// registered before 2008 lack a Primary Completion Date, most before 2017 the FDA-regulated
// questions). For such a record a missing element is a warning with that reason, not an error.

import type { TrialRecord } from '../../model/types';
import type { Finding, Rule } from '../types';

export interface Era {
  readonly since: string;
  readonly name: string;
}

/** FDAAA 801: primary completion date, why stopped, outcome time frames, enrollment, responsible party. */
export const FDAAA: Era = { since: '2007-12-26', name: 'FDAAA 801 (December 26, 2007)' };
/** The Final Rule (42 CFR Part 11): the FDA-regulated questions, intervention descriptions and more. */
export const FINAL_RULE: Era = { since: '2017-01-18', name: 'the Final Rule (42 CFR Part 11, January 18, 2017)' };

/** The date that places a record before an era: its first posting, else its start. */
export function registeredBefore(r: TrialRecord, era: Era): string | undefined {
  const posted = r.status.firstPosted?.iso ?? r.status.firstSubmitted?.iso;
  const start = r.status.startDate?.iso;
  if (posted) return posted < era.since && (!start || start < era.since) ? `first posted ${posted}` : undefined;
  return start && start < era.since ? `started ${start}` : undefined;
}

/**
 * The rule, with its findings that `applies` selects made warnings for records registered before
 * the era, saying so.
 */
export function sinceEra(rule: Rule, era: Era, applies: (f: Finding) => boolean = () => true): Rule {
  return {
    ...rule,
    check(r, ctx) {
      const found = rule.check(r, ctx);
      const before = found.length > 0 ? registeredBefore(r, era) : undefined;
      if (!before) return found;
      return found.map((f) =>
        applies(f) && (f.severity ?? rule.severity) === 'error'
          ? { ...f, severity: 'warning' as const, message: `${f.message} This record was registered before ${era.name} (${before}): ClinicalTrials.gov took it without this, but an update should add it.` }
          : f,
      );
    },
  };
}

/** Expanded access records state no dates, enrollment or outcomes: the registry's have none. */
export function notForExpandedAccess(rule: Rule): Rule {
  return { ...rule, check: (r, ctx) => (r.design.studyType?.code === 'EXPANDED_ACCESS' ? [] : rule.check(r, ctx)) };
}
