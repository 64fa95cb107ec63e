import { enumFields } from './support/values';
import type { Edit, Rule } from './types';

/**
 * Values written as API codes (RECRUITING, PHASE1, SINGLE_GROUP) are understood, but the record
 * and the PRS show display labels. A hint per value, and one fix that normalises the whole record.
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
    return coded.map((f) => ({
      range: f.value.range,
      message: `${f.value.raw} is the API code of the ${f.name} "${f.value.label}"; ClinicalTrials.gov shows the label.`,
      fixes: [
        { title: `Write "${f.value.label}"`, edits: [{ start: f.value.range.start, end: f.value.range.end, newText: f.value.label! }], preferred: true, safe: true },
        ...(coded.length > 1 ? [{ title: 'Normalize to ClinicalTrials.gov labels (whole record)', edits: all, safe: true }] : []),
      ],
    }));
  },
};
export default rule;
