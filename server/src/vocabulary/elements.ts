// The ClinicalTrials.gov data elements the product knows: one row per element, holding every fact
// about it that more than one layer needs. The parser's label lookup, the grammar, completion,
// hover, the character limits, the placement of inserted text and the import's order are all read
// from here (test/unit/elements.test.ts fails when one of them drifts). Facts from
// docs/reference/ctgov-rules.md §1 (sources S1–S10 there; page labels of both layouts from §1,
// §4 and seed 003); requirements as §1 states them.

import * as V from './ctgov-enums';
import type { EnumVocabulary } from './types';

/** The page's sections in canonical order (ctgov-rules.md §4.1). */
const SECTION_ROWS = [
  { id: 'header' },
  { id: 'basicInfo' },
  { id: 'description', heading: 'Study Description' },
  { id: 'design', heading: 'Study Design' },
  { id: 'arms', heading: 'Arms and Interventions' },
  { id: 'interventions' },
  { id: 'outcomes', heading: 'Outcome Measures' },
  { id: 'eligibility', heading: 'Eligibility Criteria' },
  { id: 'contacts', heading: 'Contacts and Locations' },
  { id: 'sponsors' },
  { id: 'moreInfo', heading: 'More Information' },
  // Page furniture: recognised, never written, so never a place to insert before.
  { id: 'results', furniture: true },
  { id: 'related', furniture: true },
] as const;

/** Where a block sits in the page; used for folding and for placing inserted fields. */
export type SectionId = (typeof SECTION_ROWS)[number]['id'];

export interface SectionInfo {
  readonly id: SectionId;
  /** The heading the editor writes when it opens the section; none for sections without one. */
  readonly heading?: string;
  readonly furniture?: true;
}

export const SECTIONS: readonly SectionInfo[] = SECTION_ROWS;

interface FieldRow {
  readonly key: string;
  /** The element's name in PRS, as messages speak of one value of it (`Condition`, not `Conditions`). */
  readonly name: string;
  /** Page labels in both layouts, without their colon; matched case-insensitively. */
  readonly labels: readonly string[];
  /** Sections the field may stand in; the parser opens the first when it meets the label elsewhere. */
  readonly sections: readonly SectionId[];
  /** Where the editor inserts and completes it, when not the first of `sections`. */
  readonly home?: SectionId;
  /** The label the editor writes, when not the first of `labels` (`Estimated Enrollment`). */
  readonly label?: string;
  /** The study type the element belongs to (API code), when it is not for every study. */
  readonly studyType?: 'INTERVENTIONAL' | 'OBSERVATIONAL';
  /** How the editor writes it: `Label : | value |` (table row), `Label: value`, or a label line then text. */
  readonly form?: 'row' | 'inline' | 'block';
  /** The value runs over several lines and paragraphs until the next label or heading. */
  readonly multiline?: boolean;
  /** The label may carry Actual/Estimated (`Actual Study Start Date`, `Enrollment (Estimated)`). */
  readonly qualified?: boolean;
  /** Its path in the API v2 study JSON, under `protocolSection.` unless it names another section. */
  readonly api?: string;
  /** Its tag path in the PRS upload XML, under `<clinical_study>` (ProtocolRecordSchema.xsd); none where PRS sets it. */
  readonly prs?: string;
  /** PRS's limit in characters; `each` when it applies to each value of a list. */
  readonly limit?: number;
  readonly each?: boolean;
  /** A limit that is not a length (`NCT + 8 digits`). */
  readonly limitNote?: string;
  readonly vocabulary?: EnumVocabulary;
  /** False when the value is not itself a term of `vocabulary` (the responsible party is named). */
  readonly termValue?: boolean;
  /** For completion and hover: the requirement, the definition and where they come from. */
  readonly requirement?: string;
  readonly definition?: string;
  readonly source?: string;
  /** The lines a fix inserts when the element is missing, placeholders in angle brackets. */
  readonly template?: string;
  /**
   * A value with no code of its own: the model keeps it in `record.plain`, the export writes it at
   * `api` (a boolean as its vocabulary's code), and the import writes it from there, as a row at the
   * end of its home section. Adding such an element is this row alone.
   */
  readonly plain?: 'text' | 'boolean';
}

