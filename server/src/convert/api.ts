// The part of the ClinicalTrials.gov API v2 study object (protocolSection) that a record's text
// can carry. Names and shapes follow components/schemas of the API's OpenAPI description.

export interface ApiDateStruct {
  date?: string;
  type?: string;
}

export interface ApiSecondaryIdInfo {
  id?: string;
  type?: string;
  domain?: string;
  link?: string;
}

export interface ApiIdentificationModule {
  nctId?: string;
  orgStudyIdInfo?: { id?: string; type?: string; link?: string };
  secondaryIdInfos?: ApiSecondaryIdInfo[];
  briefTitle?: string;
  officialTitle?: string;
  acronym?: string;
  organization?: { fullName?: string; class?: string };
}

export interface ApiStatusModule {
  statusVerifiedDate?: string;
  overallStatus?: string;
  lastKnownStatus?: string;
  whyStopped?: string;
  expandedAccessInfo?: { hasExpandedAccess?: boolean; nctId?: string; statusForNctId?: string };
  startDateStruct?: ApiDateStruct;
  primaryCompletionDateStruct?: ApiDateStruct;
  completionDateStruct?: ApiDateStruct;
  studyFirstSubmitDate?: string;
  studyFirstPostDateStruct?: ApiDateStruct;
  resultsFirstPostDateStruct?: ApiDateStruct;
  lastUpdatePostDateStruct?: ApiDateStruct;
}

export interface ApiSponsor {
  name?: string;
  class?: string;
}

export interface ApiResponsibleParty {
  type?: string;
  investigatorFullName?: string;
  investigatorTitle?: string;
  investigatorAffiliation?: string;
  oldNameTitle?: string;
  oldOrganization?: string;
}

export interface ApiSponsorCollaboratorsModule {
  responsibleParty?: ApiResponsibleParty;
  leadSponsor?: ApiSponsor;
  collaborators?: ApiSponsor[];
}

export interface ApiOversightModule {
  oversightHasDmc?: boolean;
  isFdaRegulatedDrug?: boolean;
  isFdaRegulatedDevice?: boolean;
  isUsExport?: boolean;
}

export interface ApiDescriptionModule {
  briefSummary?: string;
  detailedDescription?: string;
}

export interface ApiConditionsModule {
  conditions?: string[];
  keywords?: string[];
}

export interface ApiDesignModule {
  studyType?: string;
  patientRegistry?: boolean;
  targetDuration?: string;
  phases?: string[];
  designInfo?: {
    allocation?: string;
    interventionModel?: string;
    interventionModelDescription?: string;
    primaryPurpose?: string;
    observationalModel?: string;
    timePerspective?: string;
    maskingInfo?: { masking?: string; maskingDescription?: string; whoMasked?: string[] };
  };
  bioSpec?: { retention?: string; description?: string };
  enrollmentInfo?: { count?: number; type?: string };
}

export interface ApiArmGroup {
  label?: string;
  type?: string;
  description?: string;
  interventionNames?: string[];
}

export interface ApiIntervention {
  type?: string;
  name?: string;
  description?: string;
  armGroupLabels?: string[];
  otherNames?: string[];
}

export interface ApiOutcome {
  measure?: string;
  description?: string;
  timeFrame?: string;
}

export interface ApiOutcomesModule {
  primaryOutcomes?: ApiOutcome[];
  secondaryOutcomes?: ApiOutcome[];
  otherOutcomes?: ApiOutcome[];
}

export interface ApiEligibilityModule {
  eligibilityCriteria?: string;
  healthyVolunteers?: boolean;
  sex?: string;
  genderBased?: boolean;
  genderDescription?: string;
  minimumAge?: string;
  maximumAge?: string;
  stdAges?: string[];
  studyPopulation?: string;
  samplingMethod?: string;
}

export interface ApiContact {
  name?: string;
  role?: string;
  phone?: string;
  phoneExt?: string;
  email?: string;
}

export interface ApiOfficial {
  name?: string;
  affiliation?: string;
  role?: string;
}

export interface ApiLocation {
  facility?: string;
  status?: string;
  city?: string;
  state?: string;
  zip?: string;
  country?: string;
  contacts?: ApiContact[];
}

export interface ApiContactsLocationsModule {
  centralContacts?: ApiContact[];
  overallOfficials?: ApiOfficial[];
  locations?: ApiLocation[];
}

export interface ApiIpdSharingStatementModule {
  ipdSharing?: string;
  description?: string;
  infoTypes?: string[];
  timeFrame?: string;
  accessCriteria?: string;
  url?: string;
}

export interface ApiProtocolSection {
  identificationModule?: ApiIdentificationModule;
  statusModule?: ApiStatusModule;
  sponsorCollaboratorsModule?: ApiSponsorCollaboratorsModule;
  oversightModule?: ApiOversightModule;
  descriptionModule?: ApiDescriptionModule;
  conditionsModule?: ApiConditionsModule;
  designModule?: ApiDesignModule;
  armsInterventionsModule?: { armGroups?: ApiArmGroup[]; interventions?: ApiIntervention[] };
  outcomesModule?: ApiOutcomesModule;
  eligibilityModule?: ApiEligibilityModule;
  contactsLocationsModule?: ApiContactsLocationsModule;
  ipdSharingStatementModule?: ApiIpdSharingStatementModule;
}

export interface ApiStudy {
  protocolSection: ApiProtocolSection;
}

/** The modules of a protocol section, each present (empty when the study has none). */
export function modulesOf(p: ApiProtocolSection) {
  const design = p.designModule ?? {};
  return {
    id: p.identificationModule ?? {},
    st: p.statusModule ?? {},
    sp: p.sponsorCollaboratorsModule ?? {},
    d: design,
    di: design.designInfo ?? {},
    arms: p.armsInterventionsModule?.armGroups ?? [],
    interventions: p.armsInterventionsModule?.interventions ?? [],
    el: p.eligibilityModule ?? {},
    cl: p.contactsLocationsModule ?? {},
  };
}
