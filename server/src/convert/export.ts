// Model → ClinicalTrials.gov API v2 study object: API enum codes, ISO dates, every field the model holds.
// Values the text states but cannot be mapped (an unknown enum label, an unparsable date) are left
// out and reported as notes, never guessed.

import { addressParts } from '../vocabulary/countries';
import { indentedText } from '../model/values';
import type { AgeValue, BooleanValue, Contact, Criterion, CriteriaList, DateValue, EnumValue, TextValue, TrialRecord } from '../model/types';
import { interventionType as INTERVENTION_TYPES } from '../vocabulary/ctgov-enums';
import { ipdInfoTypeCodes } from './ipd';
import { setValueAt } from './apiPath';
import { FIELD_ELEMENTS } from '../vocabulary/elements';
import type { ApiContact, ApiDateStruct, ApiOutcome, ApiProtocolSection, ApiStudy } from './api';

export interface ExportResult {
  readonly study: ApiStudy;
  /** What could not be exported as written, for the user to fix (one sentence each). */
  readonly notes: readonly string[];
}

/** Drops undefined members and empty arrays/objects so the output carries only what the record states. */
function prune<T>(value: T): T | undefined {
  if (Array.isArray(value)) {
    const items = value.map((v) => prune(v)).filter((v) => v !== undefined);
    return (items.length > 0 ? items : undefined) as T | undefined;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (p !== undefined) out[k] = p;
    }
    return (Object.keys(out).length > 0 ? out : undefined) as T | undefined;
  }
  return value === '' ? undefined : value;
}

const str = (t: TextValue | undefined): string | undefined => (t && t.value.trim() !== '' ? t.value.trim() : undefined);
/** Prose over several lines, its lines' indentation kept (lists inside descriptions). */
const prose = (t: TextValue | undefined): string | undefined => (t && t.value.trim() !== '' ? indentedText(t) : undefined);
const bool = (b: BooleanValue | undefined): boolean | undefined => b?.value;

