import type { EnumVocabulary } from './types';

// Source for every vocabulary here: ../shared/reference/ctgov-rules.md §2 (API v2 enums S1/S10,
// PRS labels S2, classic public XML S3, definitions S6). The reference is copied into
// docs/reference/ctgov-rules.md so the repository stands alone.
const REF = 'ctgov-rules.md §2';

export const overallStatus: EnumVocabulary = {
  id: 'overallStatus',
  apiType: 'Status',
  title: 'Overall Recruitment Status',
  source: `${REF}.1 (S6, S10, S17)`,
  terms: [
    { code: 'NOT_YET_RECRUITING', label: 'Not yet recruiting', definition: 'Participants are not yet being recruited.' },
    { code: 'RECRUITING', label: 'Recruiting', definition: 'Participants are currently being recruited, whether or not any participants have yet been enrolled.' },
    { code: 'ENROLLING_BY_INVITATION', label: 'Enrolling by invitation', definition: 'Participants are being (or will be) selected from a predetermined population.' },
    { code: 'ACTIVE_NOT_RECRUITING', label: 'Active, not recruiting', definition: 'The study is continuing, meaning participants are receiving an intervention or being examined, but new participants are not currently being recruited or enrolled.' },
    { code: 'SUSPENDED', label: 'Suspended', definition: 'The study has stopped early but may start again.' },
    { code: 'TERMINATED', label: 'Terminated', definition: 'The study has stopped early and will not start again. Participants are no longer being examined or treated.' },
    { code: 'COMPLETED', label: 'Completed', definition: 'The study has ended normally, and participants are no longer being examined or treated (that is, the last participant\'s last visit has occurred).' },
    { code: 'WITHDRAWN', label: 'Withdrawn', definition: 'The study stopped early, before enrolling its first participant.' },
    { code: 'AVAILABLE', label: 'Available', definition: 'Expanded access is currently available for this investigational treatment.' },
    { code: 'NO_LONGER_AVAILABLE', label: 'No longer available', definition: 'Expanded access was available for this intervention previously but is not currently available.' },
    { code: 'TEMPORARILY_NOT_AVAILABLE', label: 'Temporarily not available', definition: 'Expanded access is not currently available but is expected to be available in the future.' },
    { code: 'APPROVED_FOR_MARKETING', label: 'Approved for marketing', definition: 'The intervention has been approved by the U.S. FDA for use by the public.' },
    { code: 'WITHHELD', label: 'Withheld', definition: 'Record of an unapproved device whose posting is delayed.', legacy: true },
    { code: 'UNKNOWN', label: 'Unknown status', aliases: ['Unknown'], definition: 'Derived by ClinicalTrials.gov: an open study not verified in 2 years and past its completion date.', legacy: true },
  ],
};

export const studyType: EnumVocabulary = {
  id: 'studyType',
  apiType: 'StudyType',
  title: 'Study Type',
  source: `${REF}.2 (S3, S18)`,
  terms: [
    { code: 'INTERVENTIONAL', label: 'Interventional', aliases: ['Interventional (Clinical Trial)'], definition: 'Participants are assigned prospectively to an intervention or interventions according to a protocol to evaluate the effect of the intervention(s) on biomedical or other health-related outcomes.' },
    { code: 'OBSERVATIONAL', label: 'Observational', aliases: ['Observational [Patient Registry]', 'Observational (Patient Registry)'], definition: 'Participants are not assigned to an intervention by the investigator; outcomes are observed.' },
    { code: 'EXPANDED_ACCESS', label: 'Expanded Access', definition: 'A way for patients with serious diseases or conditions who cannot participate in a clinical trial to gain access to a medical product that has not been approved by the U.S. FDA.' },
  ],
};

