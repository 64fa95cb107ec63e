import type { TextValue } from '../model/types';
import { byText } from './support/memo';
import type { Finding, Rule } from './types';

// What reports a finding rather than describing a plan: p-values, "statistically significant",
// "significantly improved", a "Results:" or "Conclusions:" heading, "we found that".
const RESULT = /\bp\s*[<=>≤]\s*0?\.\d+|\bstatistically significant(?:ly)?\b|\bsignificantly (?:improved|reduced|increased|decreased|higher|lower|better|worse|greater|shorter|longer)\b|(?:^|\n)\s*(?:results?|conclusions?)\s*:|\bwe (?:found|observed|showed|demonstrated) that\b|\bresults (?:showed|demonstrated|indicated)\b/i;

/**
 * Q6 (QC major comment "A free-text field appears to include results data or conclusions"): the Brief Summary
 * and Detailed Description describe the study; its results go in the results section.
 */
const rule: Rule = {
  id: 'results-in-description',
  title: 'The summary or description reports results',
  severity: 'warning',
  tags: ['quality'],
  reference: ['Q6'],
  check(r, ctx) {
    const out: Finding[] = [];
    const fields: [string, TextValue | undefined][] = [
      ['Brief Summary', r.description.briefSummary],
      ['Detailed Description', r.description.detailedDescription],
    ];
    for (const [name, v] of fields) {
      if (!v) continue;
      const m = byText(ctx, 'results-in-description', v.raw, (raw) => {
        const found = RESULT.exec(raw);
        if (!found) return undefined;
        const lead = found[0].length - found[0].trimStart().length;
        return { index: found.index + lead, length: found[0].length - lead };
      });
      if (!m) continue;
      const start = v.range.start + m.index;
      const quoted = v.raw.slice(m.index, m.index + m.length).trim();
      out.push({ range: { start, end: start + m.length }, message: `The ${name} seems to report results ("${quoted}"): describe the study here, and submit its results in the results section.` });
    }
    return out;
  },
};
export default rule;
