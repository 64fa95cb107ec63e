import { requiredElement } from './support/presence';

/** Unique Protocol ID is missing (P1). */
export default requiredElement({
  id: 'missing-org-study-id',
  title: 'Unique Protocol ID is missing',
  element: 'Unique Protocol Identification Number',
  definition: 'The sponsor\'s own identifier for the protocol, written first under Other Study ID Numbers (at most 30 characters).',
  reference: ['P1'],
  insert: 'otherStudyIds',
  present: (r) => r.identification.orgStudyId !== undefined,
});
