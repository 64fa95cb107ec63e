// ClinicalTrials.gov API v2 protocolSection → a record in the canonical form: the classic page
// layout with its section titles and Primary/Secondary headings, as the snippets write it.

import { lineKind } from '../parser/cursor';
import { opensIntervention, startsArm } from '../parser/interventions';
import { pageDate } from '../model/values';
import * as V from '../vocabulary/ctgov-enums';
import { ipdInfoTypeLabel } from './ipd';
import { valueAt } from './apiPath';
import { type FieldElement, FIELD_ELEMENTS, type FieldKey, homeOf, labelOf, type SectionId } from '../vocabulary/elements';
import type { EnumVocabulary } from '../vocabulary/types';
import { type ApiArmGroup, type ApiContact, type ApiDateStruct, type ApiIntervention, type ApiOutcome, type ApiProtocolSection, modulesOf } from './api';

/** How the model may read an acronym off the page title. */
const TITLE_BRACKET = /\([^()]{1,14}\)$/;

/** The display label of an API code (the code itself when the vocabulary lacks it). */
export const label = (vocab: EnumVocabulary, code: string | undefined): string | undefined =>
  code === undefined ? undefined : (vocab.terms.find((t) => t.code === code)?.label ?? code);

const qualifier = (type: string | undefined) => (type === 'ACTUAL' ? 'Actual ' : type === 'ESTIMATED' || type === 'ANTICIPATED' ? 'Estimated ' : '');

/** One line of free text: line breaks and table pipes would change the page's structure. */
const inline = (s: string | undefined): string => (s ?? '').replace(/\s*[\r\n]+\s*/g, ' ').replace(/\|/g, '/').trim();

/** Marks a prose line that would read as a label or heading (`Study Population: …`) as plain text. */
const literal = (l: string, allowCriteriaHeading = false): string => {
  const kind = lineKind(l);
  if (kind === 'blank' || kind === 'text' || (allowCriteriaHeading && kind === 'criteriaHeading')) return l;
  return `\\${l.trimStart()}`;
};

/** Free text over several lines, with blank lines kept as paragraph breaks and pipes escaped. */
const block = (s: string): string[] =>
  s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => literal(l.replace(/\s+$/, '').replace(/\|/g, '/')))
    .filter((l, k, all) => l !== '' || (k > 0 && all[k - 1] !== ''));

export function maskingText(m: { masking?: string; whoMasked?: string[] } | undefined): string | undefined {
  if (!m?.masking) return undefined;
  if (m.masking === 'NONE') return 'None (Open Label)';
  const who = (m.whoMasked ?? []).map((w) => label(V.whoMasked, w)).join(', ');
  return who ? `${label(V.masking, m.masking)} (${who})` : label(V.masking, m.masking);
}

function agesText(min: string | undefined, max: string | undefined, groups: string[] | undefined): string | undefined {
  const std = (groups ?? []).map((g) => label(V.standardAge, g)).join(', ');
  const tail = std ? ` (${std})` : '';
  if (min && max) return `${min} to ${max}${tail}`;
  if (min) return `${min} and older${tail}`;
  if (max) return `up to ${max}${tail}`;
  return std ? `N/A (No limit)${tail}` : undefined;
}

export const yesNo = (b: boolean | undefined) => (b === undefined ? undefined : b ? 'Yes' : 'No');

function secondaryIdText(s: { id?: string; type?: string; domain?: string }): string | undefined {
  if (!s.id) return undefined;
  const id = inline(s.id);
  const type = label(V.secondaryIdType, s.type);
  if (!type) return id;
  return `${id} ( ${type}${s.domain ? `: ${inline(s.domain).replace(/[()]/g, '')}` : ''} )`;
}

function contactRow(c: ApiContact): string {
  const phone = [c.phone, c.phoneExt ? `ext ${c.phoneExt}` : undefined].filter(Boolean).join(' ');
  return `Contact: ${inline(c.name)} | ${inline(phone)} | ${inline(c.email)} |`;
}

