import { criteriaInOrder } from '../model/traverse';
import type { Span } from '../model/types';
import { byText } from './support/memo';
import type { Finding, Rule } from './types';

interface Stated {
  readonly bound: 'min' | 'max';
  readonly years: number;
  readonly range: Span;
}

// Age statements in inclusion criteria. Each pattern needs an age context, so durations such as
// "at least 2 years since diagnosis" are not read as ages.
const PATTERNS: readonly [RegExp, ('min' | 'max')[]][] = [
  [/\b(?:aged?|age\s*:?)\s*(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})\s*years?\b/gi, ['min', 'max']],
  [/\bbetween\s+(\d{1,3})\s+and\s+(\d{1,3})\s+years\s+(?:of\s+age|old)\b/gi, ['min', 'max']],
  [/\b(?:aged?|age)\s*(?:≥|>=|of\s+)?\s*(\d{1,3})\s*(?:years?\s*)?(?:and|or)\s*(?:older|above|over)\b/gi, ['min']],
  [/\b(\d{1,3})\s*years?\s*(?:of\s+age\s*)?(?:and|or)\s*(?:older|above|over)\b/gi, ['min']],
  [/\bat\s+least\s+(\d{1,3})\s*years?\s+(?:of\s+age|old)\b/gi, ['min']],
  [/\b(?:upper\s+age\s+limit\s+of|no\s+older\s+than|maximum\s+age\s+of)\s*[~≈]?\s*(\d{1,3})\s*years?\b/gi, ['max']],
];

/** The ages a criterion's text states, with offsets into that text (kept per text). */
function agesIn(source: string): Stated[] {
  if (!/\d/.test(source)) return []; // every pattern has a number
  const out: Stated[] = [];
  const taken: Span[] = [];
  // Escapes become spaces so that offsets stay those of the source.
  const raw = source.includes('\\') ? source.replace(/\\(.)/g, ' $1') : source;
  for (const [re, bounds] of PATTERNS) {
    for (const m of raw.matchAll(re)) {
      const range = { start: m.index!, end: m.index! + m[0].length };
      if (taken.some((s) => s.start < range.end && range.start < s.end)) continue;
      taken.push(range);
      bounds.forEach((bound, k) => out.push({ bound, years: Number(m[k + 1]), range }));
    }
  }
  return out;
}

/** C21/C16: ages stated in the inclusion criteria disagree with the structured Minimum/Maximum Age. */
const rule: Rule = {
  id: 'criteria-age-conflict',
  title: 'The criteria state different ages than Minimum/Maximum Age',
  severity: 'warning',
  tags: ['contradiction', 'consistency'],
  reference: ['C21', 'C16'],
  check(r, ctx) {
    const e = r.eligibility;
    const out: Finding[] = [];
    for (const list of e.criteria) {
      if (list.which === 'exclusion') continue;
      for (const c of criteriaInOrder(list.items)) {
        if (!c.text) continue;
        const base = c.text.range.start;
        for (const rel of byText(ctx, 'criteria-age-conflict', c.text.raw, agesIn)) {
          const s = { ...rel, range: { start: base + rel.range.start, end: base + rel.range.end } };
          const field = s.bound === 'min' ? e.minimumAge : e.maximumAge;
          if (!field || (!field.noLimit && field.years === undefined)) continue; // unreadable ages are invalid-age's
          const name = s.bound === 'min' ? 'Minimum Age' : 'Maximum Age';
          const structured = field.noLimit ? 'N/A (No limit)' : field.raw;
          if (!field.noLimit && field.years !== undefined && Math.abs(field.years - s.years) < 1e-9) continue;
          out.push({
            range: s.range,
            message: `The criteria state a ${s.bound === 'min' ? 'minimum' : 'maximum'} age of ${s.years} years, but ${name} is ${structured}: make the criteria and the age limits agree.`,
            related: [{ range: field.range, message: `${name}: ${structured}` }],
          });
        }
      }
    }
    return out.sort((x, y) => x.range.start - y.range.start);
  },
};
export default rule;
