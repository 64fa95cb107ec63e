// The uniform shape of a validation rule. Rules read the model (and, for placing inserted text,
// the analysis); they never scan the raw text themselves.

import type { Analysis } from '../analysis/analyze';
import type { CustomTerm } from '../vocabulary/terms';
import type { Span, TrialRecord } from '../model/types';
import type { TextMemo } from '../text/memo';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Where a rule comes from in docs/reference/ctgov-rules.md §3 (P1–P19, F1–F10, C1–C21, T1–T5, Q1–Q16). */
export type RuleTag = 'presence' | 'vocabulary' | 'format' | 'consistency' | 'timeliness' | 'quality' | 'contradiction' | 'structure';

/** A replacement of the text between two offsets. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly Edit[];
  /** The fix a user most likely wants (VS Code's isPreferred). */
  readonly preferred?: boolean;
  /** Safe to apply without looking, so fix-all may apply it. */
  readonly safe?: boolean;
}

export interface Related {
  readonly range: Span;
  readonly message: string;
}

export interface Finding {
  readonly range: Span;
  readonly message: string;
  /** This finding's own severity, where the reference grades cases of one rule differently. */
  readonly severity?: Severity;
  readonly related?: readonly Related[];
  readonly fixes?: readonly Fix[];
}

export interface RuleContext {
  readonly analysis: Analysis;
  /** Today as `yyyy-MM-dd`: injectable (setting trialRecord.today, CLI --today) so date rules are testable. */
  readonly today: string;
  /** trialRecord.customTerms: words the spelling and abbreviation rules accept. */
  readonly customTerms: readonly CustomTerm[];
  /** Per-text results kept across a large document's versions (support/memo.ts); absent for small ones. */
  readonly memo?: TextMemo;
}

export interface Rule {
  /** Stable kebab-case id; also the name of its page, docs/rules/<id>.md. */
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly tags: readonly RuleTag[];
  /** IDs of the reference rules it implements, e.g. ['P7']. */
  readonly reference: readonly string[];
  check(record: TrialRecord, ctx: RuleContext): readonly Finding[];
  /**
   * Fixes for the text the user selected (offsets `from` < `to`), beyond each finding's own:
   * offered as quick fixes, with this rule's finding in the selection when there is one.
   */
  selectionFixes?(analysis: Analysis, from: number, to: number): readonly Fix[];
}