/** What a text holds beyond the API study, for a rewrite of that text (Format Document). */
export interface Kept {
  /** The name a Sponsor-type responsible party is printed as, when no Sponsor is named. */
  readonly responsiblePartyName?: string;
  /** MeSH terms, which the registry derives (the API has them outside the protocol section). */
  readonly meshTerms?: readonly string[];
  /** What the page says of results (its "No Results Posted" tab), which the rules read. */
  readonly results?: 'none' | 'submitted' | 'posted';
}

/** The classic page's tab that says where the results are. */
const RESULTS_TAB = { none: 'No Results Posted', submitted: 'Results Submitted', posted: 'Study Results' } as const;

/** The canonical record text for a protocol section. */
export function writeRecord(p: ApiProtocolSection, kept: Kept = {}): string {
  const { id, st, sp, d, di, arms, interventions, el } = modulesOf(p);
  const out: string[] = [];
  const row = (l: string, v: string | undefined) => {
    if (v !== undefined && v.trim() !== '') out.push(`${l}: | ${inline(v)} |`);
  };
  const field = (l: string, v: string | undefined) => {
    if (v !== undefined && v.trim() !== '') out.push(`${l}: ${inline(v)}`);
  };
  const paragraphs = (l: string, v: string | undefined) => {
    if (v === undefined || v.trim() === '') return;
    if (l === 'Detailed Description' && out[out.length - 1] !== '') out.push('');
    out.push(`${l}:`, ...block(v.trim()));
  };
  const date = (l: string, s: ApiDateStruct | undefined) => {
    if (s?.date) out.push(`${qualifier(s.type)}${l} : | ${pageDate(s.date)} |`);
  };
  /** A section's fields, each written by its writer (or as a plain row), in the table's order. */
  const fields = (section: SectionId, writers: Partial<Record<FieldKey, () => unknown>>) => {
    for (const e of FIELD_ELEMENTS) {
      if (homeOf(e) !== section) continue;
      if (e.plain) plainRow(p, e, out);
      else writers[e.key]?.();
    }
  };

  // Header
  const brief = inline(id.briefTitle);
  const acronym = inline(id.acronym);
  // The title has one place. The page title alone is ambiguous when the title ends in brackets or
  // the acronym could be read as the title's own (the model keeps a bracket that abbreviates the
  // words before it, `… Disorder (PTSD)`): an Acronym row then says which bracket is the acronym;
  // with no acronym, the title is written as its row alone, with no page-title line to misread.
  const ambiguous = TITLE_BRACKET.test(brief) || (acronym !== '' && TITLE_BRACKET.test(`(${acronym})`));
  if (ambiguous && !acronym) row('Brief Title', brief || 'Untitled record');
  else out.push(`${brief}${acronym ? ` (${acronym})` : ''}`.trim() || 'Untitled record');
  if (acronym && (ambiguous || !/^[^\s()]{1,14}$/.test(acronym) || !/[A-Z]/.test(acronym))) row('Acronym', acronym);
  field('ClinicalTrials.gov Identifier', id.nctId);
  if (st.overallStatus) out.push(`Recruitment Status : ${label(V.overallStatus, st.overallStatus)}`);
  if (st.lastKnownStatus) out.push(`Recruitment status was: ${label(V.overallStatus, st.lastKnownStatus)}`);
  field('Why Stopped', st.whyStopped);
  if (st.studyFirstSubmitDate) out.push(`First Submitted : ${pageDate(st.studyFirstSubmitDate)}`);
  if (st.studyFirstPostDateStruct?.date) out.push(`First Posted : ${pageDate(st.studyFirstPostDateStruct.date)}`);
  if (st.resultsFirstPostDateStruct?.date) out.push(`Results First Posted : ${pageDate(st.resultsFirstPostDateStruct.date)}`);
  if (st.lastUpdatePostDateStruct?.date) out.push(`Last Update Posted : ${pageDate(st.lastUpdatePostDateStruct.date)}`);
  field('Sponsor', sp.leadSponsor?.name);
  for (const c of sp.collaborators ?? []) field('Collaborator', c.name);
  const rp = sp.responsibleParty;
  const rpText = !rp
    ? undefined
    : rp.type === 'SPONSOR' || (!rp.investigatorFullName && !rp.oldNameTitle && !rp.investigatorTitle && !rp.investigatorAffiliation)
    ? // With no sponsor named, the type itself says who is responsible.
      (sp.leadSponsor?.name ?? (rp.type === 'SPONSOR' ? (kept.responsiblePartyName ?? 'Sponsor') : undefined))
    : // PRS XML names the investigator by PRS user name only: a placeholder the checker reports asks for the name.
      [rp.investigatorFullName ?? rp.oldNameTitle ?? '<investigator name>', rp.investigatorTitle, rp.investigatorAffiliation ?? rp.oldOrganization].filter(Boolean).join(', ');
  field('Information provided by (Responsible Party)', rpText);
  plainRows(p, 'header', out);
  if (kept.results) out.push(RESULTS_TAB[kept.results]);

  // Study Description
  out.push('', 'Study Description');
  paragraphs('Brief Summary', p.descriptionModule?.briefSummary);
  paragraphs('Detailed Description', p.descriptionModule?.detailedDescription);
  out.push('');
  // The table separates conditions with semicolons; a condition that contains one gets its own line instead.
  const conditionList = (p.conditionsModule?.conditions ?? []).map(inline);
  const ownLines = conditionList.some((c) => c.includes(';'));
  const conditions = ownLines ? '' : conditionList.join('; ');
  const treatments = interventions.map((i) => `${label(V.interventionType, i.type) ?? 'Other'}: ${inline(i.name)}`).join(' ');
  const phases = (d.phases ?? []).map((ph) => label(V.phase, ph)).join(' ');
  out.push('Condition or disease | Intervention/treatment | Phase |', '---|---|---|', `${conditions} | ${treatments} | ${phases} |`);
  if (ownLines) out.push('', 'Conditions:', ...conditionList.map((c) => literal(c)));
  if ((p.conditionsModule?.keywords ?? []).length > 0) out.push('', 'Keywords:', ...(p.conditionsModule?.keywords ?? []).map(inline));
  plainRows(p, 'description', out);

  // Study Design: its fields in the element table's order.
  out.push('', 'Study Design');
  const registry = d.patientRegistry;
  fields('design', {
    studyType: () => row('Study Type ', label(V.studyType, d.studyType) === 'Interventional' ? 'Interventional (Clinical Trial)' : label(V.studyType, d.studyType)),
    patientRegistry: () => registry !== undefined && row('Patient Registry', yesNo(registry)),
    enrollment: () => d.enrollmentInfo?.count !== undefined && out.push(`${qualifier(d.enrollmentInfo.type)}Enrollment : | ${d.enrollmentInfo.count} participants |`),
    allocation: () => row('Allocation', label(V.allocation, di.allocation)),
    interventionModel: () => row('Intervention Model', label(V.interventionModel, di.interventionModel)),
    interventionModelDescription: () => paragraphs('Intervention Model Description', di.interventionModelDescription),
    masking: () => row('Masking', maskingText(di.maskingInfo)),
    maskingDescription: () => paragraphs('Masking Description', di.maskingInfo?.maskingDescription),
    primaryPurpose: () => row('Primary Purpose', label(V.primaryPurpose, di.primaryPurpose)),
    observationalModel: () => row('Observational Model', label(V.observationalModel, di.observationalModel)),
    timePerspective: () => row('Time Perspective', label(V.timePerspective, di.timePerspective)),
    bioSpecRetention: () => row('Biospecimen Retention', label(V.bioSpecRetention, d.bioSpec?.retention)),
    bioSpecDescription: () => paragraphs('Biospecimen Description', d.bioSpec?.description),
    targetDuration: () => row('Target Follow-Up Duration', d.targetDuration),
    officialTitle: () => row('Official Title', id.officialTitle),
    startDate: () => date('Study Start Date', st.startDateStruct),
    primaryCompletionDate: () => date('Primary Completion Date', st.primaryCompletionDateStruct),
    completionDate: () => date('Study Completion Date', st.completionDateStruct),
  });

  // Arms and Interventions
  const linked = new Set(arms.flatMap((a) => (a.interventionNames ?? []).map((n) => findIntervention(n, interventions))));
  const unlinked = interventions.filter((i) => !linked.has(i));
  if (arms.length > 0 || unlinked.length > 0) out.push('', 'Arms and Interventions');
  if (arms.length > 0) {
    out.push('Arm | Intervention/treatment |', '---|---|');
    for (const a of arms) out.push(...armRow(a, interventions));
  }
  // Interventions no arm names keep their descriptions in a section of their own.
  if (unlinked.length > 0) {
    out.push('Interventions');
    for (const i of unlinked) out.push(...interventionLines(i));
  }

  // Outcome Measures
  const groups: [string, ApiOutcome[] | undefined][] = [
    ['Primary Outcome Measures:', p.outcomesModule?.primaryOutcomes],
    ['Secondary Outcome Measures:', p.outcomesModule?.secondaryOutcomes],
    ['Other Outcome Measures:', p.outcomesModule?.otherOutcomes],
  ];
  if (groups.some(([, list]) => (list ?? []).length > 0)) {
    out.push('', 'Outcome Measures');
    for (const [heading, list] of groups) {
      if (!list || list.length === 0) continue;
      out.push(heading);
      // Brackets in a time frame are escaped so that only the closing `]` ends it.
      for (const o of list) {
        const [first, ...rest] = outcomeDescription(o.description);
        out.push(`- ${inline(o.measure)} [ Time Frame: ${inline(o.timeFrame).replace(/[[\]]/g, '\\$&')} ]${first ?? ''}`, ...rest);
      }
    }
  }

  // Eligibility Criteria: its fields in the element table's order.
  out.push('', 'Eligibility Criteria');
  const genderBased = el.genderBased;
  fields('eligibility', {
    // No age limit at all is stated as such, so that it does not read as a missing element.
    ages: () =>
      !el.minimumAge && !el.maximumAge && p.eligibilityModule ? out.push('Minimum Age: | N/A (No limit) |', 'Maximum Age: | N/A (No limit) |') : row('Ages Eligible for Study', agesText(el.minimumAge, el.maximumAge, el.stdAges)),
    sex: () => row('Sexes Eligible for Study', label(V.sex, el.sex)),
    genderBased: () => genderBased !== undefined && row('Gender Based', yesNo(genderBased)),
    genderDescription: () => paragraphs('Gender Eligibility Description', el.genderDescription),
    healthyVolunteers: () => row('Accepts Healthy Volunteers', yesNo(el.healthyVolunteers)),
    studyPopulation: () => paragraphs('Study Population', el.studyPopulation),
    samplingMethod: () => row('Sampling Method', label(V.samplingMethod, el.samplingMethod)),
    criteria: () => el.eligibilityCriteria && out.push(...criteriaLines(el.eligibilityCriteria)),
  });

  // Contacts and Locations
  const cl = p.contactsLocationsModule;
  if (cl && ((cl.centralContacts ?? []).length > 0 || (cl.overallOfficials ?? []).length > 0 || (cl.locations ?? []).length > 0)) {
    out.push('', 'Contacts and Locations');
    for (const c of cl.centralContacts ?? []) out.push(contactRow(c));
    for (const l of cl.locations ?? []) {
      out.push(`${inline([l.country, l.state].filter(Boolean).join(', '))} | |`);
      out.push(`${inline(l.facility) || 'Site'} | ${label(V.overallStatus, l.status) ?? ''} |`);
      const address = [l.city, l.state, l.country, l.zip].filter(Boolean).join(', ');
      if (address) out.push(`${inline(address)} | |`);
      for (const c of l.contacts ?? []) out.push(contactRow(c));
    }
    // A blank line ends the last site: an official without an affiliation would read as its investigator.
    if ((cl.locations ?? []).length > 0 && (cl.overallOfficials ?? []).length > 0) out.push('');
    for (const o of cl.overallOfficials ?? []) out.push(`${label(V.officialRole, o.role) ?? 'Study Director'}: | ${inline(o.name)} | ${inline(o.affiliation)} |`);
  }

  // More Information: the responsible party and the NCT ID again (as the classic page shows
  // them), then its own fields in the element table's order.
  out.push('', 'More Information');
  row('Responsible Party', rpText);
  row('ClinicalTrials.gov Identifier', id.nctId);
  const ipd = p.ipdSharingStatementModule?.ipdSharing ? p.ipdSharingStatementModule : undefined;
  const o = p.oversightModule;
  fields('moreInfo', {
    // One row per identifier: IDs may contain spaces, which the page's single "Other Study ID Numbers" row cannot show.
    orgStudyId: () => row('Org Study ID', id.orgStudyIdInfo?.id),
    secondaryId: () => (id.secondaryIdInfos ?? []).forEach((x) => row('Secondary ID', secondaryIdText(x))),
    lastVerified: () => st.statusVerifiedDate && row('Last Verified', pageDate(st.statusVerifiedDate)),
    // The statement's rows only with a plan to share.
    ipdStatement: () => ipd && out.push('Individual Participant Data (IPD) Sharing Statement: | |'),
    ipdSharing: () => ipd && row('Plan to Share IPD', label(V.ipdSharing, ipd.ipdSharing)),
    ipdDescription: () => ipd && row('Plan Description', ipd.description),
    ipdInfoTypes: () => ipd && row('Supporting Materials', (ipd.infoTypes ?? []).map(ipdInfoTypeLabel).join(', ') || undefined),
    ipdTimeFrame: () => ipd && row('IPD Sharing Time Frame', ipd.timeFrame),
    ipdAccessCriteria: () => ipd && row('Access Criteria', ipd.accessCriteria),
    ipdUrl: () => ipd && row('URL', ipd.url),
    isFdaRegulatedDrug: () => row('Studies a U.S. FDA-regulated Drug Product', yesNo(o?.isFdaRegulatedDrug)),
    isFdaRegulatedDevice: () => row('Studies a U.S. FDA-regulated Device Product', yesNo(o?.isFdaRegulatedDevice)),
    isUsExport: () => row('Product Manufactured in and Exported from the U.S.', yesNo(o?.isUsExport)),
    oversightHasDmc: () => row('Data Monitoring Committee', yesNo(o?.oversightHasDmc)),
    meshTerms: () => (kept.meshTerms ?? []).length > 0 && out.push('Additional relevant MeSH terms:', ...(kept.meshTerms ?? []).map((t) => literal(inline(t)))),
  });
  return `${out.join('\n')}\n`;
}

