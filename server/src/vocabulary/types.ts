/** A term of a controlled vocabulary, as ClinicalTrials.gov defines it. */
export interface EnumTerm {
  /** API v2 code, e.g. `ACTIVE_NOT_RECRUITING`. */
  readonly code: string;
  /** Display label used on the study page and in PRS, e.g. `Active, not recruiting`. */
  readonly label: string;
  /** Other spellings met in real records (pre-2017 page labels, PRS entry labels, legacy XML). */
  readonly aliases?: readonly string[];
  /** The PRS upload XML form (ProtocolRecordSchema.xsd comments) where it is not the label. */
  readonly prs?: string;
  readonly definition?: string;
  /** Legacy or derived values that PRS no longer offers for new records. */
  readonly legacy?: boolean;
}

/** A controlled vocabulary with the document it comes from. */
export interface EnumVocabulary {
  readonly id: string;
  /** API v2 enum type name, e.g. `Status`. */
  readonly apiType: string;
  readonly title: string;
  /** Where the terms come from (section of the reference and its source keys). */
  readonly source: string;
  readonly terms: readonly EnumTerm[];
}
