// API v2 protocol section → PRS upload XML (ProtocolRecordSchema.xsd 2018.05.08): one
// <clinical_study> in the schema's element order, codes in the forms its comments give.
// An element the schema requires but the record lacks is written empty and named in a note, so
// the file stays valid against the schema and PRS names the gap on upload as the checker does;
// what the schema has no place for is named in a note, never guessed.

import * as V from '../vocabulary/ctgov-enums';
import type { EnumVocabulary } from '../vocabulary/types';
import type { ApiContact, ApiDateStruct, ApiProtocolSection } from './api';
import { xmlSafe, type XmlNode } from './xmlWrite';

export const PRS_NAMESPACE = 'http://clinicaltrials.gov/prs';

export interface PrsStudy {
  readonly node: XmlNode;
  readonly notes: readonly string[];
}

/** The PRS form of an API code: the vocabulary's `prs` form, else its label. */
export function prsForm(vocab: EnumVocabulary, code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  const t = vocab.terms.find((x) => x.code === code);
  return t ? (t.prs ?? t.label) : undefined;
}

/** Elements the schema requires inside their parent (or its comments mark required), as tag paths. */
export const PRS_REQUIRED: readonly string[] = [
  'id_info/org_name', 'id_info/org_study_id', 'brief_title', 'sponsors/lead_sponsor/agency', 'study_design/study_type',
  'study_design/interventional_design/interventional_subtype', 'study_design/interventional_design/phase', 'study_design/interventional_design/allocation',
  'study_design/observational_design/observational_study_design', 'study_design/observational_design/biospecimen_retention',
  'study_design/observational_design/timing', 'study_design/observational_design/number_of_groups',
  'primary_outcome/outcome_measure', 'secondary_outcome/outcome_measure', 'other_outcome/outcome_measure',
  'arm_group/arm_group_label', 'intervention/intervention_name',
  'eligibility/criteria/textblock', 'eligibility/gender', 'eligibility/minimum_age', 'eligibility/maximum_age',
  'overall_official/last_name', 'overall_contact/last_name', 'overall_contact_backup/last_name', 'location/facility/name',
];

const PHASES: Readonly<Record<string, string>> = {
  EARLY_PHASE1: 'Early Phase 1', PHASE1: 'Phase 1', 'PHASE1,PHASE2': 'Phase 1/2', PHASE2: 'Phase 2', 'PHASE2,PHASE3': 'Phase 2/3', PHASE3: 'Phase 3', PHASE4: 'Phase 4', NA: 'N/A',
};

/** The single PRS phase for the API's list (`[PHASE1, PHASE2]` is `Phase 1/2`). */
export const prsPhase = (phases: readonly string[]): string | undefined => PHASES[phases.join(',')];

const MASKED: readonly [string, string][] = [['PARTICIPANT', 'masked_subject'], ['CARE_PROVIDER', 'masked_caregiver'], ['INVESTIGATOR', 'masked_investigator'], ['OUTCOMES_ASSESSOR', 'masked_assessor']];
export const PRS_MASKED = MASKED;

const IPD_TAGS: readonly [string, string][] = [['STUDY_PROTOCOL', 'ipd_info_type_protocol'], ['SAP', 'ipd_info_type_sap'], ['ICF', 'ipd_info_type_icf'], ['CSR', 'ipd_info_type_csr'], ['ANALYTIC_CODE', 'ipd_info_type_analytic_code']];
export const PRS_IPD_TAGS = IPD_TAGS;

/** The U.S. agency grant types the 2018 schema has no form for: written as Other Grant/Funding Number with the agency as grantor. */
const AGENCY_GRANTS: Readonly<Record<string, string>> = { FDA: 'U.S. FDA', VA: 'U.S. VA', CDC: 'U.S. CDC', AHRQ: 'U.S. AHRQ', SAMHSA: 'U.S. SAMHSA' };
export const CTIS_DOMAIN = 'EU CT Number (CTIS)';

const yesNo = (b: boolean | undefined) => (b === undefined ? undefined : b ? 'yes' : 'no');
const isNode = (n: XmlNode | undefined): n is XmlNode => n !== undefined;