/** The record (with the text it was read from, for lists as written) as an API v2 study. */
export function exportRecord(source: { readonly record: TrialRecord; readonly text: string }): ExportResult {
  const r = source.record;
  const notes: string[] = [];
  const code = (e: EnumValue | undefined, field: string): string | undefined => {
    if (!e || e.raw.trim() === '') return undefined;
    if (e.code) return e.code;
    notes.push(`${field} "${e.raw.trim()}" is not a ClinicalTrials.gov value; it was left out.`);
    return undefined;
  };
  const partialDate = (d: DateValue | undefined, field: string): string | undefined => {
    if (!d || d.raw.trim() === '') return undefined;
    if (d.iso) return d.iso;
    notes.push(`${field} "${d.raw.trim()}" is not a date; it was left out.`);
    return undefined;
  };
  const dateStruct = (d: DateValue | undefined, field: string): ApiDateStruct | undefined => {
    const date = partialDate(d, field);
    return date ? { date, type: code(d?.type, `${field} type`) } : undefined;
  };
  const fullDate = (d: DateValue | undefined, field: string): ApiDateStruct | undefined => {
    const s = dateStruct(d, field);
    if (s?.date && !/^\d{4}-\d{2}-\d{2}$/.test(s.date)) {
      notes.push(`${field} "${d!.raw.trim()}" needs a day; it was left out.`);
      return undefined;
    }
    return s;
  };
  const age = (a: AgeValue | undefined, field: string): string | undefined => {
    if (!a || a.noLimit || a.raw.trim() === '') return undefined;
    if (a.number !== undefined && a.unit) return `${a.number} ${a.number === 1 ? a.unit.replace(/s$/, '') : a.unit}`;
    notes.push(`${field} "${a.raw.trim()}" is not an age; it was left out.`);
    return undefined;
  };

  const id = r.identification;
  const st = r.status;
  const sp = r.sponsor;
  const d = r.design;
  const el = r.eligibility;

  const typeLabel = (e: EnumValue | undefined) => (e?.code ? INTERVENTION_TYPES.terms.find((t) => t.code === e.code)?.label : e?.raw.trim());
  const interventionName = (k: number | undefined, fallback: { type?: EnumValue; name?: TextValue }) => {
    const i = k !== undefined ? r.interventions[k] : undefined;
    const type = typeLabel(i?.type ?? fallback.type);
    const name = str(i?.name ?? fallback.name);
    return name ? (type ? `${type}: ${name}` : name) : undefined;
  };

  const outcomes = { primaryOutcomes: [] as ApiOutcome[], secondaryOutcomes: [] as ApiOutcome[], otherOutcomes: [] as ApiOutcome[] };
  let unclassified = 0;
  for (const o of r.outcomes) {
    const out: ApiOutcome = { measure: str(o.title), description: prose(o.description), timeFrame: str(o.timeFrame) };
    if (o.group === 'secondary') outcomes.secondaryOutcomes.push(out);
    else if (o.group === 'other') outcomes.otherOutcomes.push(out);
    else {
      if (o.group === 'unclassified') unclassified++;
      outcomes.primaryOutcomes.push(out);
    }
  }
  if (unclassified > 0) notes.push(unclassifiedNote(unclassified));

  const protocolSection: ApiProtocolSection = {
    identificationModule: {
      nctId: str(id.nctId),
      orgStudyIdInfo: { id: str(id.orgStudyId) },
      secondaryIdInfos: id.secondaryIds.map((s) => {
        const type = code(s.type, `Secondary ID ${s.id.value} type`);
        // The API description predates the CTIS type; an EU CT number travels as OTHER with its domain.
        if (type === 'CTIS') return { id: str(s.id), type: 'OTHER', domain: str(s.domain) ?? 'EU CT Number (CTIS)' };
        return { id: str(s.id), type, domain: str(s.domain) };
      }),
      briefTitle: str(id.briefTitle),
      officialTitle: str(id.officialTitle),
      acronym: str(id.acronym),
    },
    statusModule: {
      statusVerifiedDate: partialDate(st.lastVerified, 'Record Verification Date'),
      overallStatus: code(st.overallStatus, 'Overall Recruitment Status'),
      lastKnownStatus: code(st.lastKnownStatus, 'Last Known Status'),
      whyStopped: str(st.whyStopped),
      startDateStruct: dateStruct(st.startDate, 'Study Start Date'),
      primaryCompletionDateStruct: dateStruct(st.primaryCompletionDate, 'Primary Completion Date'),
      completionDateStruct: dateStruct(st.completionDate, 'Study Completion Date'),
      studyFirstSubmitDate: fullDate(st.firstSubmitted, 'First Submitted')?.date,
      studyFirstPostDateStruct: fullDate(st.firstPosted, 'First Posted'),
      resultsFirstPostDateStruct: fullDate(st.resultsFirstPosted, 'Results First Posted'),
      lastUpdatePostDateStruct: fullDate(st.lastUpdatePosted, 'Last Update Posted'),
    },
    sponsorCollaboratorsModule: {
      responsibleParty: responsibleParty(r, code, notes),
      leadSponsor: sp.leadSponsor ? { name: str(sp.leadSponsor.name), class: code(sp.leadSponsor.agencyClass, 'Sponsor class') } : undefined,
      collaborators: sp.collaborators.map((c) => ({ name: str(c.name), class: code(c.agencyClass, 'Collaborator class') })),
    },
    oversightModule: {
      oversightHasDmc: bool(r.oversight.oversightHasDmc),
      isFdaRegulatedDrug: bool(r.oversight.isFdaRegulatedDrug),
      isFdaRegulatedDevice: bool(r.oversight.isFdaRegulatedDevice),
      isUsExport: bool(r.oversight.isUsExport),
    },
    descriptionModule: { briefSummary: prose(r.description.briefSummary), detailedDescription: prose(r.description.detailedDescription) },
    conditionsModule: { conditions: r.conditions.conditions.map(str).filter(isString), keywords: r.conditions.keywords.map(str).filter(isString) },
    designModule: {
      studyType: code(d.studyType, 'Study Type'),
      patientRegistry: bool(d.patientRegistry),
      targetDuration: targetDuration(d.targetDuration, notes),
      phases: d.phases.map((p) => code(p, 'Phase')).filter(isString),
      designInfo: {
        allocation: code(d.allocation, 'Allocation'),
        interventionModel: code(d.interventionModel, 'Intervention Model'),
        interventionModelDescription: str(d.interventionModelDescription),
        primaryPurpose: code(d.primaryPurpose, 'Primary Purpose'),
        observationalModel: code(d.observationalModel, 'Observational Model'),
        timePerspective: code(d.timePerspective, 'Time Perspective'),
        maskingInfo: {
          masking: code(d.masking, 'Masking'),
          maskingDescription: str(d.maskingDescription),
          whoMasked: d.whoMasked.map((w) => code(w, 'Masked role')).filter(isString),
        },
      },
      bioSpec: { retention: code(d.bioSpecRetention, 'Biospecimen Retention'), description: str(d.bioSpecDescription) },
      enrollmentInfo: d.enrollment
        ? { count: d.enrollment.count?.value, type: code(d.enrollment.type, 'Enrollment type') }
        : undefined,
    },
    armsInterventionsModule: {
      armGroups: r.arms.map((a) => ({
        label: str(a.label),
        type: code(a.type, `Arm "${a.label?.value ?? ''}" type`),
        description: prose(a.description),
        interventionNames: a.interventions.map((ref) => interventionName(ref.intervention, ref)).filter(isString),
      })),
      interventions: r.interventions.map((i) => ({
        type: code(i.type, `Intervention "${i.name?.value ?? ''}" type`),
        name: str(i.name),
        description: prose(i.description),
        armGroupLabels: [...i.armLabels],
        otherNames: i.otherNames.map(str).filter(isString),
      })),
    },
    outcomesModule: outcomes,
    eligibilityModule: {
      eligibilityCriteria: criteriaText(el.criteria, source.text),
      healthyVolunteers: bool(el.healthyVolunteers),
      sex: code(el.sex, 'Sex'),
      genderBased: bool(el.genderBased),
      genderDescription: str(el.genderDescription),
      minimumAge: age(el.minimumAge, 'Minimum Age'),
      maximumAge: age(el.maximumAge, 'Maximum Age'),
      stdAges: el.stdAges.map((a) => code(a, 'Age group')).filter(isString),
      studyPopulation: prose(el.studyPopulation),
      samplingMethod: code(el.samplingMethod, 'Sampling Method'),
    },
    contactsLocationsModule: {
      centralContacts: r.contacts.centralContacts.map(contact),
      overallOfficials: sp.officials.map((o) => ({ name: str(o.name), affiliation: str(o.affiliation), role: code(o.role, 'Official role') })),
      locations: r.contacts.locations.map((l) => ({
        facility: str(l.facility),
        status: code(l.status, 'Location status'),
        ...place(str(l.address), str(l.group)),
        contacts: l.contacts.map(contact),
      })),
    },
    ipdSharingStatementModule: {
      ipdSharing: code(r.ipdSharing.ipdSharing, 'Plan to Share IPD'),
      description: prose(r.ipdSharing.description),
      infoTypes: infoTypes(r.ipdSharing.infoTypes, notes),
      timeFrame: str(r.ipdSharing.timeFrame),
      accessCriteria: str(r.ipdSharing.accessCriteria),
      url: str(r.ipdSharing.url),
    },
  };
  // The plain elements: each at its API path, with no code of its own here.
  for (const e of FIELD_ELEMENTS) {
    const v = e.plain && e.api ? r.plain[e.key] : undefined;
    if (!v) continue;
    const value = e.plain === 'boolean' ? (v as BooleanValue).value : str(v as TextValue);
    if (value === undefined && v.raw.trim() !== '') notes.push(`${e.name} "${v.raw.trim()}" is not ${e.plain === 'boolean' ? 'Yes or No' : 'a value'}; it was left out.`);
    else if (value !== undefined) setValueAt(protocolSection as Record<string, unknown>, e.api!, value);
  }
  return { study: { protocolSection: prune(protocolSection) ?? {} }, notes };
}

