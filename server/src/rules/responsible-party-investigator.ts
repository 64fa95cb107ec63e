import type { Rule } from './types';

/** P13: a Principal Investigator or Sponsor-Investigator responsible party gives name, official title and affiliation. */
const rule: Rule = {
  id: 'responsible-party-investigator',
  title: 'An investigator responsible party lacks name, title or affiliation',
  severity: 'error',
  tags: ['presence'],
  reference: ['P13'],
  check(r) {
    const rp = r.sponsor.responsibleParty;
    const code = rp?.type?.code;
    if (!rp || (code !== 'PRINCIPAL_INVESTIGATOR' && code !== 'SPONSOR_INVESTIGATOR')) return [];
    // Classic pages print "Name, Official Title, Affiliation"; the newer layout gives them on lines.
    // An investigator's official title may well be "Principal Investigator" (it is for many in the registry).
    const parts = (rp.text?.value ?? '').split(/,|\n/).map((p) => p.trim()).filter((p) => p !== '');
    if (parts.length >= 3) return [];
    return [{ range: rp.range, message: `The Responsible Party is a ${rp.type!.label}: give the investigator's full name, official title and affiliation (e.g. "Jane Doe, MD, Professor of Oncology, Northfield University").` }];
  },
};
export default rule;
