import type { Span, Token } from './syntax';

/** One physical line; `end` excludes the line break, `next` is where the following line starts. */
export interface Line {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly next: number;
  readonly text: string;
}

/** Splits on LF, CRLF and lone CR, the three breaks editors produce, keeping offsets exact. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let start = 0;
  // indexOf finds breaks natively, several times faster than testing each character.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    const atCr = cr >= 0 && (lf < 0 || cr < lf);
    const end = atCr ? cr : lf;
    const next = atCr && text.charCodeAt(cr + 1) === 10 /* \n */ ? cr + 2 : end + 1;
    lines.push({ index: lines.length, start, end, next, text: text.slice(start, end) });
    start = next;
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
  }
  lines.push({ index: lines.length, start, end: n, next: n, text: text.slice(start, n) });
  return lines;
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

/** The trimmed part of `text` between `from` and `to` (offsets into the whole document). */
export function token(doc: string, from: number, to: number): Token | undefined {
  let a = from;
  let b = to;
  while (a < b && isSpace(doc.charCodeAt(a))) a++;
  while (b > a && isSpace(doc.charCodeAt(b - 1))) b--;
  if (a >= b) return undefined;
  return { start: a, end: b, text: doc.slice(a, b) };
}

/** Token for a whole line, trimmed; undefined for a blank line. */
export function lineToken(doc: string, line: Line): Token | undefined {
  return token(doc, line.start, line.end);
}

/** A token covering several tokens (their first start to their last end). */
export function joinTokens(doc: string, parts: readonly Span[]): Token | undefined {
  if (parts.length === 0) return undefined;
  const start = parts[0]!.start;
  const end = parts[parts.length - 1]!.end;
  return { start, end, text: doc.slice(start, end) };
}

/**
 * Splits a token at every occurrence of `sep` (a string, or a RegExp with the g flag, created
 * once by the caller), returning the trimmed pieces between.
 */
export function splitToken(doc: string, t: Token, sep: string | RegExp): Token[] {
  const out: Token[] = [];
  let from = t.start;
  const push = (at: number, len: number): void => {
    const piece = token(doc, from, t.start + at);
    if (piece) out.push(piece);
    from = t.start + at + len;
  };
  if (typeof sep === 'string') {
    for (let at = t.text.indexOf(sep); at >= 0; at = t.text.indexOf(sep, at + sep.length)) push(at, sep.length);
  } else {
    sep.lastIndex = 0;
    for (let m = sep.exec(t.text); m; m = sep.exec(t.text)) {
      push(m.index, m[0].length);
      if (m[0].length === 0) sep.lastIndex++; // an empty match would not advance
    }
  }
  const last = token(doc, from, t.end);
  if (last) out.push(last);
  return out;
}
