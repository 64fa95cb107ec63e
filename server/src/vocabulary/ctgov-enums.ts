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
    { code: 'NA', label: 'Not Applicable', aliases: ['N/A'], prs: 'N/A', definition: 'Describes trials without FDA-defined phases, including trials of devices or behavioral interventions.' },
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
    { code: 'NON_RANDOMIZED', label: 'Non-Randomized', prs: 'Non-randomized', definition: 'Participants are expressly assigned to intervention groups through a non-random method, such as physician choice.' },
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
  source: `${REF}.7 (S2, S17); definitions from the PRS data element definitions [K]`,
  terms: [
    { code: 'PARTICIPANT', label: 'Participant', aliases: ['Subject'], definition: 'The people taking part do not know which intervention they receive.' },
    { code: 'CARE_PROVIDER', label: 'Care Provider', aliases: ['Caregiver'], definition: 'The people who give care to the participants do not know the assignments.' },
    { code: 'INVESTIGATOR', label: 'Investigator', definition: 'The investigators do not know the assignments.' },
    { code: 'OUTCOMES_ASSESSOR', label: 'Outcomes Assessor', definition: 'The people who evaluate the outcomes do not know the assignments.' },
  ],
};

export const observationalModel: EnumVocabulary = {
  id: 'observationalModel',
  apiType: 'ObservationalModel',
  title: 'Observational Study Model',
  source: `${REF}.8 (S2, S10); definitions from the PRS data element definitions [K]`,
  terms: [
    { code: 'COHORT', label: 'Cohort', definition: 'Group(s) of individuals, initially defined and composed, with common characteristics (for example, condition, birth year), who are examined or traced over a given time period.' },
    { code: 'CASE_CONTROL', label: 'Case-Control', aliases: ['Case Control'], definition: 'Group(s) of individuals with specific characteristics (for example, conditions or exposures) compared to group(s) with different characteristics, but otherwise similar.' },
    { code: 'CASE_ONLY', label: 'Case-Only', definition: 'A single group of individuals with specific characteristics.' },
    { code: 'CASE_CROSSOVER', label: 'Case-Crossover', definition: 'Characteristics of case histories are compared with those of the same individuals at another time.' },
    { code: 'ECOLOGIC_OR_COMMUNITY', label: 'Ecologic or Community', definition: 'Geographically defined populations, such as countries or regions, with outcomes compared across them.' },
    { code: 'FAMILY_BASED', label: 'Family-Based', definition: 'Studies conducted among family members, such as genetic studies within families or twin studies.' },
    { code: 'DEFINED_POPULATION', label: 'Defined Population', definition: 'Legacy value, not offered for new records.', legacy: true },
    { code: 'NATURAL_HISTORY', label: 'Natural History', definition: 'Legacy value, not offered for new records.', legacy: true },
    { code: 'OTHER', label: 'Other', definition: 'None of the other models describes the study; explain it in the Detailed Description.' },
  ],
};

export const timePerspective: EnumVocabulary = {
  id: 'timePerspective',
  apiType: 'DesignTimePerspective',
  title: 'Time Perspective',
  source: `${REF}.9 (S6)`,
  terms: [
    { code: 'RETROSPECTIVE', label: 'Retrospective', definition: 'Looks back using observations collected in the past (for example, from medical records).' },
    { code: 'PROSPECTIVE', label: 'Prospective', definition: 'Looks forward, using periodic observations collected predominantly after the participants enroll.' },
    { code: 'CROSS_SECTIONAL', label: 'Cross-Sectional', definition: 'Observations or measurements made at a single point in time, usually at enrollment.' },
    { code: 'OTHER', label: 'Other', definition: 'Explain in Detailed Description.' },
  ],
};

export const bioSpecRetention: EnumVocabulary = {
  id: 'bioSpecRetention',
  apiType: 'BioSpecRetention',
  title: 'Biospecimen Retention',
  source: `${REF}.10 (S2); definitions from the PRS data element definitions [K]`,
  terms: [
    { code: 'NONE_RETAINED', label: 'None Retained', definition: 'No samples are retained.' },
    { code: 'SAMPLES_WITH_DNA', label: 'Samples With DNA', definition: 'Samples retained, with potential for DNA extraction and analysis.' },
    { code: 'SAMPLES_WITHOUT_DNA', label: 'Samples Without DNA', definition: 'Samples retained, without DNA (for example, fixed tissue, plasma).' },
  ],
};

