// Standard terms misspelled in a text: a word one slip from a term's word next to the word the
// term always has beside it ("Dose-Limiting Toxicites"), or a term with a word cut short
// ("Progress Free Survival"). misspelled-term reports them; misspelled-word leaves them to it.

import { editDistance } from '../../vocabulary/distance';
import { ENDPOINT_TERMS } from '../../vocabulary/endpoints';
import { detach } from '../../text/detach';
import { byText } from './memo';
import type { RuleContext } from '../types';

const lower = (s: string) => s.toLowerCase();

/** Inflections a standard term appears in: toxicity/toxicities, response/responses, tumors/tumor. */
function forms(word: string): string[] {
  const w = lower(word);
  const out = new Set([w]);
  if (w.endsWith('y')) out.add(`${w.slice(0, -1)}ies`);
  else if (w.endsWith('ies')) out.add(`${w.slice(0, -3)}y`);
  else if (w.endsWith('s')) {
    out.add(`${w}es`);
    out.add(w.slice(0, -1));
  } else out.add(`${w}s`);
  return [...out];
}

// A neighbour this common says nothing about which term is meant ("to respond" is not "Time to Response").
const STOP_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** Word pairs of the standard terms, each word in all its forms: ["dose-limiting", "toxicities"] … */
const PAIRS: readonly (readonly [readonly string[], readonly string[], string])[] = ENDPOINT_TERMS.flatMap((t) => {
  const words = t.term.split(/\s+/);
  const pairs: [string[], string[], string][] = [];
  for (let k = 0; k + 1 < words.length; k++) {
    if (STOP_WORDS.has(lower(words[k]!)) || STOP_WORDS.has(lower(words[k + 1]!))) continue;
    pairs.push([forms(words[k]!), forms(words[k + 1]!), t.term]);
  }
  return pairs;
});
const KNOWN = new Set(PAIRS.flatMap(([a, b]) => [...a, ...b]));
// Pairs by the word that must stand before (or after) the checked one: one lookup per word.
const BY_PREV = new Map<string, (typeof PAIRS)[number][]>();
const BY_NEXT = new Map<string, (typeof PAIRS)[number][]>();
for (const pair of PAIRS) {
  for (const f of pair[0]) BY_PREV.set(f, [...(BY_PREV.get(f) ?? []), pair]);
  for (const s of pair[1]) BY_NEXT.set(s, [...(BY_NEXT.get(s) ?? []), pair]);
}

/**
 * The shape (first letter, last letter, length) of every neighbour word: most words of prose
 * have no matching shape, so they are ruled out without a copy or a lookup. Letters are folded
 * to 5 bits (case-blind; an apostrophe or hyphen may share a letter's code: a false match only
 * costs the lookup that decides).
 */
export const shape = (text: string, start: number, end: number): number =>
  ((text.charCodeAt(start) & 0x1f) << 10) | ((text.charCodeAt(end - 1) & 0x1f) << 5) | Math.min(end - start, 31);
/** Shapes as a table of flags (a shape fits 15 bits): one array read per word, no hashing. */
function shapeTable(words: Iterable<string>): { has(s: number): boolean } {
  const flags = new Uint8Array(1 << 15);
  for (const w of words) flags[shape(w, 0, w.length)] = 1;
  return { has: (s) => flags[s] === 1 };
}
const PREV_SHAPES = shapeTable(BY_PREV.keys());
const NEXT_SHAPES = shapeTable(BY_NEXT.keys());

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// Prose repeats its words: each (word, expected forms) is judged once per process. The forms
// arrays are PAIRS' own, so they key the memo; a cap keeps a long session's memo small.
const judged = new Map<readonly string[], Map<string, string | undefined>>();
let judgedSize = 0;

/** The closest form of `expected` to `word`, if it is a likely misspelling (one or two edits, same first letter). */
function misspelling(word: string, expected: readonly string[]): string | undefined {
  const w = lower(word);
  if (judgedSize > 100_000) {
    judged.clear();
    judgedSize = 0;
  }
  let memo = judged.get(expected);
  if (!memo) judged.set(expected, (memo = new Map()));
  if (memo.has(w)) return memo.get(w);
  judgedSize++;
  const form = judge(w, expected);
  memo.set(detach(w), form); // the memo outlives the document the word was cut from
  return form;
}

