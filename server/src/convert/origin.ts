// Where an exported value came from in the record: an API path (`armsInterventionsModule.armGroups.2.label`)
// → the source span of that value, through the element table's API paths. Used to report an error
// in an exported file at the record line it came from.

import type { TrialRecord } from '../model/types';
import type { Span, SyntaxTree } from '../parser/syntax';
import { FIELD_ELEMENTS, PART_ELEMENTS } from '../vocabulary/elements';

/** The element table's API paths with list indexes written `[]`, longest first. */
const BY_PATH: readonly { readonly api: string; readonly key: string; readonly part: boolean }[] = [
  ...FIELD_ELEMENTS.filter((e) => e.api).map((e) => ({ api: e.api!, key: e.key as string, part: false })),
  ...PART_ELEMENTS.filter((e) => e.api).map((e) => ({ api: e.api!, key: e.key as string, part: true })),
].sort((a, b) => b.api.length - a.api.length);

const LISTS: Readonly<Record<string, (r: TrialRecord) => readonly ({ readonly range: Span } | undefined)[]>> = {
  'identificationModule.secondaryIdInfos': (r) => r.identification.secondaryIds,
  'sponsorCollaboratorsModule.collaborators': (r) => r.sponsor.collaborators.map((c) => c.name),
  'conditionsModule.conditions': (r) => r.conditions.conditions,
  'conditionsModule.keywords': (r) => r.conditions.keywords,
  'armsInterventionsModule.armGroups': (r) => r.arms,
  'armsInterventionsModule.interventions': (r) => r.interventions,
  'outcomesModule.primaryOutcomes': (r) => r.outcomes.filter((o) => o.group === 'primary' || o.group === 'unclassified'),
  'outcomesModule.secondaryOutcomes': (r) => r.outcomes.filter((o) => o.group === 'secondary'),
  'outcomesModule.otherOutcomes': (r) => r.outcomes.filter((o) => o.group === 'other'),
  'contactsLocationsModule.centralContacts': (r) => r.contacts.centralContacts,
  'contactsLocationsModule.overallOfficials': (r) => r.sponsor.officials,
  'contactsLocationsModule.locations': (r) => r.contacts.locations,
};

/** Values the model may read from elsewhere than their own field (the page title carries the acronym and the brief title). */
const VALUES: Readonly<Record<string, (r: TrialRecord) => { readonly range: Span } | undefined>> = {
  acronym: (r) => r.identification.acronym,
  briefTitle: (r) => r.identification.briefTitle,
  officialTitle: (r) => r.identification.officialTitle,
  orgStudyId: (r) => r.identification.orgStudyId,
};

/** The first field block with the key, anywhere in the tree. */
function fieldSpan(tree: SyntaxTree, key: string): Span | undefined {
  for (const s of tree.sections) for (const b of s.blocks) if (b.kind === 'field' && b.key === key) return b;
  return undefined;
}

/** The span the value at an API path came from; the nearest enclosing item or field when the value itself has none. */
export function originOf(path: string, record: TrialRecord, tree: SyntaxTree): Span | undefined {
  // A list item: the item's own span (its parts are inside it).
  const item = /^([a-zA-Z]+\.[a-zA-Z]+)\.(\d+)/.exec(path);
  if (item && LISTS[item[1]!]) {
    const got = LISTS[item[1]!]!(record)[Number(item[2])];
    if (got) return got.range;
  }
  const generic = path.replace(/\.\d+(?=\.|$)/g, '[]');
  for (const row of BY_PATH) {
    if (row.part || !(generic === row.api || generic.startsWith(`${row.api}.`) || row.api.startsWith(`${generic}.`) || row.api.startsWith(`${generic}[]`))) continue;
    const span = fieldSpan(tree, row.key) ?? VALUES[row.key]?.(record)?.range;
    if (span) return span;
  }
  return undefined;
}
