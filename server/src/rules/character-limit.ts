import type { TextValue, TrialRecord } from '../model/types';
import type { Finding, Rule } from './types';

/** The limits of ctgov-rules.md §3.2 F1 (and §1), by element. */
function limited(r: TrialRecord): [string, number, TextValue | undefined][] {
  const out: [string, number, TextValue | undefined][] = [
    ['Brief Title', 300, r.identification.briefTitle],
    ['Acronym', 14, r.identification.acronym],
    ['Official Title', 600, r.identification.officialTitle],
    // IDs copied onto one line are split by a guess: their lengths are not judged then.
    ['Unique Protocol ID', 30, r.identification.studyIdsRunTogether ? undefined : r.identification.orgStudyId],
    ['Why Study Stopped', 250, r.status.whyStopped],
    ['Brief Summary', 5000, r.description.briefSummary],
    ['Detailed Description', 32000, r.description.detailedDescription],
    ['Sponsor', 160, r.sponsor.leadSponsor?.name],
    ['Intervention Model Description', 1000, r.design.interventionModelDescription],
    ['Masking Description', 1000, r.design.maskingDescription],
    ['Biospecimen Description', 1000, r.design.bioSpecDescription],
    ['Study Population', 1000, r.eligibility.studyPopulation],
    ['IPD Sharing Plan Description', 1000, r.ipdSharing.description],
    ['IPD Sharing URL', 3999, r.ipdSharing.url],
  ];
  if (!r.identification.studyIdsRunTogether) r.identification.secondaryIds.forEach((s) => out.push(['Secondary ID', 30, s.id]));
  r.sponsor.collaborators.forEach((c) => out.push(['Collaborator', 160, c.name]));
  // A list copied from one line may run its values together: no single value's length is known.
  if (!r.conditions.conditionsRunTogether) r.conditions.conditions.forEach((c) => out.push(['Condition', 160, c]));
  if (!r.conditions.keywordsRunTogether) r.conditions.keywords.forEach((c) => out.push(['Keyword', 160, c]));
  r.arms.forEach((a) => out.push(['Arm label', 100, a.label], ['Arm description', 999, a.description]));
  r.interventions.forEach((i) => out.push(['Intervention name', 200, i.name], ['Intervention description', 1000, i.description]));
  r.outcomes.forEach((o) => out.push(['Outcome measure title', 255, o.title], ['Time Frame', 255, o.timeFrame], ['Outcome measure description', 999, o.description]));
  r.contacts.locations.forEach((l) => out.push(['Facility name', 254, l.facility]));
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
    for (const [name, limit, v] of limited(r)) {
      if (!v || v.value.length <= limit) continue;
      out.push({ range: v.range, message: `${name} has ${v.value.length.toLocaleString('en-US')} characters; ClinicalTrials.gov allows at most ${limit.toLocaleString('en-US')}. Shorten it by ${(v.value.length - limit).toLocaleString('en-US')}.` });
    }
    const criteria = r.eligibility.criteria;
    if (criteria.length > 0) {
      const start = Math.min(...criteria.map((c) => c.range.start));
      const end = Math.max(...criteria.map((c) => c.range.end));
      if (end - start > 20000) out.push({ range: criteria[0]!.heading?.range ?? criteria[0]!.range, message: `The eligibility criteria have about ${(end - start).toLocaleString('en-US')} characters; ClinicalTrials.gov allows at most 20,000.` });
    }
    return out;
  },
};
export default rule;