export const phase: EnumVocabulary = {
  id: 'phase',
  apiType: 'Phase',
  title: 'Study Phase',
  source: `${REF}.3 (S2, S3, S6, S10)`,
  terms: [
    { code: 'NA', label: 'Not Applicable', aliases: ['N/A'], definition: 'Describes trials without FDA-defined phases, including trials of devices or behavioral interventions.' },
    { code: 'EARLY_PHASE1', label: 'Early Phase 1', aliases: ['Phase 0'], definition: 'A phase of research used to describe exploratory trials conducted before traditional phase 1 trials to investigate how or whether a drug affects the body. They involve very limited human exposure to the drug and have no therapeutic or diagnostic goals.' },
    { code: 'PHASE1', label: 'Phase 1', definition: 'A phase of research to describe clinical trials that focus on the safety of a drug. They are usually conducted with healthy volunteers, and the goal is to determine the drug\'s most frequent and serious adverse events and, often, how the drug is broken down and excreted by the body.' },
    { code: 'PHASE2', label: 'Phase 2', definition: 'A phase of research to describe clinical trials that gather preliminary data on whether a drug works in people who have a certain condition/disease (that is, the drug\'s effectiveness).' },
    { code: 'PHASE3', label: 'Phase 3', definition: 'A phase of research to describe clinical trials that gather more information about a drug\'s safety and effectiveness by studying different populations and different dosages and by using the drug in combination with other drugs.' },
    { code: 'PHASE4', label: 'Phase 4', definition: 'A phase of research to describe clinical trials occurring after FDA has approved a drug for marketing.' },
  ],
};

export const allocation: EnumVocabulary = {
  id: 'allocation',
  apiType: 'DesignAllocation',
  title: 'Allocation',
  source: `${REF}.4 (S2)`,
  terms: [
    { code: 'RANDOMIZED', label: 'Randomized', definition: 'Participants are assigned to intervention groups by chance.' },
    { code: 'NON_RANDOMIZED', label: 'Non-Randomized', definition: 'Participants are expressly assigned to intervention groups through a non-random method, such as physician choice.' },
    { code: 'NA', label: 'N/A', aliases: ['Not Applicable'], definition: 'Not applicable: for a single-arm trial.' },
  ],
};

export const interventionModel: EnumVocabulary = {
  id: 'interventionModel',
  apiType: 'InterventionalAssignment',
  title: 'Interventional Study Model',
  source: `${REF}.5 (S6)`,
  terms: [
    { code: 'SINGLE_GROUP', label: 'Single Group Assignment', definition: 'Clinical trials with a single arm.' },
    { code: 'PARALLEL', label: 'Parallel Assignment', definition: 'Participants are assigned to one of two or more groups in parallel for the duration of the study.' },
    { code: 'CROSSOVER', label: 'Crossover Assignment', definition: 'Participants receive one of two (or more) alternative interventions during the initial phase of the study and receive the other intervention during the second phase of the study.' },
    { code: 'FACTORIAL', label: 'Factorial Assignment', definition: 'Two or more interventions, each alone and in combination, are evaluated in parallel against a control group.' },
    { code: 'SEQUENTIAL', label: 'Sequential Assignment', definition: 'Groups of participants are assigned to receive interventions based on prior milestones being reached in the study, such as in some dose escalation and adaptive design studies.' },
  ],
};

