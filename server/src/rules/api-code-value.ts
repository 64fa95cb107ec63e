import { enumFields } from '../model/enumFields';
import type { Edit, Rule } from './types';

/**
 * Values written as API codes (RECRUITING, PHASE1, SINGLE_GROUP) are understood, but the record
 * and the PRS show display labels. One hint per record, with one fix that normalises it whole.
 */
const rule: Rule = {
  id: 'api-code-value',
  title: 'A value is written as its API code',
  severity: 'hint',
  tags: ['vocabulary'],
  reference: ['F10'],
  check(r) {
    const coded = enumFields(r).filter((f) => f.value.writtenAs === 'code' && f.value.label && f.value.raw !== f.value.label);
    const all: Edit[] = coded.map((f) => ({ start: f.value.range.start, end: f.value.range.end, newText: f.value.label! }));
    if (coded.length === 0) return [];
    // One hint per record, on the first code, the others as its related places: a page of the
    // newer layout writes every value so, and a hint per value was noise.
    const [first] = coded;
    const list = coded.slice(0, 4).map((f) => `${f.value.raw} → "${f.value.label}"`).join(', ');
    return [
      {
        range: first!.value.range,
        message:
          coded.length === 1
            ? `${first!.value.raw} is the API code of the ${first!.name} "${first!.value.label}"; ClinicalTrials.gov shows the label.`
            : `${coded.length} values are written as API codes (${list}${coded.length > 4 ? ', …' : ''}); ClinicalTrials.gov shows their labels.`,
        related: coded.map((f) => ({ range: f.value.range, message: `${f.name}: ${f.value.raw} is "${f.value.label}"` })),
        fixes: [{ title: coded.length === 1 ? `Write "${first!.value.label}"` : 'Normalize to ClinicalTrials.gov labels (whole record)', edits: all, preferred: true, safe: true }],
      },
    ];
  },
};
export default rule;
