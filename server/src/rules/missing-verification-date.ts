import { requiredElement } from './support/presence';

/** Record Verification Date is missing (P1, T1). */
export default requiredElement({
  id: 'missing-verification-date',
  title: 'Record Verification Date is missing',
  element: 'Record Verification Date (Last Verified)',
  definition: 'The month and year the responsible party last confirmed the record is accurate.',
  reference: ['P1', 'T1'],
  insert: 'lastVerified',
  present: (r) => r.status.lastVerified !== undefined,
});
