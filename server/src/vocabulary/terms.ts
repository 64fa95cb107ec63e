import { CRITERIA_VERSIONS, ELIGIBILITY_TERMS } from './criteria';
import { ENDPOINT_TERMS, type StandardTerm } from './endpoints';

/** A term the user adds with trialRecord.customTerms. */
export interface CustomTerm {
  readonly term: string;
  readonly expansion: string;
  readonly definition?: string;
}

export function customAsStandard(t: CustomTerm): StandardTerm {
  return { abbreviation: t.term, term: t.expansion, definition: t.definition ?? '', source: 'your setting trialRecord.customTerms' };
}

/** Every standard term by abbreviation (case-sensitive first, then case-insensitive), custom terms first. */
export function lookupAbbreviation(abbr: string, custom: readonly CustomTerm[] = []): StandardTerm | undefined {
  const all = [...custom.map(customAsStandard), ...ENDPOINT_TERMS, ...ELIGIBILITY_TERMS, ...CRITERIA_VERSIONS];
  const bare = abbr.replace(/s$/, '');
  return all.find((t) => t.abbreviation === abbr || t.abbreviation === bare) ?? all.find((t) => t.abbreviation.toLowerCase() === abbr.toLowerCase() || t.abbreviation.split(' ')[0] === abbr);
}
