import { notForExpandedAccess } from './support/era';
import { isObservational, requiredElement } from './support/presence';

/** Accepts Healthy Volunteers is missing (P1; optional for observational studies). */
export default notForExpandedAccess(requiredElement({
  id: 'missing-healthy-volunteers',
  title: 'Accepts Healthy Volunteers is missing',
  element: 'Accepts Healthy Volunteers',
  definition: 'Yes or No: whether people who do not have the condition may take part.',
  reference: ['P1'],
  insert: 'healthyVolunteers',
  present: (r) => r.eligibility.healthyVolunteers !== undefined,
  requiredWhen: (r) => (isObservational(r) ? false : 'ClinicalTrials.gov requires it for interventional studies'),
}));
