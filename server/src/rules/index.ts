// The registry: every rule, in one list. Adding a rule is one file in this folder, one page in
// docs/rules/<id>.md (a test fails without it) and `npm run gen`, which writes this file.

import ageLimitsConsistency from './age-limits-consistency';
import apiCodeValue from './api-code-value';
import armInterventionDetails from './arm-intervention-details';
import armInterventionLinks from './arm-intervention-links';
import armInterventionSense from './arm-intervention-sense';
import characterLimit from './character-limit';
import conditionalDescriptions from './conditional-descriptions';
import criteriaAgeConflict from './criteria-age-conflict';
import criteriaHeaders from './criteria-headers';
import dateOrder from './date-order';
import dateTypeMissing from './date-type-missing';
import dateTypeVsToday from './date-type-vs-today';
import designVsArms from './design-vs-arms';
import duplicateCriterion from './duplicate-criterion';
import duplicateOutcomeTitle from './duplicate-outcome-title';
import emptyRecord from './empty-record';
import enrollmentSummaryConflict from './enrollment-summary-conflict';
import enrollmentTypeVsStatus from './enrollment-type-vs-status';
import federalGrantId from './federal-grant-id';
import invalidAge from './invalid-age';
import invalidDate from './invalid-date';
import invalidEnrollment from './invalid-enrollment';
import invalidNctId from './invalid-nct-id';
import invalidPhase from './invalid-phase';
import ipdSharingFields from './ipd-sharing-fields';
import locationAddress from './location-address';
import maskingRoles from './masking-roles';
import missingAgeLimits from './missing-age-limits';
import missingArmsInterventions from './missing-arms-interventions';
import missingBriefSummary from './missing-brief-summary';
import missingBriefTitle from './missing-brief-title';
import missingCentralContact from './missing-central-contact';
import missingCompletionDate from './missing-completion-date';
import missingConditions from './missing-conditions';
import missingEligibilityCriteria from './missing-eligibility-criteria';
import missingEnrollment from './missing-enrollment';
import missingFdaRegulated from './missing-fda-regulated';
import missingHealthyVolunteers from './missing-healthy-volunteers';
import missingInterventionalDesign from './missing-interventional-design';
import missingLeadSponsor from './missing-lead-sponsor';
import missingObservationalDesign from './missing-observational-design';
import missingOfficialTitle from './missing-official-title';
import missingOrgStudyId from './missing-org-study-id';
import missingOverallStatus from './missing-overall-status';
import missingPrimaryCompletionDate from './missing-primary-completion-date';
import missingPrimaryOutcome from './missing-primary-outcome';
import missingResponsibleParty from './missing-responsible-party';
import missingSex from './missing-sex';
import missingStartDate from './missing-start-date';
import missingStudyType from './missing-study-type';
import missingVerificationDate from './missing-verification-date';
import missingWhyStopped from './missing-why-stopped';
import misspelledTerm from './misspelled-term';
import misspelledWord from './misspelled-word';
import multipleMeasures from './multiple-measures';
import multipleTimePoints from './multiple-time-points';
import outcomeMissingTimeFrame from './outcome-missing-time-frame';
import outcomeTitleQuality from './outcome-title-quality';
import paymentInformation from './payment-information';
import phaseVsInterventions from './phase-vs-interventions';
import placeholderText from './placeholder-text';
import responsiblePartyInvestigator from './responsible-party-investigator';
import resultsInDescription from './results-in-description';
import resultsOverdue from './results-overdue';
import secondaryIdDescription from './secondary-id-description';
import secondaryIdFormat from './secondary-id-format';
import statusDateTypes from './status-date-types';
import statusVsDates from './status-vs-dates';
import timeFrameOnlyNumber from './time-frame-only-number';
import unclassifiedOutcome from './unclassified-outcome';
import undefinedAbbreviation from './undefined-abbreviation';
import unknownStatusRisk from './unknown-status-risk';
import unknownValue from './unknown-value';
import urlFormat from './url-format';
import usExport from './us-export';
import vagueTimeFrame from './vague-time-frame';
import verificationOverdue from './verification-overdue';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  ageLimitsConsistency,
  apiCodeValue,
  armInterventionDetails,
  armInterventionLinks,
  armInterventionSense,
  characterLimit,
  conditionalDescriptions,
  criteriaAgeConflict,
  criteriaHeaders,
  dateOrder,
  dateTypeMissing,
  dateTypeVsToday,
  designVsArms,
  duplicateCriterion,
  duplicateOutcomeTitle,
  emptyRecord,
  enrollmentSummaryConflict,
  enrollmentTypeVsStatus,
  federalGrantId,
  invalidAge,
  invalidDate,
  invalidEnrollment,
  invalidNctId,
  invalidPhase,
  ipdSharingFields,
  locationAddress,
  maskingRoles,
  missingAgeLimits,
  missingArmsInterventions,
  missingBriefSummary,
  missingBriefTitle,
  missingCentralContact,
  missingCompletionDate,
  missingConditions,
  missingEligibilityCriteria,
  missingEnrollment,
  missingFdaRegulated,
  missingHealthyVolunteers,
  missingInterventionalDesign,
  missingLeadSponsor,
  missingObservationalDesign,
  missingOfficialTitle,
  missingOrgStudyId,
  missingOverallStatus,
  missingPrimaryCompletionDate,
  missingPrimaryOutcome,
  missingResponsibleParty,
  missingSex,
  missingStartDate,
  missingStudyType,
  missingVerificationDate,
  missingWhyStopped,
  misspelledTerm,
  misspelledWord,
  multipleMeasures,
  multipleTimePoints,
  outcomeMissingTimeFrame,
  outcomeTitleQuality,
  paymentInformation,
  phaseVsInterventions,
  placeholderText,
  responsiblePartyInvestigator,
  resultsInDescription,
  resultsOverdue,
  secondaryIdDescription,
  secondaryIdFormat,
  statusDateTypes,
  statusVsDates,
  timeFrameOnlyNumber,
  unclassifiedOutcome,
  undefinedAbbreviation,
  unknownStatusRisk,
  unknownValue,
  urlFormat,
  usExport,
  vagueTimeFrame,
  verificationOverdue,
];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
