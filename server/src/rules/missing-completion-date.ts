import { FDAAA, notForExpandedAccess, sinceEra } from './support/era';
import { requiredElement, since2017 } from './support/presence';

/** Study Completion Date is missing (P2). */
export default notForExpandedAccess(sinceEra(requiredElement({
  id: 'missing-completion-date',
  title: 'Study Completion Date is missing',
  element: 'Study Completion Date',
  definition: 'The date the final participant was examined or received an intervention for any outcome, with its type (Actual or Estimated).',
  reference: ['P2'],
  insert: 'completionDate',
  present: (r) => r.status.completionDate !== undefined,
  requiredWhen: since2017,
}), FDAAA));
