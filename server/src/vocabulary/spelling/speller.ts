// Whether a word is spelled as some dictionary spells it, and the words one slip away from it.
// Word lists hold the common inflections but not every prefixed or suffixed form a medical text
// builds (nanomoles, post-randomisation, non-inferiority), so a word is also known when a plain
// suffix or prefix leaves a known word.

import type { Dictionary } from './dictionary';

const SUFFIXES: readonly (readonly [string, string])[] = [
  ['s', ''],
  ['es', ''],
  ['ies', 'y'],
  ['ly', ''],
  ['ally', ''],
  ['ness', ''],
];
const PREFIXES = ['non', 'pre', 'post', 're', 'anti', 'sub', 'over', 'under', 'inter', 'intra', 'multi', 'co', 'un', 'semi', 'micro', 'macro', 'hyper', 'hypo', 'neo', 'peri', 'trans', 'bi', 'tri', 'mono', 'poly', 'auto', 'self', 'extra', 'supra', 'infra', 'pseudo', 'bio', 'immuno', 'radio', 'chemo', 'neuro', 'cardio', 'psycho'];

/** True when `w` (lower case, no trailing apostrophe) or a plain inflection of it is a word. */
export function isKnown(dict: Dictionary, w: string): boolean {
  if (dict.has(w)) return true;
  if (w.endsWith("'s") && dict.has(w.slice(0, -2))) return true;
  for (const [suffix, put] of SUFFIXES) if (w.length - suffix.length >= 4 && w.endsWith(suffix) && dict.has(w.slice(0, -suffix.length) + put)) return true;
  for (const p of PREFIXES) if (w.length - p.length >= 4 && w.startsWith(p) && dict.has(w.slice(p.length))) return true;
  return false;
}

/** How a word differs from a near word: a letter left out, two swapped, one too many, one wrong. */
export type Slip = 'omission' | 'transposition' | 'insertion' | 'substitution';

export interface Near {
  readonly word: string;
  readonly slip: Slip;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const ALL_SLIPS: ReadonlySet<Slip> = new Set(['omission', 'transposition', 'insertion', 'substitution']);

/**
 * Every string one slip (of the kinds given) from `w` for which `accept` holds, keeping the first
 * letter (people rarely mistype it, and allowing it multiplies the candidates). Each string is
 * reported once.
 */
export function nearWords(w: string, accept: (candidate: string, slip: Slip) => boolean, kinds: ReadonlySet<Slip> = ALL_SLIPS): Near[] {
  const out: Near[] = [];
  const seen = new Set<string>([w]);
  const offer = (word: string, slip: Slip) => {
    if (!kinds.has(slip) || seen.has(word)) return;
    seen.add(word);
    if (accept(word, slip)) out.push({ word, slip });
  };
  for (let i = 1; i <= w.length; i++) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    if (kinds.has('omission')) for (const c of LETTERS) offer(head + c + tail, 'omission');
    if (tail.length > 0) {
      offer(head + tail.slice(1), 'insertion');
      if (tail.length > 1) offer(head + tail[1] + tail[0] + tail.slice(2), 'transposition');
      if (kinds.has('substitution')) for (const c of LETTERS) if (c !== tail[0]) offer(head + c + tail.slice(1), 'substitution');
    }
  }
  // A swap of the first two letters keeps neither first letter, but is the commonest slip of all.
  if (w.length > 2) offer(w[1]! + w[0]! + w.slice(2), 'transposition');
  return out;
}

/** An inflection, not a slip: "diabete" is "diabetes" less its s, "transcriptomic" an adjective of "transcriptomics". */
export function isInflection(w: string, near: string): boolean {
  return near === `${w}s` || w === `${near}s` || near === `${w}es` || w === `${near}es`;
}
