// Walks over a record shared by the rules (and anything else that reads all its text).

import type { Criterion, CriteriaList, TextValue, TrialRecord } from './types';

/** Every criterion of the lists, groups and nested items included, in document order (no recursion). */
export function criteriaInOrder(lists: readonly CriteriaList[] | readonly Criterion[]): Criterion[] {
  const roots: Criterion[] = (lists as readonly (CriteriaList | Criterion)[]).flatMap((l) => ('which' in l ? [...l.items] : [l]));
  const out: Criterion[] = [];
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const c = stack.pop()!;
    out.push(c);
    for (let k = c.children.length - 1; k >= 0; k--) stack.push(c.children[k]!);
  }
  return out;
}

export type ProseField =
  | 'Brief Title'
  | 'Official Title'
  | 'Brief Summary'
  | 'Detailed Description'
  | 'Arm label'
  | 'Arm description'
  | 'Intervention description'
  | 'Outcome measure title'
  | 'Time Frame'
  | 'Outcome measure description'
  | 'Eligibility criterion';

export interface Prose {
  readonly where: ProseField;
  readonly value: TextValue;
}

// Several rules and features read the prose of one record; it is listed once per record and
// kept on the record (not enumerable: invisible to JSON and deep comparison). A WeakMap entry
// per record would slow every garbage collection.
const PROSE = Symbol('prose');

/** The record's free text in page order, each value with the element it belongs to. */
export function proseInOrder(r: TrialRecord): readonly Prose[] {
  const kept = r as { [PROSE]?: readonly Prose[] };
  let prose = kept[PROSE];
  if (!prose) Object.defineProperty(r, PROSE, { value: (prose = listProse(r)) });
  return prose;
}

function listProse(r: TrialRecord): Prose[] {
  const out: { where: ProseField; value: TextValue | undefined }[] = [
    { where: 'Brief Title', value: r.identification.briefTitle },
    { where: 'Official Title', value: r.identification.officialTitle },
    { where: 'Brief Summary', value: r.description.briefSummary },
    { where: 'Detailed Description', value: r.description.detailedDescription },
  ];
  for (const a of r.arms) out.push({ where: 'Arm label', value: a.label }, { where: 'Arm description', value: a.description });
  for (const i of r.interventions) out.push({ where: 'Intervention description', value: i.description });
  for (const o of r.outcomes) out.push({ where: 'Outcome measure title', value: o.title }, { where: 'Time Frame', value: o.timeFrame }, { where: 'Outcome measure description', value: o.description });
  for (const c of criteriaInOrder(r.eligibility.criteria)) out.push({ where: 'Eligibility criterion', value: c.text });
  return out.filter((x): x is Prose => x.value !== undefined);
}

/**
 * How deep a criteria tree is shown (Outline, preview); below it, every criterion is listed flat
 * under the last level shown. A tree 2,500 levels deep overflowed the stack, and helps no one.
 */
export const MAX_CRITERIA_DEPTH = 32;

