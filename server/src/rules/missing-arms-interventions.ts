import { reportSpan } from './support/placement';
import { isInterventional } from './support/presence';
import type { Finding, Rule } from './types';

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
export default rule;