export const armGroupType: EnumVocabulary = {
  id: 'armGroupType',
  apiType: 'ArmGroupType',
  title: 'Arm Type',
  source: `${REF}.11 (S2); definitions from the PRS data element definitions [K]`,
  terms: [
    { code: 'EXPERIMENTAL', label: 'Experimental', definition: 'Participants receive the intervention or treatment that is the focus of the study.' },
    { code: 'ACTIVE_COMPARATOR', label: 'Active Comparator', definition: 'Participants receive an intervention or treatment considered effective (or the standard of care), to compare with the experimental one.' },
    { code: 'PLACEBO_COMPARATOR', label: 'Placebo Comparator', definition: 'Participants receive a placebo: a substance or treatment that has no therapeutic effect but looks like the experimental one.' },
    { code: 'SHAM_COMPARATOR', label: 'Sham Comparator', definition: 'Participants receive a procedure or device that appears the same as the experimental one but has no therapeutic benefit.' },
    { code: 'NO_INTERVENTION', label: 'No Intervention', definition: 'Participants receive no intervention or treatment during the study.' },
    { code: 'OTHER', label: 'Other', definition: 'An arm that none of the other types describes.' },
  ],
};

export const interventionType: EnumVocabulary = {
  id: 'interventionType',
  apiType: 'InterventionType',
  title: 'Intervention Type',
  source: `${REF}.12 (S2, S3); definitions from the PRS data element definitions [K]`,
  terms: [
    { code: 'DRUG', label: 'Drug', definition: 'Including placebo.' },
    { code: 'DEVICE', label: 'Device', definition: 'Including sham.' },
    { code: 'BIOLOGICAL', label: 'Biological', aliases: ['Biological/Vaccine'], prs: 'Biological/Vaccine', definition: 'Including vaccines, blood products, gene and cell therapies (PRS: Biological/Vaccine).' },
    { code: 'PROCEDURE', label: 'Procedure', aliases: ['Procedure/Surgery'], prs: 'Procedure/Surgery', definition: 'Including surgery (PRS: Procedure/Surgery).' },
    { code: 'RADIATION', label: 'Radiation', definition: 'Radiation therapy.' },
    { code: 'BEHAVIORAL', label: 'Behavioral', definition: 'For example, psychotherapy, lifestyle counseling.' },
    { code: 'GENETIC', label: 'Genetic', definition: 'Including gene transfer, stem cell and recombinant DNA.' },
    { code: 'DIETARY_SUPPLEMENT', label: 'Dietary Supplement', definition: 'For example, vitamins, minerals.' },
    { code: 'COMBINATION_PRODUCT', label: 'Combination Product', definition: 'Combining a drug, device or biological product with another of those (added 2017).' },
    { code: 'DIAGNOSTIC_TEST', label: 'Diagnostic Test', definition: 'For example, imaging, in-vitro diagnostics (added 2017).' },
    { code: 'OTHER', label: 'Other', definition: 'An intervention that none of the other types describes.' },
  ],
};

export const sex: EnumVocabulary = {
  id: 'sex',
  apiType: 'Sex',
  title: 'Sex',
  source: `${REF}.13 (S2)`,
  terms: [
    { code: 'ALL', label: 'All', aliases: ['Both'], definition: 'Participants of any sex may take part.' },
    { code: 'FEMALE', label: 'Female', definition: 'Only female participants may take part.' },
    { code: 'MALE', label: 'Male', definition: 'Only male participants may take part.' },
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
    { code: 'PROBABILITY_SAMPLE', label: 'Probability Sample', definition: 'Exclusively random process to guarantee that each participant or population has specified chance of selection.' },
    { code: 'NON_PROBABILITY_SAMPLE', label: 'Non-Probability Sample', definition: 'Any of a variety of other sampling processes (for example, convenience sampling).' },
  ],
};

export const responsiblePartyType: EnumVocabulary = {
  id: 'responsiblePartyType',
  apiType: 'ResponsiblePartyType',
  title: 'Responsible Party',
  source: `${REF}.16 (S4)`,
  terms: [
    { code: 'SPONSOR', label: 'Sponsor', definition: 'The sponsor is the responsible party.' },
    { code: 'PRINCIPAL_INVESTIGATOR', label: 'Principal Investigator', definition: 'A principal investigator designated by the sponsor is the responsible party.' },
    { code: 'SPONSOR_INVESTIGATOR', label: 'Sponsor-Investigator', definition: 'An individual who both initiates and conducts the study.' },
  ],
};

