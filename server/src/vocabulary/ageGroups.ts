// The age groups ClinicalTrials.gov derives from a study's age limits (ctgov-rules.md §1.9, S11):
// Child (birth–17), Adult (18–64), Older Adult (65+). PRS does not store them; the study page and
// the API show them.

/** The standardAge codes for limits in years (0 and Infinity for no limit). */
export function ageGroupsFor(minYears: number, maxYears: number): string[] {
  const out: string[] = [];
  if (minYears < 18) out.push('CHILD');
  if (minYears < 65 && maxYears >= 18) out.push('ADULT');
  if (maxYears >= 65) out.push('OLDER_ADULT');
  return out;
}
