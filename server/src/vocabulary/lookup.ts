import { detach } from '../text/detach';
import type { EnumTerm, EnumVocabulary } from './types';

/** How a raw value matched a term: by its API code, its display label, or an alias. */
export type MatchKind = 'code' | 'label' | 'alias';

export interface EnumMatch {
  readonly term: EnumTerm;
  readonly by: MatchKind;
}

/** Case- and space-insensitive key; the newer page layout escapes punctuation with backslashes. */
const keys = new Map<string, string>();

export function normKey(s: string): string {
  // Short strings are labels and values, which recur; long ones are prose and are not kept.
  const short = s.length <= 64;
  if (short) {
    const hit = keys.get(s);
    if (hit !== undefined) return hit;
  }
  let k = s.includes('\\') ? s.replace(/\\(.)/g, '$1') : s;
  if (/\s\s|[\t\n\r]/.test(k)) k = k.replace(/\s+/g, ' ');
  k = k.trim().toLowerCase();
  if (short) {
    if (keys.size > 20_000) keys.clear();
    // Detached: the cache outlives the documents its strings were cut from.
    const key = detach(s);
    k = k === s ? key : detach(k);
    keys.set(key, k);
  }
  return k;
}

const indexes = new WeakMap<EnumVocabulary, Map<string, EnumMatch>>();

function indexOf(vocab: EnumVocabulary): Map<string, EnumMatch> {
  let index = indexes.get(vocab);
  if (index) return index;
  index = new Map();
  // Labels win over codes, codes over aliases, so that e.g. "Other" is read as the label.
  for (const term of vocab.terms) for (const alias of term.aliases ?? []) index.set(normKey(alias), { term, by: 'alias' });
  for (const term of vocab.terms) index.set(normKey(term.code), { term, by: 'code' });
  for (const term of vocab.terms) index.set(normKey(term.label), { term, by: 'label' });
  indexes.set(vocab, index);
  return index;
}

/**
 * Finds the term a raw value names, by code, label or alias; undefined when none does.
 * `RECRUITING` and `Recruiting` name the same term; the exact spelling tells which form was used.
 */
export function lookupTerm(vocab: EnumVocabulary, raw: string): EnumMatch | undefined {
  const hit = indexOf(vocab).get(normKey(raw));
  if (!hit) return undefined;
  const exact = (raw.includes('\\') ? raw.replace(/\\(.)/g, '$1') : raw).trim();
  if (exact === hit.term.code && exact !== hit.term.label) return { term: hit.term, by: 'code' };
  return hit;
}

/** Alternation of every label and alias (longest first), escaped for use in a RegExp. */
export function labelAlternation(vocab: EnumVocabulary): string {
  const names = vocab.terms.flatMap((t) => [t.label, ...(t.aliases ?? [])]);
  return names
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
}
