// Legacy ClinicalTrials.gov <clinical_study> XML (public.xsd) → the API v2 protocolSection shape,
// so import has one writer. Labels become API codes through the same vocabularies as the editor.

import { ageValue, parseDate, parseMasking, parsePhases } from '../model/values';
import { ageGroupsFor } from '../vocabulary/ageGroups';
import * as V from '../vocabulary/ctgov-enums';
import { lookupTerm } from '../vocabulary/lookup';
import type { EnumVocabulary } from '../vocabulary/types';
import type { ApiContact, ApiDateStruct, ApiLocation, ApiOutcome, ApiProtocolSection } from './api';
import { ReadError } from './errors';
import { ipdInfoTypeCodes } from './ipd';
import { attr, child, isNode, list, oversightOf, str, texts, textOf, wellFormed, xmlParser, type XNode, type XValue } from './xmlTree';

const REPEATED = new Set([
  'secondary_id', 'collaborator', 'condition', 'keyword', 'arm_group', 'intervention', 'arm_group_label', 'other_name',
  'primary_outcome', 'secondary_outcome', 'other_outcome', 'overall_official', 'location', 'contact', 'investigator',
  'ipd_info_type', 'phase', 'location_countries', 'country', 'link', 'reference', 'results_reference',
]);

const parser = xmlParser(REPEATED);

/** A <textblock>: the common indentation removed, paragraphs kept. */
function textblock(n: XValue | undefined, key: string): string | undefined {
  const raw = textOf(child(child(n, key), 'textblock'));
  if (!raw) return undefined;
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  // The XML wraps paragraphs at about 70 columns; a wrapped line continues its paragraph unless it
  // opens a list item. (API v2 holds the same text unwrapped.)
  const out: string[] = [];
  for (const l of lines.map((x) => x.slice(cut).replace(/\s+$/, ''))) {
    const prev = out[out.length - 1];
    const opensItem = /^\s*(?:[-*•]|\d{1,2}[.)]|[a-z][.)])\s/i.test(l);
    if (prev !== undefined && prev.trim() !== '' && l.trim() !== '' && !opensItem) out[out.length - 1] = `${prev} ${l.trim()}`;
    else out.push(l);
  }
  const t = out.join('\n').trim();
  return t === '' ? undefined : t;
}

const token = (text: string) => ({ text, start: 0, end: text.length });
const code = (vocab: EnumVocabulary, raw: string | undefined): string | undefined => (raw ? (lookupTerm(vocab, raw)?.term.code ?? raw) : undefined);
const yesNo = (raw: string | undefined): boolean | undefined => (raw === undefined ? undefined : /^(yes|true|accepts healthy volunteers)$/i.test(raw.trim()));

function date(n: XValue, key: string): ApiDateStruct | undefined {
  const raw = str(n, key);
  if (!raw) return undefined;
  const type = attr(n, key, 'type');
  return { date: parseDate(raw) ?? raw, ...(type ? { type: code(V.dateType, type) } : {}) };
}

/** The age groups ClinicalTrials.gov shows for API-form limits (`18 Years`; none for no limit); none when a limit is not an age. */
export function derivedAgeGroups(min: string | undefined, max: string | undefined): string[] | undefined {
  const years = (a: string | undefined, none: number) => (a === undefined ? none : ageValue({ text: a, start: 0, end: a.length }).years);
  const lo = years(min, 0);
  const hi = years(max, Infinity);
  return lo === undefined || hi === undefined ? undefined : ageGroupsFor(lo, hi);
}

/** `18 Years`; `N/A` means no limit. */
const age = (raw: string | undefined) => (raw && !/^n\/?a$/i.test(raw.trim()) ? raw.trim() : undefined);

function contact(c: XValue): ApiContact {
  return { name: str(c, 'last_name'), role: 'CONTACT', phone: str(c, 'phone'), phoneExt: str(c, 'phone_ext'), email: str(c, 'email') };
}

function outcome(o: XValue): ApiOutcome {
  return { measure: str(o, 'measure'), timeFrame: str(o, 'time_frame'), description: str(o, 'description') };
}

/** A <location> (the same in the public and the PRS XML): facility, address and status, with the given contacts. */
export function locationOf(l: XValue, contacts: ApiContact[]): ApiLocation {
  const f = child(l, 'facility');
  const a = child(f, 'address');
  return { facility: str(f, 'name'), status: code(V.overallStatus, str(l, 'status')), city: str(a, 'city'), state: str(a, 'state'), zip: str(a, 'zip'), country: str(a, 'country'), contacts };
}

