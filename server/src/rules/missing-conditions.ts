import { requiredElement } from './support/presence';

/** Conditions are missing (P1). */
export default requiredElement({
  id: 'missing-conditions',
  title: 'Conditions are missing',
  element: 'Conditions',
  definition: 'The disease, disorder, syndrome, illness or injury being studied, preferably as MeSH terms.',
  reference: ['P1'],
  insert: 'conditions',
  present: (r) => r.conditions.conditions.length > 0,
});
