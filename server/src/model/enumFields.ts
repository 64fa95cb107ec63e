// Every controlled-vocabulary value of a record, with the vocabulary it belongs to (the rules check
// them; hover explains them).

import type { EnumValue, TrialRecord } from './types';
import * as V from '../vocabulary/ctgov-enums';
import type { EnumVocabulary } from '../vocabulary/types';

export interface EnumField {
  readonly name: string;
  readonly vocab: EnumVocabulary;
  readonly value: EnumValue;
}

export function enumFields(r: TrialRecord): EnumField[] {
  const out: EnumField[] = [];
  const add = (name: string, vocab: EnumVocabulary, value: EnumValue | undefined) => {
    if (value) out.push({ name, vocab, value });
  };
  add('Overall Recruitment Status', V.overallStatus, r.status.overallStatus);
  add('Study Type', V.studyType, r.design.studyType);
  r.design.phases.forEach((p) => add('Phase', V.phase, p));
  add('Allocation', V.allocation, r.design.allocation);
  add('Intervention Model', V.interventionModel, r.design.interventionModel);
  add('Masking', V.masking, r.design.masking);
  r.design.whoMasked.forEach((w) => add('Masked role', V.whoMasked, w));
  add('Primary Purpose', V.primaryPurpose, r.design.primaryPurpose);
  add('Observational Model', V.observationalModel, r.design.observationalModel);
  add('Time Perspective', V.timePerspective, r.design.timePerspective);
  add('Biospecimen Retention', V.bioSpecRetention, r.design.bioSpecRetention);
  add('Sex', V.sex, r.eligibility.sex);
  add('Sampling Method', V.samplingMethod, r.eligibility.samplingMethod);
  r.eligibility.stdAges.forEach((g) => add('Age group', V.standardAge, g));
  add('Plan to Share IPD', V.ipdSharing, r.ipdSharing.ipdSharing);
  r.arms.forEach((a) => add('Arm Type', V.armGroupType, a.type));
  r.interventions.forEach((i) => add('Intervention Type', V.interventionType, i.type));
  r.arms.forEach((a) => a.interventions.forEach((i) => add('Intervention Type', V.interventionType, i.type)));
  r.contacts.locations.forEach((l) => add('Site status', V.overallStatus, l.status));
  r.identification.secondaryIds.forEach((s) => add('Secondary ID type', V.secondaryIdType, s.type));
  add('Responsible Party type', V.responsiblePartyType, r.sponsor.responsibleParty?.type);
  // Interventions named in several places report once, at each place they are written.
  const seen = new Set<number>();
  return out.filter((f) => (seen.has(f.value.range.start) ? false : (seen.add(f.value.range.start), true)));
}