/** The protocol part of a <clinical_study> record; `name` is used in messages. */
export function xmlToProtocol(xml: string, name: string): ApiProtocolSection {
  wellFormed(xml, name);
  const doc = parser.parse(xml) as XNode;
  const s = doc.clinical_study;
  if (!isNode(s)) throw new ReadError(`${name}: not a ClinicalTrials.gov <clinical_study> record (its root element is <${Object.keys(doc).find((k) => !k.startsWith('?')) ?? 'none'}>)`);

  const ids = child(s, 'id_info');
  const design = child(s, 'study_design_info');
  const el = child(s, 'eligibility');
  const rp = child(s, 'responsible_party');
  const rpType = str(rp, 'responsible_party_type');
  const masking = str(design, 'masking');
  const parsedMasking = masking ? parseMasking(token(masking.replace(/\bBlind\b\s*/i, '').replace(/\bSubject\b/g, 'Participant').replace(/\bCaregiver\b/g, 'Care Provider'))) : undefined;
  const phase = list(s, 'phase').map(textOf).filter(Boolean).join(' ');
  const ipd = child(s, 'patient_data');
  const oversight = child(s, 'oversight_info');
  const contacts = [child(s, 'overall_contact'), child(s, 'overall_contact_backup')].filter((c): c is XValue => c !== undefined);

  return {
    identificationModule: {
      nctId: str(ids, 'nct_id'),
      orgStudyIdInfo: { id: str(ids, 'org_study_id') },
      secondaryIdInfos: list(ids, 'secondary_id').map((x) => ({ id: textOf(x)?.trim() })),
      briefTitle: str(s, 'brief_title'),
      officialTitle: str(s, 'official_title'),
      acronym: str(s, 'acronym'),
    },
    statusModule: {
      statusVerifiedDate: parseDate(str(s, 'verification_date') ?? '') ?? str(s, 'verification_date'),
      overallStatus: code(V.overallStatus, str(s, 'overall_status')),
      whyStopped: str(s, 'why_stopped'),
      lastKnownStatus: code(V.overallStatus, str(s, 'last_known_status')),
      startDateStruct: date(s, 'start_date'),
      primaryCompletionDateStruct: date(s, 'primary_completion_date'),
      completionDateStruct: date(s, 'completion_date'),
      studyFirstSubmitDate: date(s, 'study_first_submitted')?.date,
      studyFirstPostDateStruct: date(s, 'study_first_posted'),
      resultsFirstPostDateStruct: date(s, 'results_first_posted'),
      lastUpdatePostDateStruct: date(s, 'last_update_posted'),
    },
    sponsorCollaboratorsModule: {
      responsibleParty: rp
        ? {
            type: rpType ? code(V.responsiblePartyType, rpType) : undefined,
            investigatorFullName: str(rp, 'investigator_full_name'),
            investigatorTitle: str(rp, 'investigator_title'),
            investigatorAffiliation: str(rp, 'investigator_affiliation'),
            oldNameTitle: str(rp, 'name_title'),
            oldOrganization: str(rp, 'organization'),
          }
        : undefined,
      leadSponsor: { name: str(child(child(s, 'sponsors'), 'lead_sponsor'), 'agency'), class: str(child(child(s, 'sponsors'), 'lead_sponsor'), 'agency_class') },
      collaborators: list(child(s, 'sponsors'), 'collaborator').map((c) => ({ name: str(c, 'agency'), class: str(c, 'agency_class') })),
    },
    oversightModule: oversightOf(oversight, ['has_dmc', 'is_fda_regulated_drug', 'is_fda_regulated_device', 'is_us_export']),
    descriptionModule: { briefSummary: textblock(s, 'brief_summary'), detailedDescription: textblock(s, 'detailed_description') },
    conditionsModule: { conditions: texts(s, 'condition'), keywords: texts(s, 'keyword') },
    designModule: {
      studyType: code(V.studyType, str(s, 'study_type')?.replace(/\s*\[.*\]$/, '')),
      patientRegistry: /patient registry/i.test(str(s, 'study_type') ?? '') || undefined,
      targetDuration: str(s, 'target_duration'),
      phases: phase ? parsePhases(token(phase)).map((p) => p.code ?? p.raw) : undefined,
      designInfo: {
        allocation: code(V.allocation, str(design, 'allocation')),
        interventionModel: code(V.interventionModel, str(design, 'intervention_model')),
        interventionModelDescription: str(design, 'intervention_model_description'),
        primaryPurpose: code(V.primaryPurpose, str(design, 'primary_purpose')),
        observationalModel: code(V.observationalModel, str(design, 'observational_model')),
        timePerspective: code(V.timePerspective, str(design, 'time_perspective')),
        maskingInfo: parsedMasking
          ? {
              masking: parsedMasking.masking.code ?? masking,
              maskingDescription: str(design, 'masking_description'),
              whoMasked: parsedMasking.whoMasked.map((w) => w.code ?? w.raw),
            }
          : undefined,
      },
      bioSpec: { retention: code(V.bioSpecRetention, str(s, 'biospec_retention')), description: textblock(s, 'biospec_descr') },
      enrollmentInfo: str(s, 'enrollment') ? { count: Number(str(s, 'enrollment')), type: code(V.dateType, attr(s, 'enrollment', 'type')) } : undefined,
    },
    armsInterventionsModule: {
      armGroups: list(s, 'arm_group').map((a) => ({
        label: str(a, 'arm_group_label'),
        type: code(V.armGroupType, str(a, 'arm_group_type')),
        description: str(a, 'description'),
        interventionNames: list(s, 'intervention')
          .filter((i) => list(i, 'arm_group_label').some((l) => textOf(l)?.trim() === str(a, 'arm_group_label')))
          .map((i) => `${str(i, 'intervention_type')}: ${str(i, 'intervention_name')}`),
      })),
      interventions: list(s, 'intervention').map((i) => ({
        type: code(V.interventionType, str(i, 'intervention_type')),
        name: str(i, 'intervention_name'),
        description: str(i, 'description'),
        armGroupLabels: list(i, 'arm_group_label').map((l) => textOf(l)?.trim() ?? ''),
        otherNames: list(i, 'other_name').map((l) => textOf(l)?.trim() ?? ''),
      })),
    },
    outcomesModule: {
      primaryOutcomes: list(s, 'primary_outcome').map(outcome),
      secondaryOutcomes: list(s, 'secondary_outcome').map(outcome),
      otherOutcomes: list(s, 'other_outcome').map(outcome),
    },
    eligibilityModule: {
      eligibilityCriteria: textblock(el, 'criteria'),
      healthyVolunteers: yesNo(str(el, 'healthy_volunteers')),
      sex: code(V.sex, str(el, 'gender')),
      genderBased: yesNo(str(el, 'gender_based')),
      genderDescription: str(el, 'gender_description'),
      minimumAge: age(str(el, 'minimum_age')),
      maximumAge: age(str(el, 'maximum_age')),
      // Public XML does not list the age groups the study page shows; they follow from the limits.
      stdAges: el !== undefined ? derivedAgeGroups(age(str(el, 'minimum_age')), age(str(el, 'maximum_age'))) : undefined,
      studyPopulation: textblock(el, 'study_pop'),
      samplingMethod: code(V.samplingMethod, str(el, 'sampling_method')),
    },
    contactsLocationsModule: {
      centralContacts: contacts.map(contact),
      overallOfficials: list(s, 'overall_official').map((o) => ({ name: str(o, 'last_name'), affiliation: str(o, 'affiliation'), role: code(V.officialRole, str(o, 'role')) })),
      locations: list(s, 'location').map((l) => locationOf(l, [child(l, 'contact'), child(l, 'contact_backup')].flatMap((c) => (Array.isArray(c) ? c : c === undefined ? [] : [c])).map(contact))),
    },
    ipdSharingStatementModule: ipd
      ? {
          ipdSharing: code(V.ipdSharing, str(ipd, 'sharing_ipd')),
          description: str(ipd, 'ipd_description'),
          infoTypes: list(ipd, 'ipd_info_type').flatMap((t) => ipdInfoTypeCodes(textOf(t) ?? '')),
          timeFrame: str(ipd, 'ipd_time_frame'),
          accessCriteria: str(ipd, 'ipd_access_criteria'),
          url: str(ipd, 'ipd_url'),
        }
      : undefined,
  };
}
