import { placeInSection, placeOfInsert } from './support/placement';
import { eolOf } from '../text/lines';
import type { Rule } from './types';

const OPEN = new Set(['NOT_YET_RECRUITING', 'RECRUITING']);

/** P15: a Central Contact is required while recruiting, unless every recruiting site has a Facility Contact. */
const rule: Rule = {
  id: 'missing-central-contact',
  title: 'No contact for a recruiting study',
  severity: 'error',
  tags: ['presence'],
  reference: ['P15'],
  check(r, ctx) {
    const status = r.status.overallStatus?.code;
    if (!status || !OPEN.has(status) || r.contacts.centralContacts.length > 0) return [];
    const locations = r.contacts.locations;
    // A page that prints no site status leaves every site possibly recruiting.
    const recruiting = locations.every((l) => !l.status) ? locations : locations.filter((l) => l.status?.code === 'RECRUITING' || l.status?.code === 'NOT_YET_RECRUITING');
    if (recruiting.length > 0 && recruiting.every((l) => l.contacts.length > 0)) return [];
    // The newer layout lists facility contacts apart from their sites: enough of them may cover every site.
    const siteContacts = locations.reduce((n, l) => n + l.contacts.length, 0);
    if (r.layout === 'modern' && recruiting.length > 0 && siteContacts >= recruiting.length) return [];
    const a = ctx.analysis;
    const nl = eolOf(a.text);
    const section = a.tree.sections.find((s) => s.id === 'contacts');
    const at = section?.heading ? (a.tree.lineStarts[a.index.line(section.heading.end) + 1] ?? a.text.length) : undefined;
    const edit = at !== undefined ? { start: at, end: at, newText: `Contact: <name> | <phone> | <e-mail> |${nl}` } : undefined;
    const place = edit ? placeOfInsert(a, edit) : placeInSection(a, 'contacts');
    return [
      {
        range: place.range,
        message: `No Central Contact: the study is ${r.status.overallStatus!.label}, so ClinicalTrials.gov requires a Central Contact Person (name, phone and e-mail), or a Facility Contact at every recruiting site. ${place.where}`,
        ...(edit ? { fixes: [{ title: 'Insert a Central Contact', edits: [edit], preferred: true }] } : {}),
      },
    ];
  },
};
export default rule;
