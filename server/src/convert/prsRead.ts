// PRS upload XML (a PRS "Download XML" file, or our own export) → API v2 protocol sections, so
// import has one writer. The inverse of prsWrite.ts; what the text form cannot carry is named.

import * as V from '../vocabulary/ctgov-enums';
import { lookupTerm } from '../vocabulary/lookup';
import type { EnumVocabulary } from '../vocabulary/types';
import type { ApiContact, ApiDateStruct, ApiProtocolSection } from './api';
import { locationOf } from './xml';
import { ReadError } from './errors';
import { derivedAgeGroups } from './xml';
import { PRS_IPD_TAGS, PRS_MASKED, PRS_NAMESPACE } from './prsWrite';
import { child, isNode, list, oversightOf, str, texts, textOf, wellFormed, xmlParser, yesNo, type XNode, type XValue } from './xmlTree';

export interface PrsRead {
  readonly protocol: ApiProtocolSection;
  readonly notes: readonly string[];
}

const REPEATED = new Set([
  'clinical_study', 'secondary_id', 'collaborator', 'condition', 'keyword', 'arm_group', 'intervention', 'arm_group_label',
  'intervention_other_name', 'primary_outcome', 'secondary_outcome', 'other_outcome', 'overall_official', 'location',
  'investigator', 'link', 'reference', 'study_document', 'regulatory_authority',
]);

const parser = xmlParser(REPEATED, true);

/** PRS XML rather than the public legacy XML: the PRS namespace, a <study_collection>, or an id_info with an org_name. */
export function isPrsXml(xml: string): boolean {
  const head = xml.slice(0, 4000);
  if (head.includes(PRS_NAMESPACE)) return true;
  const root = /<(?!\?|!)([\w:.-]+)/.exec(head)?.[1];
  if (root && root.replace(/^[\w.-]+:/, '') === 'study_collection') return true;
  return /<id_info>[\s\S]*?<org_name>/.test(head) && !/<required_header>/.test(head);
}

const code = (vocab: EnumVocabulary, raw: string | undefined): string | undefined => (raw ? (lookupTerm(vocab, raw)?.term.code ?? raw) : undefined);
/** A <textblock> as written: PRS keeps the text's own line breaks. */
const block = (n: XValue | undefined, key: string): string | undefined => {
  const t = textOf(child(child(n, key), 'textblock'))?.replace(/\r\n?/g, '\n').trim();
  return t ? t : undefined;
};

const PHASES: Readonly<Record<string, string[]>> = {
  'early phase 1': ['EARLY_PHASE1'], 'phase 0': ['EARLY_PHASE1'], 'phase 1': ['PHASE1'], 'phase 1/2': ['PHASE1', 'PHASE2'], 'phase 2': ['PHASE2'],
  'phase 2/3': ['PHASE2', 'PHASE3'], 'phase 3': ['PHASE3'], 'phase 4': ['PHASE4'], 'n/a': ['NA'],
};
const MASKING_BY_COUNT = ['NONE', 'SINGLE', 'DOUBLE', 'TRIPLE', 'QUADRUPLE'];

/** `First Middle Last, Degrees`, the way the study page prints a person. */
function personName(n: XValue | undefined): string | undefined {
  const name = ['first_name', 'middle_name', 'last_name'].map((k) => str(n, k)).filter(Boolean).join(' ');
  const degrees = str(n, 'degrees');
  const full = degrees ? `${name}, ${degrees}` : name;
  return full === '' ? undefined : full;
}

function contact(n: XValue | undefined, role = 'CONTACT'): ApiContact | undefined {
  if (!isNode(n)) return undefined;
  return { name: personName(n), role, phone: str(n, 'phone'), phoneExt: str(n, 'phone_ext'), email: str(n, 'email') };
}

function date(s: XValue, key: string): ApiDateStruct | undefined {
  const d = str(s, key);
  if (!d) return undefined;
  const type = str(s, `${key}_type`);
  return { date: d, ...(type ? { type: code(V.dateType, type) } : {}) };
}

