import type { Span, TextValue, TrialRecord } from '../model/types';
import { editDistance } from '../vocabulary/distance';
import { ENDPOINT_TERMS } from '../vocabulary/endpoints';
import type { Finding, Rule } from './types';

const lower = (s: string) => s.toLowerCase();

/** Inflections a standard term appears in: toxicity/toxicities, response/responses. */
function forms(word: string): string[] {
  const w = lower(word);
  const out = new Set([w]);
  if (w.endsWith('y')) out.add(`${w.slice(0, -1)}ies`);
  else if (w.endsWith('s')) out.add(`${w}es`);
  else out.add(`${w}s`);
  return [...out];
}

/** Word pairs of the standard terms, each word in all its forms: ["dose-limiting", "toxicities"] … */
const PAIRS: readonly (readonly [readonly string[], readonly string[], string])[] = ENDPOINT_TERMS.flatMap((t) => {
  const words = t.term.split(/\s+/);
  const pairs: [string[], string[], string][] = [];
  for (let k = 0; k + 1 < words.length; k++) pairs.push([forms(words[k]!), forms(words[k + 1]!), t.term]);
  return pairs;
});
const KNOWN = new Set(PAIRS.flatMap(([a, b]) => [...a, ...b]));

const WORD = /[\p{L}][\p{L}'-]*/gu;

interface Word {
  readonly text: string;
  readonly span: Span;
}

function words(v: TextValue): Word[] {
  return [...v.raw.matchAll(WORD)].map((m) => ({ text: m[0], span: { start: v.range.start + m.index!, end: v.range.start + m.index! + m[0].length } }));
}

/** The closest form of `expected` to `word`, if it is a likely misspelling (one or two edits, same first letter). */
function misspelling(word: string, expected: readonly string[]): string | undefined {
  const w = lower(word);
  if (w.length < 5 || expected.includes(w) || KNOWN.has(w)) return undefined;
  let best: { form: string; d: number } | undefined;
  for (const e of expected) {
    if (e[0] !== w[0]) continue;
    const max = e.length >= 8 ? 2 : 1;
    const d = editDistance(w, e, max);
    if (d <= max && (!best || d < best.d)) best = { form: e, d };
  }
  return best?.form;
}

/** Keeps the writer's capitalisation: Toxicites → Toxicities. */
function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase()) return word.toUpperCase();
  if (model[0] === model[0]!.toUpperCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

function texts(r: TrialRecord): TextValue[] {
  const out: (TextValue | undefined)[] = [r.identification.briefTitle, r.identification.officialTitle, r.description.briefSummary, r.description.detailedDescription];
  for (const o of r.outcomes) out.push(o.title, o.timeFrame, o.description);
  for (const a of r.arms) out.push(a.label, a.description);
  for (const i of r.interventions) out.push(i.description);
  const stack = r.eligibility.criteria.flatMap((l) => [...l.items]);
  while (stack.length > 0) {
    const c = stack.pop()!;
    out.push(c.text);
    stack.push(...c.children);
  }
  return out.filter((v): v is TextValue => v !== undefined);
}

/** Q13 (advisory): a standard term misspelled next to the word it is always written with. */
const rule: Rule = {
  id: 'misspelled-term',
  title: 'A standard term is misspelled',
  severity: 'warning',
  tags: ['quality'],
  reference: ['Q13'],
  check(r) {
    const out: Finding[] = [];
    const seen = new Set<number>();
    for (const v of texts(r)) {
      const ws = words(v);
      for (let k = 0; k < ws.length; k++) {
        const w = ws[k]!;
        if (seen.has(w.span.start)) continue;
        const prev = ws[k - 1] ? lower(ws[k - 1]!.text) : undefined;
        const next = ws[k + 1] ? lower(ws[k + 1]!.text) : undefined;
        for (const [first, second, term] of PAIRS) {
          const fix = (prev && first.includes(prev) ? misspelling(w.text, second) : undefined) ?? (next && second.includes(next) ? misspelling(w.text, first) : undefined);
          if (!fix) continue;
          const replacement = matchCase(w.text, fix);
          seen.add(w.span.start);
          out.push({
            range: w.span,
            message: `"${w.text}" looks like a misspelling of "${replacement}" (as in the standard term ${term}).`,
            fixes: [{ title: `Change to "${replacement}"`, edits: [{ start: w.span.start, end: w.span.end, newText: replacement }], preferred: true }],
          });
          break;
        }
      }
    }
    return out.sort((a, b) => a.range.start - b.range.start);
  },
};
export default rule;