export const secondaryIdType: EnumVocabulary = {
  id: 'secondaryIdType',
  apiType: 'SecondaryIdType',
  title: 'Secondary ID Type',
  source: `${REF}.17 (S2, S10); definitions from the PRS data element definitions [K]`,
  terms: [
    { code: 'NIH', label: 'U.S. NIH Grant/Contract', aliases: ['NIH Grant Number'], prs: 'NIH Grant Number', definition: 'A complete U.S. National Institutes of Health grant or contract number, e.g. 5R01CA123456-02.' },
    { code: 'FDA', label: 'U.S. FDA Grant/Contract', definition: 'A U.S. Food and Drug Administration grant or contract number.' },
    { code: 'VA', label: 'U.S. VA Grant/Contract', definition: 'A U.S. Department of Veterans Affairs grant or contract number.' },
    { code: 'CDC', label: 'U.S. CDC Grant/Contract', definition: 'A U.S. Centers for Disease Control and Prevention grant or contract number.' },
    { code: 'AHRQ', label: 'U.S. AHRQ Grant/Contract', definition: 'A U.S. Agency for Healthcare Research and Quality grant or contract number.' },
    { code: 'SAMHSA', label: 'U.S. SAMHSA Grant/Contract', definition: 'A U.S. Substance Abuse and Mental Health Services Administration grant or contract number.' },
    { code: 'OTHER_GRANT', label: 'Other Grant/Funding Number', definition: 'A grant or funding number from another funder; name the grantor.' },
    { code: 'EUDRACT_NUMBER', label: 'EudraCT Number', definition: 'The European Union Drug Regulating Authorities Clinical Trials number: YYYY-NNNNNN-CC.' },
    { code: 'CTIS', label: 'EU Trial (CTIS) Number', aliases: ['EU CT Number'], definition: 'The EU Clinical Trials Information System number: YYYY-NNNNNN-NN-NN.' },
    { code: 'REGISTRY', label: 'Registry Identifier', definition: 'An identifier from another trial registry (e.g. ISRCTN, WHO ICTRP); name the registry.' },
    { code: 'OTHER', label: 'Other Identifier', definition: 'Any other identifier; describe it (e.g. UTN).' },
  ],
};

export const officialRole: EnumVocabulary = {
  id: 'officialRole',
  apiType: 'OfficialRole',
  title: 'Official role',
  source: `${REF}.18 (S2); definitions from the PRS data element definitions [K]`,
  terms: [
    { code: 'STUDY_CHAIR', label: 'Study Chair', definition: 'The investigator who leads a study conducted by a group or network.' },
    { code: 'STUDY_DIRECTOR', label: 'Study Director', definition: 'The sponsor\'s representative responsible for the scientific conduct of the study.' },
    { code: 'PRINCIPAL_INVESTIGATOR', label: 'Principal Investigator', definition: 'The investigator responsible for the conduct of the study (overall, or at a site).' },
    { code: 'SUB_INVESTIGATOR', label: 'Sub-Investigator', definition: 'An investigator at a site working under the principal investigator.' },
  ],
};

export const ipdSharing: EnumVocabulary = {
  id: 'ipdSharing',
  apiType: 'IpdSharing',
  title: 'Plan to Share IPD',
  source: `${REF}.19 (S2)`,
  terms: [
    { code: 'YES', label: 'Yes', definition: 'IPD will be shared.' },
    { code: 'NO', label: 'No', definition: 'IPD will not be shared.' },
    { code: 'UNDECIDED', label: 'Undecided', definition: 'It is not yet known whether IPD will be shared.' },
  ],
};

export const dateType: EnumVocabulary = {
  id: 'dateType',
  apiType: 'DateType',
  title: 'Date type',
  source: `${REF}.20 (S1, S2, S3)`,
  terms: [
    { code: 'ACTUAL', label: 'Actual', definition: 'The date has passed and is final (or the number is the real count).' },
    { code: 'ESTIMATED', label: 'Estimated', aliases: ['Anticipated', 'Estimate', 'Expected'], prs: 'Anticipated', definition: 'An expected date (or target number), to be updated when known.' },
  ],
};

export const agencyClass: EnumVocabulary = {
  id: 'agencyClass',
  apiType: 'AgencyClass',
  title: 'Agency class',
  source: `${REF}.20 (S1, S3); definitions [K]`,
  terms: [
    { code: 'NIH', label: 'NIH', definition: 'The U.S. National Institutes of Health.' },
    { code: 'FED', label: 'U.S. Fed', definition: 'Another U.S. federal agency.' },
    { code: 'OTHER_GOV', label: 'Other U.S. Government', definition: 'A U.S. state or local government agency.' },
    { code: 'INDIV', label: 'Individual', definition: 'An individual person.' },
    { code: 'INDUSTRY', label: 'Industry', definition: 'A pharmaceutical, biotechnology or device company.' },
    { code: 'NETWORK', label: 'Network', definition: 'A research network or cooperative group.' },
    { code: 'AMBIG', label: 'Ambiguous', definition: 'ClinicalTrials.gov could not classify the organization.' },
    { code: 'OTHER', label: 'Other', definition: 'Another organization, e.g. a university or hospital.' },
    { code: 'UNKNOWN', label: 'Unknown', definition: 'Not known.' },
  ],
};

export const yesNo: EnumVocabulary = {
  id: 'yesNo',
  apiType: 'boolean',
  title: 'Yes/No',
  source: `${REF}.20 (S2)`,
  terms: [
    { code: 'true', label: 'Yes', definition: 'The statement applies to the study.' },
    { code: 'false', label: 'No', definition: 'The statement does not apply to the study.' },
  ],
};

export const ALL_ENUMS: readonly EnumVocabulary[] = [
  overallStatus, studyType, phase, allocation, interventionModel, primaryPurpose, masking, whoMasked,
  observationalModel, timePerspective, bioSpecRetention, armGroupType, interventionType, sex, standardAge,
  samplingMethod, responsiblePartyType, secondaryIdType, officialRole, ipdSharing, dateType, agencyClass, yesNo,
];