/** The plain elements of a section written without the table (the header, the description). */
function plainRows(p: ApiProtocolSection, section: SectionId, out: string[]): void {
  for (const e of FIELD_ELEMENTS) if (e.plain && homeOf(e) === section) plainRow(p, e, out);
}

/** A plain element (vocabulary/elements.ts) as a row, from its API path. */
function plainRow(p: ApiProtocolSection, e: FieldElement, out: string[]): void {
  const v = e.api ? valueAt(p, e.api) : undefined;
  const text = typeof v === 'boolean' ? yesNo(v) : typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  if (text !== undefined && text.trim() !== '') out.push(`${labelOf(e)}: | ${inline(text)} |`);
}

/** The intervention an arm's `Type: Name` names. */
export function findIntervention(n: string, interventions: readonly ApiIntervention[]): ApiIntervention | undefined {
  return interventions.find((x) => `${label(V.interventionType, x.type)}: ${x.name}` === n) ?? interventions.find((x) => x.name === n.replace(/^[^:]+:\s*/, ''));
}

/** `Type: Name`, then its description and other names on one line. */
function interventionLines(i: ApiIntervention): string[] {
  const other = (i.otherNames ?? []).map((x) => ` Other Name: ${inline(x)}`).join('');
  const description = cellLines(i.description);
  const last = `${description.pop() ?? ''}${other}`.trim();
  return [`${label(V.interventionType, i.type) ?? 'Other'}: ${inline(i.name)}`, ...description, ...(last === '' ? [] : [last])];
}

