import { eolOf } from '../text/lines';
import type { Finding, Rule } from './types';

/** Q12: criteria are bulleted lists under "Inclusion Criteria" and "Exclusion Criteria" headers. */
const rule: Rule = {
  id: 'criteria-headers',
  title: 'Eligibility criteria lack their Inclusion/Exclusion headers',
  severity: 'warning',
  tags: ['quality', 'structure'],
  reference: ['Q12'],
  check(r, ctx) {
    const lists = r.eligibility.criteria.filter((l) => l.items.length > 0);
    if (lists.length === 0) return [];
    const out: Finding[] = [];
    const nl = eolOf(ctx.analysis.text);
    for (const general of lists.filter((l) => l.which === 'general')) {
      const at = ctx.analysis.tree.lineStarts[ctx.analysis.index.line(general.range.start)]!;
      out.push({
        range: general.items[0]!.text?.range ?? general.range,
        message: 'These criteria stand under no "Inclusion Criteria:" or "Exclusion Criteria:" header: ClinicalTrials.gov expects bulleted lists under those two headers.',
        fixes: [{ title: 'Insert "Inclusion Criteria:" above', edits: [{ start: at, end: at, newText: `Inclusion Criteria:${nl}` }], preferred: true }],
      });
    }
    const has = (w: string) => lists.some((l) => l.which === w);
    if (has('inclusion') && !has('exclusion')) {
      const last = lists[lists.length - 1]!;
      out.push({ range: lists.find((l) => l.which === 'inclusion')!.heading?.range ?? last.range, message: 'There are Inclusion Criteria but no "Exclusion Criteria:" list: add it (write "None" under it only if there truly are none).' });
    }
    if (has('exclusion') && !has('inclusion')) {
      out.push({ range: lists.find((l) => l.which === 'exclusion')!.heading?.range ?? lists[0]!.range, message: 'There are Exclusion Criteria but no "Inclusion Criteria:" list: add it.' });
    }
    return out;
  },
};
export default rule;