const isString = (s: string | undefined): s is string => s !== undefined;

/** `555-0100 ext 12` as the API's phone and extension. */
function phoneParts(phone: string | undefined): { phone?: string; phoneExt?: string } {
  const m = phone ? /^(.*\d.*?)\s+ext\.?\s+(\S.*)$/i.exec(phone) : null;
  return m ? { phone: m[1]!, phoneExt: m[2]! } : phone ? { phone } : {};
}

const contact = (c: Contact): ApiContact => ({ name: str(c.name), role: 'CONTACT', ...phoneParts(str(c.phone)), email: str(c.email) });

/** The note for outcome measures under no Primary/Secondary heading. */
export const unclassifiedNote = (n: number): string => `${n} outcome measure${n === 1 ? ' has' : 's have'} no Primary/Secondary Outcome Measures heading; exported as primary outcomes.`;

/** The note for a Sponsor-type responsible party printed as a name the API has no field for. */
export const responsiblePartyNote = (text: string, sponsorName: string | undefined): string =>
  `Responsible Party "${text}" is exported as the type Sponsor only, since ${sponsorName ? `the Sponsor is "${sponsorName}"` : 'the record names no Sponsor'}; the name itself is left out.`;

/** Classic pages print the sponsor's name, or `Name, Title, Affiliation` for an investigator. */
function responsibleParty(r: TrialRecord, code: (e: EnumValue | undefined, field: string) => string | undefined, notes: string[]) {
  const rp = r.sponsor.responsibleParty;
  if (!rp) return undefined;
  const text = str(rp.text);
  const sponsorName = str(r.sponsor.leadSponsor?.name);
  // An investigator is printed as `Name, Title, Affiliation`; a bare organization name is the sponsor.
  const type = code(rp.type, 'Responsible Party type');
  if (type === 'SPONSOR' || !text || text === sponsorName) {
    // The API names the sponsor only under Sponsor: another name here would be lost.
    if (type === 'SPONSOR' && text && text !== sponsorName && !/^sponsor$/i.test(text)) {
      notes.push(responsiblePartyNote(text, sponsorName));
    }
    return type ? { type } : undefined;
  }
  // The newer layout gives name, title and affiliation a line each; the classic page joins them with commas.
  const raw = rp.text?.value ?? '';
  const parts = raw.includes('\n') ? raw.split(/\s*\n\s*/).filter((p) => p !== '') : text.split(/,\s*/);
  // A legacy party (no type) is printed as `Name, Organization`.
  if (!type) return { oldNameTitle: parts.slice(0, -1).join(', ') || parts[0], ...(parts.length > 1 ? { oldOrganization: parts[parts.length - 1] } : {}) };
  return {
    type,
    investigatorFullName: parts[0],
    investigatorTitle: parts.length > 2 ? parts.slice(1, -1).join(', ') : undefined,
    investigatorAffiliation: parts.length > 1 ? parts[parts.length - 1] : undefined,
  };
}

