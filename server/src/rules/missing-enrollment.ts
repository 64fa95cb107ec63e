import { FDAAA, notForExpandedAccess, sinceEra } from './support/era';
import { requiredElement } from './support/presence';

/** Enrollment is missing (P1). */
export default notForExpandedAccess(sinceEra(requiredElement({
  id: 'missing-enrollment',
  title: 'Enrollment is missing',
  element: 'Enrollment',
  definition: 'The number of participants, as Estimated before the study ends and Actual after.',
  reference: ['P1'],
  insert: 'enrollment',
  present: (r) => r.design.enrollment !== undefined,
}), FDAAA));
