// The typed record, with field names close to the ClinicalTrials.gov API v2 (protocolSection).
// Every value keeps its exact source range (UTF-16 offsets into the document).

import type { Span } from '../parser/syntax';
import type { FieldKey, SectionId } from '../vocabulary/elements';

export type { Span } from '../parser/syntax';

/** Free text as written; `value` has the newer layout's backslash escapes removed. */
export interface TextValue {
  readonly value: string;
  readonly raw: string;
  readonly range: Span;
}

/** A controlled-vocabulary value: `code` and `label` are set when the raw text names a known term. */
export interface EnumValue {
  readonly raw: string;
  readonly range: Span;
  /** API v2 code, e.g. `RECRUITING`. */
  readonly code?: string;
  /** ClinicalTrials.gov display label, e.g. `Recruiting`. */
  readonly label?: string;
  /** Whether the text used the API code, the display label, or a known variant. */
  readonly writtenAs?: 'code' | 'label' | 'alias';
}

export interface DateValue {
  readonly raw: string;
  readonly range: Span;
  /** `yyyy`, `yyyy-MM` or `yyyy-MM-dd`; absent when the text is not a date. */
  readonly iso?: string;
  /** Actual/Estimated, read from the label (`Actual Study Start Date`) or its `(Actual)` suffix. */
  readonly type?: EnumValue;
}

export interface NumberValue {
  readonly raw: string;
  readonly range: Span;
  readonly value?: number;
}

export interface BooleanValue {
  readonly raw: string;
  readonly range: Span;
  readonly value?: boolean;
}

export type AgeUnit = 'Years' | 'Months' | 'Weeks' | 'Days' | 'Hours' | 'Minutes';

export interface AgeValue {
  readonly raw: string;
  readonly range: Span;
  /** The text says there is no limit (`N/A (No limit)`, `… and older`, `up to …`). */
  readonly noLimit?: boolean;
  readonly number?: number;
  readonly unit?: AgeUnit;
  /** The age in years, for comparisons across units. */
  readonly years?: number;
}

export interface SecondaryId {
  readonly range: Span;
  readonly id: TextValue;
  readonly type?: EnumValue;
  /** Registry name, grantor or description (`Registry Identifier: ICTRP` → `ICTRP`). */
  readonly domain?: TextValue;
}

export interface Identification {
  readonly nctId?: TextValue;
  /** Every place the record states its NCT ID (header and More Information). */
  readonly nctIdMentions: readonly TextValue[];
  /** The page title as written; on ClinicalTrials.gov pages the acronym is appended. */
  readonly pageTitle?: TextValue;
  readonly briefTitle?: TextValue;
  readonly acronym?: TextValue;
  readonly officialTitle?: TextValue;
  readonly orgStudyId?: TextValue;
  readonly secondaryIds: readonly SecondaryId[];
  /** The IDs stood on one line where their bounds are a guess (several untyped words). */
  readonly studyIdsRunTogether?: boolean;
}

export interface StatusModule {
  readonly overallStatus?: EnumValue;
  /** For an Unknown status: the status the record had when last verified. */
  readonly lastKnownStatus?: EnumValue;
  readonly whyStopped?: TextValue;
  readonly startDate?: DateValue;
  readonly primaryCompletionDate?: DateValue;
  readonly completionDate?: DateValue;
  readonly firstSubmitted?: DateValue;
  readonly firstPosted?: DateValue;
  readonly resultsFirstPosted?: DateValue;
  /**
   * What the page says of results: `none` (the "No Results Posted" tab, "Results pending"),
   * `submitted` (the "Results Submitted" tab: under review), `posted`; absent when it says nothing.
   */
  readonly results?: { readonly state: 'none' | 'submitted' | 'posted'; readonly range: Span };
  readonly lastUpdatePosted?: DateValue;
  readonly lastVerified?: DateValue;
}

export interface Official {
  readonly range: Span;
  readonly role: EnumValue;
  readonly name?: TextValue;
  readonly affiliation?: TextValue;
}

export interface ResponsibleParty {
  readonly range: Span;
  /** As written (classic pages print the sponsor's name, or `Name, Title, Affiliation`). */
  readonly text?: TextValue;
  readonly type?: EnumValue;
}

export interface Organization {
  readonly name: TextValue;
  readonly agencyClass?: EnumValue;
}

export interface SponsorModule {
  readonly leadSponsor?: Organization;
  readonly collaborators: readonly Organization[];
  readonly responsibleParty?: ResponsibleParty;
  readonly officials: readonly Official[];
}

export interface DescriptionModule {
  readonly briefSummary?: TextValue;
  readonly detailedDescription?: TextValue;
}

export interface ConditionsModule {
  readonly conditions: readonly TextValue[];
  readonly keywords: readonly TextValue[];
  /**
   * The list stood on one line with nothing between its values (the page's cell lost its line
   * breaks in the copy): a value may be several run together, so its length says nothing.
   */
  readonly conditionsRunTogether?: boolean;
  readonly keywordsRunTogether?: boolean;
  /** The trailing MeSH term lines of the classic page, one value per line. */
  readonly meshTerms: readonly TextValue[];
}

export interface Enrollment {
  readonly range: Span;
  readonly count?: NumberValue;
  readonly type?: EnumValue;
}