function targetDuration(t: TextValue | undefined, notes: string[]): string | undefined {
  const v = str(t);
  if (!v) return undefined;
  const m = /^(\d+)\s+(Year|Month|Week|Day|Hour|Minute)s?$/i.exec(v);
  if (!m) {
    notes.push(`Target Follow-Up Duration "${v}" is not a number and unit; it was left out.`);
    return undefined;
  }
  const unit = m[2]![0]!.toUpperCase() + m[2]!.slice(1).toLowerCase();
  return `${m[1]} ${unit}${m[1] === '1' ? '' : 's'}`;
}

/** Classic pages print a site's address as `City, State, Country, ZIP` under a `Country, State` row. */
function place(address: string | undefined, group: string | undefined): { city?: string; state?: string; zip?: string; country?: string } {
  const parts = addressParts(address ?? '');
  const [groupCountry, groupState] = addressParts(group ?? '');
  if (parts.length >= 2) {
    // A ZIP code follows the country (it has a digit, or the group names the country before it).
    const beforeLast = parts.length > 2 ? parts[parts.length - 2]!.toLowerCase() : undefined;
    const zip = /\d/.test(parts[parts.length - 1]!) || (groupCountry !== undefined && beforeLast === groupCountry.toLowerCase()) ? parts.pop() : undefined;
    const country = parts.length >= 2 ? parts.pop() : groupCountry;
    const city = parts.shift();
    const state = parts.length > 0 ? parts.join(', ') : groupState;
    return { city, state, zip, country };
  }
  return { city: parts[0], state: groupState || undefined, country: groupCountry || undefined };
}

