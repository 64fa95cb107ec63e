import { buildModel } from './model/build';
import type { TrialRecord } from './model/types';
import { LineIndex } from './features/positions';
import { parse } from './parser/parse';
import type { SyntaxTree } from './parser/syntax';
import { MEMO_MIN_LENGTH, TextMemo } from './rules/support/memo';

/** Everything derived from one version of a document's text. */
export interface Analysis {
  readonly text: string;
  readonly tree: SyntaxTree;
  readonly record: TrialRecord;
  readonly index: LineIndex;
  /** Rule results by text, carried from version to version of a large document. */
  readonly memo?: TextMemo;
}

/** Analyses `text`; given the document's previous analysis, reparses only what the edit touched. */
export function analyze(text: string, previous?: Analysis): Analysis {
  const tree = parse(text, previous?.tree);
  const memo = text.length >= MEMO_MIN_LENGTH ? new TextMemo(previous?.memo) : undefined;
  return { text, tree, record: buildModel(tree), index: new LineIndex(tree.lineStarts, text.length), ...(memo ? { memo } : {}) };
}