export const primaryPurpose: EnumVocabulary = {
  id: 'primaryPurpose',
  apiType: 'PrimaryPurpose',
  title: 'Primary Purpose',
  source: `${REF}.6 (S1, S2, S10)`,
  terms: [
    { code: 'TREATMENT', label: 'Treatment', definition: 'One or more interventions are being evaluated for treating a disease, syndrome, or condition.' },
    { code: 'PREVENTION', label: 'Prevention', definition: 'One or more interventions are being assessed for preventing the development of a specific disease or health condition.' },
    { code: 'DIAGNOSTIC', label: 'Diagnostic', definition: 'One or more interventions are being evaluated for identifying a disease or health condition.' },
    { code: 'SUPPORTIVE_CARE', label: 'Supportive Care', definition: 'One or more interventions are evaluated for maximizing comfort, minimizing side effects, or mitigating against a decline in the participant\'s health or function.' },
    { code: 'SCREENING', label: 'Screening', definition: 'One or more interventions are assessed or examined for identifying a condition, or risk factors for a condition, in people who are not yet known to have the condition or risk factor.' },
    { code: 'HEALTH_SERVICES_RESEARCH', label: 'Health Services Research', definition: 'One or more interventions for evaluating the delivery, processes, management, organization, or financing of healthcare.' },
    { code: 'BASIC_SCIENCE', label: 'Basic Science', definition: 'One or more interventions for examining the basic mechanism of action.' },
    { code: 'DEVICE_FEASIBILITY', label: 'Device Feasibility', definition: 'An intervention of a device product is being evaluated in a small clinical trial to determine the feasibility of the product.' },
    { code: 'ECT', label: 'Educational/Counseling/Training', definition: 'Legacy value, present in the API but not offered for new records.', legacy: true },
    { code: 'OTHER', label: 'Other', definition: 'None of the other options applies.' },
  ],
};

export const masking: EnumVocabulary = {
  id: 'masking',
  apiType: 'DesignMasking',
  title: 'Masking',
  source: `${REF}.7 (S17, S18)`,
  terms: [
    { code: 'NONE', label: 'None (Open Label)', aliases: ['Open Label', 'None'], definition: 'No masking: participants and study staff know the intervention assignments.' },
    { code: 'SINGLE', label: 'Single', aliases: ['Single Blind'], definition: 'One party is masked.' },
    { code: 'DOUBLE', label: 'Double', aliases: ['Double Blind'], definition: 'Two parties are masked.' },
    { code: 'TRIPLE', label: 'Triple', aliases: ['Triple Blind'], definition: 'Three parties are masked.' },
    { code: 'QUADRUPLE', label: 'Quadruple', aliases: ['Quadruple Blind'], definition: 'Four parties are masked.' },
  ],
};

export const whoMasked: EnumVocabulary = {
  id: 'whoMasked',
  apiType: 'WhoMasked',
  title: 'Who is masked',
  source: `${REF}.7 (S2, S17)`,
  terms: [
    { code: 'PARTICIPANT', label: 'Participant', aliases: ['Subject'] },
    { code: 'CARE_PROVIDER', label: 'Care Provider', aliases: ['Caregiver'] },
    { code: 'INVESTIGATOR', label: 'Investigator' },
    { code: 'OUTCOMES_ASSESSOR', label: 'Outcomes Assessor' },
  ],
};

export const observationalModel: EnumVocabulary = {
  id: 'observationalModel',
  apiType: 'ObservationalModel',
  title: 'Observational Study Model',
  source: `${REF}.8 (S2, S10)`,
  terms: [
    { code: 'COHORT', label: 'Cohort' },
    { code: 'CASE_CONTROL', label: 'Case-Control' },
    { code: 'CASE_ONLY', label: 'Case-Only' },
    { code: 'CASE_CROSSOVER', label: 'Case-Crossover' },
    { code: 'ECOLOGIC_OR_COMMUNITY', label: 'Ecologic or Community' },
    { code: 'FAMILY_BASED', label: 'Family-Based' },
    { code: 'DEFINED_POPULATION', label: 'Defined Population', legacy: true },
    { code: 'NATURAL_HISTORY', label: 'Natural History', legacy: true },
    { code: 'OTHER', label: 'Other' },
  ],
};

export const timePerspective: EnumVocabulary = {
  id: 'timePerspective',
  apiType: 'DesignTimePerspective',
  title: 'Time Perspective',
  source: `${REF}.9 (S6)`,
  terms: [
    { code: 'RETROSPECTIVE', label: 'Retrospective' },
    { code: 'PROSPECTIVE', label: 'Prospective' },
    { code: 'CROSS_SECTIONAL', label: 'Cross-Sectional' },
    { code: 'OTHER', label: 'Other', definition: 'Explain in Detailed Description.' },
  ],
};