export interface DesignModule {
  readonly studyType?: EnumValue;
  readonly patientRegistry?: BooleanValue;
  /** Each phase named, in order; `Phase 1/Phase 2` gives two. */
  readonly phases: readonly EnumValue[];
  /** The phase text as written, where the phases were read from. */
  readonly phaseText?: TextValue;
  readonly enrollment?: Enrollment;
  readonly allocation?: EnumValue;
  readonly interventionModel?: EnumValue;
  readonly interventionModelDescription?: TextValue;
  readonly masking?: EnumValue;
  readonly whoMasked: readonly EnumValue[];
  readonly maskingDescription?: TextValue;
  readonly primaryPurpose?: EnumValue;
  readonly observationalModel?: EnumValue;
  readonly timePerspective?: EnumValue;
  readonly bioSpecRetention?: EnumValue;
  readonly bioSpecDescription?: TextValue;
  readonly targetDuration?: TextValue;
}

/** An intervention as an arm or the conditions table names it. */
export interface InterventionRef {
  readonly range: Span;
  readonly type?: EnumValue;
  readonly name?: TextValue;
  /** Index into TrialRecord.interventions. */
  readonly intervention?: number;
}

export interface Arm {
  readonly range: Span;
  readonly label?: TextValue;
  readonly type?: EnumValue;
  readonly description?: TextValue;
  readonly interventions: readonly InterventionRef[];
}

export interface Intervention {
  /** Where it is defined: its first full description (an arm row or the Interventions section). */
  readonly range: Span;
  readonly type?: EnumValue;
  readonly name?: TextValue;
  readonly description?: TextValue;
  readonly otherNames: readonly TextValue[];
  readonly form?: TextValue;
  readonly route?: TextValue;
  /** Every place the intervention is named (name ranges). */
  readonly references: readonly Span[];
  /** Labels of the arms that name it. */
  readonly armLabels: readonly string[];
  /** Where it first appears: the newer layout's Interventions section, an arm, or only the conditions table. */
  readonly definedIn: 'interventions' | 'arms' | 'conditions';
}

export type OutcomeClass = 'primary' | 'secondary' | 'other' | 'unclassified';

export interface Outcome {
  readonly range: Span;
  /** From the Primary/Secondary/Other heading above it; `unclassified` when the text has none. */
  readonly group: OutcomeClass;
  readonly title?: TextValue;
  readonly timeFrame?: TextValue;
  readonly description?: TextValue;
}

export interface Criterion {
  readonly range: Span;
  readonly kind: 'item' | 'group' | 'text';
  readonly text?: TextValue;
  readonly children: readonly Criterion[];
}

export interface CriteriaList {
  readonly range: Span;
  readonly which: 'inclusion' | 'exclusion' | 'general';
  readonly heading?: TextValue;
  readonly items: readonly Criterion[];
}

export interface Eligibility {
  readonly range?: Span;
  readonly minimumAge?: AgeValue;
  readonly maximumAge?: AgeValue;
  /** Age groups printed after the ages, e.g. `(Adult, Older Adult)`. */
  readonly stdAges: readonly EnumValue[];
  readonly sex?: EnumValue;
  readonly genderBased?: BooleanValue;
  readonly genderDescription?: TextValue;
  readonly healthyVolunteers?: BooleanValue;
  readonly studyPopulation?: TextValue;
  readonly samplingMethod?: EnumValue;
  /** The criteria text, as Inclusion/Exclusion (and heading-less) lists. */
  readonly criteria: readonly CriteriaList[];
}

export interface Contact {
  readonly range: Span;
  readonly name?: TextValue;
  readonly role?: TextValue;
  readonly phone?: TextValue;
  readonly email?: TextValue;
}

export interface Location {
  readonly range: Span;
  readonly facility?: TextValue;
  readonly status?: EnumValue;
  readonly address?: TextValue;
  /** The `Country, State` row the classic page prints above its locations. */
  readonly group?: TextValue;
  readonly contacts: readonly Contact[];
  readonly investigators: readonly Contact[];
}

export interface ContactsModule {
  readonly centralContacts: readonly Contact[];
  readonly locations: readonly Location[];
  readonly countries: readonly TextValue[];
}

export interface IpdSharingModule {
  readonly ipdSharing?: EnumValue;
  readonly description?: TextValue;
  readonly infoTypes?: TextValue;
  readonly timeFrame?: TextValue;
  readonly accessCriteria?: TextValue;
  readonly url?: TextValue;
}

export interface OversightModule {
  readonly isFdaRegulatedDrug?: BooleanValue;
  readonly isFdaRegulatedDevice?: BooleanValue;
  readonly isUsExport?: BooleanValue;
  readonly oversightHasDmc?: BooleanValue;
}

export interface SectionInfo {
  readonly id: SectionId;
  readonly range: Span;
  readonly heading?: TextValue;
}

export interface Directive {
  readonly range: Span;
  readonly command: string;
  readonly args: readonly string[];
}

export type PlainValues = Readonly<Partial<Record<FieldKey, TextValue | BooleanValue>>>;

export interface TrialRecord {
  readonly layout: 'classic' | 'modern';
  readonly identification: Identification;
  readonly status: StatusModule;
  readonly sponsor: SponsorModule;
  readonly description: DescriptionModule;
  readonly conditions: ConditionsModule;
  readonly design: DesignModule;
  readonly arms: readonly Arm[];
  readonly interventions: readonly Intervention[];
  readonly outcomes: readonly Outcome[];
  readonly eligibility: Eligibility;
  readonly contacts: ContactsModule;
  readonly ipdSharing: IpdSharingModule;
  readonly oversight: OversightModule;
  /** The elements the element table marks plain, by key (no module of their own). */
  readonly plain: PlainValues;
  readonly sections: readonly SectionInfo[];
  /** Lines the parser could not place, kept so nothing is silently dropped. */
  readonly unrecognised: readonly TextValue[];
  readonly directives: readonly Directive[];
}