/** The <clinical_study> of one protocol section; `org` is the PRS organisation's login name. */
export function prsStudy(p: ApiProtocolSection, org: string): PrsStudy {
  const notes: string[] = [];
  let unsafe = 0;
  const clean = (s: string | undefined): string | undefined => {
    if (s === undefined) return undefined;
    const { text, removed } = xmlSafe(s);
    unsafe += removed;
    return text;
  };
  const el = (tag: string, text: string | undefined, at?: string): XmlNode | undefined => (text === undefined || text === '' ? undefined : { tag, text: clean(text), ...(at ? { at } : {}) });
  /** A required element: written empty (with a note) when the record has no value. */
  const must = (tag: string, text: string | undefined, at: string, what: string): XmlNode => {
    if (text === undefined || text === '') notes.push(`${what} is missing; PRS requires it, so <${tag}> is written empty.`);
    return { tag, text: clean(text) ?? '', at };
  };
  const block = (tag: string, text: string | undefined, at?: string): XmlNode | undefined => (text ? { tag, children: [{ tag: 'textblock', text: clean(text) }], ...(at ? { at } : {}) } : undefined);
  const group = (tag: string, children: readonly (XmlNode | undefined)[], at?: string): XmlNode | undefined => {
    const kids = children.filter(isNode);
    return kids.length > 0 ? { tag, children: kids, ...(at ? { at } : {}) } : undefined;
  };
  const form = (vocab: EnumVocabulary, code: string | undefined, what: string): string | undefined => {
    if (code === undefined) return undefined;
    const f = prsForm(vocab, code);
    if (f === undefined) notes.push(`${what} "${code}" has no PRS form; it was left out.`);
    return f;
  };
  const dateType = (d: ApiDateStruct | undefined) => (d?.type ? form(V.dateType, d.type, 'Date type') : undefined);

  const id = p.identificationModule ?? {};
  const st = p.statusModule ?? {};
  const sp = p.sponsorCollaboratorsModule ?? {};
  const ov = p.oversightModule ?? {};
  const d = p.designModule ?? {};
  const di = d.designInfo ?? {};
  const el0 = p.eligibilityModule ?? {};
  const cl = p.contactsLocationsModule ?? {};
  const ipd = p.ipdSharingStatementModule;
  const arms = p.armsInterventionsModule?.armGroups ?? [];
  const interventions = p.armsInterventionsModule?.interventions ?? [];

  const secondaryIds = (id.secondaryIdInfos ?? []).map((s, k): XmlNode => {
    const at = `identificationModule.secondaryIdInfos.${k}`;
    let type = s.type;
    let domain = s.domain;
    if (type === 'OTHER' && domain === CTIS_DOMAIN) {
      type = 'CTIS';
      domain = undefined;
    } else if (type !== undefined && AGENCY_GRANTS[type]) {
      notes.push(`Secondary ID ${s.id ?? ''}: the PRS schema has no type "${prsForm(V.secondaryIdType, type)}"; written as Other Grant/Funding Number with grantor ${AGENCY_GRANTS[type]}.`);
      domain = domain ?? AGENCY_GRANTS[type];
      type = 'OTHER_GRANT';
    }
    return { tag: 'secondary_id', at, children: [must('id', s.id, `${at}.id`, 'A secondary ID'), el('id_type', form(V.secondaryIdType, type, 'Secondary ID type'), `${at}.type`), el('id_domain', domain, `${at}.domain`)].filter(isNode) };
  });

  if (st.expandedAccessInfo?.hasExpandedAccess !== undefined) {
    notes.push('Availability of Expanded Access is not written: PRS takes it inside the IND/IDE information (ind_info), which needs the FDA center and IND/IDE number that a study page does not show; enter it in PRS.');
  }

  // A derived status: PRS holds the last status the sponsor gave.
  let status = st.overallStatus;
  if (status === 'UNKNOWN') {
    status = st.lastKnownStatus;
    notes.push(`Overall Recruitment Status "Unknown status" is derived by ClinicalTrials.gov; the last known status${status ? ` (${prsForm(V.overallStatus, status)})` : ''} is written.`);
  } else if (status === 'WITHHELD') {
    notes.push('Overall Recruitment Status "Withheld" is not a PRS status; it was left out.');
    status = undefined;
  }
  const expandedAccess = status !== undefined && ['AVAILABLE', 'NO_LONGER_AVAILABLE', 'TEMPORARILY_NOT_AVAILABLE', 'APPROVED_FOR_MARKETING'].includes(status);

  const rp = sp.responsibleParty;
  if (rp?.investigatorFullName) notes.push(`Responsible party: PRS names the investigator by PRS user name, which a study page does not show; "${rp.investigatorFullName}" is not written (add the user in PRS).`);
  // A party from before 2011 has no type; PRS requires one, so the gap is named and the old name kept.
  const legacyParty = rp !== undefined && !rp.type && (rp.oldNameTitle !== undefined || rp.oldOrganization !== undefined);

  const studyType = d.studyType;
  const interventional = studyType === 'INTERVENTIONAL';
  const observational = studyType === 'OBSERVATIONAL';
  const masking = di.maskingInfo;
  const who = masking?.whoMasked ?? [];
  if (masking?.masking && masking.masking !== 'NONE' && who.length === 0) notes.push(`Masking "${prsForm(V.masking, masking.masking)}" names no masked roles; PRS records masking as the roles masked, so none is written.`);

  // A single-group study's allocation is N/A, which the registry often leaves unstated (as the checker accepts).
  let allocation = di.allocation;
  if (interventional && allocation === undefined && (di.interventionModel === 'SINGLE_GROUP' || arms.length === 1)) {
    allocation = 'NA';
    notes.push('Allocation is not stated; a single-group study\'s allocation is N/A, which is written.');
  }
  let phase: string | undefined;
  if (interventional && d.phases && d.phases.length > 0) {
    phase = prsPhase(d.phases);
    if (!phase) notes.push(`Phase "${d.phases.map((x) => prsForm(V.phase, x) ?? x).join(', ')}" is not a PRS phase (one phase, or Phase 1/2 or Phase 2/3).`);
  }

  const target = d.targetDuration ? /^(\d+)\s+(\w+)$/.exec(d.targetDuration) : null;

  const design = group('study_design', [
    must('study_type', form(V.studyType, studyType, 'Study Type'), 'designModule.studyType', 'Study Type'),
    interventional
      ? group('interventional_design', [
          must('interventional_subtype', form(V.primaryPurpose, di.primaryPurpose, 'Primary Purpose'), 'designModule.designInfo.primaryPurpose', 'Primary Purpose'),
          must('phase', phase, 'designModule.phases', 'Study Phase'),
          el('assignment', form(V.interventionModel, di.interventionModel, 'Intervention Model'), 'designModule.designInfo.interventionModel'),
          block('model_description', di.interventionModelDescription, 'designModule.designInfo.interventionModelDescription'),
          must('allocation', form(V.allocation, allocation, 'Allocation'), 'designModule.designInfo.allocation', 'Allocation'),
          el('no_masking', masking?.masking === undefined ? undefined : masking.masking === 'NONE' ? 'yes' : 'no', 'designModule.designInfo.maskingInfo.masking'),
          ...MASKED.map(([code, tag]) => el(tag, masking?.masking && masking.masking !== 'NONE' && who.length > 0 ? yesNo(who.includes(code)) : undefined, 'designModule.designInfo.maskingInfo.whoMasked')),
          block('masking_description', masking?.maskingDescription, 'designModule.designInfo.maskingInfo.maskingDescription'),
          el('number_of_arms', arms.length > 0 ? String(arms.length) : undefined, 'armsInterventionsModule'),
        ], 'designModule')
      : undefined,
    observational
      ? group('observational_design', [
          must('observational_study_design', form(V.observationalModel, di.observationalModel, 'Observational Model'), 'designModule.designInfo.observationalModel', 'Observational Model'),
          must('biospecimen_retention', form(V.bioSpecRetention, d.bioSpec?.retention, 'Biospecimen Retention'), 'designModule.bioSpec.retention', 'Biospecimen Retention'),
          block('biospecimen_description', d.bioSpec?.description, 'designModule.bioSpec.description'),
          must('timing', form(V.timePerspective, di.timePerspective, 'Time Perspective'), 'designModule.designInfo.timePerspective', 'Time Perspective'),
          must('number_of_groups', arms.length > 0 ? String(arms.length) : undefined, 'armsInterventionsModule', 'Number of Groups/Cohorts (the record lists no groups)'),
          el('patient_registry', yesNo(d.patientRegistry), 'designModule.patientRegistry'),
          el('target_duration_quantity', target?.[1], 'designModule.targetDuration'),
          el('target_duration_units', target?.[2], 'designModule.targetDuration'),
        ], 'designModule')
      : undefined,
  ], 'designModule');
  if (!interventional && !observational && (di.primaryPurpose || di.allocation || di.observationalModel)) notes.push('The design fields need a Study Type of Interventional or Observational; they were left out.');

  const outcomes = (kind: 'primary' | 'secondary' | 'other') =>
    (p.outcomesModule?.[`${kind}Outcomes`] ?? []).map((o, k): XmlNode => {
      const at = `outcomesModule.${kind}Outcomes.${k}`;
      return { tag: `${kind}_outcome`, at, children: [must('outcome_measure', o.measure, `${at}.measure`, `A ${kind} outcome measure's title`), el('outcome_time_frame', o.timeFrame, `${at}.timeFrame`), block('outcome_description', o.description, `${at}.description`)].filter(isNode) };
    });

  const person = (tag: string, c: ApiContact | undefined, at: string, required: boolean): XmlNode | undefined => {
    if (!c) return undefined;
    const phone = c.phone;
    return group(tag, [required ? must('last_name', c.name, `${at}.name`, 'A contact\'s name') : el('last_name', c.name, `${at}.name`), el('phone', phone, `${at}.phone`), el('phone_ext', c.phoneExt, `${at}.phoneExt`), el('email', c.email, `${at}.email`)], at);
  };
  const central = cl.centralContacts ?? [];
  if (central.length > 2) notes.push(`${central.length} central contacts: PRS takes a contact and a backup; the first two are written.`);

  const locations = (cl.locations ?? []).map((l, k): XmlNode => {
    const at = `contactsLocationsModule.locations.${k}`;
    const contacts = (l.contacts ?? []).map((c, j) => ({ c, j })).filter(({ c }) => !c.role || c.role === 'CONTACT');
    const investigators = (l.contacts ?? []).map((c, j) => ({ c, j })).filter(({ c }) => c.role === 'PRINCIPAL_INVESTIGATOR' || c.role === 'SUB_INVESTIGATOR');
    if (contacts.length > 2) notes.push(`Site "${l.facility ?? k + 1}" has ${contacts.length} contacts: PRS takes a contact and a backup; the first two are written.`);
    return {
      tag: 'location',
      at,
      children: [
        {
          tag: 'facility',
          at,
          children: [must('name', l.facility, `${at}.facility`, `Site ${k + 1}'s facility name`), { tag: 'address', at, children: [el('city', l.city, at), el('state', l.state, at), el('country', l.country, at), el('zip', l.zip, at)].filter(isNode) }],
        },
        el('status', form(V.overallStatus, l.status, 'Site status'), `${at}.status`),
        person('contact', contacts[0]?.c, `${at}.contacts.${contacts[0]?.j}`, false),
        person('contact_backup', contacts[1]?.c, `${at}.contacts.${contacts[1]?.j}`, false),
        ...investigators.map(({ c, j }) => group('investigator', [el('last_name', c.name, `${at}.contacts.${j}.name`), el('role', form(V.officialRole, c.role, 'Site investigator role'), `${at}.contacts.${j}.role`)], `${at}.contacts.${j}`)),
      ].filter(isNode),
    };
  });

  const sharing = ipd?.ipdSharing;
  const ipdNode = ipd
    ? group('ipd_sharing_statement', [
        el('sharing_ipd', sharing === undefined ? undefined : sharing.toLowerCase(), 'ipdSharingStatementModule.ipdSharing'),
        block('ipd_description', ipd.description, 'ipdSharingStatementModule.description'),
        ...IPD_TAGS.map(([code, tag]) => el(tag, (ipd.infoTypes ?? []).includes(code) ? 'yes' : undefined, 'ipdSharingStatementModule.infoTypes')),
        block('ipd_time_frame', ipd.timeFrame, 'ipdSharingStatementModule.timeFrame'),
        block('ipd_access_criteria', ipd.accessCriteria, 'ipdSharingStatementModule.accessCriteria'),
        el('ipd_url', ipd.url, 'ipdSharingStatementModule.url'),
      ])
    : undefined;

  const children: (XmlNode | undefined)[] = [
    {
      tag: 'id_info',
      children: [must('org_name', org, 'identificationModule', 'The PRS organization name'), must('org_study_id', id.orgStudyIdInfo?.id, 'identificationModule.orgStudyIdInfo.id', 'The Unique Protocol ID'), ...secondaryIds],
    },
    must('brief_title', id.briefTitle, 'identificationModule.briefTitle', 'Brief Title'),
    el('acronym', id.acronym, 'identificationModule.acronym'),
    el('official_title', id.officialTitle, 'identificationModule.officialTitle'),
    sp.leadSponsor || (sp.collaborators ?? []).length > 0 || rp
      ? {
          tag: 'sponsors',
          at: 'sponsorCollaboratorsModule',
          children: [
            { tag: 'lead_sponsor', at: 'sponsorCollaboratorsModule.leadSponsor', children: [must('agency', sp.leadSponsor?.name, 'sponsorCollaboratorsModule.leadSponsor.name', 'Sponsor')] },
            ...(sp.collaborators ?? []).map((c, k) => ({ tag: 'collaborator', at: `sponsorCollaboratorsModule.collaborators.${k}`, children: [must('agency', c.name, `sponsorCollaboratorsModule.collaborators.${k}.name`, 'A collaborator\'s name')] })),
            rp && (rp.type || rp.oldNameTitle || rp.oldOrganization)
              ? group('resp_party', [
                  must('resp_party_type', form(V.responsiblePartyType, rp.type, 'Responsible Party type'), 'sponsorCollaboratorsModule.responsibleParty', legacyParty ? 'The Responsible Party type (the record names a party in the form used before 2011)' : 'The Responsible Party type'),
                  el('investigator_title', rp.investigatorTitle, 'sponsorCollaboratorsModule.responsibleParty'),
                  el('investigator_affiliation', rp.investigatorAffiliation, 'sponsorCollaboratorsModule.responsibleParty'),
                  el('name_title', rp.type ? undefined : rp.oldNameTitle, 'sponsorCollaboratorsModule.responsibleParty'),
                  el('organization', rp.type ? undefined : rp.oldOrganization, 'sponsorCollaboratorsModule.responsibleParty'),
                ], 'sponsorCollaboratorsModule.responsibleParty')
              : undefined,
          ].filter(isNode),
        }
      : undefined,
    group('oversight_info', [
      el('has_dmc', yesNo(ov.oversightHasDmc), 'oversightModule.oversightHasDmc'),
      el('fda_regulated_drug', yesNo(ov.isFdaRegulatedDrug), 'oversightModule.isFdaRegulatedDrug'),
      el('fda_regulated_device', yesNo(ov.isFdaRegulatedDevice), 'oversightModule.isFdaRegulatedDevice'),
      el('exported_from_us', yesNo(ov.isUsExport), 'oversightModule.isUsExport'),
    ], 'oversightModule'),
    block('brief_summary', p.descriptionModule?.briefSummary, 'descriptionModule.briefSummary'),
    block('detailed_description', p.descriptionModule?.detailedDescription, 'descriptionModule.detailedDescription'),
    el('overall_status', expandedAccess ? undefined : form(V.overallStatus, status, 'Overall Recruitment Status'), 'statusModule.overallStatus'),
    el('why_stopped', st.whyStopped, 'statusModule.whyStopped'),
    el('expanded_access_status', expandedAccess ? form(V.overallStatus, status, 'Expanded access status') : undefined, 'statusModule.overallStatus'),
    el('verification_date', st.statusVerifiedDate, 'statusModule.statusVerifiedDate'),
    el('start_date', st.startDateStruct?.date, 'statusModule.startDateStruct'),
    el('start_date_type', st.startDateStruct?.date ? dateType(st.startDateStruct) : undefined, 'statusModule.startDateStruct'),
    el('last_follow_up_date', st.completionDateStruct?.date, 'statusModule.completionDateStruct'),
    el('last_follow_up_date_type', st.completionDateStruct?.date ? dateType(st.completionDateStruct) : undefined, 'statusModule.completionDateStruct'),
    el('primary_compl_date', st.primaryCompletionDateStruct?.date, 'statusModule.primaryCompletionDateStruct'),
    el('primary_compl_date_type', st.primaryCompletionDateStruct?.date ? dateType(st.primaryCompletionDateStruct) : undefined, 'statusModule.primaryCompletionDateStruct'),
    design,
    ...outcomes('primary'),
    ...outcomes('secondary'),
    ...outcomes('other'),
    el('enrollment', d.enrollmentInfo?.count === undefined ? undefined : String(d.enrollmentInfo.count), 'designModule.enrollmentInfo'),
    el('enrollment_type', d.enrollmentInfo?.count === undefined ? undefined : form(V.dateType, d.enrollmentInfo.type, 'Enrollment type'), 'designModule.enrollmentInfo'),
    ...(p.conditionsModule?.conditions ?? []).map((c, k) => el('condition', c, `conditionsModule.conditions.${k}`)),
    ...(p.conditionsModule?.keywords ?? []).map((c, k) => el('keyword', c, `conditionsModule.keywords.${k}`)),
    ...arms.map((a, k): XmlNode => {
      const at = `armsInterventionsModule.armGroups.${k}`;
      return { tag: 'arm_group', at, children: [must('arm_group_label', a.label, `${at}.label`, `Arm ${k + 1}'s label`), el('arm_type', form(V.armGroupType, a.type, 'Arm type'), `${at}.type`), block('arm_group_description', a.description, `${at}.description`)].filter(isNode) };
    }),
    ...interventions.map((i, k): XmlNode => {
      const at = `armsInterventionsModule.interventions.${k}`;
      return {
        tag: 'intervention',
        at,
        children: [
          el('intervention_type', form(V.interventionType, i.type, 'Intervention type'), `${at}.type`),
          must('intervention_name', i.name, `${at}.name`, `Intervention ${k + 1}'s name`),
          block('intervention_description', i.description, `${at}.description`),
          ...(i.armGroupLabels ?? []).map((l) => el('arm_group_label', l, `${at}.armGroupLabels`)),
          ...(i.otherNames ?? []).map((n) => el('intervention_other_name', n, `${at}.otherNames`)),
        ].filter(isNode),
      };
    }),
    group('eligibility', [
      block('study_population', el0.studyPopulation, 'eligibilityModule.studyPopulation'),
      el('sampling_method', form(V.samplingMethod, el0.samplingMethod, 'Sampling Method'), 'eligibilityModule.samplingMethod'),
      el0.eligibilityCriteria ? block('criteria', el0.eligibilityCriteria, 'eligibilityModule.eligibilityCriteria') : { tag: 'criteria', at: 'eligibilityModule.eligibilityCriteria', children: [must('textblock', undefined, 'eligibilityModule.eligibilityCriteria', 'Eligibility Criteria')] },
      el('healthy_volunteers', yesNo(el0.healthyVolunteers), 'eligibilityModule.healthyVolunteers'),
      must('gender', form(V.sex, el0.sex, 'Sex'), 'eligibilityModule.sex', 'Sex'),
      el('gender_based', yesNo(el0.genderBased), 'eligibilityModule.genderBased'),
      block('gender_description', el0.genderDescription, 'eligibilityModule.genderDescription'),
      // An age the record does not state is no limit (the API leaves it out; PRS writes N/A).
      el('minimum_age', el0.minimumAge ?? 'N/A', 'eligibilityModule.minimumAge'),
      el('maximum_age', el0.maximumAge ?? 'N/A', 'eligibilityModule.maximumAge'),
    ], 'eligibilityModule'),
    ...(cl.overallOfficials ?? []).map((o, k) => {
      const at = `contactsLocationsModule.overallOfficials.${k}`;
      return group('overall_official', [must('last_name', o.name, `${at}.name`, 'An overall official\'s name'), el('role', form(V.officialRole, o.role, 'Official role'), `${at}.role`), el('affiliation', o.affiliation, `${at}.affiliation`)], at);
    }),
    person('overall_contact', central[0], 'contactsLocationsModule.centralContacts.0', true),
    person('overall_contact_backup', central[1], 'contactsLocationsModule.centralContacts.1', true),
    ...locations,
    ipdNode,
  ];
  if (unsafe > 0) notes.push(`${unsafe} control character${unsafe === 1 ? '' : 's'} that XML cannot carry ${unsafe === 1 ? 'was' : 'were'} removed.`);
  return { node: { tag: 'clinical_study', children: children.filter(isNode) }, notes };
}

/** The upload file's root: the PRS namespace on the collection, its children unqualified. */
export function prsCollection(studies: readonly XmlNode[]): XmlNode {
  return { tag: 'prs:study_collection', attributes: { 'xmlns:prs': PRS_NAMESPACE }, children: studies };
}