function study(s: XNode, notes: string[]): ApiProtocolSection {
  const ids = child(s, 'id_info');
  const sponsors = child(s, 'sponsors');
  const rp = child(sponsors, 'resp_party');
  const ov = child(s, 'oversight_info');
  const design = child(s, 'study_design');
  const idesign = child(design, 'interventional_design');
  const odesign = child(design, 'observational_design');
  const el = child(s, 'eligibility');
  const ipd = child(s, 'ipd_sharing_statement');
  const ind = child(s, 'ind_info');

  if (str(rp, 'investigator_username')) notes.push(`The responsible party is the PRS user "${str(rp, 'investigator_username')}": a study page shows the investigator's name, so replace <investigator name> with it.`);
  if (ind) notes.push('The IND/IDE information (FDA center and number) is not part of a study page; it stays in PRS.');
  for (const [tag, what] of [['link', 'links'], ['reference', 'references'], ['study_document', 'study documents']] as const) {
    const n = list(s, tag).length;
    if (n > 0) notes.push(`${n} ${n === 1 ? what.replace(/s$/, '') : what} ${n === 1 ? 'is' : 'are'} not carried by the text form; ${n === 1 ? 'it stays' : 'they stay'} in PRS.`);
  }
  if (child(s, 'result') !== undefined) notes.push('The results section is not carried by the text form; it stays in PRS.');

  const age = (key: string) => {
    const a = str(el, key);
    return a === undefined || /^n\/?a$/i.test(a) ? undefined : a;
  };
  const minAge = age('minimum_age');
  const maxAge = age('maximum_age');
  const phaseText = str(idesign, 'phase');
  const phases = phaseText ? (PHASES[phaseText.toLowerCase()] ?? [phaseText]) : undefined;
  const masked = PRS_MASKED.filter(([, tag]) => yesNo(str(idesign, tag)) === true).map(([c]) => c);
  const noMasking = yesNo(str(idesign, 'no_masking'));
  const masking = noMasking === true ? 'NONE' : masked.length > 0 ? MASKING_BY_COUNT[masked.length] : undefined;
  const quantity = str(odesign, 'target_duration_quantity');
  const units = str(odesign, 'target_duration_units');
  const status = str(s, 'overall_status') ?? str(s, 'expanded_access_status');
  const arms = list(s, 'arm_group');
  const interventions = list(s, 'intervention');
  const typeLabel = (i: XValue) => {
    const c = code(V.interventionType, str(i, 'intervention_type'));
    return V.interventionType.terms.find((t) => t.code === c)?.label ?? str(i, 'intervention_type');
  };
  const secondary = list(ids, 'secondary_id').map((x) => {
    // The text names an EU CT number's type as PRS does (the JSON export writes it as OTHER with its domain).
    const type = code(V.secondaryIdType, str(x, 'id_type'));
    return { id: str(x, 'id'), type, domain: type === 'CTIS' ? undefined : str(x, 'id_domain') };
  });

  return {
    identificationModule: {
      orgStudyIdInfo: { id: str(ids, 'org_study_id') },
      secondaryIdInfos: secondary,
      briefTitle: str(s, 'brief_title'),
      officialTitle: str(s, 'official_title'),
      acronym: str(s, 'acronym'),
    },
    statusModule: {
      statusVerifiedDate: str(s, 'verification_date'),
      overallStatus: code(V.overallStatus, status),
      whyStopped: str(s, 'why_stopped'),
      ...(yesNo(str(ind, 'has_expanded_access')) !== undefined ? { expandedAccessInfo: { hasExpandedAccess: yesNo(str(ind, 'has_expanded_access')) } } : {}),
      startDateStruct: date(s, 'start_date'),
      primaryCompletionDateStruct: date(s, 'primary_compl_date'),
      completionDateStruct: date(s, 'last_follow_up_date'),
    },
    sponsorCollaboratorsModule: {
      responsibleParty: rp
        ? {
            type: code(V.responsiblePartyType, str(rp, 'resp_party_type')),
            investigatorTitle: str(rp, 'investigator_title'),
            investigatorAffiliation: str(rp, 'investigator_affiliation'),
            oldNameTitle: str(rp, 'name_title'),
            oldOrganization: str(rp, 'organization'),
          }
        : undefined,
      leadSponsor: { name: str(child(sponsors, 'lead_sponsor'), 'agency') },
      collaborators: list(sponsors, 'collaborator').map((c) => ({ name: str(c, 'agency') })),
    },
    oversightModule: oversightOf(ov, ['has_dmc', 'fda_regulated_drug', 'fda_regulated_device', 'exported_from_us']),
    descriptionModule: { briefSummary: block(s, 'brief_summary'), detailedDescription: block(s, 'detailed_description') },
    conditionsModule: { conditions: texts(s, 'condition'), keywords: texts(s, 'keyword') },
    designModule: {
      studyType: code(V.studyType, str(design, 'study_type')),
      patientRegistry: yesNo(str(odesign, 'patient_registry')),
      targetDuration: quantity && units ? `${quantity} ${units}` : undefined,
      phases,
      designInfo: {
        allocation: code(V.allocation, str(idesign, 'allocation')),
        interventionModel: code(V.interventionModel, str(idesign, 'assignment')),
        interventionModelDescription: block(idesign, 'model_description'),
        primaryPurpose: code(V.primaryPurpose, str(idesign, 'interventional_subtype')),
        observationalModel: code(V.observationalModel, str(odesign, 'observational_study_design')),
        timePerspective: code(V.timePerspective, str(odesign, 'timing')),
        maskingInfo: masking ? { masking, maskingDescription: block(idesign, 'masking_description'), whoMasked: masked } : block(idesign, 'masking_description') ? { maskingDescription: block(idesign, 'masking_description') } : undefined,
      },
      bioSpec: { retention: code(V.bioSpecRetention, str(odesign, 'biospecimen_retention')), description: block(odesign, 'biospecimen_description') },
      enrollmentInfo: str(s, 'enrollment') ? { count: Number(str(s, 'enrollment')), type: code(V.dateType, str(s, 'enrollment_type')) } : undefined,
    },
    armsInterventionsModule: {
      armGroups: arms.map((a) => ({
        label: str(a, 'arm_group_label'),
        type: code(V.armGroupType, str(a, 'arm_type')),
        description: block(a, 'arm_group_description'),
        interventionNames: interventions.filter((i) => list(i, 'arm_group_label').some((l) => textOf(l)?.trim() === str(a, 'arm_group_label'))).map((i) => `${typeLabel(i)}: ${str(i, 'intervention_name')}`),
      })),
      interventions: interventions.map((i) => ({
        type: code(V.interventionType, str(i, 'intervention_type')),
        name: str(i, 'intervention_name'),
        description: block(i, 'intervention_description'),
        armGroupLabels: list(i, 'arm_group_label').map((l) => textOf(l)?.trim() ?? ''),
        otherNames: list(i, 'intervention_other_name').map((l) => textOf(l)?.trim() ?? ''),
      })),
    },
    outcomesModule: Object.fromEntries(
      (['primary', 'secondary', 'other'] as const).map((k) => [`${k}Outcomes`, list(s, `${k}_outcome`).map((o) => ({ measure: str(o, 'outcome_measure'), timeFrame: str(o, 'outcome_time_frame'), description: block(o, 'outcome_description') }))]),
    ),
    eligibilityModule: {
      eligibilityCriteria: block(el, 'criteria'),
      healthyVolunteers: yesNo(str(el, 'healthy_volunteers')),
      sex: code(V.sex, str(el, 'gender')),
      genderBased: yesNo(str(el, 'gender_based')),
      genderDescription: block(el, 'gender_description'),
      minimumAge: minAge,
      maximumAge: maxAge,
      stdAges: el !== undefined ? derivedAgeGroups(minAge, maxAge) : undefined,
      studyPopulation: block(el, 'study_population'),
      samplingMethod: code(V.samplingMethod, str(el, 'sampling_method')),
    },
    contactsLocationsModule: {
      centralContacts: [contact(child(s, 'overall_contact')), contact(child(s, 'overall_contact_backup'))].filter((c): c is ApiContact => c !== undefined),
      overallOfficials: list(s, 'overall_official').map((o) => ({ name: personName(o), affiliation: str(o, 'affiliation'), role: code(V.officialRole, str(o, 'role')) })),
      locations: list(s, 'location').map((l) =>
        locationOf(
          l,
          [contact(child(l, 'contact')), contact(child(l, 'contact_backup')), ...list(l, 'investigator').map((i) => contact(i, code(V.officialRole, str(i, 'role')) ?? 'PRINCIPAL_INVESTIGATOR'))].filter((c): c is ApiContact => c !== undefined),
        ),
      ),
    },
    ipdSharingStatementModule: ipd
      ? {
          ipdSharing: str(ipd, 'sharing_ipd')?.toUpperCase(),
          description: block(ipd, 'ipd_description'),
          infoTypes: PRS_IPD_TAGS.filter(([, tag]) => yesNo(str(ipd, tag)) === true).map(([c]) => c),
          timeFrame: block(ipd, 'ipd_time_frame'),
          accessCriteria: block(ipd, 'ipd_access_criteria'),
          url: str(ipd, 'ipd_url'),
        }
      : undefined,
  };
}

/** The studies of a PRS XML file, each with what the text form cannot carry; `name` is used in messages. */
export function prsToProtocols(xml: string, name: string): PrsRead[] {
  wellFormed(xml, name);
  const doc = parser.parse(xml) as XNode;
  const root = child(doc, 'study_collection');
  const studies = root !== undefined ? list(root, 'clinical_study') : list(doc, 'clinical_study');
  if (studies.length === 0) throw new ReadError(`${name}: a PRS XML file with no <clinical_study>`);
  return studies.map((s, k) => {
    if (!isNode(s)) throw new ReadError(`${name}: study ${k + 1} is empty`);
    if (s['@partial_upload'] === 'true') throw new ReadError(`${name}: study ${k + 1} is a partial upload, which holds only some elements of a record; import a full "Download XML" file`);
    const notes: string[] = [];
    return { protocol: study(s, notes), notes };
  });
}