export const bioSpecRetention: EnumVocabulary = {
  id: 'bioSpecRetention',
  apiType: 'BioSpecRetention',
  title: 'Biospecimen Retention',
  source: `${REF}.10 (S2)`,
  terms: [
    { code: 'NONE_RETAINED', label: 'None Retained' },
    { code: 'SAMPLES_WITH_DNA', label: 'Samples With DNA' },
    { code: 'SAMPLES_WITHOUT_DNA', label: 'Samples Without DNA' },
  ],
};

export const armGroupType: EnumVocabulary = {
  id: 'armGroupType',
  apiType: 'ArmGroupType',
  title: 'Arm Type',
  source: `${REF}.11 (S2)`,
  terms: [
    { code: 'EXPERIMENTAL', label: 'Experimental' },
    { code: 'ACTIVE_COMPARATOR', label: 'Active Comparator' },
    { code: 'PLACEBO_COMPARATOR', label: 'Placebo Comparator' },
    { code: 'SHAM_COMPARATOR', label: 'Sham Comparator' },
    { code: 'NO_INTERVENTION', label: 'No Intervention' },
    { code: 'OTHER', label: 'Other' },
  ],
};

export const interventionType: EnumVocabulary = {
  id: 'interventionType',
  apiType: 'InterventionType',
  title: 'Intervention Type',
  source: `${REF}.12 (S2, S3)`,
  terms: [
    { code: 'DRUG', label: 'Drug', definition: 'Including placebo.' },
    { code: 'DEVICE', label: 'Device', definition: 'Including sham.' },
    { code: 'BIOLOGICAL', label: 'Biological', aliases: ['Biological/Vaccine'] },
    { code: 'PROCEDURE', label: 'Procedure', aliases: ['Procedure/Surgery'] },
    { code: 'RADIATION', label: 'Radiation' },
    { code: 'BEHAVIORAL', label: 'Behavioral' },
    { code: 'GENETIC', label: 'Genetic' },
    { code: 'DIETARY_SUPPLEMENT', label: 'Dietary Supplement' },
    { code: 'COMBINATION_PRODUCT', label: 'Combination Product' },
    { code: 'DIAGNOSTIC_TEST', label: 'Diagnostic Test' },
    { code: 'OTHER', label: 'Other' },
  ],
};

export const sex: EnumVocabulary = {
  id: 'sex',
  apiType: 'Sex',
  title: 'Sex',
  source: `${REF}.13 (S2)`,
  terms: [
    { code: 'ALL', label: 'All', aliases: ['Both'] },
    { code: 'FEMALE', label: 'Female' },
    { code: 'MALE', label: 'Male' },
  ],
};

export const standardAge: EnumVocabulary = {
  id: 'standardAge',
  apiType: 'StandardAge',
  title: 'Age group',
  source: `${REF}.14 (S10, S11)`,
  terms: [
    { code: 'CHILD', label: 'Child', definition: 'Birth to 17 years.' },
    { code: 'ADULT', label: 'Adult', definition: '18 to 64 years.' },
    { code: 'OLDER_ADULT', label: 'Older Adult', definition: '65 years and older.' },
  ],
};

export const samplingMethod: EnumVocabulary = {
  id: 'samplingMethod',
  apiType: 'SamplingMethod',
  title: 'Sampling Method',
  source: `${REF}.15 (S6)`,
  terms: [
    { code: 'PROBABILITY_SAMPLE', label: 'Probability Sample' },
    { code: 'NON_PROBABILITY_SAMPLE', label: 'Non-Probability Sample' },
  ],
};

export const responsiblePartyType: EnumVocabulary = {
  id: 'responsiblePartyType',
  apiType: 'ResponsiblePartyType',
  title: 'Responsible Party',
  source: `${REF}.16 (S4)`,
  terms: [
    { code: 'SPONSOR', label: 'Sponsor' },
    { code: 'PRINCIPAL_INVESTIGATOR', label: 'Principal Investigator' },
    { code: 'SPONSOR_INVESTIGATOR', label: 'Sponsor-Investigator' },
  ],
};

