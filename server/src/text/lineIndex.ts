import { lineStarts, partitionPoint, type Span } from './lines';
import type { Position, Range } from 'vscode-languageserver-types';

/**
 * Offset ↔ position conversion over the line starts the parser recorded. Offsets and LSP
 * characters are both UTF-16 code units, so non-BMP text needs no special case.
 */
export class LineIndex {
  constructor(
    private readonly lineStarts: readonly number[],
    private readonly length: number,
  ) {}

  /** An index straight from the text, for callers that do not parse it. */
  static of(text: string): LineIndex {
    return new LineIndex(lineStarts(text), text.length);
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    const starts = this.lineStarts;
    const line = Math.max(0, partitionPoint(starts.length, (k) => starts[k]! <= o) - 1);
    return { line, character: o - starts[line]! };
  }

  offset(p: Position): number {
    const line = Math.max(0, Math.min(p.line, this.lineStarts.length - 1));
    const start = this.lineStarts[line]!;
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.length;
    return Math.min(start + Math.max(0, p.character), next);
  }

  range(s: Span): Range {
    return { start: this.position(s.start), end: this.position(s.end) };
  }

  line(offset: number): number {
    return this.position(offset).line;
  }
}