/**
 * An outcome's description: after the time frame, its line breaks kept on the lines below, which
 * the measure reads on to. One line when it has a blank line (which would end the measure) or a
 * line that would read as something else.
 */
function outcomeDescription(s: string | undefined): string[] {
  const text = (s ?? '').replace(/\r\n?/g, '\n').trim();
  if (text === '') return [];
  const lines = text.split('\n').map((l) => l.trim().replace(/\|/g, '/'));
  return lines.every((l, k) => k === 0 || (l !== '' && lineKind(l) === 'text')) ? lines : [inline(text)];
}

/**
 * A description inside a table cell, its line breaks and paragraphs kept (the cell reads on to
 * its closing `|`). One line when a later line would read as the start of an arm or an
 * intervention, which would split the cell.
 */
function cellLines(s: string | undefined): string[] {
  const text = (s ?? '').replace(/\r\n?/g, '\n').trim();
  if (text === '') return [];
  const lines = text.split('\n').map((l) => l.replace(/\s+$/, '').replace(/\|/g, '/')).filter((l, k, all) => l !== '' || all[k - 1] !== '');
  const splits = lines.some((l) => startsArm(l) || opensIntervention(l));
  return splits ? [inline(text)] : lines;
}

/** The arm's row: `Type: Label`, its description, `|`, then each intervention with its description. */
function armRow(a: ApiArmGroup, interventions: readonly ApiIntervention[]): string[] {
  const type = label(V.armGroupType, a.type);
  const lines = [type ? `${type}: ${inline(a.label)}` : inline(a.label)];
  lines.push(...cellLines(a.description));
  lines.push('|');
  const cells: string[] = [];
  for (const n of a.interventionNames ?? []) {
    const i = findIntervention(n, interventions);
    cells.push(...(i ? interventionLines(i) : [inline(n)]));
  }
  // Blank lines inside the cell are paragraph breaks of a description; none may end it.
  const body = cells.filter((c, k) => c !== '' || (k > 0 && k < cells.length - 1));
  if (body.length === 0) return [...lines.slice(0, -1), '| |'];
  body[body.length - 1] = `${body[body.length - 1]} |`;
  return [...lines, ...body];
}

/** The criteria text as list lines: `*`/`-`/numbered items become `-` bullets, nesting kept by indentation. */
function criteriaLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => literal(l.replace(/\s+$/, '').replace(/\|/g, '/'), true))
    .filter((l) => l.trim() !== '');
}

/** What the text form will not carry exactly, for the user (one sentence each). */
export function importNotes(p: ApiProtocolSection): string[] {
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const i of p.armsInterventionsModule?.interventions ?? []) {
    const key = `${label(V.interventionType, i.type)}: ${i.name}`;
    if (seen.has(key)) notes.push(`Two interventions are both "${key}": the text names interventions by type and name, so they become one; rename one of them.`);
    seen.add(key);
  }
  const rp = p.sponsorCollaboratorsModule?.responsibleParty;
  if (rp && !rp.type && (rp.oldNameTitle || rp.investigatorFullName)) notes.push('The responsible party has no type; the text shows it as an investigator.');
  const st = p.designModule?.studyType;
  if (st && !V.studyType.terms.some((t) => t.code === st)) notes.push(`Study type "${st}" is not a ClinicalTrials.gov value; it is kept as written.`);
  return notes;
}
