import { requiredElement } from './support/presence';

/** Sponsor is missing (P1). */
export default requiredElement({
  id: 'missing-lead-sponsor',
  title: 'Sponsor is missing',
  element: 'Sponsor',
  definition: 'The organization or person who initiates the study and has authority and control over it (at most 160 characters).',
  reference: ['P1'],
  insert: 'leadSponsor',
  present: (r) => r.sponsor.leadSponsor !== undefined,
});
