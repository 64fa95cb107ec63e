import { editDistance } from './distance';
import { normKey } from './lookup';
import type { EnumTerm, EnumVocabulary } from './types';

/**
 * Up to `limit` terms a mistyped value most likely meant: by edit distance to the label, the
 * code and the variants, then by shared prefix. Terms too far away are not suggested at all.
 */
export function suggestTerms(vocab: EnumVocabulary, raw: string, limit = 3): EnumTerm[] {
  const v = normKey(raw).replace(/_/g, ' ');
  if (v === '') return vocab.terms.filter((t) => !t.legacy).slice(0, limit);
  const scored = vocab.terms
    .filter((t) => !t.legacy)
    .map((t) => {
      const names = [t.label, t.code.replace(/_/g, ' '), ...(t.aliases ?? [])].map((n) => normKey(n));
      const d = Math.min(...names.map((n) => editDistance(v, n, Math.max(3, Math.ceil(n.length / 3)))));
      const prefix = names.some((n) => n.startsWith(v) || v.startsWith(n)) ? 0 : 1;
      const contains = names.some((n) => n.includes(v) || v.includes(n)) ? 0 : 1;
      return { t, score: Math.min(d, prefix === 0 || contains === 0 ? 1 : d) + prefix * 0.5 + contains * 0.25, d };
    })
    .filter((x) => x.score <= Math.max(3, v.length / 3))
    .sort((a, b) => a.score - b.score || a.t.label.localeCompare(b.t.label));
  return scored.slice(0, limit).map((x) => x.t);
}
