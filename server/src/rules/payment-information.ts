import { proseInOrder } from '../model/traverse';
import { byText } from './support/memo';
import type { Finding, Rule } from './types';

const PAYMENT = /(\$\s?\d|\b(?:paid|payment|payments|compensat(?:ed|ion)|stipends?|reimburse(?:d|ment)?|gift cards?|honorari(?:um|a))\b)/gi;
// Paying participants, not what a disease or a treatment costs ("costs $5 billion a year").
const PARTICIPANT = /\b(?:participants?|subjects?|patients?|volunteers?|you|each|per visit|for (?:their|your) time)\b/i;
const COST = /\b(?:costs?|burden|economic|billion|million|expenditures?|spending|insurance|payers?|reimbursement rates?|healthcare system)\b/i;

/** The first mention of paying participants in `raw`: a payment word in a sentence about participants and not about costs. */
function paymentIn(raw: string): RegExpExecArray | undefined {
  for (const m of raw.matchAll(PAYMENT)) {
    const from = Math.max(raw.lastIndexOf('.', m.index!) + 1, 0);
    const stop = raw.indexOf('.', m.index! + m[0].length);
    const sentence = raw.slice(from, stop < 0 ? raw.length : stop);
    if (PARTICIPANT.test(sentence) && !COST.test(sentence)) return m as RegExpExecArray;
  }
  return undefined;
}

const CHECKED = new Set(['Brief Summary', 'Detailed Description', 'Arm description', 'Eligibility criterion']);

/** Q7 (QC major comment): "Information related to payment of participants appears to be included." */
const rule: Rule = {
  id: 'payment-information',
  title: 'Payment of participants is mentioned',
  severity: 'warning',
  tags: ['quality'],
  reference: ['Q7'],
  check(r, ctx) {
    const out: Finding[] = [];
    for (const { where, value: v } of proseInOrder(r)) {
      if (!CHECKED.has(where)) continue;
      const m = byText(ctx, 'payment-information', v.raw, (raw) => {
        const found = paymentIn(raw);
        return found ? { index: found.index, text: found[0] } : undefined;
      });
      if (!m) continue;
      const start = v.range.start + m.index;
      out.push({ range: { start, end: start + m.text.length }, message: `${where} mentions payment ("${m.text}"): ClinicalTrials.gov does not permit information about paying participants; remove it.` });
    }
    return out.sort((a, b) => a.range.start - b.range.start);
  },
};
export default rule;
