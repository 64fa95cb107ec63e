import { FDAAA, notForExpandedAccess, sinceEra } from './support/era';
import { requiredElement } from './support/presence';

/** Study Start Date is missing (P1). */
export default notForExpandedAccess(sinceEra(requiredElement({
  id: 'missing-start-date',
  title: 'Study Start Date is missing',
  element: 'Study Start Date',
  definition: 'The date the first participant was enrolled, with its type (Actual or Estimated).',
  reference: ['P1'],
  insert: 'startDate',
  present: (r) => r.status.startDate !== undefined,
}), FDAAA));
