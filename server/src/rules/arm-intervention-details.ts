import { FINAL_RULE, sinceEra } from './support/era';
import { isInterventional } from './support/presence';
import type { Finding, Rule } from './types';

/**
 * P1 (§1.7): in an interventional study each arm has a type and a description, and each
 * intervention a type, a name and a description.
 */
const rule: Rule = {
  id: 'arm-intervention-details',
  title: 'An arm or intervention lacks its type, name or description',
  severity: 'error',
  tags: ['presence'],
  reference: ['P1', 'C14'],
  check(r) {
    if (!isInterventional(r)) return [];
    const out: Finding[] = [];
    for (const a of r.arms) {
      const where = a.label?.range ?? a.range;
      const name = a.label?.value ?? '(no label)';
      if (!a.type) out.push({ range: where, message: `Arm "${name}" has no type: write it as "<Arm Type>: ${name}", e.g. "Experimental: ${name}" (Experimental, Active Comparator, Placebo Comparator, Sham Comparator, No Intervention or Other).` });
      if (!a.label) out.push({ range: where, message: 'This arm has no label: give a short label (at most 100 characters) after its type.' });
      if (!a.description) out.push({ range: where, message: `Arm "${name}" has no description: say what its participants receive, so that each arm can be told apart.`, severity: 'warning' });
    }
    r.interventions.forEach((iv) => {
      const where = iv.name?.range ?? iv.range;
      const name = iv.name?.value ?? '(no name)';
      if (!iv.type) out.push({ range: where, message: `Intervention "${name}" has no type: write it as "<Type>: ${name}", e.g. "Drug: ${name}".` });
      if (!iv.name) out.push({ range: where, message: 'This intervention has no name: give its non-proprietary name where there is one.' });
      if (!iv.description) out.push({ range: where, message: `Intervention "${name}" has no description: give the details that set it apart from similar interventions (dose, form, frequency, duration).` });
    });
    return out;
  },
};
export default sinceEra(rule, FINAL_RULE, (f) => / has no description/.test(f.message));
