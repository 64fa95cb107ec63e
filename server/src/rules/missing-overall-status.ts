import { requiredElement } from './support/presence';

/** Overall Recruitment Status is missing (P1). */
export default requiredElement({
  id: 'missing-overall-status',
  title: 'Overall Recruitment Status is missing',
  element: 'Overall Recruitment Status',
  definition: 'The recruitment status of the whole study, for example Not yet recruiting, Recruiting, Active, not recruiting or Completed.',
  reference: ['P1'],
  insert: 'overallStatus',
  present: (r) => r.status.overallStatus !== undefined,
});