function judge(w: string, expected: readonly string[]): string | undefined {
  if (w.length < 5 || expected.includes(w) || KNOWN.has(w)) return undefined;
  // A longer or shorter form of the word is another word (pathological/pathologic), not a slip.
  if (expected.some((e) => w.startsWith(e) || e.startsWith(w))) return undefined;
  // British spellings of a term are spellings, not misspellings: tumours, neutralising.
  if (expected.includes(w.replace(/our/g, 'or').replace(/is(e|ed|ing|ation)\b/g, 'iz$1'))) return undefined;
  let best: { form: string; d: number } | undefined;
  for (const e of expected) {
    if (e[0] !== w[0] || e.length < 5) continue;
    // One edit, or two in long words: responder/response and pathological/pathologic are other words.
    const max = e.length >= 10 ? 2 : 1;
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

/** A misspelling found in a text, with offsets into that text. */
export interface Slip {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly replacement: string;
  readonly term: string;
}

/**
 * The misspelled standard-term words of one text (it alone decides them, so the result is kept per text).
 *
 * One pass over the characters with a window of three words (before, checked, after) as offsets:
 * a word is an ASCII letter followed by letters, apostrophes and hyphens. Prose is most of a
 * record, so the pass makes no object and no copy per word: a word is cut out (and lower-cased)
 * only when a neighbour's shape fits a standard term.
 */
function slipsIn(raw: string, custom: ReadonlySet<string>): Slip[] {
  const out: Slip[] = [];
  const n = raw.length;
  // The window: [s0, e0) before, [s1, e1) checked, [s2, e2) after; -1 when there is no such word.
  let s0 = -1;
  let e0 = -1;
  let s1 = -1;
  let e1 = -1;
  const judgeChecked = (s2: number, e2: number) => {
    if (e1 - s1 < 5) return;
    const prev = s0 >= 0 && PREV_SHAPES.has(shape(raw, s0, e0)) ? lower(raw.slice(s0, e0)) : undefined;
    const next = s2 >= 0 && NEXT_SHAPES.has(shape(raw, s2, e2)) ? lower(raw.slice(s2, e2)) : undefined;
    const before = prev ? BY_PREV.get(prev) : undefined;
    const after = next ? BY_NEXT.get(next) : undefined;
    if (!before && !after) return; // most words: no standard term around them
    const text = raw.slice(s1, e1);
    const low = lower(text);
    if (KNOWN.has(low) || custom.has(low)) return;
    for (const [first, second, term] of [...(before ?? []), ...(after ?? [])]) {
      const fix = (prev && first.includes(prev) ? misspelling(text, second) : undefined) ?? (next && second.includes(next) ? misspelling(text, first) : undefined);
      if (!fix) continue;
      out.push({ start: s1, end: e1, text: detach(text), replacement: matchCase(text, fix), term });
      return;
    }
  };
  let i = 0;
  while (i < n) {
    if (!isLetter(raw.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i++;
    while (i < n) {
      const c = raw.charCodeAt(i);
      if (!isLetter(c) && c !== 39 /* ' */ && c !== 45 /* - */) break;
      i++;
    }
    if (s1 >= 0) judgeChecked(start, i);
    s0 = s1;
    e0 = e1;
    s1 = start;
    e1 = i;
  }
  if (s1 >= 0) judgeChecked(-1, -1);
  return out;
}

// Standard terms of two or more words, by their last word: for terms written with one word cut
// short ("Progress Free Survival" for Progression-Free Survival).
const BY_LAST_WORD = new Map<string, { words: readonly string[]; term: string; abbreviation: string }[]>();
for (const t of ENDPOINT_TERMS) {
  const words = t.term.split(/[\s-]+/).map(lower);
  if (words.length < 2) continue;
  const last = words[words.length - 1]!;
  BY_LAST_WORD.set(last, [...(BY_LAST_WORD.get(last) ?? []), { words, term: t.term, abbreviation: t.abbreviation }]);
}
const LAST_WORD = new RegExp(`\\b(?:${[...BY_LAST_WORD.keys()].join('|')})\\b`, 'gi');

/** The word that ends just before `at`, if only spaces and hyphens stand between. */
function wordBefore(raw: string, at: number): { start: number; end: number } | undefined {
  let end = at;
  while (end > 0 && (raw.charCodeAt(end - 1) === 32 || raw.charCodeAt(end - 1) === 45)) end--;
  if (end === at) return undefined;
  let start = end;
  while (start > 0 && isLetter(raw.charCodeAt(start - 1))) start--;
  return start < end ? { start, end } : undefined;
}

/**
 * A standard term with one of its inner words cut short: "Progress Free Survival". The last
 * word must be written in full, since "time to progress" alone is ordinary English.
 */
function shortenedIn(raw: string): Slip[] {
  const out: Slip[] = [];
  // Most texts have none of the terms' last words: one search finds those that do.
  LAST_WORD.lastIndex = 0;
  for (let m = LAST_WORD.exec(raw); m; m = LAST_WORD.exec(raw)) {
    for (const t of BY_LAST_WORD.get(lower(m[0]))!) {
      // Back from the last word, one word at a time; one word may be a cut-short form of the term's.
      let cut: { start: number; end: number; full: string } | undefined;
      let at = m.index;
      let k = t.words.length - 2;
      for (; k >= 0; k--) {
        const w = wordBefore(raw, at);
        if (!w) break;
        const expected = t.words[k]!;
        const written = lower(raw.slice(w.start, w.end));
        if (written !== expected) {
          if (cut || written.length < 5 || expected.length - written.length < 2 || !expected.startsWith(written)) break;
          cut = { ...w, full: expected };
        }
        at = w.start;
      }
      if (k >= 0 || !cut) continue;
      const text = raw.slice(cut.start, cut.end);
      out.push({ start: cut.start, end: cut.end, text: detach(text), replacement: matchCase(text, cut.full), term: t.term });
      break;
    }
  }
  return out;
}

/** The standard-term misspellings of one text, kept per text (the custom terms decide them too). */
export function termSlips(ctx: RuleContext, raw: string): readonly Slip[] {
  const customWords = ctx.customTerms.flatMap((t) => [t.term, ...t.expansion.split(/\s+/)]).map(lower);
  return byText(ctx, `term-slips ${customWords.join(' ')}`, raw, (text) => [...slipsIn(text, new Set(customWords)), ...shortenedIn(text)]);
}
