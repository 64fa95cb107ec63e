import { requiredElement } from './support/presence';

/** Study Type is missing (P1). */
export default requiredElement({
  id: 'missing-study-type',
  title: 'Study Type is missing',
  element: 'Study Type',
  definition: 'Interventional, Observational or Expanded Access.',
  reference: ['P1'],
  insert: 'studyType',
  present: (r) => r.design.studyType !== undefined,
});
