// The syntax tree of a record. Offsets are UTF-16 code-unit offsets into the document text;
// conversion to LSP positions happens only at the edge (features/).

import type { Span } from '../text/lines';
import type { FieldKey, SectionId } from '../vocabulary/elements';

export type { Span };

/** A trimmed piece of source text. `text` is exactly the source between start and end. */
export interface Token extends Span {
  readonly text: string;
}

/** `Label : | value |`, `Label: value`, `Label :` + value lines, or a heading-like label + value lines. */
export interface FieldBlock extends Span {
  readonly kind: 'field';
  readonly key: FieldKey;
  /** Absent when the field is implied by its position (e.g. a summary without its heading). */
  readonly label?: Token;
  /** `Actual` / `Estimated` / `Anticipated` in a date or enrollment label. */
  readonly qualifier?: Token;
  /** The whole value, without the table pipes that close it; may span lines. */
  readonly value?: Token;
  /** The value split at table pipes (one cell for most fields). */
  readonly cells: readonly Token[];
  /** The value's non-blank lines, each without a closing pipe. */
  readonly lines: readonly Token[];
}

export interface TitleBlock extends Span {
  readonly kind: 'title';
  readonly text: Token;
}

export type OutcomeGroup = 'primary' | 'secondary' | 'other';

export interface HeadingBlock extends Span {
  readonly kind: 'heading';
  readonly text: Token;
  /** section: a page section; subsection: a titled part of one; outcomeGroup: Primary/Secondary/Other. */
  readonly role: 'section' | 'subsection' | 'outcomeGroup';
  readonly section: SectionId;
  readonly outcomeGroup?: OutcomeGroup;
}

/** The header row (and separator) of a pipe table. */
export interface TableHeaderBlock extends Span {
  readonly kind: 'tableHeader';
  readonly table: 'conditions' | 'arms' | 'outcomes' | 'unknown';
  readonly cells: readonly Token[];
}

/** A row of a table the parser does not know; its cells are kept. */
export interface TableRowBlock extends Span {
  readonly kind: 'tableRow';
  readonly cells: readonly Token[];
}

/** An intervention as written in an arm, in the conditions table or in an Interventions section. */
export interface InterventionNode extends Span {
  /** The type prefix, e.g. `Drug` in `Drug: Gemcitabine`, or the code after `Intervention Type`. */
  readonly type?: Token;
  readonly name?: Token;
  readonly description?: Token;
  readonly otherNames: readonly Token[];
  readonly form?: Token;
  readonly route?: Token;
}

export interface ArmBlock extends Span {
  readonly kind: 'arm';
  /** `Experimental` in `Experimental: Cohort A`, or the code after `Group Type`. */
  readonly type?: Token;
  readonly label?: Token;
  readonly description?: Token;
  readonly interventions: readonly InterventionNode[];
}

/** An intervention defined on its own (the newer layout's Interventions section). */
export interface InterventionBlock extends Span {
  readonly kind: 'intervention';
  readonly intervention: InterventionNode;
}

/** The row of the `Condition or disease | Intervention/treatment | Phase` table. */
export interface ConditionsRowBlock extends Span {
  readonly kind: 'conditionsRow';
  readonly conditions: readonly Token[];
  readonly interventions: readonly InterventionNode[];
  /** The Phase cell as written; the model splits it (`Phase 1 Phase 2`, `Phase 1/Phase 2`). */
  readonly phaseCell?: Token;
}

export interface OutcomeBlock extends Span {
  readonly kind: 'outcome';
  /** The group from the nearest Primary/Secondary/Other heading above, if any. */
  readonly group?: OutcomeGroup;
  readonly title?: Token;
  readonly timeFrame?: Token;
  readonly description?: Token;
}

export interface CriteriaNode extends Span {
  /** item: a bullet; group: a cohort sub-heading with items under it; text: a note between items. */
  readonly kind: 'item' | 'group' | 'text';
  readonly bullet?: Token;
  readonly text?: Token;
  readonly children: readonly CriteriaNode[];
}

export interface CriteriaBlock extends Span {
  readonly kind: 'criteria';
  /** general: criteria text before (or without) an Inclusion/Exclusion heading. */
  readonly which: 'inclusion' | 'exclusion' | 'general';
  readonly heading?: Token;
  readonly items: readonly CriteriaNode[];
}

export interface ContactNode extends Span {
  readonly name?: Token;
  readonly role?: Token;
  readonly phone?: Token;
  readonly email?: Token;
}

export interface ContactBlock extends Span {
  readonly kind: 'contact';
  readonly scope: 'central' | 'facility';
  readonly contact: ContactNode;
}

export interface LocationBlock extends Span {
  readonly kind: 'location';
  readonly facility?: Token;
  readonly status?: Token;
  readonly address?: Token;
  readonly contacts: readonly ContactNode[];
  readonly investigators: readonly ContactNode[];
}

/** An organisation or identifier entry of the newer layout (Sponsors, Other Identifiers, Countries). */
export interface EntryBlock extends Span {
  readonly kind: 'entry';
  readonly entry: 'sponsor' | 'identifier' | 'country' | 'responsibleParty' | 'locationGroup';
  readonly lines: readonly Token[];
  readonly props: readonly { readonly key: Token; readonly value?: Token }[];
}

/** Page furniture: disclaimers, navigation, the newer layout's helper sentences. */
export interface BoilerplateBlock extends Span {
  readonly kind: 'boilerplate';
  readonly text: Token;
}

/** `<!-- trial-record-disable-next-line rule-id -->` and friends; never part of the record. */
export interface DirectiveBlock extends Span {
  readonly kind: 'directive';
  readonly command: Token;
  readonly args: readonly Token[];
}

/** A line the parser could not place. Kept so that nothing the user wrote is lost. */
export interface UnrecognisedBlock extends Span {
  readonly kind: 'unrecognised';
  readonly text: Token;
}

export type Block =
  | TitleBlock
  | HeadingBlock
  | FieldBlock
  | TableHeaderBlock
  | TableRowBlock
  | ArmBlock
  | InterventionBlock
  | ConditionsRowBlock
  | OutcomeBlock
  | CriteriaBlock
  | ContactBlock
  | LocationBlock
  | EntryBlock
  | BoilerplateBlock
  | DirectiveBlock
  | UnrecognisedBlock;

export interface Section extends Span {
  readonly id: SectionId;
  /** Absent for a section implied by its content (the seeds lost most section titles). */
  readonly heading?: Token;
  readonly blocks: readonly Block[];
}

export interface SyntaxTree {
  readonly text: string;
  /** classic: the ct2/show page text; modern: the newer heading-and-value layout. */
  readonly layout: 'classic' | 'modern';
  readonly sections: readonly Section[];
  /** Offsets where each line starts, for offset ↔ position conversion. */
  readonly lineStarts: readonly number[];
}
