import type { TextValue, TrialRecord } from '../model/types';
import type { Finding, Rule } from './types';

const PAYMENT = /(\$\s?\d|\b(?:paid|payment|payments|compensat(?:ed|ion)|stipends?|reimburse(?:d|ment)?|gift cards?|honorari(?:um|a))\b)/i;

function texts(r: TrialRecord): [string, TextValue][] {
  const out: [string, TextValue | undefined][] = [['Brief Summary', r.description.briefSummary], ['Detailed Description', r.description.detailedDescription]];
  r.arms.forEach((a) => out.push(['Arm description', a.description]));
  const stack = r.eligibility.criteria.flatMap((l) => [...l.items]);
  while (stack.length > 0) {
    const c = stack.pop()!;
    out.push(['Eligibility criterion', c.text]);
    stack.push(...c.children);
  }
  return out.filter((x): x is [string, TextValue] => x[1] !== undefined);
}

/** Q7 (QC major comment): "Information related to payment of participants appears to be included." */
const rule: Rule = {
  id: 'payment-information',
  title: 'Payment of participants is mentioned',
  severity: 'warning',
  tags: ['quality'],
  reference: ['Q7'],
  check(r) {
    const out: Finding[] = [];
    for (const [where, v] of texts(r)) {
      const m = PAYMENT.exec(v.raw);
      if (!m) continue;
      const start = v.range.start + m.index!;
      out.push({ range: { start, end: start + m[0].length }, message: `${where} mentions payment ("${m[0]}"): ClinicalTrials.gov does not permit information about paying participants; remove it.` });
    }
    return out.sort((a, b) => a.range.start - b.range.start);
  },
};
export default rule;
