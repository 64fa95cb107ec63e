import { FDAAA, notForExpandedAccess, sinceEra } from './support/era';
import { requiredElement } from './support/presence';

/** Primary Completion Date is missing (P1). */
export default notForExpandedAccess(sinceEra(requiredElement({
  id: 'missing-primary-completion-date',
  title: 'Primary Completion Date is missing',
  element: 'Primary Completion Date',
  definition: 'The date the final participant was examined or received an intervention for the primary outcome, with its type (Actual or Estimated).',
  reference: ['P1'],
  insert: 'primaryCompletionDate',
  present: (r) => r.status.primaryCompletionDate !== undefined,
}), FDAAA));
