import type { Finding, Rule } from './types';

/**
 * P9, P10, P18: descriptions that exist only with their switch: Biospecimen Description iff
 * samples are retained; Target Follow-Up Duration iff a patient registry (as "N Unit");
 * Gender Eligibility Description iff eligibility is gender-based.
 */
const rule: Rule = {
  id: 'conditional-descriptions',
  title: 'A conditional element is missing or given without its condition',
  severity: 'warning',
  tags: ['presence', 'consistency'],
  reference: ['P9', 'P10', 'P18'],
  check(r) {
    const out: Finding[] = [];
    const d = r.design;
    const retained = d.bioSpecRetention?.code;
    if (retained && retained !== 'NONE_RETAINED' && !d.bioSpecDescription) {
      out.push({ range: d.bioSpecRetention!.range, message: `Biospecimen Retention is ${d.bioSpecRetention!.label}: describe the specimens retained (Biospecimen Description, at most 1,000 characters).` });
    }
    if (retained === 'NONE_RETAINED' && d.bioSpecDescription) {
      out.push({ range: d.bioSpecDescription.range, message: 'Biospecimen Description is given only when samples are retained, but Biospecimen Retention is None Retained.' });
    }
    const registry = d.patientRegistry?.value === true;
    if (registry && !d.targetDuration) {
      out.push({ range: d.patientRegistry!.range, message: 'A patient registry states its Target Follow-Up Duration, e.g. "5 Years".', severity: 'error' });
    }
    if (d.targetDuration && !/^\s*[1-9]\d*\s+(Years?|Months?|Weeks?|Days?)\s*$/i.test(d.targetDuration.value)) {
      out.push({ range: d.targetDuration.range, message: `Target Follow-Up Duration "${d.targetDuration.value}" must be a whole number greater than 0 and a unit (Years, Months, Weeks or Days).`, severity: 'error' });
    }
    if (d.targetDuration && !registry) {
      out.push({ range: d.targetDuration.range, message: 'Target Follow-Up Duration is given only for patient registries.' });
    }
    const e = r.eligibility;
    if (e.genderBased?.value === true && !e.genderDescription) {
      out.push({ range: e.genderBased.range, message: 'Eligibility is gender-based: describe it (Gender Eligibility Description).' });
    }
    if (e.genderDescription && e.genderBased?.value !== true) {
      out.push({ range: e.genderDescription.range, message: 'Gender Eligibility Description is given only when Gender Based is Yes.' });
    }
    return out;
  },
};
export default rule;
