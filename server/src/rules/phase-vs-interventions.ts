import type { Rule } from './types';

const PHASELESS = new Set(['DEVICE', 'BEHAVIORAL', 'PROCEDURE', 'RADIATION', 'DIETARY_SUPPLEMENT', 'DIAGNOSTIC_TEST', 'OTHER']);
const DRUGLIKE = new Set(['DRUG', 'BIOLOGICAL', 'GENETIC', 'COMBINATION_PRODUCT']);

/** C15: numbered phases describe drug and biological trials; others are Not Applicable. */
const rule: Rule = {
  id: 'phase-vs-interventions',
  title: 'Phase does not fit the intervention types',
  severity: 'warning',
  tags: ['consistency'],
  reference: ['C15'],
  check(r) {
    const phases = r.design.phases.filter((p) => p.code);
    const types = r.interventions.map((i) => i.type?.code).filter((t): t is string => t !== undefined);
    if (phases.length === 0 || types.length === 0) return [];
    const numbered = phases.some((p) => p.code !== 'NA');
    const where = r.design.phaseText?.range ?? phases[0]!.range;
    if (numbered && types.every((t) => PHASELESS.has(t))) {
      return [{ range: where, message: `A numbered phase (${phases.map((p) => p.label).join(', ')}) describes drug and biological trials, but every intervention here is a ${[...new Set(r.interventions.map((i) => i.type?.label))].join('/')}: such trials use Not Applicable.` }];
    }
    if (!numbered && types.some((t) => DRUGLIKE.has(t))) {
      return [{ range: where, message: `Phase is Not Applicable, but the study has a ${r.interventions.find((i) => DRUGLIKE.has(i.type?.code ?? ''))!.type!.label} intervention: drug and biological trials carry a numbered phase (Early Phase 1 to Phase 4).` }];
    }
    return [];
  },
};
export default rule;
