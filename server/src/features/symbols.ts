import { type DocumentSymbol, type SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis/analyze';
import type { Criterion, CriteriaList, DateValue, EnumValue, Outcome, OutcomeClass, Span, TextValue, TrialRecord } from '../model/types';
import { criteriaInOrder, MAX_CRITERIA_DEPTH } from '../model/traverse';
import type { SectionId } from '../vocabulary/elements';

// The Outline: the record, then one group per section of the record, in the record's order, with
// what the section holds. Groups without content are left out. Every symbol's range covers its
// children, and its selectionRange is its name in the text.

interface Node {
  name: string;
  kind: SymbolKind;
  range: Span;
  selection: Span;
  detail?: string;
  children: Node[];
}

// Brief titles run to 300 characters (PRS limit); the cap only guards against pathological lines.
const MAX_NAME = 500;

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_NAME ? `${one.slice(0, MAX_NAME - 1)}…` : one || '(empty)';
}

function leaf(name: string, kind: SymbolKind, range: Span, selection: Span = range, detail?: string): Node {
  return { name: clip(name), kind, range, selection, ...(detail ? { detail: clip(detail) } : {}), children: [] };
}

function cover(spans: readonly Span[]): Span | undefined {
  if (spans.length === 0) return undefined;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** A group of children; its range covers them, its name sits at the section heading when there is one. */
function group(name: string, kind: SymbolKind, children: Node[], heading?: Span): Node | undefined {
  if (children.length === 0) return undefined;
  const range = cover([...children.map((c) => c.range), ...(heading ? [heading] : [])])!;
  return { name, kind, range, selection: heading ?? { start: range.start, end: range.start }, children };
}

const present = <T>(x: T | undefined): x is T => x !== undefined;

function field(name: string, v: TextValue | undefined): Node | undefined {
  return v ? leaf(name, SymbolKind.Property, v.range, v.range, v.value) : undefined;
}

function enumField(name: string, v: EnumValue | undefined): Node | undefined {
  return v ? leaf(name, SymbolKind.EnumMember, v.range, v.range, v.label ?? v.raw) : undefined;
}

function dateField(name: string, v: DateValue | undefined): Node | undefined {
  if (!v) return undefined;
  const type = v.type ? ` (${v.type.label ?? v.type.raw})` : '';
  return leaf(name, SymbolKind.Property, v.range, v.range, `${v.iso ?? v.raw}${type}`);
}

function identification(r: TrialRecord): Node[] {
  const id = r.identification;
  return [
    field('NCT ID', id.nctId),
    field('Brief Title', id.briefTitle),
    field('Acronym', id.acronym),
    field('Official Title', id.officialTitle),
    field('Org Study ID', id.orgStudyId),
    ...id.secondaryIds.map((s) => leaf(s.id.value, SymbolKind.Key, s.range, s.id.range, [s.type?.label ?? s.type?.raw, s.domain?.value].filter(Boolean).join(': '))),
  ].filter(present);
}

function statusAndDates(r: TrialRecord): Node[] {
  const s = r.status;
  return [
    enumField('Overall Status', s.overallStatus),
    field('Why Stopped', s.whyStopped),
    dateField('Study Start', s.startDate),
    dateField('Primary Completion', s.primaryCompletionDate),
    dateField('Study Completion', s.completionDate),
    dateField('First Submitted', s.firstSubmitted),
    dateField('First Posted', s.firstPosted),
    dateField('Results First Posted', s.resultsFirstPosted),
    dateField('Last Update Posted', s.lastUpdatePosted),
    dateField('Last Verified', s.lastVerified),
  ].filter(present);
}

function design(r: TrialRecord): Node[] {
  const d = r.design;
  const phases = d.phaseText ? leaf('Phase', SymbolKind.EnumMember, d.phaseText.range, d.phaseText.range, d.phases.map((p) => p.label ?? p.raw).join(', ')) : undefined;
  const enrollment = d.enrollment
    ? leaf('Enrollment', SymbolKind.Number, d.enrollment.range, d.enrollment.count?.range ?? d.enrollment.range, `${d.enrollment.count?.value ?? d.enrollment.count?.raw ?? ''}${d.enrollment.type ? ` (${d.enrollment.type.label ?? d.enrollment.type.raw})` : ''}`)
    : undefined;
  const masking = d.masking
    ? leaf('Masking', SymbolKind.EnumMember, cover([d.masking.range, ...d.whoMasked.map((w) => w.range)])!, d.masking.range, `${d.masking.label ?? d.masking.raw}${d.whoMasked.length ? ` (${d.whoMasked.map((w) => w.label ?? w.raw).join(', ')})` : ''}`)
    : undefined;
  return [
    enumField('Study Type', d.studyType),
    phases,
    enrollment,
    enumField('Allocation', d.allocation),
    enumField('Intervention Model', d.interventionModel),
    field('Intervention Model Description', d.interventionModelDescription),
    masking,
    field('Masking Description', d.maskingDescription),
    enumField('Primary Purpose', d.primaryPurpose),
    enumField('Observational Model', d.observationalModel),
    enumField('Time Perspective', d.timePerspective),
    enumField('Biospecimen Retention', d.bioSpecRetention),
    field('Biospecimen Description', d.bioSpecDescription),
    field('Target Follow-Up Duration', d.targetDuration),
  ].filter(present);
}

function typed(type: EnumValue | undefined, name: string): string {
  return type ? `${type.label ?? type.raw}: ${name}` : name;
}

function arms(r: TrialRecord): Node[] {
  return r.arms.map((a, k) => {
    const name = typed(a.type, a.label?.value ?? `Arm ${k + 1}`);
    const children = a.interventions.map((ref, n) =>
      leaf(typed(ref.type, ref.name?.value ?? `Intervention ${n + 1}`), SymbolKind.Method, ref.range, ref.name?.range ?? ref.range),
    );
    return { name: clip(name), kind: SymbolKind.Class, range: a.range, selection: a.label?.range ?? a.range, ...(a.description ? { detail: clip(a.description.value) } : {}), children };
  });
}

function interventions(r: TrialRecord): Node[] {
  return r.interventions.map((iv, k) =>
    leaf(typed(iv.type, iv.name?.value ?? `Intervention ${k + 1}`), SymbolKind.Function, iv.range, iv.name?.range ?? iv.range, iv.otherNames.length ? `Other names: ${iv.otherNames.map((o) => o.value).join(', ')}` : iv.description?.value),
  );
}

const OUTCOME_GROUPS: readonly [OutcomeClass, string][] = [
  ['primary', 'Primary'],
  ['secondary', 'Secondary'],
  ['other', 'Other'],
  ['unclassified', 'Unclassified'],
];

function outcome(o: Outcome, k: number): Node {
  return leaf(o.title?.value ?? `Outcome ${k + 1}`, SymbolKind.Event, o.range, o.title?.range ?? o.range, o.timeFrame ? o.timeFrame.value : 'no time frame');
}

function outcomes(r: TrialRecord): Node[] {
  return OUTCOME_GROUPS.map(([cls, name]) => group(name, SymbolKind.Namespace, r.outcomes.filter((o) => o.group === cls).map(outcome))).filter(present);
}

function criterion(c: Criterion, k: number, depth = 1): Node {
  const kind = c.kind === 'group' ? SymbolKind.Struct : c.kind === 'text' ? SymbolKind.String : SymbolKind.EnumMember;
  const node = leaf(c.text?.value ?? `Item ${k + 1}`, kind, c.range, c.text?.range ?? c.range);
  if (depth < MAX_CRITERIA_DEPTH) node.children = c.children.map((x, j) => criterion(x, j, depth + 1));
  else node.children = criteriaInOrder(c.children).map((x, j) => criterion({ ...x, children: [] }, j, depth + 1));
  return node;
}

function criteriaList(l: CriteriaList): Node {
  const name = l.which === 'inclusion' ? 'Inclusion Criteria' : l.which === 'exclusion' ? 'Exclusion Criteria' : 'Criteria';
  const children = l.items.map((c, k) => criterion(c, k));
  return { name, kind: SymbolKind.Array, range: l.range, selection: l.heading?.range ?? { start: l.range.start, end: l.range.start }, children };
}

function eligibility(r: TrialRecord): Node[] {
  const e = r.eligibility;
  const age = (name: string, v: typeof e.minimumAge) => (v ? leaf(name, SymbolKind.Number, v.range, v.range, v.noLimit ? 'N/A (No limit)' : v.raw) : undefined);
  return [
    age('Minimum Age', e.minimumAge),
    age('Maximum Age', e.maximumAge),
    enumField('Sex', e.sex),
    e.healthyVolunteers ? leaf('Accepts Healthy Volunteers', SymbolKind.Boolean, e.healthyVolunteers.range, e.healthyVolunteers.range, e.healthyVolunteers.raw) : undefined,
    field('Study Population', e.studyPopulation),
    enumField('Sampling Method', e.samplingMethod),
    ...e.criteria.map(criteriaList),
  ].filter(present);
}

function contacts(r: TrialRecord): Node[] {
  const c = r.contacts;
  const person = (label: string) => (p: { range: Span; name?: TextValue; phone?: TextValue; email?: TextValue }) =>
    leaf(`${label}: ${p.name?.value ?? p.email?.value ?? p.phone?.value ?? '(no name)'}`, SymbolKind.Object, p.range, p.name?.range ?? p.range, [p.phone?.value, p.email?.value].filter(Boolean).join(' · '));
  const locations = c.locations.map((l, k) => {
    const node = leaf(l.facility?.value ?? `Location ${k + 1}`, SymbolKind.Object, l.range, l.facility?.range ?? l.range, [l.status?.label ?? l.status?.raw, l.address?.value].filter(Boolean).join(' · '));
    node.children = [...l.contacts.map(person('Contact')), ...l.investigators.map(person('Investigator'))];
    return node;
  });
  const officials = r.sponsor.officials.map((o) =>
    leaf(`${o.role.label ?? o.role.raw}: ${o.name?.value ?? '(no name)'}`, SymbolKind.Object, o.range, o.name?.range ?? o.range, o.affiliation?.value),
  );
  const sponsor = r.sponsor.leadSponsor ? leaf('Sponsor', SymbolKind.Property, r.sponsor.leadSponsor.name.range, r.sponsor.leadSponsor.name.range, r.sponsor.leadSponsor.name.value) : undefined;
  const collaborators = r.sponsor.collaborators.map((o) => leaf('Collaborator', SymbolKind.Property, o.name.range, o.name.range, o.name.value));
  return [sponsor, ...collaborators, ...c.centralContacts.map(person('Contact')), ...officials, ...locations, ...c.countries.map((t) => leaf(t.value, SymbolKind.Constant, t.range))].filter(present);
}

function moreInformation(r: TrialRecord): Node[] {
  const rp = r.sponsor.responsibleParty;
  const ipd = r.ipdSharing;
  const o = r.oversight;
  const bool = (name: string, v: typeof o.isFdaRegulatedDrug) => (v ? leaf(name, SymbolKind.Boolean, v.range, v.range, v.raw) : undefined);
  return [
    rp ? leaf('Responsible Party', SymbolKind.Property, rp.range, rp.range, rp.text?.value ?? rp.type?.label) : undefined,
    enumField('Plan to Share IPD', ipd.ipdSharing),
    field('IPD Plan Description', ipd.description),
    bool('FDA-regulated Drug', o.isFdaRegulatedDrug),
    bool('FDA-regulated Device', o.isFdaRegulatedDevice),
    bool('Exported from the U.S.', o.isUsExport),
    bool('Data Monitoring Committee', o.oversightHasDmc),
    ...r.conditions.meshTerms.map((c) => leaf('MeSH terms', SymbolKind.String, c.range, c.range, c.value)),
  ].filter(present);
}

function description(r: TrialRecord): Node[] {
  return [
    field('Brief Summary', r.description.briefSummary),
    field('Detailed Description', r.description.detailedDescription),
    ...r.conditions.conditions.map((c) => leaf('Condition', SymbolKind.String, c.range, c.range, c.value)),
    ...r.conditions.keywords.map((c) => leaf('Keyword', SymbolKind.String, c.range, c.range, c.value)),
  ].filter(present);
}

// The Outline's groups are the record's sections, in the record's order, each covering its own
// lines: the breadcrumb and the problem badges then name the part of the text the cursor is in.
const SECTION_NAMES: Readonly<Partial<Record<SectionId, string>>> = {
  header: 'Identification',
  basicInfo: 'Study Overview',
  description: 'Description',
  design: 'Design',
  arms: 'Arms',
  interventions: 'Interventions',
  outcomes: 'Outcome Measures',
  eligibility: 'Eligibility',
  contacts: 'Contacts and Locations',
  sponsors: 'Sponsors and Collaborators',
  moreInfo: 'More Information',
};

/** Every item of the Outline below the groups: fields one by one, arms, the interventions list, outcome classes, criteria lists. */
function items(r: TrialRecord): Node[] {
  // An intervention written inside an arm's row (the classic layout) is shown under that arm; the
  // others (the newer layout's Interventions section, or one no arm names) stand on their own.
  const inArm = (x: Span) => r.arms.some((arm) => arm.range.start <= x.start && x.end <= arm.range.end);
  const list = interventions(r).filter((n) => !inArm(n.range));
  return [
    ...identification(r),
    ...statusAndDates(r),
    ...description(r),
    ...design(r),
    ...arms(r),
    ...list,
    ...outcomes(r),
    ...eligibility(r),
    ...contacts(r),
    ...moreInformation(r),
  ];
}

function tree(a: Analysis): Node {
  const r = a.record;
  const sections = r.sections.filter((s) => SECTION_NAMES[s.id] !== undefined);
  const groups = sections.map((s) => ({ section: s, children: [] as Node[] }));
  const loose: Node[] = [];
  for (const item of items(r)) {
    // The section the item starts in; one it starts before (text between sections) goes to the one before it.
    let k = groups.findIndex((g) => g.section.range.start <= item.range.start && item.range.start < g.section.range.end);
    if (k < 0) k = groups.map((g) => g.section.range.start <= item.range.start).lastIndexOf(true);
    if (k < 0) loose.push(item);
    else groups[k]!.children.push(item);
  }
  const nodes: Node[] = [
    ...loose,
    ...groups
      .filter((g) => g.children.length > 0)
      .map((g): Node => {
        const children = g.children.sort((x, y) => x.range.start - y.range.start);
        const heading = g.section.heading?.range;
        return { name: SECTION_NAMES[g.section.id]!, kind: SymbolKind.Module, range: cover([g.section.range, ...children.map((c) => c.range)])!, selection: heading ?? { start: g.section.range.start, end: g.section.range.start }, children };
      }),
  ].sort((x, y) => x.range.start - y.range.start);
  const title = r.identification.pageTitle;
  return {
    name: clip(r.identification.briefTitle?.value ?? r.identification.nctId?.value ?? 'Trial record'),
    kind: SymbolKind.File,
    range: { start: 0, end: a.text.length },
    selection: title?.range ?? { start: 0, end: 0 },
    ...(r.identification.nctId ? { detail: r.identification.nctId.value } : {}),
    children: nodes,
  };
}

/**
 * A symbol's range covers its name and its children: VS Code rejects a selectionRange outside
 * the range, and the newer layout lists facility contacts apart from their location.
 */
function toLsp(a: Analysis, n: Node): { symbol: DocumentSymbol; span: Span } {
  const children = n.children.map((c) => toLsp(a, c));
  const span = cover([n.range, n.selection, ...children.map((c) => c.span)])!;
  return {
    span,
    symbol: {
      name: n.name,
      kind: n.kind,
      range: a.index.range(span),
      selectionRange: a.index.range(n.selection),
      ...(n.detail ? { detail: n.detail } : {}),
      children: children.map((c) => c.symbol),
    },
  };
}

/** The hierarchical Outline of a record. */
export function documentSymbols(a: Analysis): DocumentSymbol[] {
  return [toLsp(a, tree(a)).symbol];
}

/** The flat fallback for clients without hierarchical symbol support. */
export function flatSymbols(a: Analysis, uri: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const walk = (n: Node, container: string | undefined) => {
    out.push({ name: n.name, kind: n.kind, location: { uri, range: a.index.range(n.range) }, ...(container ? { containerName: container } : {}) });
    for (const c of n.children) walk(c, n.name);
  };
  walk(tree(a), undefined);
  return out;
}
