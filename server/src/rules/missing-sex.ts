import { requiredElement } from './support/presence';

/** Sex is missing (P1). */
export default requiredElement({
  id: 'missing-sex',
  title: 'Sex is missing',
  element: 'Sex (Sexes Eligible for Study)',
  definition: 'All, Female or Male: the sex of the participants who may enroll.',
  reference: ['P1'],
  insert: 'sex',
  present: (r) => r.eligibility.sex !== undefined,
});
