import { FDAAA, sinceEra } from './support/era';
import type { Analysis } from '../analysis/analyze';
import { reportSpan } from './support/placement';
import { eolOf } from '../text/lines';
import { isInterventional } from './support/presence';
import type { Edit, Finding, Rule } from './types';

/**
 * An arms table with one arm that names the interventions the record already has (from the
 * conditions table), so that inserting it links them; a placeholder intervention otherwise.
 * It goes before the Outcome Measures (or Eligibility) section, or at the end.
 */
function armsTable(a: Analysis): Edit {
  const nl = eolOf(a.text);
  const named = a.record.interventions.map((i) => `${i.type?.label ?? 'Drug'}: ${i.name?.value ?? '<intervention name>'}`);
  const cell = named.length > 0 ? named.join(nl) : `Drug: <intervention name>${nl}<intervention description>`;
  const table = `Arms and Interventions${nl}Arm | Intervention/treatment |${nl}---|---|${nl}Experimental: <arm label>${nl}<what participants in this arm receive>${nl}|${nl}${cell} |${nl}${nl}`;
  const next = a.tree.sections.find((s) => s.id === 'outcomes' || s.id === 'eligibility');
  const at = next ? a.tree.lineStarts[a.index.line(next.start)]! : a.text.length;
  const lead = at === a.text.length && a.text.length > 0 && !/[\r\n]$/.test(a.text) ? nl + nl : '';
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
      out.push({
        range: reportSpan(a, 'arms'),
        message: 'No arm: interventional studies need at least one arm, each with a type (e.g. Experimental), a label and a description of what its participants receive.',
        fixes: [{ title: 'Insert an Arms and Interventions table', edits: [armsTable(a)], preferred: true }],
      });
    }
    if (r.interventions.length === 0) {
      out.push({
        range: reportSpan(a, 'arms'),
        message: 'No intervention: "at least one intervention must be specified for interventional studies", each with a type (e.g. Drug), a name and a description.',
      });
    }
    return out;
  },
};
export default sinceEra(rule, FDAAA);
