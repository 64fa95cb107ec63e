import { eolOf } from '../text/lines';
import { requiredElement } from './support/presence';

/** Brief Title is missing (P1). */
export default requiredElement({
  id: 'missing-brief-title',
  title: 'Brief Title is missing',
  element: 'Brief Title',
  definition: 'A short title in lay language that names the participants, the condition and the intervention (at most 300 characters).',
  reference: ['P1'],
  present: (r) => r.identification.briefTitle !== undefined,
  fix: (a) => ({ title: 'Insert a Brief Title', edits: [{ start: 0, end: 0, newText: `<Brief title in lay language>${eolOf(a.text)}` }], preferred: true }),
});