function infoTypes(t: TextValue | undefined, notes: string[]): string[] | undefined {
  const v = str(t);
  if (!v) return undefined;
  const found = ipdInfoTypeCodes(v);
  if (found.length === 0) notes.push(`Supporting Information "${v}" names no ClinicalTrials.gov document type; it was left out.`);
  return found;
}

/** How a criterion's line begins in the text: indentation and list marker as written (`  -  `, `1. `). */
function leadOf(text: string, c: Criterion): string | undefined {
  const at = c.text?.range.start ?? c.range.end;
  let k = c.range.start;
  while (k > 0 && text[k - 1] !== '\n' && text[k - 1] !== '\r') k--;
  // A leading backslash only marks the line as text (the import writes it before a label-like line).
  const lead = text.slice(k, at).replace(/^\\/, '');
  return /^[ \t]*(?:[-*•·+]|\d{1,3}[.)]|[a-zA-Z][.)]|[ivxIVX]{1,5}[.)])?[ \t]*$/.test(lead) ? lead : undefined;
}

/**
 * The criteria as ClinicalTrials.gov stores them: headings, then the lists as the record writes
 * them (markers and indentation kept, so text → export → import gives the same lines); a line
 * whose start cannot be read is written as a `*` bullet, two spaces per nesting level.
 */
export function criteriaText(lists: readonly CriteriaList[], text?: string): string | undefined {
  const out: string[] = [];
  // `indent`: the parent item's indentation; a nesting the text shows by indentation is kept as
  // written, one it shows only by a change of marker (a page copied without its indentation) is
  // indented two spaces per level, as Markdown needs.
  const walk = (items: readonly Criterion[], depth: number, indent: number) => {
    for (const c of items) {
      const value = c.text?.value.trim() ?? '';
      const lead = text !== undefined && !value.includes('\n') ? leadOf(text, c) : undefined;
      let own = indent;
      if (c.kind === 'item') {
        const [, space = '', marker = ''] = /^([ \t]*)(.*)$/.exec(lead ?? '') ?? [];
        if (lead !== undefined && marker.trim() !== '' && (depth === 0 || space.length > indent)) {
          out.push(`${lead}${value}`);
          own = space.length;
        } else {
          out.push(`${'  '.repeat(depth)}${lead !== undefined && marker.trim() !== '' ? marker : '* '}${value}`);
          own = 2 * depth;
        }
      } else if (value !== '') out.push(`${out.length > 0 ? '\n' : ''}${lead ?? ''}${value}`);
      walk(c.children, c.kind === 'item' ? depth + 1 : depth, c.kind === 'item' ? own : indent);
    }
  };
  for (const l of lists) {
    if (out.length > 0) out.push('');
    if (l.heading) out.push(l.heading.value.trim(), '');
    else if (l.which !== 'general') out.push(l.which === 'inclusion' ? 'Inclusion Criteria:' : 'Exclusion Criteria:', '');
    walk(l.items, 0, -1);
  }
  const joined = out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\s+$/g, '');
  return joined === '' ? undefined : joined;
}