/** The page fields in canonical order: the order of the classic page, section by section. */
const FIELD_ROWS = [
  { key: 'briefTitle', name: 'Brief Title', labels: ['Brief Title'], sections: ['header', 'moreInfo'], api: 'identificationModule.briefTitle', prs: 'brief_title', limit: 300 },
  { key: 'acronym', name: 'Acronym', labels: ['Acronym'], sections: ['header', 'moreInfo'], form: 'inline', api: 'identificationModule.acronym', prs: 'acronym', limit: 14, requirement: 'Required if the study has one', definition: 'An acronym or abbreviation used publicly to identify the study; ClinicalTrials.gov appends it to the Brief Title.', source: 'ctgov-rules.md §1.1 (S4)' },
  { key: 'nctId', name: 'NCT Number', labels: ['ClinicalTrials.gov Identifier', 'ClinicalTrials.gov ID', 'NCT ID', 'NCT Number'], sections: ['header', 'moreInfo'], form: 'inline', api: 'identificationModule.nctId', limitNote: 'NCT + 8 digits', requirement: 'Assigned by ClinicalTrials.gov', definition: 'The unique identification code given to each clinical study upon registration at ClinicalTrials.gov: "NCT" followed by an 8-digit number.', source: 'ctgov-rules.md §1.1 (S1)', template: 'ClinicalTrials.gov Identifier: <NCT number>' },
  { key: 'overallStatus', name: 'Overall Recruitment Status', labels: ['Recruitment Status', 'Overall Status', 'Overall Recruitment Status'], sections: ['header', 'basicInfo'], form: 'inline', api: 'statusModule.overallStatus', prs: 'overall_status', vocabulary: V.overallStatus, requirement: 'Required', definition: 'The recruitment status for the clinical study as a whole, based upon the status of the individual sites.', source: 'ctgov-rules.md §1.2 (S10, S17)', template: 'Recruitment Status : <Not yet recruiting>' },
  // An Unknown status is followed by the status last verified: `Recruitment status was: Recruiting`.
  { key: 'lastKnownStatus', name: 'Last Known Status', labels: ['Recruitment status was', 'Last Known Status'], sections: ['header', 'basicInfo'], api: 'statusModule.lastKnownStatus' },
  { key: 'whyStopped', name: 'Why Study Stopped', labels: ['Why Study Stopped', 'Why Stopped'], sections: ['header', 'basicInfo', 'design'], form: 'inline', multiline: true, api: 'statusModule.whyStopped', prs: 'why_stopped', limit: 250, requirement: 'Required when the status is Suspended, Terminated or Withdrawn', definition: 'A brief explanation of the reason(s) why the study was stopped.', source: 'ctgov-rules.md §1.2 (S6, S7)', template: 'Why Study Stopped: <reason the study stopped>' },
  { key: 'firstSubmitted', name: 'First Submitted', labels: ['First Submitted', 'First Submitted Date'], sections: ['moreInfo', 'header'], api: 'statusModule.studyFirstSubmitDate' },
  { key: 'firstPosted', name: 'First Posted', labels: ['First Posted', 'First Posted Date'], sections: ['header', 'moreInfo'], api: 'statusModule.studyFirstPostDateStruct.date' },
  { key: 'resultsFirstPosted', name: 'Results First Posted', labels: ['Results First Posted'], sections: ['header', 'moreInfo'], api: 'statusModule.resultsFirstPostDateStruct.date' },
  { key: 'lastUpdatePosted', name: 'Last Update Posted', labels: ['Last Update Posted', 'Last Updated'], sections: ['header', 'moreInfo'], api: 'statusModule.lastUpdatePostDateStruct.date' },
  { key: 'leadSponsor', name: 'Sponsor', labels: ['Sponsor', 'Lead Sponsor'], sections: ['header', 'contacts', 'sponsors', 'moreInfo'], form: 'inline', api: 'sponsorCollaboratorsModule.leadSponsor.name', prs: 'sponsors/lead_sponsor/agency', limit: 160, requirement: 'Required', definition: 'The organization or person who initiates the study and who has authority and control over the study.', source: 'ctgov-rules.md §1.3 (S6)', template: 'Sponsor: <sponsor organization>' },
  { key: 'collaborators', name: 'Collaborator', labels: ['Collaborator', 'Collaborators'], sections: ['header', 'contacts', 'sponsors', 'moreInfo'], label: 'Collaborators', form: 'inline', api: 'sponsorCollaboratorsModule.collaborators[].name', prs: 'sponsors/collaborator/agency', limit: 160, each: true, requirement: 'Optional', definition: 'Other organizations, if any, providing support: funding, design, implementation, data analysis or reporting.', source: 'ctgov-rules.md §1.3 (S6)' },
  { key: 'responsibleParty', name: 'Responsible Party', labels: ['Responsible Party', 'Information provided by (Responsible Party)', 'Information provided by'], sections: ['moreInfo', 'header', 'sponsors'], home: 'header', label: 'Information provided by (Responsible Party)', form: 'inline', api: 'sponsorCollaboratorsModule.responsibleParty', prs: 'sponsors/resp_party/resp_party_type', vocabulary: V.responsiblePartyType, termValue: false, requirement: 'Required', definition: 'The entity responsible for submitting information about the study: the sponsor, or a principal investigator designated by the sponsor.', source: 'ctgov-rules.md §1.3 (S4)', template: 'Information provided by (Responsible Party): <Sponsor>' },
  { key: 'briefSummary', name: 'Brief Summary', labels: ['Brief Summary'], sections: ['description'], form: 'block', multiline: true, api: 'descriptionModule.briefSummary', prs: 'brief_summary/textblock', limit: 5000, requirement: 'Required', definition: 'A short description of the clinical study, including a brief statement of the study\'s hypothesis, written in language intended for the lay public.', source: 'ctgov-rules.md §1.5 (S6, S7)', template: 'Brief Summary:\n<A short summary of the study in lay language, with its hypothesis.>' },
  { key: 'detailedDescription', name: 'Detailed Description', labels: ['Detailed Description'], sections: ['description'], form: 'block', multiline: true, api: 'descriptionModule.detailedDescription', prs: 'detailed_description/textblock', limit: 32000, requirement: 'Optional', definition: 'An extended description of the protocol, including more technical information than the Brief Summary. Do not include the entire protocol or repeat the eligibility criteria or outcome measures.', source: 'ctgov-rules.md §1.5 (S6, S7, S10)', template: 'Detailed Description:\n<Further detail.>' },
  { key: 'conditions', name: 'Condition', labels: ['Conditions', 'Condition or disease'], sections: ['description'], form: 'inline', multiline: true, api: 'conditionsModule.conditions[]', prs: 'condition', limit: 160, each: true, requirement: 'Required', definition: 'The name(s) of the disease(s) or condition(s) studied, or the focus of the study; use MeSH terms where possible.', source: 'ctgov-rules.md §1.5 (S6)', template: 'Conditions: <condition or disease>' },
  { key: 'keywords', name: 'Keyword', labels: ['Keywords', 'Keywords provided by', 'Keywords Provided by'], sections: ['moreInfo', 'description'], form: 'inline', multiline: true, api: 'conditionsModule.keywords[]', prs: 'keyword', limit: 160, each: true, requirement: 'Optional', definition: 'Words or phrases that best describe the protocol, to help users find the study; use MeSH terms and avoid acronyms.', source: 'ctgov-rules.md §1.5 (S6)' },
  { key: 'meshTerms', name: 'MeSH term', labels: ['Additional relevant MeSH terms', 'MeSH Terms'], sections: ['moreInfo'], multiline: true, api: 'derivedSection.conditionBrowseModule.meshes[].term' },
  { key: 'studyType', name: 'Study Type', labels: ['Study Type', 'Study Classification'], sections: ['design', 'basicInfo'], form: 'row', api: 'designModule.studyType', prs: 'study_design/study_type', vocabulary: V.studyType, requirement: 'Required', definition: 'The nature of the investigation: Interventional, Observational or Expanded Access.', source: 'ctgov-rules.md §1.6 (S3, S18)', template: 'Study Type : | <Interventional (Clinical Trial)> |' },
  { key: 'patientRegistry', studyType: 'OBSERVATIONAL', name: 'Patient Registry', labels: ['Patient Registry'], sections: ['design'], api: 'designModule.patientRegistry', prs: 'study_design/observational_design/patient_registry', vocabulary: V.yesNo },
  { key: 'phases', studyType: 'INTERVENTIONAL', name: 'Phase', labels: ['Phase', 'Phases', 'Study Phase', 'Clinical Phase'], sections: ['design', 'basicInfo', 'description'], form: 'row', api: 'designModule.phases[]', prs: 'study_design/interventional_design/phase', vocabulary: V.phase, requirement: 'Required for interventional studies', definition: 'For a clinical trial of a drug product (including a biological product), the numerical phase of the trial, based on definitions developed by the U.S. FDA.', source: 'ctgov-rules.md §1.6 (S2, S6)', template: 'Phase: | <Phase 2> |' },
  { key: 'enrollment', name: 'Enrollment', labels: ['Enrollment', 'Total Enrollment'], sections: ['design', 'basicInfo'], label: 'Estimated Enrollment', form: 'row', qualified: true, api: 'designModule.enrollmentInfo.count', prs: 'enrollment', requirement: 'Required', definition: 'The estimated total number of participants to be enrolled (target number) or the actual total number enrolled; with its type (Estimated or Actual).', source: 'ctgov-rules.md §1.6 (S18, S19)', template: 'Estimated Enrollment : | <number> participants |' },
  { key: 'allocation', studyType: 'INTERVENTIONAL', name: 'Allocation', labels: ['Allocation', 'Allocation Method'], sections: ['design'], form: 'row', api: 'designModule.designInfo.allocation', prs: 'study_design/interventional_design/allocation', vocabulary: V.allocation, requirement: 'Required for interventional studies', definition: 'The method by which participants are assigned to arms in a clinical trial.', source: 'ctgov-rules.md §1.6 (S2)', template: 'Allocation: | <Randomized> |' },
  { key: 'interventionModel', studyType: 'INTERVENTIONAL', name: 'Intervention Model', labels: ['Intervention Model', 'Interventional Model', 'Interventional Study Model'], sections: ['design'], form: 'row', api: 'designModule.designInfo.interventionModel', prs: 'study_design/interventional_design/assignment', vocabulary: V.interventionModel, requirement: 'Required for interventional studies', definition: 'The strategy for assigning interventions to participants.', source: 'ctgov-rules.md §1.6 (S18, S19)', template: 'Intervention Model: | <Parallel Assignment> |' },
  { key: 'interventionModelDescription', studyType: 'INTERVENTIONAL', name: 'Intervention Model Description', labels: ['Intervention Model Description', 'Interventional Model Description', 'Model Description'], sections: ['design'], form: 'block', multiline: true, api: 'designModule.designInfo.interventionModelDescription', prs: 'study_design/interventional_design/model_description/textblock', limit: 1000, requirement: 'Optional', definition: 'Details about the Interventional Study Model.', source: 'ctgov-rules.md §1.6 (S6)' },
  { key: 'masking', studyType: 'INTERVENTIONAL', name: 'Masking', labels: ['Masking', 'Blinding Strategy'], sections: ['design'], form: 'row', api: 'designModule.designInfo.maskingInfo.masking', prs: 'study_design/interventional_design/no_masking', vocabulary: V.masking, requirement: 'Required for interventional studies', definition: 'The party or parties involved in the clinical trial who are prevented from having knowledge of the interventions assigned to individual participants, written as the level and the masked roles, e.g. Double (Participant, Investigator).', source: 'ctgov-rules.md §1.6 (S17, S18)', template: 'Masking: | <None (Open Label)> |' },
  { key: 'maskingDescription', studyType: 'INTERVENTIONAL', name: 'Masking Description', labels: ['Masking Description'], sections: ['design'], form: 'block', multiline: true, api: 'designModule.designInfo.maskingInfo.maskingDescription', prs: 'study_design/interventional_design/masking_description/textblock', limit: 1000, requirement: 'Optional', definition: 'Information about other parties who may be masked, and how masking is done.', source: 'ctgov-rules.md §1.6 (S2)' },
  { key: 'primaryPurpose', studyType: 'INTERVENTIONAL', name: 'Primary Purpose', labels: ['Primary Purpose', 'Primary Study Purpose'], sections: ['design'], form: 'row', api: 'designModule.designInfo.primaryPurpose', prs: 'study_design/interventional_design/interventional_subtype', vocabulary: V.primaryPurpose, requirement: 'Required for interventional studies', definition: 'The main reason for the clinical trial.', source: 'ctgov-rules.md §1.6 (S2, S19)', template: 'Primary Purpose: | <Treatment> |' },
  { key: 'observationalModel', studyType: 'OBSERVATIONAL', name: 'Observational Model', labels: ['Observational Model', 'Observational Study Model'], sections: ['design'], form: 'row', api: 'designModule.designInfo.observationalModel', prs: 'study_design/observational_design/observational_study_design', vocabulary: V.observationalModel, requirement: 'Required for observational studies', definition: 'The primary strategy for participant identification and follow-up.', source: 'ctgov-rules.md §1.6 (S2)', template: 'Observational Model: | <Cohort> |' },
  { key: 'timePerspective', studyType: 'OBSERVATIONAL', name: 'Time Perspective', labels: ['Time Perspective'], sections: ['design'], form: 'row', api: 'designModule.designInfo.timePerspective', prs: 'study_design/observational_design/timing', vocabulary: V.timePerspective, requirement: 'Required for observational studies', definition: 'The temporal relationship of the observation period to the time of participant enrollment.', source: 'ctgov-rules.md §1.6 (S2, S6)', template: 'Time Perspective: | <Prospective> |' },
  { key: 'bioSpecRetention', studyType: 'OBSERVATIONAL', name: 'Biospecimen Retention', labels: ['Biospecimen Retention'], sections: ['design'], form: 'row', api: 'designModule.bioSpec.retention', prs: 'study_design/observational_design/biospecimen_retention', vocabulary: V.bioSpecRetention, requirement: 'Required for observational studies', definition: 'Whether samples of material from research participants are retained in a biorepository.', source: 'ctgov-rules.md §1.6 (S2)', template: 'Biospecimen Retention: | <None Retained> |' },
  { key: 'bioSpecDescription', studyType: 'OBSERVATIONAL', name: 'Biospecimen Description', labels: ['Biospecimen Description'], sections: ['design'], form: 'block', multiline: true, api: 'designModule.bioSpec.description', prs: 'study_design/observational_design/biospecimen_description/textblock', limit: 1000, requirement: 'Required when samples are retained', definition: 'All types of biospecimens to be retained (e.g. whole blood, serum, white cells, urine, tissue).', source: 'ctgov-rules.md §1.6 (S2, S6)' },
  { key: 'targetDuration', studyType: 'OBSERVATIONAL', name: 'Target Follow-Up Duration', labels: ['Target Follow-Up Duration'], sections: ['design'], api: 'designModule.targetDuration', prs: 'study_design/observational_design/target_duration_quantity' },
  { key: 'officialTitle', name: 'Official Title', labels: ['Official Title'], sections: ['design', 'header', 'description'], form: 'row', api: 'identificationModule.officialTitle', prs: 'official_title', limit: 600, requirement: 'Required for studies starting on or after January 18, 2017', definition: 'The title of the clinical study, corresponding to the title of the protocol.', source: 'ctgov-rules.md §1.1 (S4)', template: 'Official Title: | <official scientific title> |' },
  { key: 'startDate', name: 'Study Start Date', labels: ['Study Start Date', 'Study Start'], sections: ['design', 'basicInfo', 'header'], label: 'Estimated Study Start Date', form: 'row', qualified: true, api: 'statusModule.startDateStruct.date', prs: 'start_date', requirement: 'Required', definition: 'The estimated date on which the clinical study will be open for recruitment, or the actual date on which the first participant was enrolled; with its type (Actual or Estimated).', source: 'ctgov-rules.md §1.2 (S1, S18)', template: 'Estimated Study Start Date : | <Month Day, Year> |' },
  { key: 'primaryCompletionDate', name: 'Primary Completion Date', labels: ['Primary Completion Date', 'Primary Completion'], sections: ['design', 'basicInfo', 'header'], label: 'Estimated Primary Completion Date', form: 'row', qualified: true, api: 'statusModule.primaryCompletionDateStruct.date', prs: 'primary_compl_date', requirement: 'Required', definition: 'The date on which the last participant was examined or received an intervention to collect final data for the primary outcome measure; with its type (Actual or Estimated).', source: 'ctgov-rules.md §1.2 (S1, S18)', template: 'Estimated Primary Completion Date : | <Month Day, Year> |' },
  { key: 'completionDate', name: 'Study Completion Date', labels: ['Study Completion Date', 'Study Completion', 'Completion Date'], sections: ['design', 'basicInfo', 'header'], label: 'Estimated Study Completion Date', form: 'row', qualified: true, api: 'statusModule.completionDateStruct.date', prs: 'last_follow_up_date', requirement: 'Required for studies starting on or after January 18, 2017', definition: 'The date on which the last participant was examined or received an intervention for purposes of final collection of data for the primary and secondary outcome measures and adverse events (the last participant\'s last visit); with its type.', source: 'ctgov-rules.md §1.2 (S1, S18)', template: 'Estimated Study Completion Date : | <Month Day, Year> |' },
  { key: 'ages', name: 'Ages Eligible for Study', labels: ['Ages Eligible for Study', 'Ages Eligible'], sections: ['eligibility'], form: 'row', api: 'eligibilityModule.minimumAge', prs: 'eligibility/minimum_age', requirement: 'Required', definition: 'The minimum and maximum age of potential participants, each a number and a unit (e.g. 18 Years) or N/A (No limit): "18 Years to 65 Years" or "18 Years and older".', source: 'ctgov-rules.md §1.9 (S1, S2, S3)', template: 'Ages Eligible for Study: | <Minimum Age> to <Maximum Age> |' },
  { key: 'minimumAge', name: 'Minimum Age', labels: ['Minimum Eligible Age', 'Minimum Age'], sections: ['eligibility'], label: 'Minimum Age', form: 'row', api: 'eligibilityModule.minimumAge', prs: 'eligibility/minimum_age', requirement: 'Required', definition: 'The minimum age of potential participants: a number and a unit, or N/A (No limit).', source: 'ctgov-rules.md §1.9 (S1, S2)' },
  { key: 'maximumAge', name: 'Maximum Age', labels: ['Maximum Eligible Age', 'Maximum Age'], sections: ['eligibility'], label: 'Maximum Age', form: 'row', api: 'eligibilityModule.maximumAge', prs: 'eligibility/maximum_age', requirement: 'Required', definition: 'The maximum age of potential participants: a number and a unit, or N/A (No limit).', source: 'ctgov-rules.md §1.9 (S1, S2)' },
  { key: 'sex', name: 'Sex', labels: ['Sexes Eligible for Study', 'Genders Eligible for Study', 'Eligible Sex'], sections: ['eligibility'], form: 'row', api: 'eligibilityModule.sex', prs: 'eligibility/gender', vocabulary: V.sex, requirement: 'Required', definition: 'The sex of the participants eligible to take part.', source: 'ctgov-rules.md §1.9 (S2, S18)', template: 'Sexes Eligible for Study: | <All> |' },
  { key: 'genderBased', name: 'Gender Based', labels: ['Gender Based'], sections: ['eligibility'], api: 'eligibilityModule.genderBased', prs: 'eligibility/gender_based', vocabulary: V.yesNo },
  { key: 'genderDescription', name: 'Gender Eligibility Description', labels: ['Gender Eligibility Description'], sections: ['eligibility'], multiline: true, api: 'eligibilityModule.genderDescription', prs: 'eligibility/gender_description/textblock', limit: 1000 },
  { key: 'healthyVolunteers', name: 'Accepts Healthy Volunteers', labels: ['Accepts Healthy Volunteers'], sections: ['eligibility'], form: 'row', api: 'eligibilityModule.healthyVolunteers', prs: 'eligibility/healthy_volunteers', vocabulary: V.yesNo, requirement: 'Required (optional for observational studies)', definition: 'Whether participants who do not have a disease or condition, or a related condition or symptom, are eligible.', source: 'ctgov-rules.md §1.9 (S7, S18)', template: 'Accepts Healthy Volunteers: | <No> |' },
  { key: 'studyPopulation', studyType: 'OBSERVATIONAL', name: 'Study Population', labels: ['Study Population', 'Study Population Description'], sections: ['eligibility'], form: 'block', multiline: true, api: 'eligibilityModule.studyPopulation', prs: 'eligibility/study_population/textblock', limit: 1000, requirement: 'Required for observational studies', definition: 'A description of the population from which the groups or cohorts will be selected (e.g. primary care clinic, community sample).', source: 'ctgov-rules.md §1.9 (S2, S6)', template: 'Study Population:\n<Description of the population from which the groups are drawn.>' },
  { key: 'samplingMethod', studyType: 'OBSERVATIONAL', name: 'Sampling Method', labels: ['Sampling Method'], sections: ['eligibility'], form: 'row', api: 'eligibilityModule.samplingMethod', prs: 'eligibility/sampling_method', vocabulary: V.samplingMethod, requirement: 'Required for observational studies', definition: 'The method used for the sampling approach.', source: 'ctgov-rules.md §1.9 (S2, S19)', template: 'Sampling Method: | <Non-Probability Sample> |' },
  { key: 'criteria', name: 'Eligibility Criteria', labels: ['Criteria'], sections: ['eligibility'], api: 'eligibilityModule.eligibilityCriteria', prs: 'eligibility/criteria/textblock', limit: 20000 },
  { key: 'centralContact', name: 'Central Contact', labels: ['Contact', 'Central Contact'], sections: ['contacts'], api: 'contactsLocationsModule.centralContacts[].name', prs: 'overall_contact/last_name' },
  { key: 'official', name: 'Overall Study Official', labels: ['Study Director', 'Study Chair', 'Principal Investigator', 'Sub-Investigator'], sections: ['contacts', 'sponsors'], api: 'contactsLocationsModule.overallOfficials[].name', prs: 'overall_official/last_name' },
  { key: 'otherStudyIds', name: 'Other Study ID Numbers', labels: ['Other Study ID Numbers', 'Other Study ID Number'], sections: ['moreInfo', 'header'], form: 'row', api: 'identificationModule.orgStudyIdInfo.id', prs: 'id_info/org_study_id', limit: 30, each: true, requirement: 'Unique Protocol ID required', definition: 'The sponsor\'s unique protocol identification number first, then other identifiers with their type in brackets, e.g. "2020-003096-18 ( EudraCT Number )".', source: 'ctgov-rules.md §1.1 (S4)', template: 'Other Study ID Numbers: | <organization study ID> |' },
  // One identifier per row, so an ID may contain spaces (`U01 AR45444`); the import writes these.
  { key: 'orgStudyId', name: 'Unique Protocol ID', labels: ['Org Study ID', 'Unique Protocol ID', 'Organization\'s Unique Protocol ID'], sections: ['moreInfo', 'header'], api: 'identificationModule.orgStudyIdInfo.id', prs: 'id_info/org_study_id', limit: 30 },
  { key: 'secondaryId', name: 'Secondary ID', labels: ['Secondary ID', 'Secondary Study ID'], sections: ['moreInfo', 'header'], api: 'identificationModule.secondaryIdInfos[].id', prs: 'id_info/secondary_id/id', limit: 30 },
  { key: 'lastVerified', name: 'Record Verification Date', labels: ['Last Verified', 'Record Verification Date'], sections: ['moreInfo', 'header'], form: 'row', api: 'statusModule.statusVerifiedDate', prs: 'verification_date', requirement: 'Required; refresh at least every 12 months while the study is open', definition: 'The date on which the responsible party last verified the clinical study information in the entire record, even if no information was changed (month and year).', source: 'ctgov-rules.md §1.2 (S2)', template: 'Last Verified: | <Month Year> |' },
  { key: 'ipdStatement', name: 'IPD Sharing Statement', labels: ['Individual Participant Data (IPD) Sharing Statement', 'IPD Sharing Statement'], sections: ['moreInfo'] },
  { key: 'ipdSharing', name: 'Plan to Share IPD', labels: ['Plan to Share IPD', 'Plan to Share Individual Participant Data (IPD)'], sections: ['moreInfo'], form: 'row', api: 'ipdSharingStatementModule.ipdSharing', prs: 'ipd_sharing_statement/sharing_ipd', vocabulary: V.ipdSharing, requirement: 'Optional', definition: 'Whether there is a plan to make individual participant data (IPD) collected in the study available to other researchers.', source: 'ctgov-rules.md §1.11 (S2)' },
  { key: 'ipdDescription', name: 'IPD Sharing Plan Description', labels: ['Plan Description', 'IPD Sharing Plan Description'], sections: ['moreInfo'], form: 'row', multiline: true, api: 'ipdSharingStatementModule.description', prs: 'ipd_sharing_statement/ipd_description/textblock', limit: 1000, requirement: 'Only with Plan to Share IPD', definition: 'What specific IPD will be shared, and when and how.', source: 'ctgov-rules.md §1.11 (S2, S7)' },
  { key: 'ipdInfoTypes', name: 'IPD Sharing Supporting Information Type', labels: ['Supporting Materials', 'IPD Sharing Supporting Information Type'], sections: ['moreInfo'], api: 'ipdSharingStatementModule.infoTypes[]', prs: 'ipd_sharing_statement/ipd_info_type_protocol' },
  { key: 'ipdTimeFrame', name: 'IPD Sharing Time Frame', labels: ['IPD Sharing Time Frame'], sections: ['moreInfo'], api: 'ipdSharingStatementModule.timeFrame', prs: 'ipd_sharing_statement/ipd_time_frame/textblock' },
  { key: 'ipdAccessCriteria', name: 'IPD Sharing Access Criteria', labels: ['Access Criteria', 'IPD Sharing Access Criteria'], sections: ['moreInfo'], multiline: true, api: 'ipdSharingStatementModule.accessCriteria', prs: 'ipd_sharing_statement/ipd_access_criteria/textblock' },
  { key: 'ipdUrl', name: 'IPD Sharing URL', labels: ['URL', 'IPD Sharing URL'], sections: ['moreInfo'], api: 'ipdSharingStatementModule.url', prs: 'ipd_sharing_statement/ipd_url', limit: 3999 },
  { key: 'isFdaRegulatedDrug', name: 'Studies a U.S. FDA-regulated Drug Product', labels: ['Studies a U.S. FDA-regulated Drug Product'], sections: ['moreInfo'], form: 'row', api: 'oversightModule.isFdaRegulatedDrug', prs: 'oversight_info/fda_regulated_drug', vocabulary: V.yesNo, requirement: 'Required for studies starting on or after January 18, 2017 (optional for observational studies)', definition: 'Whether the clinical study is studying a drug product (including a biological product) subject to section 505 of the FD&C Act or section 351 of the PHS Act.', source: 'ctgov-rules.md §1.4 (S6)', template: 'Studies a U.S. FDA-regulated Drug Product: | <Yes or No> |' },
  { key: 'isFdaRegulatedDevice', name: 'Studies a U.S. FDA-regulated Device Product', labels: ['Studies a U.S. FDA-regulated Device Product'], sections: ['moreInfo'], form: 'row', api: 'oversightModule.isFdaRegulatedDevice', prs: 'oversight_info/fda_regulated_device', vocabulary: V.yesNo, requirement: 'Required for studies starting on or after January 18, 2017 (optional for observational studies)', definition: 'Whether the clinical study is studying a device product subject to section 510(k), 515, or 520(m) of the FD&C Act.', source: 'ctgov-rules.md §1.4 (S6)', template: 'Studies a U.S. FDA-regulated Device Product: | <Yes or No> |' },
  { key: 'isUsExport', name: 'Product Manufactured in and Exported from the U.S.', labels: ['Product Manufactured in and Exported from the U.S.'], sections: ['moreInfo'], form: 'row', api: 'oversightModule.isUsExport', prs: 'oversight_info/exported_from_us', vocabulary: V.yesNo, requirement: 'Required if an FDA-regulated product is studied with no U.S. site and no IND/IDE', definition: 'Whether any drug or device product studied is manufactured in and exported from the U.S. for study in another country.', source: 'ctgov-rules.md §1.4 (S7)' },
  { key: 'oversightHasDmc', name: 'Data Monitoring Committee', labels: ['Data Monitoring Committee', 'Has Data Monitoring Committee'], sections: ['moreInfo', 'design'], api: 'oversightModule.oversightHasDmc', prs: 'oversight_info/has_dmc', vocabulary: V.yesNo },
  { key: 'hasExpandedAccess', name: 'Availability of Expanded Access', labels: ['Availability of Expanded Access'], sections: ['moreInfo'], form: 'row', api: 'statusModule.expandedAccessInfo.hasExpandedAccess', prs: 'ind_info/has_expanded_access', vocabulary: V.yesNo, plain: 'boolean', requirement: 'Conditionally required for studies of a drug product (including a biological product)', definition: 'Whether expanded access to the investigational drug product is available, outside the study, for patients who do not qualify for enrollment in it.', source: 'ctgov-rules.md §1.2 (S2)' },
] as const satisfies readonly FieldRow[];

