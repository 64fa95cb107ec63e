import { FINAL_RULE, sinceEra } from './support/era';
import { requiredElement, since2017 } from './support/presence';

/** Official Title is missing (P2). */
export default sinceEra(requiredElement({
  id: 'missing-official-title',
  title: 'Official Title is missing',
  element: 'Official Title',
  definition: 'The title of the protocol, as the sponsor wrote it (at most 600 characters).',
  reference: ['P2'],
  insert: 'officialTitle',
  present: (r) => r.identification.officialTitle !== undefined,
  requiredWhen: since2017,
}), FINAL_RULE);
