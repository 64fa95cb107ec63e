import type { Finding, Rule } from './types';

/**
 * C11/C12/C14: allocation and the intervention model must fit the number of arms; arm types
 * belong to interventional studies only.
 */
const rule: Rule = {
  id: 'design-vs-arms',
  title: 'Allocation or intervention model contradicts the arms',
  severity: 'warning',
  tags: ['consistency'],
  reference: ['C11', 'C12', 'C14'],
  check(r) {
    const d = r.design;
    const n = r.arms.length;
    const out: Finding[] = [];
    const armsNote = n > 0 ? [{ range: r.arms[0]!.label?.range ?? r.arms[0]!.range, message: `${n} arm${n === 1 ? '' : 's'}` }] : [];
    if (d.interventionModel?.code === 'SINGLE_GROUP' && n > 1) {
      out.push({ range: d.interventionModel.range, message: `Single Group Assignment means one arm, but the record has ${n} arms: choose the model that fits (e.g. Parallel Assignment), or merge the arms.`, related: armsNote });
    }
    if (d.allocation?.code === 'NA' && n > 1) {
      out.push({ range: d.allocation.range, message: `Allocation N/A is for a single-arm study, but the record has ${n} arms: state whether they are Randomized or Non-Randomized.`, related: armsNote });
    }
    if (d.allocation?.code === 'RANDOMIZED' && (n === 1 || d.interventionModel?.code === 'SINGLE_GROUP')) {
      out.push({ range: d.allocation.range, message: 'Randomized allocation needs at least two arms to randomize between; a single-arm study has Allocation N/A.', related: armsNote });
    }
    if (d.studyType?.code === 'OBSERVATIONAL') {
      for (const a of r.arms) {
        if (a.type) out.push({ range: a.type.range, message: `Observational studies have groups/cohorts without a type: "${a.type.raw}" is an arm type, used only in interventional studies.`, severity: 'error' });
      }
    }
    return out;
  },
};
export default rule;
