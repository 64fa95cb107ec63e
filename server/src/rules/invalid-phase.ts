import type { Rule } from './types';

const ALLOWED = new Set(['NA', 'EARLY_PHASE1', 'PHASE1', 'PHASE2', 'PHASE3', 'PHASE4', 'PHASE1+PHASE2', 'PHASE2+PHASE3']);

/** F10: one phase, or exactly Phase 1/Phase 2 or Phase 2/Phase 3. */
const rule: Rule = {
  id: 'invalid-phase',
  title: 'The phases are not a combination ClinicalTrials.gov allows',
  severity: 'error',
  tags: ['format', 'vocabulary'],
  reference: ['F10'],
  check(r) {
    const phases = r.design.phases;
    if (phases.length === 0 || phases.some((p) => !p.code)) return []; // unknown-value reports unknown phases
    const key = [...new Set(phases.map((p) => p.code!))].sort().join('+');
    if (ALLOWED.has(key)) return [];
    const where = r.design.phaseText?.range ?? phases[0]!.range;
    return [
      {
        range: where,
        message: `${phases.map((p) => p.label).join(', ')} is not a phase ClinicalTrials.gov allows: give one of Early Phase 1, Phase 1, Phase 2, Phase 3, Phase 4 or Not Applicable, or the combinations Phase 1/Phase 2 and Phase 2/Phase 3.`,
      },
    ];
  },
};
export default rule;
