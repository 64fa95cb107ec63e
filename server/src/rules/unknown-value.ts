import { suggestTerms } from '../vocabulary/suggest';
import { isPlaceholder } from '../text/placeholders';
import { enumFields } from '../model/enumFields';
import type { Rule } from './types';

/** A controlled-vocabulary field with a value ClinicalTrials.gov does not have; up to three "did you mean" fixes. */
const rule: Rule = {
  id: 'unknown-value',
  title: 'A value is not in the ClinicalTrials.gov list',
  severity: 'error',
  tags: ['vocabulary'],
  reference: ['P1', 'F10'],
  check(r) {
    const useCodes = r.layout === 'modern';
    return enumFields(r)
      .filter((f) => !f.value.code && f.value.raw.trim() !== '' && !isPlaceholder(f.value.raw))
      .map((f) => {
        const options = suggestTerms(f.vocab, f.value.raw);
        const shown = (t: (typeof options)[number]) => (useCodes && /^[A-Z0-9_]+$/.test(t.code) ? t.code : t.label);
        return {
          range: f.value.range,
          message: `"${f.value.raw}" is not ${/^[AEIOU]/.test(f.name) ? 'an' : 'a'} ${f.name} value ClinicalTrials.gov accepts${options.length ? `; did you mean ${options.map((t) => `"${shown(t)}"`).join(', ')}?` : '.'} Allowed: ${f.vocab.terms.filter((t) => !t.legacy).map((t) => t.label).join(', ')}.`,
          fixes: options.map((t, k) => ({ title: `Change to "${shown(t)}"`, edits: [{ start: f.value.range.start, end: f.value.range.end, newText: shown(t) }], ...(k === 0 ? { preferred: true } : {}) })),
        };
      });
  },
};
export default rule;
