import { FDAAA, sinceEra } from './support/era';
import type { TrialRecord } from '../model/types';
import type { FieldKey } from '../vocabulary/elements';
import { placeOfField } from './support/placement';
import { isInterventional } from './support/presence';
import type { Finding, Rule } from './types';

const ELEMENTS: readonly [FieldKey, string, string, (r: TrialRecord) => boolean][] = [
  ['phases', 'Phase', 'the FDA phase of the drug or biological product, or Not Applicable for trials without phases', (r) => r.design.phases.length > 0],
  // A single-group study's allocation is N/A, which the registry often leaves out.
  ['allocation', 'Allocation', 'Randomized, Non-Randomized, or N/A for a single-arm study', (r) => r.design.allocation !== undefined || r.design.interventionModel?.code === 'SINGLE_GROUP' || r.arms.length === 1],
  ['interventionModel', 'Intervention Model', 'the strategy for assigning interventions: Single Group, Parallel, Crossover, Factorial or Sequential Assignment', (r) => r.design.interventionModel !== undefined],
  ['masking', 'Masking', 'who does not know the intervention assignments: None (Open Label), or the masked roles', (r) => r.design.masking !== undefined],
  ['primaryPurpose', 'Primary Purpose', 'the main reason for the study, such as Treatment, Prevention or Diagnostic', (r) => r.design.primaryPurpose !== undefined],
];

/** P3: the design elements every interventional study states. */
const rule: Rule = {
  id: 'missing-interventional-design',
  title: 'An interventional design element is missing',
  severity: 'error',
  tags: ['presence'],
  reference: ['P3'],
  check(r, ctx) {
    if (!isInterventional(r)) return [];
    const a = ctx.analysis;
    const out: Finding[] = [];
    for (const [key, name, definition, present] of ELEMENTS) {
      if (present(r)) continue;
      const place = placeOfField(a, key);
      out.push({
        range: place.range,
        message: `${name} is missing: ClinicalTrials.gov requires it for interventional studies. State ${definition}. ${place.where}`,
        fixes: [{ title: `Insert ${name}`, edits: [place.edit], preferred: true }],
      });
    }
    return out;
  },
};
export default sinceEra(rule, FDAAA);