/** Fields the parser recognises by their label. */
export type FieldKey = (typeof FIELD_ROWS)[number]['key'];

export interface FieldElement extends FieldRow {
  readonly key: FieldKey;
}

export const FIELD_ELEMENTS: readonly FieldElement[] = FIELD_ROWS;

interface PartRow {
  readonly key: string;
  readonly name: string;
  readonly api: string;
  readonly prs?: string;
  readonly limit?: number;
  readonly vocabulary?: EnumVocabulary;
}

/** Elements inside the record's lists (arms, interventions, outcomes, sites) and coded parts of fields. */
const PART_ROWS = [
  { key: 'armLabel', name: 'Arm label', api: 'armsInterventionsModule.armGroups[].label', prs: 'arm_group/arm_group_label', limit: 100 },
  { key: 'armType', name: 'Arm Type', api: 'armsInterventionsModule.armGroups[].type', prs: 'arm_group/arm_type', vocabulary: V.armGroupType },
  { key: 'armDescription', name: 'Arm description', api: 'armsInterventionsModule.armGroups[].description', prs: 'arm_group/arm_group_description/textblock', limit: 999 },
  { key: 'interventionType', name: 'Intervention Type', api: 'armsInterventionsModule.interventions[].type', prs: 'intervention/intervention_type', vocabulary: V.interventionType },
  { key: 'interventionName', name: 'Intervention name', api: 'armsInterventionsModule.interventions[].name', prs: 'intervention/intervention_name', limit: 200 },
  { key: 'interventionDescription', name: 'Intervention description', api: 'armsInterventionsModule.interventions[].description', prs: 'intervention/intervention_description/textblock', limit: 1000 },
  { key: 'outcomeTitle', name: 'Outcome measure title', api: 'outcomesModule.primaryOutcomes[].measure', prs: 'primary_outcome/outcome_measure', limit: 255 },
  { key: 'outcomeTimeFrame', name: 'Time Frame', api: 'outcomesModule.primaryOutcomes[].timeFrame', prs: 'primary_outcome/outcome_time_frame', limit: 255 },
  { key: 'outcomeDescription', name: 'Outcome measure description', api: 'outcomesModule.primaryOutcomes[].description', prs: 'primary_outcome/outcome_description/textblock', limit: 999 },
  { key: 'facilityName', name: 'Facility name', api: 'contactsLocationsModule.locations[].facility', prs: 'location/facility/name', limit: 254 },
  { key: 'siteStatus', name: 'Site status', api: 'contactsLocationsModule.locations[].status', prs: 'location/status', vocabulary: V.overallStatus },
  { key: 'whoMasked', name: 'Masked role', api: 'designModule.designInfo.maskingInfo.whoMasked[]', prs: 'study_design/interventional_design/masked_subject', vocabulary: V.whoMasked },
  { key: 'stdAges', name: 'Age group', api: 'eligibilityModule.stdAges[]', vocabulary: V.standardAge },
  { key: 'secondaryIdType', name: 'Secondary ID type', api: 'identificationModule.secondaryIdInfos[].type', prs: 'id_info/secondary_id/id_type', vocabulary: V.secondaryIdType },
  { key: 'responsiblePartyType', name: 'Responsible Party type', api: 'sponsorCollaboratorsModule.responsibleParty.type', prs: 'sponsors/resp_party/resp_party_type', vocabulary: V.responsiblePartyType },
] as const satisfies readonly PartRow[];

