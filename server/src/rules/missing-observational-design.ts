import { FDAAA, sinceEra } from './support/era';
import type { TrialRecord } from '../model/types';
import type { FieldKey } from '../vocabulary/elements';
import { placeOfField } from './support/placement';
import { isObservational } from './support/presence';
import type { Rule } from './types';

const ELEMENTS: readonly [FieldKey, string, string, (r: TrialRecord) => boolean][] = [
  ['observationalModel', 'Observational Model', 'the primary strategy for identifying and following participants, such as Cohort or Case-Control', (r) => r.design.observationalModel !== undefined],
  ['timePerspective', 'Time Perspective', 'Retrospective, Prospective, Cross-Sectional or Other', (r) => r.design.timePerspective !== undefined],
  ['bioSpecRetention', 'Biospecimen Retention', 'None Retained, Samples With DNA or Samples Without DNA', (r) => r.design.bioSpecRetention !== undefined],
  ['studyPopulation', 'Study Population', 'the population from which the groups or cohorts will be selected', (r) => r.eligibility.studyPopulation !== undefined],
  ['samplingMethod', 'Sampling Method', 'Probability Sample or Non-Probability Sample', (r) => r.eligibility.samplingMethod !== undefined],
];

/** P4: the elements every observational study states. */
const rule: Rule = {
  id: 'missing-observational-design',
  title: 'An observational design element is missing',
  severity: 'error',
  tags: ['presence'],
  reference: ['P4'],
  check(r, ctx) {
    if (!isObservational(r)) return [];
    const a = ctx.analysis;
    return ELEMENTS.filter(([, , , present]) => !present(r)).map(([key, name, definition]) => {
      const place = placeOfField(a, key);
      return {
        range: place.range,
        // The schema lists Biospecimen Retention, but five in six of the registry's observational
        // studies (registered since 2017 too) go without it: PRS does not insist.
        ...(key === 'bioSpecRetention'
          ? { severity: 'information' as const, message: `${name} is not stated: ClinicalTrials.gov asks observational studies whether they keep samples. State ${definition}. ${place.where}` }
          : { message: `${name} is missing: ClinicalTrials.gov requires it for observational studies. State ${definition}. ${place.where}` }),
        fixes: [{ title: `Insert ${name}`, edits: [place.edit], preferred: true }],
      };
    });
  },
};
export default sinceEra(rule, FDAAA);
