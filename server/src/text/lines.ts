// Lines of a text and the offsets they start at: the ground floor every layer may use.

/** A stretch of a document, as UTF-16 code-unit offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One physical line; `end` excludes the line break, `next` is where the following line starts. */
export interface Line {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly next: number;
  readonly text: string;
}

/** The text's line break as inserted text should use it: the first kind it has, else LF. */
export function eolOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : /\r/.test(text) ? '\r' : '\n';
}

/** Where each line starts, for breaks LF, CRLF and lone CR (the three editors produce). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // indexOf finds breaks natively, several times faster than testing each character.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    const atCr = cr >= 0 && (lf < 0 || cr < lf);
    const next = atCr ? (text.charCodeAt(cr + 1) === 10 /* \n */ ? cr + 2 : cr + 1) : lf + 1;
    starts.push(next);
    if (lf >= 0 && lf < next) lf = text.indexOf('\n', next);
    if (cr >= 0 && cr < next) cr = text.indexOf('\r', next);
  }
  return starts;
}

/** Line `k` of `text`, given the line starts. */
export function lineAt(text: string, starts: readonly number[], k: number): Line {
  const start = starts[k]!;
  const end = lineEnd(text, starts, k);
  return { index: k, start, end, next: nextStart(text, starts, k), text: text.slice(start, end) };
}

/** Where the line after line `k` starts (the end of the text after the last line). */
function nextStart(text: string, starts: readonly number[], k: number): number {
  return k + 1 < starts.length ? starts[k + 1]! : text.length;
}

/** Where line `k` ends, before its break. */
export function lineEnd(text: string, starts: readonly number[], k: number): number {
  if (k + 1 >= starts.length) return text.length;
  const start = starts[k]!;
  let end = starts[k + 1]! - 1;
  if (text.charCodeAt(end) === 10 /* \n */ && end > start && text.charCodeAt(end - 1) === 13 /* \r */) end--;
  return end;
}

/** Among indices 0..count-1 where `before` holds for a leading run only, the length of that run (binary search). */
export function partitionPoint(count: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Splits on LF, CRLF and lone CR, keeping offsets exact. */
export function splitLines(text: string): Line[] {
  const starts = lineStarts(text);
  return starts.map((_, k) => lineAt(text, starts, k));
}

/**
 * A document's lines, each made when first asked for: a reparse reads a few lines of a long
 * record and needs only the starts of the others. `rows` picks the lines to show, in order
 * (the parser leaves directive lines out); all of them by default.
 */
export class LineTable {
  readonly length: number;
  private readonly made: (Line | undefined)[];

  constructor(
    private readonly doc: string,
    readonly starts: readonly number[],
    private readonly rows?: readonly number[],
  ) {
    this.length = rows ? rows.length : starts.length;
    this.made = new Array<Line | undefined>(this.length);
  }

  get(i: number): Line {
    if (i < 0 || i >= this.length) throw new RangeError(`no line ${i} of ${this.length}`);
    let l = this.made[i];
    if (!l) this.made[i] = l = lineAt(this.doc, this.starts, this.line(i));
    return l;
  }

  start(i: number): number {
    return this.starts[this.line(i)]!;
  }

  /** Where the line after row `i` starts (the end of the text for the last line). */
  next(i: number): number {
    return nextStart(this.doc, this.starts, this.line(i));
  }

  /** The index among all lines of row `i`. */
  private line(i: number): number {
    return this.rows ? this.rows[i]! : i;
  }
}

const WS = /\s/;

/** Whether a UTF-16 code unit is whitespace as RegExp `\s` defines it (ASCII first: the common case). */
export function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && WS.test(String.fromCharCode(c));
}

/** Whether `s` is empty or only whitespace, without the copy trim() makes. */
export function isBlankText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/** `text` without a closing table pipe and the spaces around it (linear, unlike /\s*\|\s*$/). */
export function stripTrailingPipe(text: string): string {
  const t = text.trimEnd();
  return t.endsWith('|') ? t.slice(0, -1).trimEnd() : text;
}