export type PartKey = (typeof PART_ROWS)[number]['key'];
export type ElementKey = FieldKey | PartKey;

export interface PartElement extends PartRow {
  readonly key: PartKey;
}

export const PART_ELEMENTS: readonly PartElement[] = PART_ROWS;

const fieldByKey = new Map<FieldKey, FieldElement>(FIELD_ELEMENTS.map((e) => [e.key, e]));
const byKey = new Map<ElementKey, FieldElement | PartElement>([...FIELD_ELEMENTS, ...PART_ELEMENTS].map((e) => [e.key, e]));

export const fieldElement = (key: FieldKey): FieldElement => fieldByKey.get(key)!;
export const element = (key: ElementKey): FieldElement | PartElement => byKey.get(key)!;

/** Where the editor inserts and completes a field. */
export const homeOf = (e: FieldElement): SectionId => e.home ?? e.sections[0]!;
/** The label the editor writes for a field. */
export const labelOf = (e: FieldElement): string => e.label ?? e.labels[0]!;
/** Whether the field's value is one term of its vocabulary (so the grammar colours it as one). */
export const isEnumerated = (e: FieldElement): boolean => e.vocabulary !== undefined && e.termValue !== false;
/** The field's canonical rank: its index in the table. */
export const rankOf = (key: FieldKey): number => FIELD_ELEMENTS.indexOf(fieldElement(key));