export const secondaryIdType: EnumVocabulary = {
  id: 'secondaryIdType',
  apiType: 'SecondaryIdType',
  title: 'Secondary ID Type',
  source: `${REF}.17 (S2, S10)`,
  terms: [
    { code: 'NIH', label: 'U.S. NIH Grant/Contract', aliases: ['NIH Grant Number'] },
    { code: 'FDA', label: 'U.S. FDA Grant/Contract' },
    { code: 'VA', label: 'U.S. VA Grant/Contract' },
    { code: 'CDC', label: 'U.S. CDC Grant/Contract' },
    { code: 'AHRQ', label: 'U.S. AHRQ Grant/Contract' },
    { code: 'SAMHSA', label: 'U.S. SAMHSA Grant/Contract' },
    { code: 'OTHER_GRANT', label: 'Other Grant/Funding Number' },
    { code: 'EUDRACT_NUMBER', label: 'EudraCT Number' },
    { code: 'CTIS', label: 'EU Trial (CTIS) Number', aliases: ['EU CT Number'] },
    { code: 'REGISTRY', label: 'Registry Identifier' },
    { code: 'OTHER', label: 'Other Identifier' },
  ],
};

export const officialRole: EnumVocabulary = {
  id: 'officialRole',
  apiType: 'OfficialRole',
  title: 'Official role',
  source: `${REF}.18 (S2)`,
  terms: [
    { code: 'STUDY_CHAIR', label: 'Study Chair' },
    { code: 'STUDY_DIRECTOR', label: 'Study Director' },
    { code: 'PRINCIPAL_INVESTIGATOR', label: 'Principal Investigator' },
    { code: 'SUB_INVESTIGATOR', label: 'Sub-Investigator' },
  ],
};

export const ipdSharing: EnumVocabulary = {
  id: 'ipdSharing',
  apiType: 'IpdSharing',
  title: 'Plan to Share IPD',
  source: `${REF}.19 (S2)`,
  terms: [
    { code: 'YES', label: 'Yes' },
    { code: 'NO', label: 'No' },
    { code: 'UNDECIDED', label: 'Undecided' },
  ],
};

export const dateType: EnumVocabulary = {
  id: 'dateType',
  apiType: 'DateType',
  title: 'Date type',
  source: `${REF}.20 (S1, S2, S3)`,
  terms: [
    { code: 'ACTUAL', label: 'Actual' },
    { code: 'ESTIMATED', label: 'Estimated', aliases: ['Anticipated', 'Estimate', 'Expected'] },
  ],
};

export const agencyClass: EnumVocabulary = {
  id: 'agencyClass',
  apiType: 'AgencyClass',
  title: 'Agency class',
  source: `${REF}.20 (S1, S3)`,
  terms: [
    { code: 'NIH', label: 'NIH' },
    { code: 'FED', label: 'U.S. Fed' },
    { code: 'OTHER_GOV', label: 'Other U.S. Government' },
    { code: 'INDIV', label: 'Individual' },
    { code: 'INDUSTRY', label: 'Industry' },
    { code: 'NETWORK', label: 'Network' },
    { code: 'AMBIG', label: 'Ambiguous' },
    { code: 'OTHER', label: 'Other' },
    { code: 'UNKNOWN', label: 'Unknown' },
  ],
};

export const yesNo: EnumVocabulary = {
  id: 'yesNo',
  apiType: 'boolean',
  title: 'Yes/No',
  source: `${REF}.20`,
  terms: [
    { code: 'true', label: 'Yes' },
    { code: 'false', label: 'No' },
  ],
};

export const ALL_ENUMS: readonly EnumVocabulary[] = [
  overallStatus, studyType, phase, allocation, interventionModel, primaryPurpose, masking, whoMasked,
  observationalModel, timePerspective, bioSpecRetention, armGroupType, interventionType, sex, standardAge,
  samplingMethod, responsiblePartyType, secondaryIdType, officialRole, ipdSharing, dateType, agencyClass, yesNo,
];
