import type { Finding, Rule } from './types';

/** P17: the IPD description only with a plan; supporting information, time frame, access criteria and URL only with Yes. */
const rule: Rule = {
  id: 'ipd-sharing-fields',
  title: 'IPD sharing details contradict the plan',
  severity: 'warning',
  tags: ['presence', 'consistency'],
  reference: ['P17'],
  check(r) {
    const ipd = r.ipdSharing;
    const plan = ipd.ipdSharing?.code;
    const out: Finding[] = [];
    if (ipd.description && !plan) out.push({ range: ipd.description.range, message: 'An IPD Plan Description is given without Plan to Share IPD: answer Yes, No or Undecided.' });
    if (plan === 'YES' && !ipd.description) out.push({ range: ipd.ipdSharing!.range, message: 'Plan to Share IPD is Yes: describe which data will be shared (Plan Description).' });
    if (plan !== 'YES') {
      for (const [name, v] of [['Supporting Materials', ipd.infoTypes], ['Time Frame', ipd.timeFrame], ['Access Criteria', ipd.accessCriteria], ['URL', ipd.url]] as const) {
        if (v) out.push({ range: v.range, message: `IPD ${name} is given only when Plan to Share IPD is Yes.` });
      }
    }
    return out;
  },
};
export default rule;
