import { requiredElement } from './support/presence';

/** Brief Summary is missing (P1). */
export default requiredElement({
  id: 'missing-brief-summary',
  title: 'Brief Summary is missing',
  element: 'Brief Summary',
  definition: 'A short description of the study in lay language, including its hypothesis (at most 5,000 characters).',
  reference: ['P1'],
  insert: 'briefSummary',
  present: (r) => r.description.briefSummary !== undefined,
});
