import { buildModel } from './model/build';
import type { TrialRecord } from './model/types';
import { LineIndex } from './features/positions';
import { parse } from './parser/parse';
import type { SyntaxTree } from './parser/syntax';

/** Everything derived from one version of a document's text. */
export interface Analysis {
  readonly text: string;
  readonly tree: SyntaxTree;
  readonly record: TrialRecord;
  readonly index: LineIndex;
}

export function analyze(text: string): Analysis {
  const tree = parse(text);
  return { text, tree, record: buildModel(tree), index: new LineIndex(tree.lineStarts, text.length) };
}
