import { FDAAA, sinceEra } from './support/era';
import { placeOfInsert } from './support/placement';
import { eolOf } from '../text/lines';
import type { Rule } from './types';

/** P19: "Eligibility Criteria appear to be missing." (a QC major comment). */
const rule: Rule = {
  id: 'missing-eligibility-criteria',
  title: 'Eligibility criteria are missing',
  severity: 'error',
  tags: ['presence'],
  reference: ['P19', 'P1'],
  check(r, ctx) {
    if (r.eligibility.criteria.some((l) => l.items.length > 0)) return [];
    const a = ctx.analysis;
    const nl = eolOf(a.text);
    const section = a.tree.sections.find((s) => s.id === 'eligibility');
    const last = section?.blocks.filter((b) => b.kind !== 'boilerplate').pop();
    const at = last ? a.tree.lineStarts[a.index.line(last.end) + 1] ?? a.text.length : a.text.length;
    const lead = at === a.text.length && a.text.length > 0 && !/[\r\n]$/.test(a.text) ? nl : '';
    const block = `${section ? '' : `${nl}Eligibility Criteria${nl}`}Inclusion Criteria:${nl}- <inclusion criterion>${nl}Exclusion Criteria:${nl}- <exclusion criterion>${nl}`;
    const edit = { start: at, end: at, newText: `${lead}${block}` };
    const place = placeOfInsert(a, edit);
    return [
      {
        range: place.range,
        message: `Eligibility Criteria appear to be missing: ClinicalTrials.gov requires the criteria for participant selection, as bulleted lists under "Inclusion Criteria:" and "Exclusion Criteria:" (at most 20,000 characters). ${place.where}`,
        fixes: [{ title: 'Insert Inclusion and Exclusion Criteria', edits: [edit], preferred: true }],
      },
    ];
  },
};
export default sinceEra(rule, FDAAA);
