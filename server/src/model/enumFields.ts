// Every controlled-vocabulary value of a record, with the vocabulary it belongs to (the rules check
// them; hover explains them).

import type { EnumValue, TrialRecord } from './types';
import { element, type ElementKey } from '../vocabulary/elements';
import type { EnumVocabulary } from '../vocabulary/types';

export interface EnumField {
  readonly name: string;
  readonly vocab: EnumVocabulary;
  readonly value: EnumValue;
}

export function enumFields(r: TrialRecord): EnumField[] {
  const out: EnumField[] = [];
  // Each value is judged by its element's vocabulary, under its element's name.
  const add = (key: ElementKey, value: EnumValue | undefined) => {
    const e = element(key);
    if (value && e.vocabulary) out.push({ name: e.name, vocab: e.vocabulary, value });
  };
  add('overallStatus', r.status.overallStatus);
  add('studyType', r.design.studyType);
  r.design.phases.forEach((p) => add('phases', p));
  add('allocation', r.design.allocation);
  add('interventionModel', r.design.interventionModel);
  add('masking', r.design.masking);
  r.design.whoMasked.forEach((w) => add('whoMasked', w));
  add('primaryPurpose', r.design.primaryPurpose);
  add('observationalModel', r.design.observationalModel);
  add('timePerspective', r.design.timePerspective);
  add('bioSpecRetention', r.design.bioSpecRetention);
  add('sex', r.eligibility.sex);
  add('samplingMethod', r.eligibility.samplingMethod);
  r.eligibility.stdAges.forEach((g) => add('stdAges', g));
  add('ipdSharing', r.ipdSharing.ipdSharing);
  r.arms.forEach((a) => add('armType', a.type));
  r.interventions.forEach((i) => add('interventionType', i.type));
  r.arms.forEach((a) => a.interventions.forEach((i) => add('interventionType', i.type)));
  r.contacts.locations.forEach((l) => add('siteStatus', l.status));
  r.identification.secondaryIds.forEach((s) => add('secondaryIdType', s.type));
  add('responsiblePartyType', r.sponsor.responsibleParty?.type);
  // Interventions named in several places report once, at each place they are written.
  const seen = new Set<number>();
  return out.filter((f) => (seen.has(f.value.range.start) ? false : (seen.add(f.value.range.start), true)));
}
