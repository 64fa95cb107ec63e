import type { Span, TrialRecord } from '../model/types';
import { PLACEHOLDER } from '../text/placeholders';
import type { Finding, Rule } from './types';

// Without the global flag: test() then keeps no lastIndex between calls.
const ANY_PLACEHOLDER = new RegExp(PLACEHOLDER.source);

/** Every value of the record with its source text (anything with `raw` and `range`). */
function values(r: TrialRecord): { raw: string; range: Span }[] {
  const out: { raw: string; range: Span }[] = [];
  const stack: unknown[] = [r];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') {
      const o = v as { raw?: unknown; range?: Span };
      if (typeof o.raw === 'string' && o.range) out.push({ raw: o.raw, range: o.range });
      else stack.push(...Object.values(v));
    }
  }
  return out;
}

/** A placeholder left by an "Insert …" fix (or a template) that still needs its real value. */
const rule: Rule = {
  id: 'placeholder-text',
  title: 'A placeholder has not been filled in',
  severity: 'error',
  tags: ['presence'],
  reference: ['P1'],
  check(r, ctx) {
    // Values are slices of the text, so a placeholder in one is one in the text: a single scan of
    // the text spares walking the whole model when there is none (the usual case).
    if (!ANY_PLACEHOLDER.test(ctx.analysis.text)) return [];
    const out: Finding[] = [];
    const seen = new Set<number>();
    for (const v of values(r)) {
      if (!v.raw.includes('<')) continue; // nearly every value: no placeholder can start
      for (const m of v.raw.matchAll(PLACEHOLDER)) {
        const start = v.range.start + m.index!;
        if (seen.has(start)) continue;
        seen.add(start);
        out.push({ range: { start, end: start + m[0].length }, message: `Replace the placeholder ${m[0]} with the real value.` });
      }
    }
    return out.sort((a, b) => a.range.start - b.range.start);
  },
};
export default rule;
