import { isPlaceholder } from '../text/placeholders';
import type { Rule } from './types';

/** F2: an NCT number is "NCT" followed by exactly 8 digits. */
const rule: Rule = {
  id: 'invalid-nct-id',
  title: 'An NCT number is malformed',
  severity: 'error',
  tags: ['format'],
  reference: ['F2'],
  check(r) {
    return r.identification.nctIdMentions
      .filter((v) => !/^NCT\d{8}$/.test(v.value) && !isPlaceholder(v.raw))
      .map((v) => {
        const fixable = /^nct\d{8}$/i.test(v.value);
        return {
          range: v.range,
          message: `"${v.value}" is not an NCT number: it is "NCT" followed by exactly 8 digits, e.g. NCT04659603.`,
          ...(fixable ? { fixes: [{ title: `Write "${v.value.toUpperCase()}"`, edits: [{ start: v.range.start, end: v.range.end, newText: v.value.toUpperCase() }], preferred: true, safe: true }] } : {}),
        };
      });
  },
};
export default rule;
