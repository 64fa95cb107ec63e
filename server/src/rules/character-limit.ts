import { element, type ElementKey } from '../vocabulary/elements';
import type { TextValue, TrialRecord } from '../model/types';
import type { Finding, Rule } from './types';

/** Every text value with a PRS length limit (ctgov-rules.md §3.2 F1 and §1), by element. */
function limited(r: TrialRecord): [ElementKey, TextValue | undefined][] {
  const out: [ElementKey, TextValue | undefined][] = [
    ['briefTitle', r.identification.briefTitle],
    ['acronym', r.identification.acronym],
    ['officialTitle', r.identification.officialTitle],
    // IDs copied onto one line are split by a guess: their lengths are not judged then.
    ['orgStudyId', r.identification.studyIdsRunTogether ? undefined : r.identification.orgStudyId],
    ['whyStopped', r.status.whyStopped],
    ['briefSummary', r.description.briefSummary],
    ['detailedDescription', r.description.detailedDescription],
    ['leadSponsor', r.sponsor.leadSponsor?.name],
    ['interventionModelDescription', r.design.interventionModelDescription],
    ['maskingDescription', r.design.maskingDescription],
    ['bioSpecDescription', r.design.bioSpecDescription],
    ['studyPopulation', r.eligibility.studyPopulation],
    ['ipdDescription', r.ipdSharing.description],
    ['ipdUrl', r.ipdSharing.url],
  ];
  if (!r.identification.studyIdsRunTogether) r.identification.secondaryIds.forEach((s) => out.push(['secondaryId', s.id]));
  r.sponsor.collaborators.forEach((c) => out.push(['collaborators', c.name]));
  // A list copied from one line may run its values together: no single value's length is known.
  if (!r.conditions.conditionsRunTogether) r.conditions.conditions.forEach((c) => out.push(['conditions', c]));
  if (!r.conditions.keywordsRunTogether) r.conditions.keywords.forEach((c) => out.push(['keywords', c]));
  r.arms.forEach((a) => out.push(['armLabel', a.label], ['armDescription', a.description]));
  r.interventions.forEach((i) => out.push(['interventionName', i.name], ['interventionDescription', i.description]));
  r.outcomes.forEach((o) => out.push(['outcomeTitle', o.title], ['outcomeTimeFrame', o.timeFrame], ['outcomeDescription', o.description]));
  r.contacts.locations.forEach((l) => out.push(['facilityName', l.facility]));
  return out;
}

/** F1: PRS refuses text longer than each element's limit. */
const rule: Rule = {
  id: 'character-limit',
  title: 'Text is longer than ClinicalTrials.gov allows',
  severity: 'error',
  tags: ['format'],
  reference: ['F1'],
  check(r) {
    const out: Finding[] = [];
    for (const [key, v] of limited(r)) {
      const { name, limit } = element(key);
      if (!v || limit === undefined || v.value.length <= limit) continue;
      out.push({ range: v.range, message: `${name} has ${v.value.length.toLocaleString('en-US')} characters; ClinicalTrials.gov allows at most ${limit.toLocaleString('en-US')}. Shorten it by ${(v.value.length - limit).toLocaleString('en-US')}.` });
    }
    const criteria = r.eligibility.criteria;
    if (criteria.length > 0) {
      const start = Math.min(...criteria.map((c) => c.range.start));
      const end = Math.max(...criteria.map((c) => c.range.end));
      const limit = element('criteria').limit!;
      if (end - start > limit) out.push({ range: criteria[0]!.heading?.range ?? criteria[0]!.range, message: `The eligibility criteria have about ${(end - start).toLocaleString('en-US')} characters; ClinicalTrials.gov allows at most ${limit.toLocaleString('en-US')}.` });
    }
    return out;
  },
};
export default rule;
