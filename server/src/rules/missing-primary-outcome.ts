import { FDAAA, notForExpandedAccess, sinceEra } from './support/era';
import { placeOfInsert } from './support/placement';
import { eolOf } from '../text/lines';
import type { Rule } from './types';

/**
 * P7: at least one Primary Outcome Measure. Measures that stand under no Primary/Secondary
 * heading are reported by unclassified-outcome instead, since they may well be primary.
 */
const rule: Rule = {
  id: 'missing-primary-outcome',
  title: 'No primary outcome measure',
  severity: 'error',
  tags: ['presence'],
  reference: ['P7'],
  check(r, ctx) {
    if (r.outcomes.some((o) => o.group === 'primary' || o.group === 'unclassified')) return [];
    const a = ctx.analysis;
    const nl = eolOf(a.text);
    const outcomes = a.tree.sections.find((s) => s.id === 'outcomes');
    const heading = outcomes?.heading;
    // Insert under the Outcome Measures heading, before any Secondary measures; else add the section before Eligibility.
    const eligibility = a.tree.sections.find((s) => s.id === 'eligibility');
    const at = heading ? a.tree.lineStarts[a.index.line(heading.end) + 1] ?? a.text.length : eligibility ? a.tree.lineStarts[a.index.line(eligibility.start)]! : a.text.length;
    const block = `${heading ? '' : `Outcome Measures${nl}`}Primary Outcome Measures:${nl}- <Outcome measure title> [ Time Frame: <time frame> ]<What is measured, and its unit.>${nl}${heading || !eligibility ? '' : nl}`;
    const lead = at === a.text.length && a.text.length > 0 && !/[\r\n]$/.test(a.text) ? nl : '';
    const edit = { start: at, end: at, newText: `${lead}${block}` };
    const place = placeOfInsert(a, edit);
    return [
      {
        range: place.range,
        message: r.outcomes.length === 0
          ? `No Primary Outcome Measure: ClinicalTrials.gov requires at least one, with a title and a time frame. A primary outcome measure is the planned measurement described in the protocol that is used to determine the effect of the intervention(s). ${place.where}`
          : `No Primary Outcome Measure: every measure here is Secondary or Other. ClinicalTrials.gov requires at least one primary outcome measure, with a title and a time frame. ${place.where}`,
        fixes: [{ title: 'Insert a Primary Outcome Measure', edits: [edit], preferred: true }],
      },
    ];
  },
};
export default notForExpandedAccess(sinceEra(rule, FDAAA));
