import { FDAAA, sinceEra } from './support/era';
import { requiredElement } from './support/presence';

/** Responsible Party is missing (P1). */
export default sinceEra(requiredElement({
  id: 'missing-responsible-party',
  title: 'Responsible Party is missing',
  element: 'Responsible Party',
  definition: 'The sponsor, or a principal investigator designated by the sponsor, responsible for submitting the record.',
  reference: ['P1'],
  insert: 'responsibleParty',
  present: (r) => r.sponsor.responsibleParty !== undefined,
}), FDAAA);
