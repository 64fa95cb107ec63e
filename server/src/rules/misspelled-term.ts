import { proseInOrder } from '../model/traverse';
import { termSlips } from './support/termSlips';
import type { Finding, Rule } from './types';

/** Q13 (advisory): a standard term misspelled next to the word it is always written with, or with a word cut short. */
const rule: Rule = {
  id: 'misspelled-term',
  title: 'A standard term is misspelled',
  severity: 'warning',
  tags: ['quality'],
  reference: ['Q13'],
  check(r, ctx) {
    const out: Finding[] = [];
    const seen = new Set<number>();
    for (const { value: v } of proseInOrder(r)) {
      for (const slip of termSlips(ctx, v.raw)) {
        const span = { start: v.range.start + slip.start, end: v.range.start + slip.end };
        if (seen.has(span.start)) continue;
        seen.add(span.start);
        out.push({
          range: span,
          message: `"${slip.text}" looks like a misspelling of "${slip.replacement}" (as in the standard term ${slip.term}).`,
          // One sure answer, the standard term's own spelling, changing only the word: safe for Fix All.
          fixes: [{ title: `Change to "${slip.replacement}"`, edits: [{ start: span.start, end: span.end, newText: slip.replacement }], preferred: true, safe: true }],
        });
      }
    }
    return out.sort((a, b) => a.range.start - b.range.start);
  },
};
export default rule;
