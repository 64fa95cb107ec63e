import { buildModel } from '../model/build';
import type { TrialRecord } from '../model/types';
import { LineIndex } from '../text/lineIndex';
import { parseVersion } from './reparse';
import type { SyntaxTree } from '../parser/syntax';
import { TextMemo } from '../text/memo';

/** Everything derived from one version of a document's text. */
export interface Analysis {
  readonly text: string;
  readonly tree: SyntaxTree;
  readonly record: TrialRecord;
  readonly index: LineIndex;
  /** Rule results by text, carried from version to version of a large document. */
  readonly memo?: TextMemo;
}

/**
 * From this length on, analyses keep what the next version's needs: parser checkpoints and rule
 * results by text. Shorter records are analysed whole in a few milliseconds, and the kept state
 * would only cost memory with many records open (bench: RSS with 1,000 records).
 */
const LARGE = 50_000;

/** Analyses `text`; given the document's previous analysis, a large one is reparsed only where the edit touched it. */
export function analyze(text: string, previous?: Analysis): Analysis {
  const large = text.length >= LARGE;
  const tree = parseVersion(text, previous?.tree, { incremental: large });
  const memo = large ? new TextMemo(previous?.memo) : undefined;
  return { text, tree, record: buildModel(tree), index: new LineIndex(tree.lineStarts, text.length), ...(memo ? { memo } : {}) };
}
