import { FINAL_RULE, notForExpandedAccess, sinceEra } from './support/era';
import { placeOfField } from './support/placement';
import { isObservational, since2017 } from './support/presence';
import type { Finding, Rule } from './types';

/** P2: "Studies a U.S. FDA-regulated Drug/Device Product" are required (`*§`), optional for observational studies. */
const rule: Rule = {
  id: 'missing-fda-regulated',
  title: 'FDA-regulated product questions are unanswered',
  severity: 'error',
  tags: ['presence'],
  reference: ['P2'],
  check(r, ctx) {
    if (isObservational(r)) return [];
    const why = since2017(r);
    if (why === false) return [];
    const a = ctx.analysis;
    const out: Finding[] = [];
    const items = [
      ['isFdaRegulatedDrug', 'Studies a U.S. FDA-regulated Drug Product'],
      ['isFdaRegulatedDevice', 'Studies a U.S. FDA-regulated Device Product'],
    ] as const;
    for (const [key, name] of items) {
      if (r.oversight[key]) continue;
      const place = placeOfField(a, key);
      out.push({
        range: place.range,
        message: `${name} is missing: ${why}. Answer Yes or No: whether the study evaluates a drug or biological product (device product) subject to U.S. FDA regulation. ${place.where}`,
        fixes: [{ title: `Insert ${name}`, edits: [place.edit], preferred: true }],
      });
    }
    return out;
  },
};
export default notForExpandedAccess(sinceEra(rule, FINAL_RULE));
