import { FDAAA, sinceEra } from './support/era';
import type { Analysis } from '../analysis/analyze';
import { placeInSection, placeOfInsert } from './support/placement';
import { eolOf } from '../text/lines';
import { isInterventional } from './support/presence';
import type { Edit, Finding, Rule } from './types';

/**
 * An arms table with one arm that names the interventions the record already has (from the
 * conditions table), so that inserting it links them; a placeholder intervention otherwise.
 */
function armsTable(a: Analysis): Edit {
  const nl = eolOf(a.text);
  const named = a.record.interventions.map((i) => `${i.type?.label ?? 'Drug'}: ${i.name?.value ?? '<intervention name>'}`);
  const cell = named.length > 0 ? named.join(nl) : `Drug: <intervention name>${nl}<intervention description>`;
  const heading = a.tree.sections.find((s) => s.id === 'arms')?.heading;
  const table = `${heading ? '' : `Arms and Interventions${nl}`}Arm | Intervention/treatment |${nl}---|---|${nl}Experimental: <arm label>${nl}<what participants in this arm receive>${nl}|${nl}${cell} |${nl}${heading ? '' : nl}`;
  // Under the section's own heading when it has one, else before Outcome Measures (or Eligibility).
  const next = a.tree.sections.find((s) => s.id === 'outcomes' || s.id === 'eligibility');
  const at = heading ? (a.tree.lineStarts[a.index.line(heading.end) + 1] ?? a.text.length) : next ? a.tree.lineStarts[a.index.line(next.start)]! : a.text.length;
  const lead = at === a.text.length && a.text.length > 0 && !/[\r\n]$/.test(a.text) ? (heading ? nl : nl + nl) : '';
  return { start: at, end: at, newText: `${lead}${table}` };
}

/** P6: interventional studies need at least one arm and at least one intervention. */
const rule: Rule = {
  id: 'missing-arms-interventions',
  title: 'An interventional study has no arm or no intervention',
  severity: 'error',
  tags: ['presence'],
  reference: ['P6'],
  check(r, ctx) {
    if (!isInterventional(r)) return [];
    const a = ctx.analysis;
    const out: Finding[] = [];
    if (r.arms.length === 0) {
      const edit = armsTable(a);
      const place = placeOfInsert(a, edit);
      out.push({
        range: place.range,
        message: `No arm: interventional studies need at least one arm, each with a type (e.g. Experimental), a label and a description of what its participants receive. ${place.where}`,
        fixes: [{ title: 'Insert an Arms and Interventions table', edits: [edit], preferred: true }],
      });
    }
    if (r.interventions.length === 0) {
      const place = placeInSection(a, 'arms');
      out.push({
        range: place.range,
        message: `No intervention: "at least one intervention must be specified for interventional studies", each with a type (e.g. Drug), a name and a description. ${place.where}`,
      });
    }
    return out;
  },
};
export default sinceEra(rule, FDAAA);
